#!/usr/bin/env bash
# The database stopped for 30 s under a running instance, then started again. Requests that need
# it must fail fast with 503 and Retry-After (never 401 for good credentials, never 500), readiness
# must say 503 and liveness 200, and the instance must recover by itself. Prints how long answers
# took during the outage and how long after the database came back the first request succeeded.
#   scripts/reliability/database-outage.sh [seconds down]        default 30
source "$(dirname "$0")/lib.sh"
rm -f "$WORK"/outage-probes-*
DOWN=${1:-30}
DB=reliability_outage
PORT=18082
pg_up
build
fresh_db $DB
trap 'for p in "${PIDS[@]}"; do kill9 "$p"; done; pg_up 2>/dev/null || true' EXIT
pid=$(app_start $PORT $DB); PIDS+=("$pid")
log "start (demo load included): ready after $(wait_ready $PORT) ms"
TOKEN=$(token_for officer $PORT)
base="http://127.0.0.1:$PORT"

# One probe loop: a token API call, HTTP Basic with a correct password, a page with a signed-in
# session, the sign-in page without a session, readiness and liveness; each line: ms since start, name, status, seconds taken, Retry-After.
probe() {
  local name=$1
  shift
  curl -s -o /dev/null -D "$WORK/outage-h-$name" --max-time 60 -w "%{http_code} %{time_total}\n" "$@" |
    { read -r code took; echo "$(( $(now_ms) - T0 )) $name $code $took $(grep -i '^retry-after' "$WORK/outage-h-$name" | tr -d '\r' | cut -d' ' -f2)"; }
}
export T0=$(now_ms)
: >"$WORK/outage-probes"
rm -f "$WORK/outage-stop"
# Each probe in its own loop, one request at a time, 0.2 s apart, so a slow answer on one does not
# hide the moment another recovers.
loop() {
  local name=$1
  shift
  while [ ! -f "$WORK/outage-stop" ]; do
    probe "$name" "$@"
    sleep 0.2
  done >>"$WORK/outage-probes-$name"
}
probers=()
loop token -H "Authorization: Bearer $TOKEN" "$base/api/v1/organisations" & probers+=($!)
loop basic -u finance:demo "$base/api/v1/organisations" & probers+=($!)
loop page -b "$WORK/cookies-officer-$PORT" "$base/organisations" & probers+=($!)
loop ready "$base/actuator/health/readiness" & probers+=($!)
loop live "$base/actuator/health/liveness" & probers+=($!)
loop login "$base/login" & probers+=($!)
sleep 5
down_at=$(( $(now_ms) - T0 ))
pg_down
log "database stopped (at ${down_at} ms)"
sleep "$DOWN"
pg_up
up_at=$(( $(now_ms) - T0 ))
log "database started again (at ${up_at} ms, down $(( (up_at - down_at) / 1000 )) s)"
# Sign-in through the form while it was down is checked by the probes of the page; after: wait.
for _ in $(seq 1 120); do
  last=$(awk -v u="$up_at" '$1 > u && $3 == 200 { print $1; exit }' "$WORK/outage-probes-token" 2>/dev/null || true)
  [ -n "$last" ] && break
  sleep 0.5
done
sleep 3
touch "$WORK/outage-stop"; wait "${probers[@]}" || true
cat "$WORK"/outage-probes-* | sort -n >"$WORK/outage-probes"

python3 - "$WORK/outage-probes" "$down_at" "$up_at" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
down, up = int(sys.argv[2]), int(sys.argv[3])
during = [r for r in rows if down + 1000 < int(r[0]) <= up]
after = [r for r in rows if int(r[0]) > up]
ok = True
for name in ["token", "basic", "page", "login", "ready", "live"]:
    d = [r for r in during if r[1] == name]
    codes = {}
    for r in d: codes[r[2]] = codes.get(r[2], 0) + 1
    times = sorted(float(r[3]) for r in d)
    retry = sum(1 for r in d if len(r) > 4 and r[4])
    first_ok = next((int(r[0]) - up for r in after if r[1] == name and r[2] == "200"), None)
    print(f"{name:6s} during the outage: {len(d)} answers {codes}; time to answer median {statistics.median(times) if times else 0:.2f} s, max {max(times) if times else 0:.2f} s; with Retry-After {retry}; first 200 after the database came back: {first_ok} ms")
    want = "200" if name == "live" else "503"
    if any(r[2] != want for r in d) or (times and max(times) > 10) or first_ok is None:
        ok = False
    if name != "live" and retry != len(d) and name != "ready":
        ok = False
print("RESULT: failed fast with 503 and recovered by itself" if ok else "RESULT: FAILED")
sys.exit(0 if ok else 1)
PY
