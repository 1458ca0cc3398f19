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
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_set_checks import check_fields, check_refusal, load_set, report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
KNOWLEDGE = "knowledge"

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
    loaded = load_set(GOLD, KNOWLEDGE, "K", errors)
    if loaded is None:
        return 1
    corpus, corpus_lower, items = loaded

    refusal_ids = set()
    docs_covered = set()
    for lineno, o in items:
        qid = o["id"]
        if not check_fields(o, ("en", "nl"), errors):
            continue
        if o["shouldAbstain"]:
            refusal_ids.add(qid)
            check_refusal(o, REFUSAL_KEYS, corpus_lower, errors)
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

    return report(errors)


if __name__ == "__main__":
    sys.exit(main())
