#!/usr/bin/env bash
# The CLI's exit codes and messages: validate, stats and agree.
set -uo pipefail
cli=$1
data=$2
fail() { echo "FAIL: $*"; exit 1; }

"$cli" validate "$data/harbour-note.txt" >/dev/null || fail "a valid text file was refused"

out=$("$cli" validate "$data/broken.json" 2>&1); status=$?
[ $status -eq 1 ] || fail "broken.json: expected exit 1, got $status"
[[ "$out" == *"broken.json:4:12: error: not valid JSON"* ]] || fail "broken.json: message without a place: $out"

out=$("$cli" validate "$data/corpus-bad-line3.jsonl" 2>&1); status=$?
[ $status -eq 1 ] || fail "corpus: expected exit 1, got $status"
[[ "$out" == *"corpus-bad-line3.jsonl:3: error: /spans/0 (span s1): label \"PERSON\" is not in the label set"* ]] ||
  fail "corpus: the bad record's line is not named: $out"

out=$("$cli" validate "$data/agree-a.json" "$data/agree-b.json" 2>&1) || fail "valid files refused: $out"
[[ "$out" == *"agree-a.json: 1 document, valid"* ]] || fail "validate says nothing of success: $out"

out=$("$cli" stats "$data/agree-a.json" "$data/agree-b.json") || fail "stats failed"
[[ "$out" == *"total: 2 documents, 6 spans  ACTOR 2  FIGURE 1  PLACE 3"* ]] || fail "stats totals wrong: $out"

out=$("$cli" agree "$data/agree-a.json" "$data/agree-b.json") || fail "agree failed: $out"
# ACTOR agrees exactly; PLACE shares one span only by overlap; FIGURE is in A only; B adds a PLACE.
echo "$out" | grep -Eq "^  ACTOR +1\.000 +1\.000 +1\.000 +1 +0 +0$" || fail "ACTOR line wrong: $out"
echo "$out" | grep -Eq "^  PLACE +0\.000 +0\.000 +0\.000 +0 +1 +2$" || fail "exact PLACE line wrong: $out"
echo "$out" | grep -A3 "overlapping" | grep -Eq "^  PLACE +0\.500 +1\.000 +0\.667 +1 +0 +1$" || fail "overlap PLACE line wrong: $out"
echo "$out" | grep -Eq "^  FIGURE +1\.000 +0\.000 +0\.000 +0 +1 +0$" || fail "FIGURE line wrong: $out"

# convert: spanmark -> doccano (UTF-16 offsets) -> spanmark gives the same spans; the format is guessed.
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$cli" convert "$data/agree-a.json" --to doccano -o "$work/a.doccano.jsonl" 2>/dev/null || fail "convert to doccano failed"
"$cli" convert "$work/a.doccano.jsonl" --to spanmark -o "$work/a.json" 2>/dev/null || fail "convert from doccano failed"
"$cli" validate "$work/a.json" >/dev/null || fail "the converted file does not validate"
out=$("$cli" agree "$data/agree-a.json" "$work/a.json")
echo "$out" | grep -A4 "exact spans" | grep -Eq "^  ACTOR +1\.000 +1\.000 +1\.000 +1 +0 +0$" || fail "round trip lost spans: $out"
# brat writes a .txt and an .ann and reads them back.
"$cli" convert "$data/agree-a.json" --to brat -o "$work/pier.ann" 2>/dev/null || fail "convert to brat failed"
[ -s "$work/pier.txt" ] && [ -s "$work/pier.ann" ] || fail "brat needs pier.txt and pier.ann"
"$cli" convert "$work/pier.ann" --to spanmark -o "$work/pier.json" 2>/dev/null || fail "convert from brat failed"
out=$("$cli" agree "$data/agree-a.json" "$work/pier.json" 2>&1)
echo "$out" | grep -A5 "exact spans" | grep -Eq "^  all labels +1\.000 +1\.000 +1\.000 +3 +0 +0$" || fail "brat round trip lost spans: $out"
# A corpus streams through convert, one document at a time, into every format and back.
for to in doccano labelstudio spacy; do
  "$cli" convert "$data/corpus-two.jsonl" --to "$to" -o "$work/two.$to" 2>/dev/null || fail "corpus to $to failed"
  "$cli" convert "$work/two.$to" --from "$to" --to spanmark -o "$work/two-back.jsonl" 2>/dev/null || fail "corpus back from $to failed"
  out=$("$cli" stats "$work/two-back.jsonl" | tail -1)
  [[ "$out" == "total: 2 documents, 6 spans"* ]] || fail "corpus through $to: $out"
done
# A bad record in the middle of a streamed corpus: exit 1 and no output at all.
"$cli" convert "$data/corpus-bad-line3.jsonl" --to doccano -o "$work/bad.jsonl" 2>/dev/null; [ $? -eq 1 ] || fail "a bad corpus must exit 1"
[ ! -e "$work/bad.jsonl" ] && [ ! -e "$work/bad.jsonl.part" ] || fail "a failed streamed conversion left a file"
# A failed conversion leaves no output file behind.
"$cli" convert "$data/broken.json" --to doccano -o "$work/broken.jsonl" 2>/dev/null; [ $? -eq 1 ] || fail "broken input must exit 1"
[ ! -e "$work/broken.jsonl" ] && [ ! -e "$work/broken.jsonl.part" ] || fail "a failed conversion left a file"
# Dropping what the target cannot hold is said, never silent.
out=$("$cli" convert "$data/agree-a.json" --to text 2>&1 >/dev/null)
[[ "$out" == *"warning: dropped 3 spans (plain text holds no annotations)"* ]] || fail "no warning for dropped spans: $out"
"$cli" convert "$data/agree-a.json" --to docx >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown format must exit 2"

# Our own sample in every format reads back to the same spans and relation.
for f in quay.doccano.jsonl quay.labelstudio.json quay.spacy.jsonl brat/quay.ann; do
  "$cli" convert "$data/formats/$f" --to spanmark -o "$work/quay-back.json" 2>/dev/null || fail "$f does not convert"
  out=$("$cli" agree "$data/formats/quay.json" "$work/quay-back.json")
  echo "$out" | grep -A8 "exact spans" | grep -Eq "^  all labels +1\.000 +1\.000 +1\.000 +6 +0 +0$" || fail "$f: spans differ: $out"
  echo "$out" | grep -Eq "^  all relations +1\.000 +1\.000 +1\.000 +1 +0 +0$" || fail "$f: relation differs: $out"
done
out=$("$cli" stats "$data/formats/quay.conll" | tail -1)
[[ "$out" == "total: 1 documents, 5 spans"* ]] || fail "quay.conll: $out"

"$cli" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command must exit 2"
"$cli" agree "$data/agree-a.json" >/dev/null 2>&1; [ $? -eq 2 ] || fail "agree with one file must exit 2"
"$cli" agree "$data/agree-a.json" "$data/agree-b.json" --format xml >/dev/null 2>&1; [ $? -eq 2 ] || fail "agree --format xml must exit 2"

# merge: A and B agree on the ACTOR only; each difference's variants are suggestions naming their annotator.
out=$("$cli" merge "$data/agree-a.json" "$data/agree-b.json" -o "$work/review.json" 2>&1) || fail "merge failed: $out"
[[ "$out" == *"1 document from agree-a, agree-b: 1 spans agreed, "* ]] || fail "merge summary: $out"
"$cli" validate "$work/review.json" >/dev/null || fail "the merged file does not validate"
grep -q '"suggested": "merge"' "$work/review.json" || fail "no variant marked for review: $(cat "$work/review.json")"
grep -q '"annotators": \["agree-a","agree-b"\]' "$work/review.json" || fail "the agreed span does not name both: $(cat "$work/review.json")"
"$cli" merge "$data/agree-a.json" "$data/agree-b.json" -o "$data/agree-a.json" >/dev/null 2>&1; [ $? -eq 1 ] || fail "merge over an input must exit 1"
"$cli" merge "$data/agree-a.json" "$data/agree-b.json" --min-agree 3 -o "$work/r3.json" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--min-agree above the annotators must exit 2"
"$cli" merge "$data/agree-a.json" -o "$work/r1.json" >/dev/null 2>&1; [ $? -eq 2 ] || fail "merge of one file must exit 2"
[ ! -e "$work/r1.json" ] || fail "merge of one file wrote its output"
out=$("$cli" merge "$data/agree-a.json" -o "$work/r1.json" 2>&1); [[ "$out" == *"give two files or more"* ]] || fail "one file: no clear message: $out"
# Bad panels: one id with two texts, or annotators with different label sets: refused, naming both, nothing written.
sed 's/Mayor Ana/Mayer Ana/; s/"text": "Mayor Ana Lobo"/"text": "Mayer Ana Lobo"/' "$data/agree-b.json" > "$work/ben.json"
for command in merge agree; do
  out=$("$cli" $command "$data/agree-a.json" "$work/ben.json" $([ $command = merge ] && echo -o "$work/bad-$command.json") 2>&1); rc=$?
  [ $rc -eq 1 ] || fail "$command of two texts under one id must exit 1, not $rc: $out"
  [[ "$out" == *"ben.json: error: document pier has another text than"*"agree-a"* ]] || fail "$command of two texts: $out"
  [ ! -e "$work/bad-$command.json" ] || fail "$command of two texts wrote its output"
done
python3 - "$data/agree-b.json" "$work/chen.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["labels"] = [{"name": n, "kind": "span"} for n in ("ACTOR", "PLACE", "FIGURE", "QUOTE", "ORG")] + \
    [{"name": "SPEAKER", "kind": "relation", "from": ["QUOTE"], "to": ["ACTOR"]}]
json.dump(d, open(sys.argv[2], "w"))
PY
for command in merge agree; do
  out=$("$cli" $command "$data/agree-a.json" "$work/chen.json" $([ $command = merge ] && echo -o "$work/labels-$command.json") 2>&1); rc=$?
  [ $rc -eq 1 ] || fail "$command of two label sets must exit 1, not $rc: $out"
  [[ "$out" == *"chen.json: error: document pier: the labels are not agree-a's: ORG only here"* ]] || fail "$command of two label sets: $out"
  [ ! -e "$work/labels-$command.json" ] || fail "$command of two label sets wrote its output"
done
echo "cli: ok"
