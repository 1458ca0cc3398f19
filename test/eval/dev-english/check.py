#!/usr/bin/env python3
"""Sanity checks for test/eval/dev-english/tune.jsonl and check.jsonl. Run from the repo root:
    python3 test/eval/dev-english/check.py

The set is split in two: odd ids to tune on (tune.jsonl), even ids to check (check.jsonl). Together
their ids run E001..Ennn; every question is English; an answerable one expects one document of
test/eval/dev/docs and one or two facts found verbatim in it; a refusal expects nothing and has a key
word (REFUSAL_KEYS) that is in its question and in no document.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_set_checks import check_fields, check_ids, check_refusal, read_corpus, read_items, report  # noqa: E402

GOLD_FILES = ["test/eval/dev-english/tune.jsonl", "test/eval/dev-english/check.jsonl"]
DOCS_DIR = "test/eval/dev/docs"

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


def main():
    if not os.path.isdir(DOCS_DIR):
        print(f"Run this script from the repository root ({DOCS_DIR}/ not found).")
        return 1
    errors = []
    corpus = read_corpus(DOCS_DIR)
    corpus_lower = {p: t.lower() for p, t in corpus.items()}
    items = sorted((item for gold in GOLD_FILES for item in read_items(gold, errors)), key=lambda item: item[1]["id"])
    check_ids(items, "E", errors)
    answerable = refusals = 0
    covered = set()
    for _, o in items:
        qid = o["id"]
        if not check_fields(o, ("en",), errors):
            continue
        if o["shouldAbstain"]:
            refusals += 1
            check_refusal(o, REFUSAL_KEYS, corpus_lower, errors)
            continue
        answerable += 1
        if qid in REFUSAL_KEYS:
            errors.append(f"{qid}: listed in REFUSAL_KEYS but not a refusal")
        if len(o["expectedDocs"]) != 1:
            errors.append(f"{qid}: expected exactly one document")
        if not 1 <= len(o["expectedFacts"]) <= 2:
            errors.append(f"{qid}: expected 1-2 facts")
        for doc in o["expectedDocs"]:
            text = corpus.get(doc)
            if text is None:
                continue
            covered.add(doc)
            for fact in o["expectedFacts"]:
                if fact not in text:
                    errors.append(f"{qid}: fact {fact!r} not found verbatim in {doc}")
    print(f"questions: {len(items)}  answerable: {answerable}  refusals: {refusals}  documents covered: {len(covered)}")
    return report(errors)


if __name__ == "__main__":
    sys.exit(main())
