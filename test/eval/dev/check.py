#!/usr/bin/env python3
"""Sanity check for the dev (development/tuning) evaluation set. Run from anywhere:
    python3 test/eval/dev/check.py
Reads gold.jsonl and question-kinds.json (question kind per id, refusal key names)."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KNOWLEDGE = os.path.join(ROOT, "knowledge")
errors, warnings = [], []

def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()

# --- documents -------------------------------------------------------------
docs = sorted(glob.glob(os.path.join(HERE, "docs", "*.md")))
doc_text = {}
words = {}
for p in docs:
    t = read(p)
    doc_text[os.path.relpath(p, ROOT)] = t
    m = re.match(r"^---\n(.*?)\n---\n", t, re.S)
    if not m:
        errors.append(f"{p}: no YAML front matter"); continue
    fm = m.group(1)
    for key in ("title", "url", "publisher", "retrieved"):
        if not re.search(rf"^{key}:", fm, re.M):
            errors.append(f"{p}: front matter lacks {key}")
    if "retrieved: 2026-12-05" not in fm:
        errors.append(f"{p}: retrieved date is not 2026-12-05")
    words[os.path.basename(p)] = len(t[m.end():].split())
    if not 150 <= words[os.path.basename(p)] <= 600:
        errors.append(f"{p}: body has {words[os.path.basename(p)]} words (want 150-600)")

# --- questions -------------------------------------------------------------
kinds = json.load(open(os.path.join(HERE, "question-kinds.json"), encoding="utf-8"))
rows, ids = [], set()
for n, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: does not parse ({e})"); continue
    for k in ("id", "question", "language", "expectedDocs", "expectedFacts", "shouldAbstain"):
        if k not in o:
            errors.append(f"line {n}: missing field {k}")
    if o["id"] in ids:
        errors.append(f"line {n}: duplicate id {o['id']}")
    ids.add(o["id"])
    if o["language"] not in ("nl", "en"):
        errors.append(f"{o['id']}: bad language")
    rows.append(o)

ans = [o for o in rows if not o["shouldAbstain"]]
ref = [o for o in rows if o["shouldAbstain"]]
for o in ans:
    if not 1 <= len(o["expectedDocs"]) <= 2:
        errors.append(f"{o['id']}: expectedDocs must hold 1-2 docs")
    if not 1 <= len(o["expectedFacts"]) <= 2:
        errors.append(f"{o['id']}: expectedFacts must hold 1-2 facts")
    for d in o["expectedDocs"]:
        if not os.path.isfile(os.path.join(ROOT, d)):
            errors.append(f"{o['id']}: missing doc {d}")
    first = doc_text.get(o["expectedDocs"][0], "") if o["expectedDocs"] else ""
    for f in o["expectedFacts"]:
        if f.lower() not in first.lower():
            errors.append(f"{o['id']}: fact {f!r} not in first doc")
        if f.lower() in o["question"].lower():
            warnings.append(f"{o['id']}: fact {f!r} also occurs in the question")
for o in ref:
    if o["expectedDocs"] or o["expectedFacts"]:
        errors.append(f"{o['id']}: refusal must have empty expectedDocs/expectedFacts")
    key = kinds.get(o["id"], {}).get("key")
    if not key:
        errors.append(f"{o['id']}: refusal without key name in question-kinds.json"); continue
    pat = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)", re.I)
    hits = [p for p in doc_text if pat.search(doc_text[p])]
    hits += [p for p in glob.glob(os.path.join(KNOWLEDGE, "**", "*"), recursive=True)
             if os.path.isfile(p) and pat.search(read(p))]
    if hits:
        errors.append(f"{o['id']}: refusal key {key!r} found in {hits}")

# near-miss key names must differ from those of the heldout-large set (its README)
HELDOUT_NEAR = {"apeldoorn", "enschede", "zwolle", "leeuwarden", "deventer", "amersfoort",
                "haarlemmermeer", "westland", "emmen", "venlo", "purmerend", "kinderombudsman",
                "ciz", "uwv", "raad voor de kinderbescherming", "kpmg", "deloitte",
                "integraal zorgakkoord", "kansrijke start", "2031"}
for o in ref:
    key = kinds.get(o["id"], {}).get("key", "")
    if key.lower() in HELDOUT_NEAR:
        errors.append(f"{o['id']}: refusal key {key!r} is also a heldout-large near-miss name")
# no duplicate questions
qs = [o["question"].strip().lower() for o in rows]
if len(qs) != len(set(qs)):
    errors.append("duplicate question texts")

# --- ratios ----------------------------------------------------------------
k = lambda o: kinds.get(o["id"], {}).get("kind", "?")
lwh = [o for o in ans if k(o) in ("list", "why", "how")]
en = [o for o in rows if o["language"] == "en"]
used = {d for o in ans for d in o["expectedDocs"]}
targets = [
    ("docs >= 40", len(docs) >= 40),
    ("questions >= 130", len(rows) >= 130),
    ("answerable >= 100", len(ans) >= 100),
    ("refusals >= 30", len(ref) >= 30),
    ("list/why/how >= 35% of answerable", len(lwh) >= 0.35 * len(ans)),
    ("english >= 20% of all", len(en) >= 0.20 * len(rows)),
    ("near-miss refusals >= 18", sum(1 for o in ref if k(o) == "near") >= 18),
    ("far-off refusals >= 12", sum(1 for o in ref if k(o) == "far") >= 12),
    ("every question has a kind", all(k(o) in ("plain", "list", "why", "how", "near", "far") for o in rows)),
    ("every doc used by a question", len(used) == len(docs)),
]
for name, ok in targets:
    if not ok:
        errors.append(f"target failed: {name}")

def cnt(lst, f):
    out = {}
    for o in lst:
        out[f(o)] = out.get(f(o), 0) + 1
    return dict(sorted(out.items()))

print(f"docs: {len(docs)}  (words per doc: min {min(words.values())}, median {sorted(words.values())[len(words)//2]}, max {max(words.values())})")
print(f"questions: {len(rows)}  answerable: {len(ans)}  refusals: {len(ref)}")
print(f"answerable by kind: {cnt(ans, k)}  list/why/how share: {len(lwh)/len(ans):.1%}")
print(f"refusals by kind: {cnt(ref, k)}")
print(f"language all: {cnt(rows, lambda o: o['language'])}  english share: {len(en)/len(rows):.1%}")
print(f"language answerable: {cnt(ans, lambda o: o['language'])}  refusals: {cnt(ref, lambda o: o['language'])}")
print(f"answerable with 2 expectedDocs: {sum(1 for o in ans if len(o['expectedDocs']) == 2)}")
for name, ok in targets:
    print(f"  [{'ok' if ok else 'FAIL'}] {name}")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
