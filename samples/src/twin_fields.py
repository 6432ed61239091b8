#!/usr/bin/env python3
"""Write NAME.twins.expected.jsonl: the document fields of a sample's twins.

    python3 samples/src/twin_fields.py OUT.jsonl NAME.pdf|- NAME.scan.pdf

One line per twin, only the fields that differ from the DOCX's document line:
file, sha256, format, pages, ocr, ocr_confidence. Every other field and every
record of a twin is the DOCX's (NAME.expected.jsonl). A scan's mean word
confidence depends on the Tesseract build, so it is null here and the twin
test checks only that it is a number from 0 to 100. Needs pdfinfo.
"""

import hashlib
import json
import os
import subprocess
import sys


def pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def main():
    out_path, text_pdf, scan_pdf = sys.argv[1:4]
    lines = []
    for path, fmt, ocr in ((text_pdf, "pdf", False), (scan_pdf, "pdf-scan", True)):
        if path == "-":  # no such twin (legacy-font samples have no text PDF)
            continue
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        doc = {
            "file": os.path.basename(path),
            "sha256": digest,
            "format": fmt,
            "pages": pages(path),
            "ocr": ocr,
            "ocr_confidence": None,
        }
        lines.append(json.dumps(doc, ensure_ascii=False, separators=(", ", ": ")))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
