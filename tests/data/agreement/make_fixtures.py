#!/usr/bin/python3
"""Makes the agreement fixtures beside this file and their expected figures,
computed by independent implementations: Cohen's kappa by scikit-learn
(cohen_kappa_score), Fleiss' kappa by statsmodels (fleiss_kappa over
aggregate_raters), Krippendorff's alpha (nominal) by the npm package
`krippendorff`. Run by hand, not in CI:

    apt-get install python3-sklearn python3-statsmodels
    (cd SOMEWHERE && npm install krippendorff@0.1.0)
    KRIPPENDORFF=SOMEWHERE/node_modules/krippendorff tests/data/agreement/make_fixtures.py

The texts are ASCII words and spaces, so a word is a run of letters both here
and under spanmark's word rule; each word is a unit, tagged B-LABEL, I-LABEL
or O (for one label alone: B, I or O) by each annotator's spans. An annotator
who left a document out has no judgement for its words.
"""
import json
import math
import os
import random
import re
import subprocess
import warnings

import numpy as np
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["ACTOR", "PLACE", "FIGURE", "QUOTE"]
VOCABULARY = ("harbour pilots met mayor monday council voted bridge work starts march fishers waited before dawn "
              "catch small festival opened people came pier cost much mill closed noon workers paid minister said "
              "Lobo Costa Pires Park Berg Reyes Dias Sousa Braga Faro Busan Tarouca").split()


def text_of(rng, words):
    out = []
    for k in range(words):
        w = rng.choice(VOCABULARY)
        out.append(w.capitalize() if k == 0 or out[-1].endswith(".") else w)
        if k % 9 == 8:
            out[-1] += "."
    return " ".join(out) + "."


def words_of(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]


def free(spans, first, last):
    return all(last < a or first > b for a, b, _ in spans)


def truth_of(rng, count):
    spans = []
    for _ in range(count // 4):
        first = rng.randrange(count)
        last = min(count - 1, first + rng.randrange(3))
        if free(spans, first, last):
            spans.append((first, last, rng.choice(LABELS)))
    return spans


def annotator_of(rng, truth, count, skill):
    spans = []
    for first, last, label in truth:
        roll = rng.random()
        if roll < skill:
            spans.append((first, last, label))
        elif roll < skill + (1 - skill) / 3:
            spans.append((first, last, rng.choice(LABELS)))
        elif roll < skill + 2 * (1 - skill) / 3 and last + 1 < count and free([s for s in truth if s[0] != first], first, last + 1):
            spans.append((first, last + 1, label))
    for _ in range(rng.randrange(3)):
        first = rng.randrange(count)
        if free(spans, first, first):
            spans.append((first, first, rng.choice(LABELS)))
    return sorted(spans)


def tags_of(spans, count, only=None):
    tags = ["O"] * count
    for first, last, label in spans:
        if only and label != only:
            continue
        for k in range(first, last + 1):
            prefix = "B" if k == first else "I"
            tags[k] = prefix if only else f"{prefix}-{label}"
    return tags


def document(doc_id, text, words, spans):
    out = []
    for k, (first, last, label) in enumerate(spans):
        start, end = words[first][0], words[last][1]
        out.append({"id": f"s{k + 1}", "start": start, "end": end, "label": label, "text": text[start:end]})
    return {"format": "spanmark", "version": 1, "document": {"id": doc_id, "text": text}, "spans": out}


def alpha_of(matrix):
    """matrix[annotator][unit]: a category or None. Computed by the npm package."""
    script = ("const {alpha} = require(process.argv[1]); let s = ''; process.stdin.on('data', d => s += d).on('end', () => {"
              " const m = JSON.parse(s).map(r => r.map(v => v === null ? undefined : v));"
              " const a = alpha(m); console.log(JSON.stringify(Number.isFinite(a) ? a : null)); });")
    done = subprocess.run(["node", "-e", script, os.environ["KRIPPENDORFF"]], input=json.dumps(matrix),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def finite(x):
    return None if x is None or not math.isfinite(x) else float(x)


def figures(tag_rows):
    """tag_rows[annotator]: per unit a tag or None."""
    n = len(tag_rows)
    units = len(tag_rows[0])
    out = {"kappa": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if n == 2:
            both = [u for u in range(units) if tag_rows[0][u] is not None and tag_rows[1][u] is not None]
            out["kappa"] = finite(cohen_kappa_score([tag_rows[0][u] for u in both], [tag_rows[1][u] for u in both]))
        every = [u for u in range(units) if all(r[u] is not None for r in tag_rows)]
        categories = sorted({t for r in tag_rows for t in r if t is not None})
        index = {c: k for k, c in enumerate(categories)}
        data = np.array([[index[r[u]] for r in tag_rows] for u in every], dtype=int).reshape(len(every), n)
        table, _ = aggregate_raters(data, n_cat=len(categories))
        out["fleiss_kappa"] = finite(fleiss_kappa(table)) if len(every) else None
    out["alpha"] = alpha_of([[None if t is None else index[t] for t in r] for r in tag_rows])
    return out


def fixture(name, seed, annotators, documents, skills, missing=(), identical=False, disagree=False):
    rng = random.Random(seed)
    folder = os.path.join(HERE, name)
    os.makedirs(folder, exist_ok=True)
    files = {a: [] for a in annotators}
    rows = {a: [] for a in annotators}
    per_label = {}
    for d in range(documents):
        text = text_of(rng, 30 + rng.randrange(30))
        words = words_of(text)
        truth = truth_of(rng, len(words))
        if disagree:  # every word in a span, each annotator a different label on each
            truth = [(k, k, LABELS[k % 4]) for k in range(len(words))]
        for i, a in enumerate(annotators):
            if (a, d) in missing:
                rows[a].append([None] * len(words))  # no judgement for any of its words
                continue
            if identical:
                spans = truth
            elif disagree:
                spans = [(f, l, LABELS[(LABELS.index(lab) + i) % 4]) for f, l, lab in truth]
            else:
                spans = annotator_of(rng, truth, len(words), skills[i])
            files[a].append(document(f"{name}-{d + 1}", text, words, spans))
            rows[a].append(spans)
    tag_rows, label_rows = {a: [] for a in annotators}, {}
    labels = sorted({s["label"] for a in annotators for doc in files[a] for s in doc["spans"]})
    for d in range(documents):
        count = None
        for a in annotators:
            if rows[a][d] and rows[a][d][0] is None:
                count = len(rows[a][d])
        for a in annotators:
            spans = rows[a][d]
            n = count if spans and spans[0] is None else None
            if n is None:
                text = next(doc["document"]["text"] for b in annotators for doc in files[b] if doc["document"]["id"] == f"{name}-{d + 1}")
                n = len(words_of(text))
            missing_here = bool(spans) and spans[0] is None
            tag_rows[a] += [None] * n if missing_here else tags_of(spans, n)
            for lab in labels:
                label_rows.setdefault(lab, {b: [] for b in annotators})
                label_rows[lab][a] += [None] * n if missing_here else tags_of(spans, n, lab)
    for a in annotators:
        with open(os.path.join(folder, f"{a}.jsonl"), "w") as f:
            for doc in files[a]:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    expected = {"annotators": list(annotators), "documents": documents,
                "overall": figures([tag_rows[a] for a in annotators]),
                "labels": {lab: figures([label_rows[lab][a] for a in annotators]) for lab in labels}}
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    print(name, json.dumps(expected["overall"]))


fixture("two", 11, ["anna", "ben"], 5, [0.8, 0.6])
fixture("three-missing", 12, ["anna", "ben", "chen"], 6, [0.85, 0.7, 0.5], missing={("anna", 1), ("ben", 3), ("chen", 4)})
fixture("five-missing", 13, ["a1", "a2", "a3", "a4", "a5"], 4, [0.9, 0.8, 0.7, 0.6, 0.4], missing={("a2", 0), ("a5", 2), ("a5", 3)})
fixture("all-agree", 14, ["anna", "ben", "chen"], 3, [1, 1, 1], identical=True)
fixture("all-disagree", 15, ["anna", "ben"], 3, [0, 0], disagree=True)
