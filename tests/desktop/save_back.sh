#!/usr/bin/env bash
# The desktop app, driven by key presses under Xvfb: select a word from the
# keyboard, label it, and the change is in a draft beside the document at
# once; Ctrl+S writes the document back beside the text it came from (through
# a temporary file), the CLI accepts it, and the draft, no longer needed, goes.
set -uo pipefail
app=$1
cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'The harbour master said the quay would reopen on Friday.\n' > "$work/quay.txt"
fail() { echo "FAIL: $*"; exit 1; }

ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" "$1" 2>"$(dirname "$1")/stderr.log" & pid=$!
  folder=$(dirname "$1")
  window=$(xdotool search --sync --name "^spanmark$" | head -1)
  xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
  sleep 0.5
  xdotool key --delay 80 shift+Right shift+Right shift+Right 1
  for i in $(seq 50); do ls "$folder"/quay.txt.draft-* >/dev/null 2>&1 && break; sleep 0.1; done
  cp "$folder"/quay.txt.draft-* "$folder/draft-before-save" 2>/dev/null
  xdotool key --delay 80 ctrl+s
  for i in $(seq 50); do [ -s "$folder/quay.json" ] && break; sleep 0.1; done
  sleep 0.3
  kill $pid; wait $pid 2>/dev/null
  exit 0' "$app" "$work/quay.txt"

[ -s "$work/draft-before-save" ] || fail "no draft beside the document after the first change: $(ls -a "$work")"
grep -q '"op":"addSpan"' "$work/draft-before-save" || fail "the draft's journal lacks the new span"
[ -s "$work/quay.json" ] || fail "Ctrl+S wrote no quay.json beside quay.txt"
ls -a "$work" | grep -q '^\.quay\.json\.' && fail "a temporary file was left behind: $(ls -a "$work")"
"$cli" validate "$work/quay.json" || fail "the saved file does not validate"
grep -q '"text": "The"' "$work/quay.json" || fail "the saved file lacks the span: $(cat "$work/quay.json")"
ls "$work"/quay.txt.draft-* >/dev/null 2>&1 && fail "the draft is still there after the save"
grep -q 'The harbour master said' "$work/quay.txt" || fail "the text file was changed"
echo "desktop save back: ok"
