#!/usr/bin/env bash
# Two instances on one database, no load balancer (two ports). Clients write to both; one instance
# is killed with -9 in the middle. The other keeps serving, a session made on the dead one still
# works on the survivor (Spring Session JDBC), and every write that was acknowledged is in the
# database exactly once.
#   scripts/reliability/two-instances.sh [writes per client] [clients]      default 60 8
source "$(dirname "$0")/lib.sh"
WRITES=${1:-60}
CLIENTS=${2:-8}
DB=reliability_two
A=18083
B=18084
pg_up
build
fresh_db $DB
trap 'for p in "${PIDS[@]}"; do kill9 "$p"; done' EXIT
a=$(app_start $A $DB); PIDS+=("$a")
log "instance A (loads the demo): ready after $(wait_ready $A) ms"
b=$(app_start $B $DB); PIDS+=("$b")
log "instance B: ready after $(wait_ready $B) ms"
TOKEN=$(token_for officer $A)   # also leaves a signed-in session cookie made on A
cookie="$WORK/cookies-officer-$A"
log "session made on A, read on B: HTTP $(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "http://127.0.0.1:$B/organisations")"

export TOKEN WORK A B
write_one() { # client n: record an organisation on A or B by turn; on a refused connection, on the other
  local c=$1 n=$2 id="two-$1-$2" port code
  port=$(( (c + n) % 2 == 0 ? A : B ))
  for attempt in 1 2; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' --data-binary \
      "{\"publicId\":\"$id\",\"name\":\"Two Instances $c $n\",\"type\":\"CHARITY\",\"roles\":[\"PROVIDER\"],\"aliases\":[],\"confirmNotDuplicate\":true}" \
      "http://127.0.0.1:$port/api/v1/organisations")
    echo "$(date +%s%3N) $id $port $code $attempt"
    [ "$code" = 000 ] || break   # no answer: the instance is gone; a load balancer would retry the other
    port=$(( port == A ? B : A ))
  done
}
export -f write_one
( for c in $(seq 1 $CLIENTS); do for n in $(seq 1 $WRITES); do echo "$c $n"; done; done ) >"$WORK/two-jobs"
started=$(now_ms)
(xargs -P "$CLIENTS" -L 1 bash -c 'write_one "$0" "$1"' <"$WORK/two-jobs" >"$WORK/two-results") &
load=$!
sleep "${KILL_AFTER:-10}"
kill9 "$a"
killed=$(now_ms)
log "instance A killed -9 after $(( killed - started )) ms"
wait $load || true
log "session made on A, read on B after A died: HTTP $(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "http://127.0.0.1:$B/organisations")"

acked=$(awk '$4 == 201' "$WORK/two-results" | wc -l)
# A retry on B of a write A committed just before dying is rightly refused as a duplicate (409).
retried_dup=$(awk -v b=$B '$3 == b && $4 == 409 && $5 == 2' "$WORK/two-results" | wc -l)
b_errors=$(awk -v b=$B '$3 == b && $4 != 201 && !($4 == 409 && $5 == 2)' "$WORK/two-results" | wc -l)
a_cut=$(awk -v a=$A '$3 == a && $4 != 201' "$WORK/two-results" | wc -l)
after_kill_b=$(awk -v b=$B -v k=$killed '$3 == b && $1 > k && $4 == 201' "$WORK/two-results" | wc -l)
missing=0
for id in $(awk '$4 == 201 { print $2 }' "$WORK/two-results"); do
  [ "$(sql $DB "SELECT count(*) FROM organisation WHERE public_id = '$id'")" = 1 ] || { missing=$((missing + 1)); log "MISSING: $id"; }
done
stored=$(sql $DB "SELECT count(*) FROM organisation WHERE public_id LIKE 'two-%'")
log "writes: $((CLIENTS * WRITES)); acknowledged $acked; stored $stored; acknowledged but missing $missing"
log "answers from A that were not 201 (cut off by the kill): $a_cut; answers from B that were not 201: $b_errors; B acknowledged after the kill: $after_kill_b; retries refused as already recorded: $retried_dup"
awk '$4 != 201 && $4 != 000' "$WORK/two-results" | head -3
if [ "$missing" = 0 ] && [ "$b_errors" = 0 ] && [ "$after_kill_b" -gt 0 ] && [ "$stored" -ge "$acked" ]; then
  log "RESULT: the survivor kept serving, sessions shared, no acknowledged write lost"
else
  log "RESULT: FAILED"; exit 1
fi
