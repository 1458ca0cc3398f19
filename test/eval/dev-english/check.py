#!/usr/bin/env python3
"""Sanity checks for test/eval/dev-english/tune.jsonl and check.jsonl. Run from the repo root:
    python3 test/eval/dev-english/check.py
"""
import glob
import json
import os
import sys

# The set is split in two: odd ids to tune on (tune.jsonl), even ids to check (check.jsonl).
GOLD_FILES = ["test/eval/dev-english/tune.jsonl", "test/eval/dev-english/check.jsonl"]
DOCS_DIR = "test/eval/dev/docs"
KEYS = ["id", "question", "language", "expectedDocs", "expectedFacts", "shouldAbstain"]

# Key word checked for each refusal question: it must not occur in any document.
REFUSAL_KEYS = {
    "E009": "Nijmegen",
    "E018": "Andersson Elffers Felix",
    "E028": "Breda",
    "E037": "Schiedam",
    "E046": "Zwolle",
    "E055": "ombudsman",
    "E063": "Coevorden",
    "E070": "Eindhoven",
}

errors = []
docs_text = {}
for path in sorted(glob.glob(os.path.join(DOCS_DIR, "*.md"))):
    with open(path, encoding="utf-8") as f:
        docs_text[path] = f.read()
all_lower = [t.lower() for t in docs_text.values()]

seen = set()
answerable = refusals = 0
covered = set()
lines = []
for gold in GOLD_FILES:
    with open(gold, encoding="utf-8") as f:
        lines += f.read().splitlines()
lines.sort(key=lambda line: json.loads(line)["id"] if line.strip().startswith("{") else "")
for n, line in enumerate(lines, 1):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: invalid JSON ({e})")
        continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {n}: keys {list(obj.keys())} != {KEYS}")
        continue
    qid = obj["id"]
    if qid in seen:
        errors.append(f"{qid}: duplicate id")
    seen.add(qid)
    if obj["language"] != "en":
        errors.append(f"{qid}: language is not 'en'")
    if not isinstance(obj["question"], str) or not obj["question"].strip():
        errors.append(f"{qid}: empty question")
    if obj["shouldAbstain"]:
        refusals += 1
        if obj["expectedDocs"] or obj["expectedFacts"]:
            errors.append(f"{qid}: refusal must have empty expectedDocs/expectedFacts")
        key = REFUSAL_KEYS.get(qid)
        if key is None:
            errors.append(f"{qid}: refusal without a checked key word in REFUSAL_KEYS")
        else:
            if key.lower() not in obj["question"].lower():
                errors.append(f"{qid}: key word {key!r} not in the question")
            hits = [p for p, t in docs_text.items() if key.lower() in t.lower()]
            if hits:
                errors.append(f"{qid}: key word {key!r} occurs in {hits}")
    else:
        answerable += 1
        if qid in REFUSAL_KEYS:
            errors.append(f"{qid}: listed in REFUSAL_KEYS but not a refusal")
        if len(obj["expectedDocs"]) != 1:
            errors.append(f"{qid}: expected exactly one document")
        if not 1 <= len(obj["expectedFacts"]) <= 2:
            errors.append(f"{qid}: expected 1-2 facts")
        for doc in obj["expectedDocs"]:
            if not os.path.isfile(doc):
                errors.append(f"{qid}: document does not exist: {doc}")
                continue
            covered.add(doc)
            text = docs_text.get(doc)
            if text is None:
                with open(doc, encoding="utf-8") as f:
                    text = f.read()
            for fact in obj["expectedFacts"]:
                if fact not in text:
                    errors.append(f"{qid}: fact {fact!r} not found verbatim in {doc}")

expected_ids = {f"E{i:03d}" for i in range(1, len(lines) + 1)}
if seen != expected_ids:
    errors.append("ids are not a contiguous E001..E%03d sequence" % len(lines))

print(f"questions: {len(lines)}  answerable: {answerable}  refusals: {refusals}  documents covered: {len(covered)}")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
