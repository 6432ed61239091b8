#!/usr/bin/env python3
"""Copy a DOCX with its tracked changes accepted, for printing its twins.

    python3 samples/src/accept_changes.py IN.docx OUT.docx

LibreOffice prints tracked changes as markup (struck-through deletions), but a
commune prints the accepted text; the reader (ingest/docx_reader.cc) reads
DOCX the same way. So, in word/document.xml: deleted runs (w:del) go, inserted
runs (w:ins) stay without their wrapper, and a paragraph whose mark is deleted
and that keeps no text is dropped. Text boxes grow to fit their text
(a:spAutoFit): a printed header shows all of its lines, as the commune saw
them before sending. Python 3 standard library only.
"""

import re
import sys
import zipfile

DELETED_RUNS = re.compile(r"<w:del\b[^>]*[^/]>.*?</w:del>", re.S)
INSERT_TAGS = re.compile(r"</?w:ins\b[^>]*>")
DELETED_MARK = re.compile(r"<w:del\b[^>]*/>")
PARAGRAPH = re.compile(r"<w:p\b[^>]*>.*?</w:p>", re.S)
TEXT = re.compile(r"<w:t\b[^>]*>[^<]+</w:t>")


def accept(xml):
    xml = DELETED_RUNS.sub("", xml)
    xml = INSERT_TAGS.sub("", xml)

    def paragraph(m):
        p = m.group(0)
        if DELETED_MARK.search(p):
            if not TEXT.search(p):
                return ""
            p = DELETED_MARK.sub("", p)
        return p

    xml = PARAGRAPH.sub(paragraph, xml)
    return xml.replace("<a:noAutofit/>", "<a:spAutoFit/>")


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = accept(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)


if __name__ == "__main__":
    main()
