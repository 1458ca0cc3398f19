"""The checks every gold-set sanity script shares: reading the documents, reading the JSON lines with
their keys in order, and ids that run PREFIX001..PREFIXnnn without gaps. Imported by the check.py of
a set (run from the repository root)."""
import json
import os
from collections import Counter

KEYS = ["id", "question", "language", "expectedDocs", "expectedFacts", "shouldAbstain"]


def read_corpus(folder):
    """Every file under folder, by its path with forward slashes."""
    corpus = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as fh:
                corpus[path.replace(os.sep, "/")] = fh.read()
    return corpus


def read_items(path, errors):
    """The set's items as (line number, object); a line that is no object with exactly KEYS is an error."""
    items = []
    with open(path, encoding="utf-8") as fh:
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
                got = list(obj.keys()) if isinstance(obj, dict) else type(obj).__name__
                errors.append(f"line {lineno}: keys must be exactly {KEYS}, got {got}")
                continue
            items.append((lineno, obj))
    return items


def check_ids(items, prefix, errors):
    """Ids unique and in order: PREFIX001, PREFIX002, … without gaps."""
    ids = [o["id"] for _, o in items]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    if dupes:
        errors.append(f"duplicate ids: {dupes}")
    expected_ids = [f"{prefix}{n:03d}" for n in range(1, len(items) + 1)]
    if ids != expected_ids:
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(ids) - set(expected_ids))
        errors.append(f"ids are not {prefix}001..{prefix}{len(items):03d} in order without gaps (missing {missing}, unexpected {extra})")


def load_set(path, folder, prefix, errors):
    """The documents (as written and lower-cased) and the checked items of a set; None when not run from the repository root."""
    if not os.path.isdir(folder):
        print(f"Run this script from the repository root ({folder}/ not found).")
        return None
    corpus = read_corpus(folder)
    items = read_items(path, errors)
    check_ids(items, prefix, errors)
    return corpus, {p: t.lower() for p, t in corpus.items()}, items


def report(errors):
    """Prints the problems, or OK; the script's exit code."""
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


def check_refusal(item, refusal_keys, corpus_lower, errors):
    """A question to refuse expects nothing and names a key word that is in the question and in no document."""
    qid = item["id"]
    if item["expectedDocs"] or item["expectedFacts"]:
        errors.append(f"{qid}: refusal must have empty expectedDocs and expectedFacts")
    key = refusal_keys.get(qid)
    if key is None:
        errors.append(f"{qid}: refusal has no key word in REFUSAL_KEYS")
        return
    if key.lower() not in item["question"].lower():
        errors.append(f"{qid}: refusal key {key!r} not in question")
    hits = [p for p, t in corpus_lower.items() if key.lower() in t]
    if hits:
        errors.append(f"{qid}: refusal key {key!r} occurs in the documents: {hits}")


def check_fields(item, languages, errors):
    """A question, a language of `languages`, a boolean shouldAbstain, and expected documents that exist; False when the lists are missing."""
    qid = item["id"]
    if not isinstance(item["question"], str) or not item["question"].strip():
        errors.append(f"{qid}: empty question")
    if item["language"] not in languages:
        errors.append(f"{qid}: language must be one of {languages}, got {item['language']!r}")
    if not isinstance(item["shouldAbstain"], bool):
        errors.append(f"{qid}: shouldAbstain must be a boolean")
    if not isinstance(item["expectedDocs"], list) or not isinstance(item["expectedFacts"], list):
        errors.append(f"{qid}: expectedDocs and expectedFacts must be lists")
        return False
    for d in item["expectedDocs"]:
        if not isinstance(d, str) or not os.path.isfile(d):
            errors.append(f"{qid}: expected doc does not exist: {d}")
    return True
