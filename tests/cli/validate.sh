#!/usr/bin/env bash
# The CLI's exit codes and messages for a good and a bad file.
set -uo pipefail
cli=$1
data=$2
fail() { echo "FAIL: $*"; exit 1; }

"$cli" validate "$data/harbour-note.txt" || fail "a valid text file was refused"
out=$("$cli" validate "$data/broken.json" 2>&1); status=$?
[ $status -eq 1 ] || fail "broken.json: expected exit 1, got $status"
[[ "$out" == *"broken.json:4:12: error: not valid JSON"* ]] || fail "broken.json: message without a place: $out"
"$cli" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command must exit 2"
echo "cli validate: ok"
