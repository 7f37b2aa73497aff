#!/usr/bin/env bash
# spanmark train and suggest --model: a model from gold articles, suggestions
# marked "tagger" with a confidence, the threshold obeyed, the same data
# giving the same model byte for byte; a file that is not a model, a damaged
# or newer one, and a document of another label set refused with where and
# why, nothing written.
set -uo pipefail
cli=$1
data=$2/tests/data
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
golds=("$data"/suggest/*.gold.json "$data"/suggest/second/*.gold.json)

"$cli" train "${golds[@]}" -o "$work/model" 2>"$work/err" || fail "train failed: $(cat "$work/err")"
grep -q "a tagger of ACTOR, PLACE, FIGURE, QUOTE trained on .* spans in ${#golds[@]} documents" "$work/err" ||
  fail "no summary of what was trained: $(cat "$work/err")"
"$cli" train "${golds[@]}" -o "$work/again" 2>/dev/null || fail "second train failed"
cmp -s "$work/model" "$work/again" || fail "the same documents gave another model"

# Suggestions with the model: the tagger's are marked and carry a confidence at or over the threshold.
text=$data/suggest/unseen/rail-fares.txt
"$cli" suggest "$text" --model "$work/model" -o "$work/with.json" 2>"$work/err" || fail "suggest --model failed: $(cat "$work/err")"
"$cli" validate "$work/with.json" >/dev/null || fail "suggest --model wrote an invalid file"
tagged=$(grep "\"suggested\": \"tagger\"" "$work/with.json" | grep -c "\"confidence\": [01]")
[ "$tagged" -gt 0 ] || fail "no tagger suggestion marked with its confidence"
"$cli" suggest "$text" -o "$work/without.json" 2>/dev/null
[ "$(grep -c '"suggested": "tagger"' "$work/without.json")" -eq 0 ] || fail "tagger suggestions without a model"
low=$(grep -o '"confidence": 0\.[0-4][0-9]*' "$work/with.json" | head -1)
[ -z "$low" ] || fail "a suggestion under the default threshold 0.5: $low"
"$cli" suggest "$text" --model "$work/model" --threshold 1 -o "$work/sure.json" 2>/dev/null || fail "--threshold 1 failed"
[ "$(grep -c '"suggested": "tagger"' "$work/sure.json")" -lt "$tagged" ] || fail "a higher threshold kept every suggestion"
"$cli" suggest "$text" --model "$work/model" --threshold 2 >/dev/null 2>"$work/err"; [ $? -eq 2 ] || fail "--threshold 2 accepted"
grep -q "from 0 to 1" "$work/err" || fail "--threshold 2: no reason: $(cat "$work/err")"

refused() {  # FILE WHAT: suggest with FILE as the model is refused, naming it and WHAT, writing nothing
  out=$("$cli" suggest "$text" --model "$1" -o "$work/refused.json" 2>&1); status=$?
  [ $status -eq 1 ] || fail "$1: expected exit 1, got $status"
  [[ "$out" == *"$1"*"error: byte "*"$2"* ]] || fail "$1: not refused with '$2': $out"
  [ ! -e "$work/refused.json" ] || fail "$1: an output was written"
}
refused "$text" "not a spanmark tagger model"
head -c 3000 "$work/model" > "$work/cut"
refused "$work/cut" "checksum"
cp "$work/model" "$work/newer"; printf '\x07' | dd of="$work/newer" bs=1 seek=16 conv=notrunc 2>/dev/null
refused "$work/newer" "newer spanmark"
: > "$work/empty"
refused "$work/empty" "not a spanmark tagger model"

# Another label set: the model's labels the document lacks are named.
node -e '
  const fs = require("fs");
  const doc = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  doc.labels = doc.labels.filter((l) => l.name !== "PLACE");
  doc.spans = doc.spans.filter((s) => s.label !== "PLACE");
  fs.writeFileSync(process.argv[2], JSON.stringify(doc));
' "$data/suggest/unseen/rail-fares.gold.json" "$work/no-place.json"
out=$("$cli" suggest "$work/no-place.json" --model "$work/model" -o "$work/refused.json" 2>&1); status=$?
[ $status -eq 1 ] || fail "another label set: expected exit 1, got $status"
[[ "$out" == *"another label set"*"no PLACE"* ]] || fail "another label set: no reason: $out"
[ ! -e "$work/refused.json" ] || fail "another label set: an output was written"

# Usage: no output named, nothing to learn.
"$cli" train "${golds[0]}" >/dev/null 2>&1; [ $? -eq 2 ] || fail "train without -o: expected exit 2"
"$cli" train "$data/suggest/valley-flood.txt" -o "$work/nothing" 2>"$work/err"; [ $? -eq 1 ] || fail "train on a bare text: expected exit 1"
grep -q "no spans to learn from" "$work/err" || fail "train on a bare text: no reason: $(cat "$work/err")"
[ ! -e "$work/nothing" ] || fail "train on a bare text wrote a model"
"$cli" train "${golds[0]}" -o "${golds[0]}" >/dev/null 2>&1; [ $? -eq 1 ] || fail "train over its own input"
echo "train: ok (${#golds[@]} articles, $tagged tagger suggestions)"
