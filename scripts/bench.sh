#!/usr/bin/env bash
# Whole-process benchmark: vpn-doctor diagnose against grep and cat over the same generated file,
# plus start-up of a small case. Medians over REPEATS runs; wall time and peak RSS from /usr/bin/time.
# Usage: scripts/bench.sh [LINES] [REPEATS]   (build first: mvn -q -DskipTests package)
# Generated files go to ${BENCH_DIR:-/tmp/vpndoctor-bench}; they are never committed.
set -euo pipefail
LINES=${1:-1000000}
REPEATS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/vpn-doctor.jar
DIR=${BENCH_DIR:-/tmp/vpndoctor-bench}
PATTERNS=$ROOT/src/main/resources/vpndoctor/bench/vpn-patterns.txt
mkdir -p "$DIR"
LOG=$DIR/gen-$LINES.log
[ -f "$LOG" ] || java -jar "$JAR" bench gen --lines "$LINES" --tunnels 50 --seed 1 --out "$LOG"
export VPNDOCTOR_CACHE=$DIR/cache

# runs "$@" REPEATS times; prints median wall seconds and median max RSS (MB)
measure() {
  local name=$1; shift
  local t=() m=()
  for _ in $(seq "$REPEATS"); do
    # not > /dev/null: GNU grep notices it and stops at the first match
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "${OUT:-$DIR/out.txt}" 2>"$DIR/err.txt" || { echo "$name failed:"; cat "$DIR/err.txt"; return 1; }
    read -r s k < "$DIR/time.txt"; t+=("$s"); m+=("$k")
  done
  local ts ms
  ts=$(printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  ms=$(printf '%s\n' "${m[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '%-44s %8s s %7s MB RSS   (runs: %s)\n' "$name" "$ts" "$ms" "${t[*]}"
  echo "$ts" > "$DIR/last.txt"
}

BYTES=$(stat -c %s "$LOG")
echo "file: $LOG, $LINES lines, $BYTES bytes; $(nproc) cores; $(java -version 2>&1 | head -1)"
cat "$LOG" > /dev/null # page cache
OUT=/dev/null measure "cat > /dev/null (floor)" cat "$LOG"
measure "grep -E -c -f vpn-patterns.txt (32 patterns)" grep -E -c -f "$PATTERNS" "$LOG"
G=$(cat "$DIR/last.txt")
java -jar "$JAR" diagnose --format json "$LOG" > /dev/null # fills the rule cache
measure "diagnose --format json -Xmx256m" java -Xmx256m -jar "$JAR" diagnose --format json "$LOG"
D=$(cat "$DIR/last.txt")
awk -v d="$D" -v g="$G" -v n="$LINES" -v b="$BYTES" 'BEGIN {printf "diagnose: %.0f lines/s, %.1f MB/s, %.1fx grep\n", n/d, b/1e6/d, d/g}'

CASE=$ROOT/facts-samples/048-asa-psk-mismatch
measure "start-up: diagnose 048 --no-cache" java -jar "$JAR" diagnose --no-cache "$CASE"
measure "start-up: diagnose 048 (rule cache)" java -jar "$JAR" diagnose "$CASE"
measure "start-up: + -XX:TieredStopAtLevel=1" java -XX:TieredStopAtLevel=1 -jar "$JAR" diagnose "$CASE"
CDS=$DIR/vpn-doctor.jsa
[ -f "$CDS" ] || java -XX:ArchiveClassesAtExit="$CDS" -jar "$JAR" diagnose "$CASE" > /dev/null 2>&1 || true
if [ -f "$CDS" ]; then
  measure "start-up: + AppCDS archive" java -XX:SharedArchiveFile="$CDS" -jar "$JAR" diagnose "$CASE"
  measure "start-up: + AppCDS + TieredStopAtLevel=1" java -XX:SharedArchiveFile="$CDS" -XX:TieredStopAtLevel=1 -jar "$JAR" diagnose "$CASE"
fi
