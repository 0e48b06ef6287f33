#!/usr/bin/env bash
# Renders an HTML report in headless Chromium: writes a screenshot and fails when the page logs
# any console error, tries to reach the network, or runs a script.
# Usage: scripts/check-html.sh REPORT.html [SCREENSHOT.png]
set -euo pipefail
html=$(realpath "$1")
png=${2:-/tmp/vpn-doctor-report.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then echo "check-html: no chromium found" >&2; exit 77; fi
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile" --enable-logging=stderr --v=0)
timeout 60 "$browser" "${flags[@]}" --screenshot="$png" --window-size=1200,1600 "file://$html" 2>"$log" >/dev/null || true
dom=$(timeout 60 "$browser" "${flags[@]}" --dump-dom "file://$html" 2>>"$log")
[ -s "$png" ] || { echo "check-html: no screenshot written" >&2; cat "$log" >&2; exit 1; }
# Page problems are logged as CONSOLE(...) lines (console.error, uncaught errors, blocked loads).
if grep -E 'CONSOLE|Uncaught|Refused to|net::ERR_' "$log" | grep -v 'dbus\|gpu\|GPU' >&2; then
    echo "check-html: the page logged errors" >&2; exit 1
fi
if grep -qi '<script' <<<"$dom"; then echo "check-html: the rendered page contains a script element" >&2; exit 1; fi
echo "check-html: ok ($png)"
