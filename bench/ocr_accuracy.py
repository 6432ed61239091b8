#!/usr/bin/env python3
"""OCR accuracy on the scan twins of the samples, against their DOCX.

    bench/ocr_accuracy.py BAOCAO [TESSERACT_TEXT_DIR]

For each samples/NAME.scan.pdf:
  - character error rate (CER) and digit error rate of the text baocao reads
    (`baocao dump`: paragraphs and table cells in reading order) against the
    text of NAME.docx read the same way: edit operations over the reference
    length, white space folded; digits compared as the sequence of digits;
  - figures: precision and recall of the activity and budget figures against
    the DOCX's expected records (a figure matches with the same measure,
    value and key fields), as bench/score_gold.py counts them.
With TESSERACT_TEXT_DIR (NAME.txt files: `tesseract -l vie` output of the
same pages, made by bench/ocr_bench.sh), the same CER and digit error for
whole-page Tesseract, the baseline of ../shared/measurements.md.

Edit distances come from difflib's opcodes (close to Levenshtein on text
this similar). Python standard library only.
"""
import difflib
import json
import os
import subprocess
import sys

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
MEASURES = ["classes", "participants", "female", "cost_vnd", "amount_vnd"]
KEYS = ["type", "status", "period", "topic", "organizer", "category"]


def dump_text(binary, path):
    out = subprocess.run([binary, "dump", path], capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    parts = []

    def block(b):
        if b["kind"] == "paragraph":
            parts.append(b["paragraph"]["text"])
        else:
            for c in b["table"]["cells"]:
                parts.append(c["text"])
    for b in doc["body"]:
        block(b)
    return " ".join(parts)


def fold(text):
    return " ".join(text.split())


def errors(ref, hyp):
    ops = difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes()
    n = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag != "equal":
            n += max(i2 - i1, j2 - j1)
    return n


def rates(ref, hyp):
    ref, hyp = fold(ref), fold(hyp)
    rd = "".join(c for c in ref if c.isdigit())
    hd = "".join(c for c in hyp if c.isdigit())
    return errors(ref, hyp), len(ref), errors(rd, hd), len(rd)


def figures(binary, path, expected):
    want = [json.loads(l) for l in open(expected, encoding="utf-8") if l.strip()][1:]
    out = subprocess.run([binary, "extract", path], capture_output=True, text=True).stdout
    got = [json.loads(l) for l in out.splitlines() if l.strip()][1:]
    printed = [(r, m) for r in got if r["type"] in ("activity", "budget") for m in MEASURES if r.get(m) is not None]
    used, hit, total = set(), 0, 0
    for w in want:
        if w["type"] not in ("activity", "budget"):
            continue
        for m in MEASURES:
            if w.get(m) is None:
                continue
            total += 1
            for i, (r, pm) in enumerate(printed):
                if i not in used and pm == m and r[m] == w[m] and all(r.get(k) == w.get(k) for k in KEYS):
                    used.add(i)
                    hit += 1
                    break
    return hit, total, len(printed)


def main():
    binary = sys.argv[1]
    tess_dir = sys.argv[2] if len(sys.argv) > 2 else None
    names = sorted(f[:-len(".scan.pdf")] for f in os.listdir(SAMPLES) if f.endswith(".scan.pdf"))
    tot = {"ce": 0, "cn": 0, "de": 0, "dn": 0, "tce": 0, "tde": 0, "hit": 0, "gold": 0, "printed": 0}
    print(f"{'sample':32} {'CER':>6} {'digits':>7} {'fig.P':>6} {'fig.R':>6}" + ("  tess.CER tess.digits" if tess_dir else ""))
    for name in names:
        base = os.path.join(SAMPLES, name)
        ref = dump_text(binary, base + ".docx")
        ce, cn, de, dn = rates(ref, dump_text(binary, base + ".scan.pdf"))
        hit, gold, printed = figures(binary, base + ".scan.pdf", base + ".expected.jsonl")
        line = f"{name:32} {100 * ce / cn:5.2f}% {100 * de / max(dn, 1):6.2f}% {hit / max(printed, 1):6.3f} {hit / max(gold, 1):6.3f}"
        for k, v in (("ce", ce), ("cn", cn), ("de", de), ("dn", dn), ("hit", hit), ("gold", gold), ("printed", printed)):
            tot[k] += v
        if tess_dir:
            with open(os.path.join(tess_dir, name + ".txt"), encoding="utf-8") as f:
                tce, _, tde, _ = rates(ref, f.read())
            tot["tce"] += tce
            tot["tde"] += tde
            line += f"  {100 * tce / cn:7.2f}% {100 * tde / max(dn, 1):10.2f}%"
        print(line)
    p = tot["hit"] / max(tot["printed"], 1)
    r = tot["hit"] / max(tot["gold"], 1)
    line = (f"{'ALL':32} {100 * tot['ce'] / tot['cn']:5.2f}% {100 * tot['de'] / max(tot['dn'], 1):6.2f}% "
            f"{p:6.3f} {r:6.3f}")
    if tess_dir:
        line += f"  {100 * tot['tce'] / tot['cn']:7.2f}% {100 * tot['tde'] / max(tot['dn'], 1):10.2f}%"
    print(line)
    print(f"figures F1 vs the DOCX twin: {2 * p * r / max(p + r, 1e-9):.3f} ({tot['hit']} of {tot['gold']} right, {tot['printed']} printed)")


if __name__ == "__main__":
    main()
