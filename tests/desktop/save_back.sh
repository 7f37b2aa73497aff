#!/usr/bin/env bash
# The desktop app, driven by key presses under Xvfb: select a word from the
# keyboard, label it, save with Ctrl+S. The document is written back beside
# the text it came from (through a temporary file), the autosave draft sits
# beside it too, and the CLI accepts both.
set -uo pipefail
app=$1
cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'The harbour master said the quay would reopen on Friday.\n' > "$work/quay.txt"
fail() { echo "FAIL: $*"; exit 1; }

ASAN_OPTIONS=detect_leaks=0 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" "$1" & pid=$!
  window=$(xdotool search --sync --name "^spanmark$" | head -1)
  xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
  sleep 0.5
  xdotool key --delay 80 shift+Right shift+Right shift+Right 1 ctrl+s
  for i in $(seq 50); do [ -s "$(dirname "$1")/quay.json" ] && break; sleep 0.1; done
  sleep 0.3
  kill $pid; wait $pid 2>/dev/null
  exit 0' "$app" "$work/quay.txt"

[ -s "$work/quay.json" ] || fail "Ctrl+S wrote no quay.json beside quay.txt"
[ ! -e "$work/quay.json.part" ] || fail "a temporary file was left behind"
"$cli" validate "$work/quay.json" || fail "the saved file does not validate"
grep -q '"text": "The"' "$work/quay.json" || fail "the saved file lacks the span: $(cat "$work/quay.json")"
[ -s "$work/quay.txt.draft.json" ] || fail "no draft beside the document"
"$cli" validate "$work/quay.txt.draft.json" || fail "the draft does not validate"
echo "desktop save back: ok"
