#!/usr/bin/env bash
# kill -9 of the application in the middle of a payment import, then a restart: the import must be
# all or nothing, and running it again must add every row once (and a third run none).
#   scripts/reliability/kill-during-import.sh [rows]        default 20000
source "$(dirname "$0")/lib.sh"
ROWS=${1:-20000}
DB=reliability_import
PORT=18080
pg_up
build
fresh_db $DB
trap 'for p in "${PIDS[@]}"; do kill9 "$p"; done' EXIT

python3 - "$ROWS" "$WORK/import.json" <<'PY'
import json, sys
rows = int(sys.argv[1])
lines = ["Payment Date,Supplier Name,Net Amount,Transaction Ref,Cost Centre,Description"]
for i in range(rows):
    lines.append(f"{1 + i % 28:02d}/10/2024,Kent Police,{10 + i % 990}.{i % 100:02d},REL-{i:07d},Office costs,Reliability row {i}")
mapping = {"date": "Payment Date", "payee": "Supplier Name", "amount": "Net Amount",
           "reference": "Transaction Ref", "costCentre": "Cost Centre", "purpose": "Description"}
json.dump({"fileName": f"reliability-{rows}.csv", "content": "\n".join(lines) + "\n",
           "mapping": mapping, "paymentClass": "EXPENDITURE"}, open(sys.argv[2], "w"))
PY

counts() { sql $DB "SELECT (SELECT count(*) FROM payment) || ' payments, ' || (SELECT count(*) FROM payment_import) || ' imports'"; }
import_once() {
  curl -s -o "$WORK/import-$1.out" -w '%{http_code}' -H 'Expect:' -u finance:demo -H 'Content-Type: application/json' \
    --data-binary @"$WORK/import.json" "http://127.0.0.1:$PORT/api/v1/payments/imports"
}

pid=$(app_start $PORT $DB); PIDS+=("$pid")
log "first start (demo load included): ready after $(wait_ready $PORT) ms"
before=$(counts)
log "before the import: $before"

# Send the import and kill the instance while its transaction is open in the database.
import_once killed >"$WORK/import-killed.code" &
curl_pid=$!
sent=$(now_ms)
seen=""
for _ in $(seq 1 1200); do
  seen=$(sql $DB "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND xact_start IS NOT NULL AND pid <> pg_backend_pid() AND query ILIKE '%payment%'")
  [ "$seen" != 0 ] && break
  sleep 0.05
done
sleep "${KILL_AFTER:-0.5}"
kill9 "$pid"
killed_at=$(( $(now_ms) - sent ))
wait $curl_pid || true
log "killed -9 ${killed_at} ms after sending ($ROWS rows; an import transaction was open: $([ "$seen" != 0 ] && echo yes || echo no)); the client got HTTP $(cat "$WORK/import-killed.code")"
after_kill=$(counts)
log "after the kill: $after_kill"

pid=$(app_start $PORT $DB); PIDS+=("$pid")
log "restart: ready after $(wait_ready $PORT) ms"
after_restart=$(counts)
log "after the restart: $after_restart"

second=$(import_once second)
log "re-run: HTTP $second $(head -c 200 "$WORK/import-second.out")"
after_second=$(counts)
third=$(import_once third)
log "third run: HTTP $third $(head -c 200 "$WORK/import-third.out")"
after_third=$(counts)
log "after the re-run: $after_second; after the third run: $after_third"
partial=$(sql $DB "SELECT count(*) FROM payment WHERE reference LIKE 'REL-%'")
log "payments from the file: $partial (expected $ROWS, each once: $(sql $DB "SELECT count(DISTINCT reference) FROM payment WHERE reference LIKE 'REL-%'") distinct)"

if [ "$after_kill" = "$before" ] && [ "$after_restart" = "$before" ] && [ "$second" = 200 ] \
  && [ "$partial" = "$ROWS" ] && [ "$after_third" = "$after_second" ]; then
  log "RESULT: all or nothing, nothing half-written, re-run idempotent"
else
  log "RESULT: FAILED"
  exit 1
fi
