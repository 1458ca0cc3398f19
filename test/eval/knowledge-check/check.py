#!/usr/bin/env python3
"""Validate test/eval/knowledge-check/gold.jsonl.

Run from the repository root:
    python3 test/eval/knowledge-check/check.py

Checks:
  * every line is valid JSON with exactly the keys
    id, question, language, expectedDocs, expectedFacts, shouldAbstain (in that order);
  * ids are unique and run K001..K0NN without gaps;
  * language is "en" or "nl";
  * every expectedDocs path exists;
  * every expectedFact occurs verbatim in (each of) its expected document(s);
  * answerable items have at least one doc and one fact; refusals have none;
  * every refusal has a key word (REFUSAL_KEYS) that occurs in its question and
    in no file under knowledge/ (case-insensitive).
Prints counts and "OK" when everything passes; exits 1 otherwise.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
KNOWLEDGE = "knowledge"
KEYS = ["id", "question", "language", "expectedDocs", "expectedFacts", "shouldAbstain"]

# Key word per refusal question: must occur in the question and nowhere in knowledge/.
REFUSAL_KEYS = {
    "K003": "Deloitte",
    "K005": "Almere",
    "K012": "Apeldoorn",
    "K021": "Zwolle",
    "K030": "Planbureau",
    "K036": "Kansrijke Start",
    "K052": "Breda",
    "K064": "Leeuwarden",
}


def main():
    errors = []
    if not os.path.isdir(KNOWLEDGE):
        print("Run this script from the repository root (knowledge/ not found).")
        return 1

    corpus = {}
    for root, _dirs, files in os.walk(KNOWLEDGE):
        for name in files:
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as fh:
                corpus[path.replace(os.sep, "/")] = fh.read()
    corpus_lower = {p: t.lower() for p, t in corpus.items()}

    items = []
    with open(GOLD, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {lineno}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc})")
                continue
            if not isinstance(obj, dict) or list(obj.keys()) != KEYS:
                errors.append(f"line {lineno}: keys must be exactly {KEYS}, got {list(obj.keys()) if isinstance(obj, dict) else type(obj).__name__}")
                continue
            items.append((lineno, obj))

    # ids
    ids = [o["id"] for _, o in items]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    if dupes:
        errors.append(f"duplicate ids: {dupes}")
    expected_ids = [f"K{n:03d}" for n in range(1, len(items) + 1)]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        errors.append(f"ids are not K001..K{len(items):03d} in order without gaps (missing {missing}, unexpected {extra})")

    refusal_ids = set()
    docs_covered = set()
    for lineno, o in items:
        qid = o["id"]
        if not isinstance(o["question"], str) or not o["question"].strip():
            errors.append(f"{qid}: empty question")
        if o["language"] not in ("en", "nl"):
            errors.append(f"{qid}: language must be 'en' or 'nl', got {o['language']!r}")
        if not isinstance(o["shouldAbstain"], bool):
            errors.append(f"{qid}: shouldAbstain must be a boolean")
        if not isinstance(o["expectedDocs"], list) or not isinstance(o["expectedFacts"], list):
            errors.append(f"{qid}: expectedDocs and expectedFacts must be lists")
            continue
        for d in o["expectedDocs"]:
            if not os.path.isfile(d):
                errors.append(f"{qid}: expected doc does not exist: {d}")
        if o["shouldAbstain"]:
            refusal_ids.add(qid)
            if o["expectedDocs"] or o["expectedFacts"]:
                errors.append(f"{qid}: refusal must have empty expectedDocs and expectedFacts")
            key = REFUSAL_KEYS.get(qid)
            if key is None:
                errors.append(f"{qid}: refusal has no key word in REFUSAL_KEYS")
            else:
                if key.lower() not in o["question"].lower():
                    errors.append(f"{qid}: refusal key {key!r} not in question")
                hits = [p for p, t in corpus_lower.items() if key.lower() in t]
                if hits:
                    errors.append(f"{qid}: refusal key {key!r} occurs in knowledge: {hits}")
        else:
            if not o["expectedDocs"]:
                errors.append(f"{qid}: answerable question without expectedDocs")
            if not o["expectedFacts"]:
                errors.append(f"{qid}: answerable question without expectedFacts")
            for fact in o["expectedFacts"]:
                if not isinstance(fact, str) or not fact:
                    errors.append(f"{qid}: empty or non-string fact")
                    continue
                for d in o["expectedDocs"]:
                    text = corpus.get(d.replace(os.sep, "/"))
                    if text is not None and fact not in text:
                        errors.append(f"{qid}: fact {fact!r} not found verbatim in {d}")
            docs_covered.update(o["expectedDocs"])

    for qid in REFUSAL_KEYS:
        if qid not in refusal_ids:
            errors.append(f"REFUSAL_KEYS has {qid}, which is not a refusal item")

    # counts
    per_lang = Counter((o["language"], o["shouldAbstain"]) for _, o in items)
    print(f"items: {len(items)}")
    for lang in ("en", "nl"):
        ans = per_lang.get((lang, False), 0)
        ref = per_lang.get((lang, True), 0)
        print(f"  {lang}: {ans + ref} total = {ans} answerable + {ref} refusal")
    print(f"answerable: {sum(v for (l, a), v in per_lang.items() if not a)}, refusal: {len(refusal_ids)}")
    print(f"documents covered: {len(docs_covered)} of {sum(1 for p in corpus if p.endswith('.md'))}")

    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
