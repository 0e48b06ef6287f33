#!/usr/bin/env bash
# Whole-process benchmark: vpn-doctor diagnose against grep and cat over the same generated file,
# plus start-up of a small case. Commands of one table run interleaved (A B C A B C ...), so a
# change in machine load hits all of them alike; medians of wall time and of CPU time (user+sys,
# less sensitive to load) from /usr/bin/time. The load average is printed before and after.
# Usage: scripts/bench.sh [LINES] [REPEATS] [BASE_JAR]
#   (build first: mvn -q -DskipTests package; BASE_JAR: an older build to compare against)
# Generated files go to ${BENCH_DIR:-/tmp/vpndoctor-bench}; they are never committed.
set -euo pipefail
LINES=${1:-1000000}
REPEATS=${2:-3}
BASE=${3:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/vpn-doctor.jar
DIR=${BENCH_DIR:-/tmp/vpndoctor-bench}
PATTERNS=$ROOT/src/main/resources/vpndoctor/bench/vpn-patterns.txt
mkdir -p "$DIR"
LOG=$DIR/gen-$LINES.log
[ -f "$LOG" ] || java -jar "$JAR" bench gen --lines "$LINES" --tunnels 50 --seed 1 --out "$LOG"
export VPNDOCTOR_CACHE=$DIR/cache

# table "NAME::COMMAND"...: runs the commands REPEATS times interleaved; one line per command
table() {
  local names=() cmds=() walls=() cpus=()
  for nc in "$@"; do names+=("${nc%%::*}"); cmds+=("${nc#*::}"); walls+=(""); cpus+=(""); done
  echo "load: $(uptime | sed 's/.*load average: //')"
  for _ in $(seq "$REPEATS"); do
    for i in "${!cmds[@]}"; do
      # output to a file, not /dev/null: GNU grep notices /dev/null and stops at the first match
      /usr/bin/time -f "%e %U %S" -o "$DIR/time.txt" bash -c "${cmds[$i]}" > "$DIR/out.txt" 2> "$DIR/err.txt" \
        || { echo "${names[$i]} failed:"; tail -5 "$DIR/err.txt"; return 1; }
      read -r e u s < "$DIR/time.txt"
      walls[$i]+=" $e"; cpus[$i]+=" $(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')"
    done
  done
  for i in "${!cmds[@]}"; do
    local w c
    w=$(tr ' ' '\n' <<< "${walls[$i]}" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    c=$(tr ' ' '\n' <<< "${cpus[$i]}" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-46s median %7s s wall %7s s cpu   (walls:%s)\n' "${names[$i]}" "$w" "$c" "${walls[$i]}"
    echo "$w" > "$DIR/median-$i.txt"
  done
  echo "load: $(uptime | sed 's/.*load average: //')"
}

BYTES=$(stat -L -c %s "$LOG")
echo "file: $LOG, $LINES lines, $BYTES bytes; $(nproc) cores; $(java -version 2>&1 | head -1)"
cat "$LOG" > /dev/null # page cache
java -jar "$JAR" diagnose --format json "$LOG" > /dev/null # warms the page cache and any rule cache
rows=("cat (floor)::cat $LOG"
      "grep -E -c -f vpn-patterns.txt (32 patterns)::grep -E -c -f $PATTERNS $LOG"
      "diagnose --format json, java -Xmx256m -jar::java -Xmx256m -jar $JAR diagnose --format json $LOG"
      "diagnose --format json, bin/vpn-doctor::JAVA_OPTS=-Xmx256m $ROOT/bin/vpn-doctor diagnose --format json $LOG")
[ -n "$BASE" ] && rows+=("diagnose --format json, base jar::java -Xmx256m -jar $BASE diagnose --format json $LOG")
table "${rows[@]}"
G=$(cat "$DIR/median-1.txt"); D=$(cat "$DIR/median-2.txt")
awk -v d="$D" -v g="$G" -v n="$LINES" -v b="$BYTES" 'BEGIN {printf "diagnose (java -jar): %.0f lines/s, %.1f MB/s, %.1fx grep\n", n/d, b/1e6/d, d/g}'

CASE=$ROOT/facts-samples/001-ios-ikmp-bad-message
"$ROOT/bin/vpn-doctor" diagnose "$CASE" > /dev/null # creates the launcher's class archive
J="java -jar $JAR diagnose $CASE"
rows=("java -jar (prebuilt rules)::$J"
      "+ -XX:TieredStopAtLevel=1::java -XX:TieredStopAtLevel=1 -jar $JAR diagnose $CASE"
      "+ -XX:+UseSerialGC::java -XX:+UseSerialGC -jar $JAR diagnose $CASE"
      "+ -Xshare:off (no JDK class archive)::java -Xshare:off -jar $JAR diagnose $CASE"
      "bin/vpn-doctor (C1, SerialGC, AppCDS)::$ROOT/bin/vpn-doctor diagnose $CASE"
      "java -jar --no-cache (compiles the rules)::java -jar $JAR diagnose --no-cache $CASE")
[ -n "$BASE" ] && rows+=("base jar, java -jar (disk rule cache)::java -jar $BASE diagnose $CASE")
table "${rows[@]}"
