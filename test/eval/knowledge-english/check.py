#!/usr/bin/env python3
"""Validate test/eval/knowledge-english/tune.jsonl (a TUNING set, English questions).

Run from the repository root:
    python3 test/eval/knowledge-english/check.py

Checks:
  * every line is valid JSON with exactly the keys
    id, question, language, expectedDocs, expectedFacts, shouldAbstain (in that order);
  * ids are unique and run N001..N0NN without gaps;
  * language is "en" for every item;
  * every expectedDocs path exists;
  * answerable items have exactly one expected doc and 1-2 facts of 1-4 words;
  * every expectedFact occurs verbatim in its expected document;
  * no document is expected by more than MAX_PER_DOC questions;
  * every answerable item has a kind in KINDS; refusals have none;
  * refusals have empty expectedDocs and expectedFacts and a key word (REFUSAL_KEYS)
    that occurs in the question and in no file under knowledge/ (case-insensitive).
Prints counts (answerable/refusal, kinds, documents covered, fact specificity) and
"OK" when everything passes; exits 1 otherwise.
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_set_checks import check_fields, check_refusal, load_set, report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "tune.jsonl")
KNOWLEDGE = "knowledge"
PREFIX = "N"
MAX_PER_DOC = 3
MAX_ADVICE = 3
KIND_ORDER = ["what", "number", "why", "how", "who", "advice"]
KIND_LABEL = {
    "what": "what/which",
    "number": "how many / how much / how long / when",
    "why": "why",
    "how": "how",
    "who": "who",
    "advice": "advice-style (\"Should we ...?\")",
}

# Kind of each answerable question (what, number, why, how, who, advice).
KINDS = {
    "N001": "number",
    "N002": "why",
    "N003": "what",
    "N004": "number",
    "N005": "number",
    "N006": "how",
    "N007": "what",
    "N008": "why",
    "N010": "why",
    "N011": "why",
    "N013": "why",
    "N014": "number",
    "N015": "why",
    "N016": "number",
    "N017": "who",
    "N018": "who",
    "N019": "why",
    "N020": "number",
    "N021": "what",
    "N023": "how",
    "N024": "who",
    "N025": "what",
    "N026": "how",
    "N027": "what",
    "N028": "advice",
    "N029": "number",
    "N030": "what",
    "N031": "what",
    "N032": "why",
    "N033": "what",
    "N034": "number",
    "N035": "what",
    "N036": "why",
    "N037": "number",
    "N038": "what",
    "N039": "what",
    "N041": "what",
    "N042": "what",
    "N043": "what",
    "N044": "who",
    "N045": "number",
    "N046": "how",
    "N047": "advice",
    "N049": "how",
    "N050": "number",
    "N051": "why",
    "N052": "who",
    "N053": "what",
    "N054": "how",
    "N055": "how",
    "N056": "what",
    "N058": "what",
    "N059": "what",
    "N060": "why",
}

# Key word per refusal question: must occur in the question and nowhere in knowledge/.
REFUSAL_KEYS = {
    "N009": "Haarlem",
    "N012": "Afsluitdijk",
    "N022": "Algemene Rekenkamer",
    "N040": "hypotheekrenteaftrek",
    "N048": "Deventer",
    "N057": "BOIP",
}

# near = same domain (gemeente or body not covered), far = other domain.
REFUSAL_TYPE = {
    "N009": "near",
    "N012": "far",
    "N022": "near",
    "N040": "far",
    "N048": "near",
    "N057": "far",
}


def main():
    errors = []
    loaded = load_set(DATA, KNOWLEDGE, PREFIX, errors)
    if loaded is None:
        return 1
    corpus, corpus_lower, items = loaded

    refusal_ids = set()
    answerable_ids = set()
    doc_counts = Counter()
    fact_spread = Counter()  # number of knowledge files a fact occurs in -> count
    for _lineno, o in items:
        qid = o["id"]
        if not check_fields(o, ("en",), errors):
            continue
        if o["shouldAbstain"]:
            refusal_ids.add(qid)
            check_refusal(o, REFUSAL_KEYS, corpus_lower, errors)
            if qid in KINDS:
                errors.append(f"{qid}: refusal must not have a kind in KINDS")
            if REFUSAL_TYPE.get(qid) not in ("near", "far"):
                errors.append(f"{qid}: refusal needs REFUSAL_TYPE 'near' or 'far'")
        else:
            answerable_ids.add(qid)
            if len(o["expectedDocs"]) != 1:
                errors.append(f"{qid}: answerable question must have exactly one expected doc")
            if not 1 <= len(o["expectedFacts"]) <= 2:
                errors.append(f"{qid}: answerable question must have 1 or 2 facts")
            if KINDS.get(qid) not in KIND_ORDER:
                errors.append(f"{qid}: answerable question needs a kind in KINDS ({KIND_ORDER})")
            for fact in o["expectedFacts"]:
                if not isinstance(fact, str) or not fact.strip():
                    errors.append(f"{qid}: empty or non-string fact")
                    continue
                if not 1 <= len(fact.split()) <= 4:
                    errors.append(f"{qid}: fact {fact!r} must be 1-4 words")
                for d in o["expectedDocs"]:
                    text = corpus.get(str(d).replace(os.sep, "/"))
                    if text is not None and fact not in text:
                        errors.append(f"{qid}: fact {fact!r} not found verbatim in {d}")
                fact_spread[sum(1 for t in corpus.values() if fact in t)] += 1
            doc_counts.update(o["expectedDocs"])

    for qid in REFUSAL_KEYS:
        if qid not in refusal_ids:
            errors.append(f"REFUSAL_KEYS has {qid}, which is not a refusal item")
    for qid in KINDS:
        if qid not in answerable_ids:
            errors.append(f"KINDS has {qid}, which is not an answerable item")
    for d, c in doc_counts.items():
        if c > MAX_PER_DOC:
            errors.append(f"{d} is expected by {c} questions (max {MAX_PER_DOC})")
    kind_counts = Counter(KINDS[q] for q in answerable_ids if q in KINDS)
    if kind_counts.get("advice", 0) > MAX_ADVICE:
        errors.append(f"{kind_counts['advice']} advice-style questions (max {MAX_ADVICE})")

    # counts
    n_docs = sum(1 for p in corpus if p.endswith(".md"))
    print(f"items: {len(items)} = {len(answerable_ids)} answerable + {len(refusal_ids)} refusal")
    ref_types = Counter(REFUSAL_TYPE.get(q) for q in refusal_ids)
    print(f"refusals: {ref_types.get('near', 0)} near miss, {ref_types.get('far', 0)} far off")
    print("kinds of the answerable questions:")
    for k in KIND_ORDER:
        n = kind_counts.get(k, 0)
        pct = 100.0 * n / len(answerable_ids) if answerable_ids else 0.0
        print(f"  {KIND_LABEL[k]}: {n} ({pct:.0f}%)")
    per_doc = Counter(doc_counts.values())
    print(f"documents covered: {len(doc_counts)} of {n_docs} "
          f"({', '.join(f'{per_doc[c]} with {c}' for c in sorted(per_doc))})")
    total_facts = sum(fact_spread.values())
    print(f"facts: {total_facts}, in exactly one file of knowledge/: {fact_spread.get(1, 0)}")

    return report(errors)


if __name__ == "__main__":
    sys.exit(main())
