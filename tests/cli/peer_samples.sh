#!/usr/bin/env bash
# Every real file in ../shared/peer-samples (other tools' own files, not
# copied into this repository) converts to spanmark, validates, and holds the
# documents, spans and relations it should.
set -uo pipefail
cli=$1
samples=$2
# They live in ../shared, which a plain clone does not have: then the test is skipped (ctest counts it).
[ -d "$samples" ] || { echo "SKIP: no peer samples at $samples (they stay in ../shared)"; exit 77; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failures=0
check() {  # FILE DOCS SPANS RELATIONS
  local file=$1 docs=$2 spans=$3 relations=$4 out="$work/converted"
  if ! "$cli" convert "$samples/$file" --to spanmark -o "$out" 2>"$work/err"; then
    echo "FAIL: $file: $(cat "$work/err")"; failures=$((failures + 1)); return
  fi
  # One document is written as pretty JSON; several as JSONL.
  if [ "$docs" -gt 1 ]; then mv "$out" "$work/out.jsonl"; target="$work/out.jsonl"; else mv "$out" "$work/out.json"; target="$work/out.json"; fi
  "$cli" validate "$target" >/dev/null || { echo "FAIL: $file: output does not validate"; failures=$((failures + 1)); return; }
  got=$("$cli" stats "$target" | tail -1)
  local n s r
  n=$(sed -E 's/^total: ([0-9]+) documents.*/\1/' <<<"$got")
  s=$(sed -E 's/^total: [0-9]+ documents, ([0-9]+) spans.*/\1/' <<<"$got")
  r=$(sed -E 's/.*relations ([0-9]+).*/\1/' <<<"$got")
  if [ "$n" != "$docs" ] || [ "$s" != "$spans" ] || [ "$r" != "$relations" ]; then
    echo "FAIL: $file: $n documents, $s spans, $r relations; expected $docs, $spans, $relations"; failures=$((failures + 1))
  fi
}
check doccano/doccano-export-sequence_labeling/example.jsonl 3 4 0
check doccano/doccano-export-relation_extraction/example.jsonl 1 4 3
check doccano/doccano-import-relation_extraction/example.jsonl 1 4 3
check doccano/doccano-transformer/labeling.jsonl 2 11 0
check doccano/doccano-transformer/labeling_text_label.jsonl 2 11 0
check doccano/ner_doccano_utils/danish.json 4 8 0
check labelstudio/converter-legacy/348.json 1 38 0
check labelstudio/karanheera-re/train.json 6 19 15
check labelstudio/lsf-named_entity/1.json 1 1 0
check labelstudio/lsf-named_entity/tasks.json 1 1 0
check labelstudio/lsf-rich_text_plain/1.json 1 1 0
check spacy/prodigy-recipes/annotated_news_headlines-ORG-PERSON-LOCATION-ner.jsonl 5 7 0
check spacy/projects-ner_fashion_brands/fashion_brands_eval.jsonl 1 2 0
check spacy/projects-ner_tweets/demo.jsonl 1 1 0
check spacy/projects-rel_component/annotations.jsonl 1 5 4
check conll/doccano-transformer/labeling_text_label.conll2003.user0 2 11 0
check conll/doccano/example.conll 1 2 0
check conll/doccano/labeling.trailing.conll 1 2 0
check conll/flair-fashion/eng.train 1 23 0
check conll/flair-fashion/eng.testa 1 3 0
check brat/060-relation_annotation.ann 1 10 1
check brat/100-attribute_annotation.ann 1 26 0
check brat/110-note_annotation.ann 1 14 2
check brat/document0d.ann 1 4 0
check brat/esp.train-doc-29.ann 1 13 0
check brat/wn071.ann 1 74 72
# The stale Label Studio example: offsets kept, the disagreement reported.
"$cli" convert "$samples/labelstudio/lsf-rich_text_plain/1.json" --to spanmark 2>&1 >/dev/null | grep -q "the offsets were kept" ||
  { echo "FAIL: the stale Label Studio text was not reported"; failures=$((failures + 1)); }
# The emoji before the spans: code points, not UTF-16.
"$cli" convert "$samples/spacy/projects-ner_fashion_brands/fashion_brands_eval.jsonl" --to spanmark 2>/dev/null | grep -q '"text": "Allen Edmonds"' ||
  { echo "FAIL: the spans after the emoji moved"; failures=$((failures + 1)); }
[ $failures -eq 0 ] && echo "peer samples: 26 files ok"
exit $failures
