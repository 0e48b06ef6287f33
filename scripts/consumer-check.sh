#!/usr/bin/env bash
# What a library user of vpn-doctor gets (issue 16.1). Run after `mvn install` (.ci/run does):
# builds scripts/consumer/ against the installed artifact and checks that
#   - its dependency tree is exactly scripts/consumer/expected-tree.txt (no picocli, JLine,
#     undertow, Kafka, and no SLF4J binding: slf4j-api only),
#   - it logs through its own binding (slf4j-jdk14), with no "multiple SLF4J providers" warning,
#     and diagnoses a case through the API,
#   - the jars are right: the library jar carries no slf4j-simple settings, the runnable jar
#     (classifier cli, also target/vpn-doctor.jar) no module-info; both name Automatic-Module-Name;
#     sources and javadoc jars are installed,
#   - `java -jar` relaunches itself for a small input (C1, SerialGC, its own class archive, written
#     on the first run and mapped on the next) and reports what a run without the relaunch reports.
# MVN_ARGS is passed to Maven (e.g. MVN_ARGS=-o when everything is in the local repository).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n '/<artifactId>vpn-doctor<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
repo=${M2_REPO:-$HOME/.m2/repository}/org/vpndoctor/vpn-doctor/$version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r scripts/consumer/. "$work"
mvn=(mvn -q -B ${MVN_ARGS:-} -f "$work/pom.xml" -Dvpndoctor.version="$version")
failed=0
fail() { echo "consumer-check: FAIL: $*" >&2; failed=1; }
manifest() { (cd "$work" && rm -rf META-INF && jar xf "$1" META-INF/MANIFEST.MF && cat META-INF/MANIFEST.MF); }

# 1. the dependency tree a consumer inherits
"${mvn[@]}" dependency:tree -DoutputFile="$work/tree.txt"
sed "s/@VERSION@/$version/" scripts/consumer/expected-tree.txt > "$work/expected.txt"
if ! diff -u "$work/expected.txt" "$work/tree.txt" >&2; then fail "the consumer's dependency tree differs from scripts/consumer/expected-tree.txt (diff above)"; fi

# 2. its own binding, one SLF4J provider, a diagnosis through the API
"${mvn[@]}" compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
java -cp "$work/target/classes:$(cat "$work/cp.txt")" example.UseVpnDoctor facts-samples/001-ios-ikmp-bad-message \
    >"$work/out.txt" 2>"$work/err.txt" || fail "the consumer program failed: $(cat "$work/err.txt")"
grep -qx 'binding: org.slf4j.jul.JDK14LoggerFactory' "$work/out.txt" || fail "not the consumer's binding: $(cat "$work/out.txt")"
grep -qx 'through JUL: 1' "$work/out.txt" || fail "the consumer's log line did not reach java.util.logging"
grep -qx 'root causes: \[PSK_MISMATCH\]' "$work/out.txt" || fail "diagnosis through the API: $(cat "$work/out.txt")"
if grep -q 'SLF4J' "$work/err.txt"; then fail "SLF4J complained: $(grep SLF4J "$work/err.txt")"; fi
grep -q 'INFO: consumer says hello' "$work/err.txt" || fail "JUL did not print the consumer's line: $(head -5 "$work/err.txt")"

# 3. the artifacts
lib=$repo/vpn-doctor-$version.jar cli=$repo/vpn-doctor-$version-cli.jar
for f in "$lib" "$cli" "$repo/vpn-doctor-$version-sources.jar" "$repo/vpn-doctor-$version-javadoc.jar"; do
    [ -f "$f" ] || fail "not installed: $f"
done
if [ -f "$lib" ] && [ -f "$cli" ]; then
    jar tf "$lib" | grep -qx 'simplelogger.properties' && fail "the library jar carries slf4j-simple's settings"
    jar tf "$lib" | grep -q '^picocli/\|^org/slf4j/' && fail "the library jar bundles a dependency"
    jar tf "$cli" | grep -q 'module-info.class' && fail "the runnable jar carries a module-info: $(jar tf "$cli" | grep module-info.class | head -3)"
    cmp -s "$cli" target/vpn-doctor.jar || fail "target/vpn-doctor.jar is not the installed cli artifact"
    manifest "$lib" | grep -q '^Automatic-Module-Name: vpndoctor' || fail "no Automatic-Module-Name in the library jar"
    manifest "$cli" | grep -q '^Automatic-Module-Name: vpndoctor' || fail "no Automatic-Module-Name in the runnable jar"
    manifest "$cli" | grep -q '^Main-Class: vpndoctor.cli.Main' || fail "the runnable jar has no Main-Class"
fi

# 4. the runnable jar's relaunch for a small input (the tests run from classes, where nothing is relaunched)
cache="$work/cache" case=facts-samples/048-asa-psk-mismatch
for run in 1 2; do
    VPNDOCTOR_CACHE="$cache" java -jar target/vpn-doctor.jar diagnose "$case" --format json >"$work/relaunch-$run.json" 2>"$work/relaunch-err.txt" \
        || fail "java -jar diagnose $case (relaunch run $run) failed: $(head -5 "$work/relaunch-err.txt")"
    [ "$run" = 1 ] && { ls "$cache"/cds-relaunch-*.jsa >/dev/null 2>&1 || fail "the first relaunched run wrote no class archive in $cache"; }
done
VPNDOCTOR_RELAUNCH=off VPNDOCTOR_CACHE="$cache" java -jar target/vpn-doctor.jar diagnose "$case" --format json >"$work/plain.json" 2>/dev/null || fail "java -jar diagnose $case without the relaunch failed"
for run in 1 2; do cmp -s "$work/plain.json" "$work/relaunch-$run.json" || fail "the relaunched run $run reported other than the plain run"; done
[ "$failed" = 0 ] || exit 1
echo "consumer-check: OK (dependency tree, own SLF4J binding, artifacts, relaunch of a small input)"
