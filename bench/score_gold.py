#!/usr/bin/env python3
"""Scores `baocao extract` against hand-checked gold files (the format of
../shared/devset/*.gold.json) and prints precision, recall and F1 per file
and overall, plus the document fields and the checks expected vs raised.

Usage: bench/score_gold.py BAOCAO_BINARY GOLD.json=INPUT [GOLD.json=INPUT ...]

Scoring (the devset README): every non-null measure of a gold record is one
figure; it matches at most one printed figure with the same measure and
value whose record agrees on every non-null key field of the gold record.
"""
import json
import subprocess
import sys

MEASURES = ["classes", "participants", "female", "cost_vnd", "amount_vnd"]
KEYS = ["type", "status", "period", "topic", "organizer"]


def extract(binary, path):
    out = subprocess.run([binary, "extract", path], capture_output=True, text=True)
    lines = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    return lines


def key_ok(gold, got):
    for k in KEYS + ["category"]:
        g = gold.get(k)
        if g is None:
            continue
        if k == "category":
            if got.get("category") not in (g if isinstance(g, list) else [g]):
                return False
        elif got.get(k) != g:
            return False
    return True


def score(gold, lines):
    printed = []
    for r in lines[1:]:
        if r["type"] not in ("activity", "budget"):
            continue
        for m in MEASURES:
            if r.get(m) is not None:
                printed.append((r, m, r[m]))
    used = set()
    matched = 0
    total = 0
    misses = []
    for g in gold["records"]:
        for m in MEASURES:
            if g.get(m) is None:
                continue
            total += 1
            hit = None
            for i, (r, pm, v) in enumerate(printed):
                if i in used or pm != m or v != g[m] or r["type"] != g["type"]:
                    continue
                if key_ok(g, r):
                    hit = i
                    break
            if hit is None:
                misses.append(f"{g.get('label')} {m}={g[m]} ({g.get('status')} {g.get('period')} {g.get('topic')})")
            else:
                used.add(hit)
                matched += 1
    extra = [f"{r.get('label')} {m}={v} ({r.get('status')} {r.get('period')} {r.get('topic')})"
             for i, (r, m, v) in enumerate(printed) if i not in used]
    return matched, len(printed), total, misses, extra


def main():
    binary = sys.argv[1]
    all_m = all_p = all_t = 0
    for arg in sys.argv[2:]:
        gold_path, input_path = arg.split("=", 1)
        gold = json.load(open(gold_path))
        lines = extract(binary, input_path)
        if not lines:
            print(f"{input_path}: no output")
            all_t += sum(1 for g in gold["records"] for m in MEASURES if g.get(m) is not None)
            continue
        m, p, t, misses, extra = score(gold, lines)
        all_m += m; all_p += p; all_t += t
        doc = lines[0]
        docdiff = {k: (doc.get(k), v) for k, v in gold["document"].items() if doc.get(k) != v}
        checks = [r["rule"] for r in lines[1:] if r["type"] == "check" and r["severity"] != "info"]
        want_checks = [c["rule"] for c in gold.get("checks", [])]
        prec = m / p if p else 0.0
        rec = m / t if t else 0.0
        print(f"{input_path}: figures P={prec:.3f} R={rec:.3f} ({m}/{p} printed, {m}/{t} gold)  "
              f"checks want={want_checks} got={checks}")
        if docdiff:
            print(f"  document fields wrong: {docdiff}")
        for x in misses[:8]:
            print(f"  missed: {x}")
        for x in extra[:8]:
            print(f"  extra:  {x}")
    prec = all_m / all_p if all_p else 0.0
    rec = all_m / all_t if all_t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"TOTAL: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
