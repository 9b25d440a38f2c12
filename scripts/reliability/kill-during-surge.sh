#!/usr/bin/env bash
# kill -9 of the application in the middle of a deadline-day surge (the shape of
# DeadlineDayBenchmark, scaled to this check: APPS drafts, then CLIENTS parallel clients each
# uploading a 1 MB document and submitting), then a restart. Every submission the client saw
# acknowledged must be in the database, submitted, with its document intact; nothing may be
# half-written (a submitted application without its document, a document whose bytes do not match
# its recorded SHA-256); the ones cut off can be submitted after the restart.
#   scripts/reliability/kill-during-surge.sh [applications] [clients] [seconds before the kill]
source "$(dirname "$0")/lib.sh"
APPS=${1:-200}
CLIENTS=${2:-20}
KILL_AFTER=${3:-8}
DB=reliability_surge
PORT=18081
pg_up
build
fresh_db $DB
trap 'for p in "${PIDS[@]}"; do kill9 "$p"; done' EXIT
pid=$(app_start $PORT $DB); PIDS+=("$pid")
log "first start (demo load included): ready after $(wait_ready $PORT) ms"
TOKEN=$(token_for officer $PORT)
[ -n "$TOKEN" ] || { log "could not create a token"; exit 1; }
call() { # call METHOD PATH [JSON]
  curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -X "$1" \
    "http://127.0.0.1:$PORT$2" ${3:+--data-binary "$3"}
}

year=$(python3 -c 'import datetime as d; t=d.date.today(); y=t.year if t.month>=4 else t.year-1; print(f"{y}/{(y+1)%100:02d}")')
opens=$(date -d '-30 days' +%Y-%m-%dT%H:%M)
closes=$(TZ=Europe/London date -d '+60 minutes' +%Y-%m-%dT%H:%M)
call POST /api/v1/funding-streams "{\"publicId\":\"surge-stream\",\"source\":\"pcc-kent-budget\",\"holder\":\"opcc-kent\",\"name\":\"Surge Fund\",\"year\":\"$year\",\"amount\":\"10000000\",\"ringfenced\":false}" >/dev/null
call POST /api/v1/programmes '{"publicId":"surge-fund","name":"Surge Fund","description":"Reliability check","owner":"opcc-kent","maxPerYear":"£10,000","maxYears":1,"eligibleTypes":[],"maxDocumentMegabytes":5,"streams":["surge-stream"],"criteria":[],"questions":[{"key":"plan","label":"Plan","kind":"TEXT","required":true,"wordLimit":100,"eligibility":false},{"key":"document","label":"Project plan","kind":"FILE","required":true,"eligibility":false}],"approvalSteps":[{"position":1,"name":"PCC approves","role":"APPROVER","recommends":false}],"requiredPolicies":[]}' >/dev/null
round=$(call POST /api/v1/rounds "{\"publicId\":\"surge-round\",\"programme\":\"surge-fund\",\"name\":\"Surge round\",\"referencePrefix\":\"SG-1\",\"opens\":\"$opens\",\"closes\":\"$closes\",\"budget\":\"£10,000,000\",\"firstYear\":\"$year\"}")
echo "$round" | grep -q surge-round || { log "round not created: $round"; exit 1; }
orgs=()
for i in $(seq 1 $CLIENTS); do
  o=$(call POST /api/v1/organisations "{\"publicId\":\"surge-charity-$i\",\"name\":\"Surge Charity Number $i\",\"type\":\"CHARITY\",\"roles\":[\"PROVIDER\"],\"aliases\":[],\"confirmNotDuplicate\":true}")
  echo "$o" | grep -q "surge-charity-$i" || { log "organisation not created: $o"; exit 1; }
  orgs+=("surge-charity-$i")
done
: >"$WORK/surge-refs"
for i in $(seq 0 $((APPS - 1))); do
  r=$(call POST /api/v1/applications "{\"round\":\"surge-round\",\"organisation\":\"${orgs[$((i % CLIENTS))]}\",\"title\":\"Project $i\",\"eligibility\":{}}" | grep -o '"reference":"[^"]*"' | cut -d'"' -f4)
  call PUT "/api/v1/applications/$r?version=0" "{\"summary\":\"Project $i\",\"contactName\":\"Contact $i\",\"contactEmail\":\"applicant$i@example.org\",\"amounts\":[\"£5,000\"],\"answers\":{\"plan\":\"Deliver the project\"}}" >/dev/null
  echo "$i $r" >>"$WORK/surge-refs"
done
log "drafts ready: $(wc -l <"$WORK/surge-refs")"

# A distinct 1 MB PDF per application (random filler, own header).
mkdir -p "$WORK/surge-docs"
python3 - "$APPS" "$WORK/surge-docs" <<'PY'
import os, random, sys
n, d = int(sys.argv[1]), sys.argv[2]
filler = bytearray(random.Random(20261207).randbytes(1 << 20))
for i in range(n):
    b = bytearray(filler); h = f"%PDF-1.7\n% application {i}\n".encode(); b[:len(h)] = h
    t = b"\n%%EOF\n"; b[-len(t):] = t
    open(f"{d}/{i}.pdf", "wb").write(b)
PY

export TOKEN PORT WORK
submit_one() { # i reference: upload, then submit; logs "ack reference sha" when acknowledged
  local i=$1 r=$2 up sub
  up=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $TOKEN" \
    -F question=document -F "file=@$WORK/surge-docs/$i.pdf;type=application/pdf;filename=plan.pdf" \
    "http://127.0.0.1:$PORT/api/v1/applications/$r/documents")
  [ "$up" = 201 ] || { echo "fail $r upload $up"; return 0; }
  sub=$(curl -s --max-time 60 -H "Authorization: Bearer $TOKEN" -X POST "http://127.0.0.1:$PORT/api/v1/applications/$r/submit")
  if echo "$sub" | grep -q '"status":"SUBMITTED"'; then
    echo "ack $r $(sha256sum "$WORK/surge-docs/$i.pdf" | cut -c1-64)"
  else
    echo "fail $r submit"
  fi
}
export -f submit_one
log "surge: $APPS submissions from $CLIENTS parallel clients; kill -9 after ${KILL_AFTER}s"
(xargs -P "$CLIENTS" -L 1 bash -c 'submit_one "$0" "$1"' <"$WORK/surge-refs" >"$WORK/surge-results") &
surge=$!
sleep "$KILL_AFTER"
kill9 "$pid"
log "killed -9"
wait $surge || true
acked=$(grep -c '^ack' "$WORK/surge-results" || true)
failed=$(grep -c '^fail' "$WORK/surge-results" || true)
log "acknowledged before the kill: $acked; failed (in flight at the kill, or refused once it was gone): $failed; not reached: $((APPS - acked - failed))"

# Check in the database, with the application down.
lost=0
while read -r _ r sha; do
  ok=$(sql $DB "SELECT count(*) FROM application a JOIN application_document d ON d.application_id = a.id WHERE a.reference = '$r' AND a.status = 'SUBMITTED' AND a.submitted_at IS NOT NULL AND d.sha256 = '$sha' AND encode(sha256(d.content), 'hex') = '$sha' AND d.size_bytes = 1048576")
  [ "$ok" = 1 ] || { lost=$((lost + 1)); log "NOT INTACT: $r"; }
done < <(grep '^ack' "$WORK/surge-results")
half=$(sql $DB "SELECT count(*) FROM application a JOIN funding_round r ON r.id = a.round_id WHERE r.public_id = 'surge-round' AND a.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM application_document d WHERE d.application_id = a.id)")
torn=$(sql $DB "SELECT count(*) FROM application_document d WHERE encode(sha256(d.content), 'hex') <> d.sha256 OR length(d.content) <> d.size_bytes")
submitted=$(sql $DB "SELECT count(*) FROM application a JOIN funding_round r ON r.id = a.round_id WHERE r.public_id = 'surge-round' AND a.status = 'SUBMITTED'")
log "acknowledged but missing or damaged: $lost; submitted without a document: $half; documents whose bytes do not match: $torn; submitted in the database: $submitted (acknowledged $acked)"

pid=$(app_start $PORT $DB); PIDS+=("$pid")
log "restart: ready after $(wait_ready $PORT) ms"
TOKEN=$(token_for officer $PORT); export TOKEN
# The rest of the applications: those cut off or never reached are submitted now.
awk 'NR == FNR { if ($1 == "ack") done[$2] = 1; next } !($2 in done)' "$WORK/surge-results" "$WORK/surge-refs" >"$WORK/surge-rest"
# A draft whose upload landed before the kill gets a second copy of its document; what matters
# here is that every application can still be submitted.
xargs -P "$CLIENTS" -L 1 bash -c 'submit_one "$0" "$1"' <"$WORK/surge-rest" >"$WORK/surge-rest-results"
log "after the restart: $(grep -c '^ack' "$WORK/surge-rest-results" || true) more submitted, $(grep -c '^fail' "$WORK/surge-rest-results" || true) refused: $(grep '^fail' "$WORK/surge-rest-results" | head -3 | tr '\n' ' ')"
final=$(sql $DB "SELECT count(*) FROM application a JOIN funding_round r ON r.id = a.round_id WHERE r.public_id = 'surge-round' AND a.status = 'SUBMITTED'")
log "submitted in the end: $final of $APPS"
if [ "$lost" = 0 ] && [ "$half" = 0 ] && [ "$torn" = 0 ] && [ "$submitted" -ge "$acked" ] && [ "$final" = "$APPS" ]; then
  log "RESULT: no acknowledged submission lost, nothing half-written, the rest submitted after the restart"
else
  log "RESULT: FAILED"; exit 1
fi
