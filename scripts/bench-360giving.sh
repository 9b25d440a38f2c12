#!/usr/bin/env bash
# The 360Giving export and validation benchmark of docs/performance.md: generates the shared
# benchmark files (../shared/bench/gen360.py) at the sizes given, then converts and validates each
# three times in a fresh JVM capped at 256 MB of heap, printing throughput and peak heap.
#   scripts/bench-360giving.sh [sizes...]      default: 10000 100000 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000 1000000}")
[ $# -eq 0 ] && sizes=(10000 100000 1000000)
work=${BENCH_DIR:-/tmp/bench360}
mkdir -p "$work"
mvn -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"
java -version 2>&1 | head -1
echo "cores: $(nproc)"
for n in "${sizes[@]}"; do
  [ -f "$work/grants-$n.json" ] || python3 ../shared/bench/gen360.py "$n" \
    --json "$work/grants-$n.json" --csv "$work/grants-$n.csv"
  for run in 1 2 3; do
    java -Xmx256m -cp "$cp" org.commissioninghub.opendata.ThreeSixtyTool to-csv "$work/grants-$n.json" "$work/out-$n.csv" 2>/dev/null
    java -Xmx256m -cp "$cp" org.commissioninghub.opendata.ThreeSixtyTool to-json "$work/grants-$n.csv" "$work/out-$n.json" 2>/dev/null
    java -Xmx256m -cp "$cp" org.commissioninghub.opendata.ThreeSixtyTool to-xlsx "$work/grants-$n.json" "$work/out-$n.xlsx" 2>/dev/null
    java -Xmx256m -cp "$cp" org.commissioninghub.opendata.ThreeSixtyTool validate "$work/grants-$n.json" 2>/dev/null
  done
  cmp -s "$work/grants-$n.csv" "$work/out-$n.csv" && echo "$n: JSON -> CSV identical to gen360's CSV"
done
