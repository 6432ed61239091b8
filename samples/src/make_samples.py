#!/usr/bin/env python3
"""Generate baocao's sample reports, their expected records and the hostile fixtures.

Writes, relative to the repository root:
  samples/NAME.docx              six hand-built Word documents (real OOXML)
  samples/NAME.expected.jsonl    the records a perfect extractor prints for NAME.docx
  samples/TWIN.docx, TWIN.expected.jsonl
                                 three of them typed again in TCVN3 (.VnTime/.VnTimeH),
                                 VNI-Windows (VNI-Times) and with the other tone-mark
                                 placement, with their source's records (see TWINS)
  tests/data/hostile/*           malformed or malicious inputs that must be quarantined

Python 3 standard library only. The output is deterministic: fixed zip timestamps,
fixed entry order and fixed compression, so running it twice gives identical bytes
(on the same zlib build).

    python3 samples/src/make_samples.py            (everything)
    python3 samples/src/make_samples.py --twins    (only the legacy-font and
                                                    tone-placement twins)

The expected records are written from the specification of each document below
(the SPEC dicts and row tuples), never from running an extractor.
"""

import hashlib
import json
import os
import sys
import unicodedata
import zipfile
from xml.dom import minidom
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
REPO = os.path.dirname(SAMPLES)
HOSTILE = os.path.join(REPO, "tests", "data", "hostile")

ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FONT = "Times New Roman"
AUTHOR = "Nguyễn Thị Hạnh"
REV_DATE = "2025-11-17T09:30:00Z"

# Text width on A4 with 3 cm left and 2 cm right margins, in twentieths of a point.
TEXT_W = 9071

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{NS_R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{NS_W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 wp14"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


# ---------------------------------------------------------------------------
# Numbers as Vietnamese documents print them

def vn(n):
    """1245 -> "1.245" (dot groups thousands)."""
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ".".join(groups)


def two(n):
    """Plan tables print class counts with a leading zero: 1 -> "01"."""
    return "%02d" % n


# ---------------------------------------------------------------------------
# WordprocessingML builders

class Doc:
    """Per-document counters (revision ids, drawing ids) so output is deterministic."""

    def __init__(self):
        self.rev = 0
        self.drawing = 0

    def next_rev(self):
        self.rev += 1
        return self.rev

    def next_drawing(self):
        self.drawing += 1
        return self.drawing


DOC = Doc()


def esc(s):
    return escape(s, {'"': "&quot;"})


def rpr(b=False, i=False, sz=None, u=False, extra="", font=FONT):
    x = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if i:
        x += "<w:i/><w:iCs/>"
    if sz:
        x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if u:
        x += '<w:u w:val="single"/>'
    return f"<w:rPr>{extra}{x}</w:rPr>"


def run(text, deleted=False, **fmt):
    """One w:r. A tab in text becomes w:tab, a newline w:br. While a twin is
    built (TWIN), the text is re-typed in its font: one w:r per font."""
    if TWIN is not None:
        return "".join(one_run(seg, deleted, font=font, **fmt) for font, seg in twin_runs(text))
    return one_run(text, deleted, **fmt)


def one_run(text, deleted=False, **fmt):
    tag = "w:delText" if deleted else "w:t"
    parts = []
    buf = ""
    for ch in text:
        if ch in "\t\n":
            if buf:
                parts.append(f'<{tag} xml:space="preserve">{esc(buf)}</{tag}>')
                buf = ""
            parts.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf += ch
    if buf:
        parts.append(f'<{tag} xml:space="preserve">{esc(buf)}</{tag}>')
    return f"<w:r>{rpr(**fmt)}{''.join(parts)}</w:r>"


def ins(text, **fmt):
    return (f'<w:ins w:id="{DOC.next_rev()}" w:author="{AUTHOR}" w:date="{REV_DATE}">'
            f"{run(text, **fmt)}</w:ins>")


def dele(text, **fmt):
    return (f'<w:del w:id="{DOC.next_rev()}" w:author="{AUTHOR}" w:date="{REV_DATE}">'
            f"{run(text, deleted=True, **fmt)}</w:del>")


def P(content="", *, b=False, i=False, sz=None, jc="both", first=567, left=None,
      hanging=None, before=None, after=60, style=None, num=None, tabs=None,
      keep=False, deleted_mark=False):
    """A paragraph. content: text, or a list of texts and ready-made run XML."""
    if isinstance(content, str):
        content = [content]
    body = ""
    for seg in content:
        if seg.startswith("<"):
            body += seg
        elif seg:
            body += run(seg, b=b, i=i, sz=sz)
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if tabs:
        ppr += "<w:tabs>" + "".join(
            f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs) + "</w:tabs>"
    sp = '<w:spacing'
    if before is not None:
        sp += f' w:before="{before}"'
    sp += f' w:after="{after}"/>'
    ppr += sp
    ind = ""
    if left is not None:
        ind += f' w:left="{left}"'
    if hanging is not None:
        ind += f' w:hanging="{hanging}"'
    elif first:
        ind += f' w:firstLine="{first}"'
    if ind and not num:
        ppr += f"<w:ind{ind}/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    mark = rpr(b=b, i=i, sz=sz)
    if deleted_mark:
        mark = rpr(b=b, i=i, sz=sz, extra=(
            f'<w:del w:id="{DOC.next_rev()}" w:author="{AUTHOR}" w:date="{REV_DATE}"/>'))
    ppr += mark
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def C(text="", **kw):
    """A centred paragraph without indent (headers, titles, table cells)."""
    kw.setdefault("jc", "center")
    kw.setdefault("first", 0)
    kw.setdefault("after", 0)
    return P(text, **kw)


def empty():
    return C("")


# Tables ---------------------------------------------------------------------

def tc(width, content="", *, span=1, vmerge=None, b=False, i=False, sz=None,
       jc="center", valign="center"):
    """A table cell. content: text, a list of paragraph XML, or "" for an empty cell.
    vmerge: "restart" on the first cell of a vertical merge, "continue" below it."""
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    if valign:
        pr += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(content, list) and content and content[0].startswith("<w:p>"):
        paras = "".join(content)
    else:
        paras = C(content, b=b, i=i, sz=sz, jc=jc, before=40, after=40)
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{paras}</w:tc>"


def table(grid, rows, *, ruled=True, header_rows=0):
    edge = ('w:val="single" w:sz="4" w:space="0" w:color="000000"' if ruled
            else 'w:val="nil"')
    borders = "".join(f"<w:{side} {edge}/>" for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    width = sum(grid)
    x = ("<w:tbl><w:tblPr>"
         f'<w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/>'
         f"<w:tblBorders>{borders}</w:tblBorders>"
         '<w:tblLayout w:type="fixed"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
         'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
         "</w:tblPr><w:tblGrid>")
    x += "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
    x += "</w:tblGrid>"
    for n, cells in enumerate(rows):
        trpr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if n < header_rows else \
            "<w:trPr><w:cantSplit/></w:trPr>"
        x += f"<w:tr>{trpr}{''.join(cells)}</w:tr>"
    return x + "</w:tbl>"


def num_cell(width, value, blank_if_none=True):
    return tc(width, "" if value is None else vn(value))


# Text boxes -----------------------------------------------------------------

def textbox_run(paragraphs, *, x_emu, width_emu, height_emu):
    """A floating text box as Word 2010+ writes it: DrawingML shape in mc:Choice,
    the same paragraphs again in a VML v:textbox in mc:Fallback."""
    n = DOC.next_drawing()
    inner = "".join(paragraphs)
    pt = lambda emu: "%gpt" % (emu / 12700)
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>")
    shapetype = ""
    if n == 1:
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    fallback = (
        f"<mc:Fallback><w:pict>{shapetype}"
        f'<v:shape id="Text Box {n}" o:spid="_x0000_s10{25 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{pt(x_emu)};margin-top:0;'
        f'width:{pt(width_emu)};height:{pt(height_emu)};z-index:{251658240 + n};'
        'mso-position-horizontal-relative:margin" filled="f" stroked="f">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>')
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


# Package parts --------------------------------------------------------------

STYLES = XML_DECL + f"""<w:styles xmlns:w="{NS_W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
</w:styles>
"""

# numId 1: upper-case Roman section headings "I." "II."; numId 2: "-" bullets.
NUMBERING = XML_DECL + f"""<w:numbering xmlns:w="{NS_W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="927" w:hanging="360"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="927" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
"""

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sect_pr(has_header):
    refs = ""
    if has_header:
        refs = ('<w:headerReference w:type="default" r:id="rId3"/>'
                '<w:footerReference w:type="default" r:id="rId4"/>')
    return (f"<w:sectPr>{refs}"
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
            'w:header="567" w:footer="567" w:gutter="0"/>'
            '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def package(body, *, numbering=False, header=None, footer=None):
    """Assemble a .docx from body XML. Returns the file bytes."""
    has_hf = header is not None
    document = (XML_DECL + f"<w:document {ROOT_NS}><w:body>" + "".join(body)
                + sect_pr(has_hf) + "</w:body></w:document>")
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_MAIN}.styles+xml"/>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>')
    parts = []
    if numbering:
        ct += f'<Override PartName="/word/numbering.xml" ContentType="{CT_MAIN}.numbering+xml"/>'
        rels += f'<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/>'
        parts.append(("word/numbering.xml", NUMBERING))
    if has_hf:
        ct += (f'<Override PartName="/word/header1.xml" ContentType="{CT_MAIN}.header+xml"/>'
               f'<Override PartName="/word/footer1.xml" ContentType="{CT_MAIN}.footer+xml"/>')
        rels += (f'<Relationship Id="rId3" Type="{REL}/header" Target="header1.xml"/>'
                 f'<Relationship Id="rId4" Type="{REL}/footer" Target="footer1.xml"/>')
        parts.append(("word/header1.xml", XML_DECL + f"<w:hdr {ROOT_NS}>{''.join(header)}</w:hdr>"))
        parts.append(("word/footer1.xml", XML_DECL + f"<w:ftr {ROOT_NS}>{''.join(footer)}</w:ftr>"))
    ct += "</Types>"
    rels += "</Relationships>"
    root_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                 "</Relationships>")
    entries = [
        ("[Content_Types].xml", XML_DECL + ct),
        ("_rels/.rels", XML_DECL + root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", XML_DECL + rels),
        ("word/styles.xml", STYLES.replace(FONT, TWIN_FONTS.get(TWIN, FONT))),
    ] + parts
    for name, text in entries:
        assert unicodedata.is_normalized("NFC", text), name
    return zip_bytes([(name, text.encode("utf-8")) for name, text in entries])


def zip_bytes(entries):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Expected records

DOC_KEYS = ["type", "schema", "file", "sha256", "format", "pages", "ocr", "ocr_confidence",
            "doc_type", "ref", "issued", "title", "issuer", "commune", "district", "province"]
ACT_KEYS = ["type", "status", "period", "topic", "label", "organizer", "classes",
            "participants", "female", "cost_vnd", "audience", "location", "commune", "approx"]
BUD_KEYS = ["type", "status", "period", "category", "label", "amount_vnd"]


def activity(status, period, topic, label, *, organizer=None, classes=None,
             participants=None, female=None, cost_vnd=None, audience=None,
             location=None):
    return {"type": "activity", "status": status, "period": period, "topic": topic,
            "label": label, "organizer": organizer, "classes": classes,
            "participants": participants, "female": female, "cost_vnd": cost_vnd,
            "audience": audience, "location": location, "commune": None, "approx": False}


def budget(status, period, category, label, amount):
    return {"type": "budget", "status": status, "period": period, "category": category,
            "label": label, "amount_vnd": amount}


def write_sample(name, data, meta, records):
    path = os.path.join(SAMPLES, name + ".docx")
    with open(path, "wb") as f:
        f.write(data)
    doc = {"type": "document", "schema": 1, "file": name + ".docx",
           "sha256": hashlib.sha256(data).hexdigest(), "format": "docx", "pages": None,
           "ocr": False, "ocr_confidence": None}
    doc.update(meta)
    lines = [doc] + records
    out = []
    for rec in lines:
        keys = {"document": DOC_KEYS, "activity": ACT_KEYS, "budget": BUD_KEYS}[rec["type"]]
        assert list(rec.keys()) == keys, (name, rec)
        text = json.dumps(rec, ensure_ascii=False)
        assert unicodedata.is_normalized("NFC", text)
        out.append(text)
    with open(os.path.join(SAMPLES, name + ".expected.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(out) + "\n")
    return path, len(lines)


# Shared document pieces -----------------------------------------------------

def heading(text):
    """A section heading with the number printed as text ("I. KẾT QUẢ ...")."""
    return P(text, b=True, style="Heading1", keep=True, before=120)


def sub(text):
    return P(text, b=True, keep=True)


def body(text, **kw):
    return P(text, **kw)


def dash(text, **kw):
    return P("- " + text, **kw)


def doc_type_line(text):
    return P(text, style="Title", jc="center", first=0, before=240, after=0, b=True, sz=28)


def title_line(text):
    return C(text, b=True, after=0)


def signature_table(left, right):
    """Borderless two-column closing block: "Nơi nhận:" left, signer right."""
    lp = [P("Nơi nhận:", b=True, i=True, sz=24, jc="left", first=0, after=0)]
    lp += [P(t, sz=22, jc="left", first=0, after=0) for t in left]
    rp = []
    for t in right:
        if t == "":
            rp.append(C("", after=0))
            rp.append(C("", after=0))
        else:
            rp.append(C(t, b=True))
    return table([4400, 4671], [[tc(4400, lp, valign="top"), tc(4671, rp, valign="top")]],
                 ruled=False)


# ---------------------------------------------------------------------------
# Sample 1: commune TTHTCĐ report with a two-row table header

def sample_commune_report_table():
    name = "commune-report-table"
    year = "2024"
    rows = [  # label, topic, classes, participants, female (None = empty cell)
        ("Xóa mù chữ và giáo dục tiếp tục sau khi biết chữ", "xoa_mu_chu", 1, 14, 11),
        ("Học nghề ngắn hạn (mây tre đan, may dân dụng)", "hoc_nghe", 2, 68, 45),
        ("Chuyên đề Giáo dục pháp luật", "phap_luat", 5, 1245, 583),
        ("Chuyên đề Chăm sóc và bảo vệ sức khỏe", "suc_khoe", 3, 860, 512),
        ("Chuyên đề Bảo vệ môi trường", "moi_truong", 2, 476, None),
        ("Chuyên đề Phát triển kinh tế, chuyển giao khoa học kỹ thuật", "kinh_te", 4, 398, 215),
        ("Chuyên đề Văn hóa - xã hội", "van_hoa_xa_hoi", 2, 310, 167),
        ("Giáo dục kỹ năng sống cho thanh thiếu niên", "ky_nang_song", 2, 185, 96),
        ("Ngoại ngữ, tin học ứng dụng", "ngoai_ngu_tin_hoc", 0, 0, 0),
        ("Văn nghệ, thể dục thể thao", "van_nghe_the_thao", 9, 1120, 468),
    ]
    money = [  # printed label, category, amount, unit suffix
        ("Tổng kinh phí được cấp từ ngân sách nhà nước", "state", 26400000, " đồng"),
        ("Kinh phí huy động xã hội hóa", "socialized", 4150000, "đ"),
        ("Kinh phí do học viên tự nguyện đóng góp", "learner", 0, "đ"),
    ]
    tabs = [("center", 2268), ("center", 6804)]
    b = [
        P(["\t", run("ỦY BAN NHÂN DÂN XÃ PHÚC THỊNH", sz=24), "\t",
           run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True, sz=24)],
          tabs=tabs, jc="left", first=0, after=0),
        P(["\t", run("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", b=True, sz=24), "\t",
           run("Độc lập - Tự do - Hạnh phúc", b=True)],
          tabs=tabs, jc="left", first=0, after=0),
        P(["\t", run("Số: 18/BC-TTHTCĐ"), "\t",
           run("Phúc Thịnh, ngày 20 tháng 12 năm 2024", i=True)],
          tabs=tabs, jc="left", first=0, before=120, after=0),
        empty(),
        doc_type_line("BÁO CÁO"),
        title_line("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024"),
        C("-------o0o-------", after=120),
        P([run("Kính gửi:", i=True), "\t", run("- UBND huyện Tân Hòa;")],
          tabs=[("left", 2835)], jc="left", first=1418, after=0),
        P(["\t", run("- Phòng Giáo dục và Đào tạo huyện Tân Hòa.")],
          tabs=[("left", 2835)], jc="left", first=1418, after=120),
        body("Thực hiện Công văn số 1126/PGDĐT-GDTX ngày 25/11/2024 của Phòng Giáo dục và "
             "Đào tạo huyện Tân Hòa về việc báo cáo tổng kết hoạt động của Trung tâm học tập "
             "cộng đồng năm 2024, Trung tâm học tập cộng đồng xã Phúc Thịnh báo cáo kết quả "
             "hoạt động như sau:"),
        P("ĐẶC ĐIỂM TÌNH HÌNH", b=True, num=1, keep=True, before=120),
        body("Phúc Thịnh là xã miền núi nằm ở phía bắc huyện Tân Hòa, có 11 thôn với 1.486 hộ, "
             "5.902 nhân khẩu; đồng bào các dân tộc Tày, Nùng, Dao cùng sinh sống. Đời sống "
             "nhân dân chủ yếu dựa vào trồng lúa, trồng chè và chăn nuôi gia súc, gia cầm."),
        sub("1. Thuận lợi"),
        dash("Trung tâm luôn nhận được sự quan tâm lãnh đạo của Đảng ủy, HĐND, UBND xã và "
             "sự hướng dẫn chuyên môn kịp thời của Phòng Giáo dục và Đào tạo huyện."),
        dash("Các ban, ngành, đoàn thể phối hợp chặt chẽ trong việc vận động nhân dân tham "
             "gia học tập tại Trung tâm."),
        sub("2. Khó khăn"),
        dash("Trung tâm chưa có phòng làm việc riêng, các lớp học chủ yếu tổ chức tại hội "
             "trường UBND xã và nhà văn hóa các thôn."),
        dash("Cán bộ quản lý làm việc kiêm nhiệm, thời gian dành cho hoạt động của Trung tâm "
             "còn hạn chế; một bộ phận người dân đi làm ăn xa nên ít tham gia học tập."),
        P("KẾT QUẢ HOẠT ĐỘNG NĂM 2024", b=True, num=1, keep=True, before=120),
        sub("1. Công tác tổ chức, bộ máy"),
        body("Ban Giám đốc Trung tâm được kiện toàn theo quy định, gồm Giám đốc là Phó Chủ "
             "tịch UBND xã, Phó Giám đốc thường trực là Hiệu trưởng Trường Tiểu học và Phó "
             "Giám đốc là Chủ tịch Hội Khuyến học xã. Trung tâm xây dựng quy chế hoạt động, "
             "phân công nhiệm vụ cụ thể cho từng thành viên."),
        sub("2. Kết quả tổ chức các lớp học chuyên đề"),
        body("Trong năm, Trung tâm chủ động phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, "
             "Đoàn Thanh niên, Trạm Y tế và Công an xã tổ chức các lớp học, kết quả cụ thể:"),
    ]
    grid = [600, 4071, 1400, 1500, 1500]
    hdr = [
        [tc(600, "TT", b=True, vmerge="restart"),
         tc(4071, "Tên hoạt động", b=True, vmerge="restart"),
         tc(1400, "Số lớp (chuyên đề)", b=True, vmerge="restart"),
         tc(3000, "Số lượt người tham gia", b=True, span=2)],
        [tc(600, "", vmerge="continue"), tc(4071, "", vmerge="continue"),
         tc(1400, "", vmerge="continue"),
         tc(1500, "Tổng số", b=True), tc(1500, "Nữ", b=True)],
    ]
    data = []
    for n, (label, _topic, cls, part, fem) in enumerate(rows, 1):
        data.append([tc(600, str(n)), tc(4071, label, jc="left"), num_cell(1400, cls),
                     num_cell(1500, part), num_cell(1500, fem)])
    b.append(table(grid, hdr + data, header_rows=2))
    b.append(sub("3. Kinh phí hoạt động"))
    for label, _cat, amount, unit in money:
        b.append(P(f"{label}: {vn(amount)}{unit}", num=2))
    b += [
        P("ĐÁNH GIÁ CHUNG", b=True, num=1, keep=True, before=120),
        dash("Ưu điểm: Trung tâm hoạt động đúng kế hoạch, nội dung các lớp học sát với nhu "
             "cầu thực tế của người dân; nhiều hộ gia đình đã áp dụng kiến thức được học vào "
             "sản xuất, nâng cao thu nhập."),
        dash("Hạn chế: Lớp ngoại ngữ, tin học chưa tổ chức được do thiếu trang thiết bị; số "
             "liệu học viên nữ của một số lớp phối hợp chưa được thống kê đầy đủ."),
        P("KIẾN NGHỊ, ĐỀ XUẤT", b=True, num=1, keep=True, before=120),
        body("Đề nghị Phòng Giáo dục và Đào tạo huyện tiếp tục mở lớp bồi dưỡng nghiệp vụ cho "
             "Ban Giám đốc Trung tâm; quan tâm hỗ trợ trang thiết bị phục vụ dạy học tin học "
             "cho người dân./."),
        empty(),
        signature_table(
            ["- Như kính gửi;", "- Đảng ủy, UBND xã;", "- Lưu: TTHTCĐ."],
            ["GIÁM ĐỐC", "", "Hoàng Thị Lan"]),
    ]
    meta = {"doc_type": "bao_cao", "ref": "18/BC-TTHTCĐ", "issued": "2024-12-20",
            "title": "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024",
            "issuer": "TTHTCĐ xã Phúc Thịnh", "commune": "Phúc Thịnh",
            "district": "Tân Hòa", "province": None}
    recs = [activity("actual", year, topic, label, classes=cls, participants=part, female=fem)
            for label, topic, cls, part, fem in rows]
    recs += [budget("actual", year, cat, label, amount) for label, cat, amount, _ in money]
    return name, package(b, numbering=True), meta, recs


# ---------------------------------------------------------------------------
# Sample 2: district report, figures in prose only

def sample_district_report_prose():
    name = "district-report-prose"
    year = "2023"
    # topic label, topic, unit word, (total classes, total people),
    # (centre classes, centre people), (partner classes, partner people), people printed plain
    topics = [
        ("Kinh tế, thu nhập", "kinh_te", "lớp", (30, 2410), (19, 1520), (11, 890)),
        ("Văn hóa, xã hội", "van_hoa_xa_hoi", "lớp", (26, 3105), (15, 1830), (11, 1275)),
        ("Giáo dục pháp luật", "phap_luat", "lớp", (38, 4262), (24, 2700), (14, 1562)),
        ("Giáo dục bảo vệ sức khỏe", "suc_khoe", "lớp", (22, 1884), (12, 1010), (10, 874)),
        ("Giáo dục bảo vệ môi trường", "moi_truong", "lớp", (17, 1519), (9, 806), (8, 713)),
        ("Các hoạt động khác", "khac", "lần", (35, 2750), (20, 1600), (15, 1150)),
    ]
    actual_cls, plan_cls, actual_ppl, plan_ppl = 168, 150, 15930, 14800
    for _, _, _, tot, c, p in topics:
        assert tot[0] == c[0] + p[0] and tot[1] == c[1] + p[1]
    assert sum(t[3][0] for t in topics) == actual_cls
    assert sum(t[3][1] for t in topics) == actual_ppl
    pct = lambda a, b: ("%.1f" % (100.0 * a / b)).replace(".", ",")
    assert pct(actual_cls, plan_cls) == "112,0" and pct(actual_ppl, plan_ppl) == "107,6"
    ratio_label = "Số lớp chuyên đề đã mở tại các TTHTCĐ"
    funding = 684250000

    b = [
        C("ỦY BAN NHÂN DÂN", sz=26),
        C("HUYỆN QUẢNG KHÊ", b=True),
        C("_________", after=60),
        C("Số:        /BC-UBND", after=120),
        C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True, sz=26),
        C("Độc lập - Tự do - Hạnh phúc", b=True),
        C("Quảng Khê, ngày 29 tháng 12 năm 2023", i=True, jc="right", before=120),
        doc_type_line("BÁO CÁO"),
        title_line("Kết quả hoạt động các Trung tâm học tập cộng đồng năm 2023"),
        C("Kính gửi: Sở Giáo dục và Đào tạo tỉnh Điện Biên.", before=120, after=120),
        body("Thực hiện Công văn số 2380/SGDĐT-GDTX ngày 04/12/2023 của Sở Giáo dục và Đào "
             "tạo tỉnh Điện Biên về việc báo cáo tổng kết hoạt động của Trung tâm học tập cộng "
             "đồng năm 2023, xây dựng kế hoạch hoạt động năm 2024, UBND huyện Quảng Khê báo "
             "cáo kết quả hoạt động của các TTHTCĐ trên địa bàn huyện như sau:"),
        heading("I. KẾT QUẢ THỰC HIỆN NĂM 2023"),
        sub("1. Công tác lãnh đạo, chỉ đạo"),
        dash("UBND huyện ban hành Kế hoạch số 09/KH-UBND ngày 12/01/2023 về hoạt động của "
             "TTHTCĐ các xã, thị trấn năm 2023; chỉ đạo Phòng Giáo dục và Đào tạo thường "
             "xuyên kiểm tra, hướng dẫn các Trung tâm xây dựng kế hoạch sát với nhu cầu "
             "học tập của nhân dân."),
        dash("Kiện toàn Ban Giám đốc các TTHTCĐ theo Quyết định số 1402/QĐ-UBND ngày "
             "18/8/2023; 18/18 xã, thị trấn duy trì hoạt động Trung tâm ổn định."),
        sub("2. Điều kiện hoạt động"),
        dash("Các Trung tâm sử dụng chung hội trường UBND xã, nhà văn hóa thôn, bản làm nơi "
             "tổ chức lớp học; trang thiết bị tối thiểu cơ bản đáp ứng yêu cầu."),
        dash("Đội ngũ báo cáo viên, cộng tác viên chủ yếu là cán bộ các ban, ngành, đoàn thể "
             "cấp xã, giáo viên các nhà trường trên địa bàn."),
        sub("3. Kết quả thực hiện các mục tiêu, nhiệm vụ"),
        dash(f"{ratio_label}: {actual_cls}/{plan_cls} lớp, đạt "
             f"{pct(actual_cls, plan_cls)}%; {vn(actual_ppl)}/{vn(plan_ppl)} lượt người tham "
             f"gia, đạt {pct(actual_ppl, plan_ppl)}% so với kế hoạch, cụ thể:"),
    ]
    recs = [
        activity("actual", year, "tong", ratio_label, classes=actual_cls, participants=actual_ppl),
        activity("plan", year, "tong", ratio_label, classes=plan_cls, participants=plan_ppl),
    ]
    for n, (label, topic, unit, tot, c, p) in enumerate(topics):
        cpeople = str(c[1]) if n == 0 else vn(c[1])  # one figure printed without separator
        end = ";" if n == 3 else "."
        b.append(P(f"+ {label}: {tot[0]} {unit}, {vn(tot[1])} lượt người, trong đó Trung tâm "
                   f"tổ chức {c[0]} {unit}, {cpeople} lượt người, Trung tâm phối hợp tổ chức "
                   f"{p[0]} {unit}, {vn(p[1])} lượt người{end}"))
        recs.append(activity("actual", year, topic, label, classes=tot[0], participants=tot[1]))
        recs.append(activity("actual", year, topic, f"{label} — Trung tâm tổ chức",
                             organizer="center", classes=c[0], participants=c[1]))
        recs.append(activity("actual", year, topic, f"{label} — Trung tâm phối hợp tổ chức",
                             organizer="partner", classes=p[0], participants=p[1]))
    b += [
        dash("Nội dung các lớp học bám sát nhiệm vụ chính trị của địa phương; giảng viên chủ "
             "động biên soạn tài liệu ngắn gọn, dễ hiểu, phù hợp với đồng bào dân tộc thiểu "
             "số. Nhiều lớp được tổ chức bằng tiếng dân tộc Thái, Mông."),
        sub("4. Kinh phí hoạt động"),
        dash("Năm 2023 UBND huyện đã cấp kinh phí hoạt động thường xuyên cho các TTHTCĐ theo "
             f"quy định; tổng kinh phí cấp năm 2023 là: {vn(funding)} đồng. Việc huy động "
             "nguồn lực xã hội hóa cho hoạt động của các Trung tâm còn hạn chế."),
        heading("II. TỒN TẠI, HẠN CHẾ"),
        dash("Một số Trung tâm chưa chủ động khảo sát nhu cầu học tập, nội dung lớp học còn "
             "trùng lặp với hoạt động của các đoàn thể."),
        dash("Công tác thống kê, lưu trữ hồ sơ ở một số xã vùng cao chưa đầy đủ."),
        heading("III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024"),
        dash("Tiếp tục củng cố tổ chức, nâng cao chất lượng hoạt động của các TTHTCĐ; gắn "
             "hoạt động của Trung tâm với chương trình mục tiêu quốc gia xây dựng nông thôn mới."),
        dash("Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý và tổ chức "
             "các lớp học cộng đồng."),
        heading("IV. ĐỀ XUẤT, KIẾN NGHỊ"),
        body("Đề nghị Sở Giáo dục và Đào tạo tiếp tục tổ chức tập huấn nghiệp vụ cho cán bộ "
             "quản lý TTHTCĐ và hướng dẫn định mức chi cho hoạt động của Trung tâm./."),
        empty(),
        signature_table(
            ["- Như trên;", "- TT Huyện ủy, TT HĐND huyện;", "- Lãnh đạo UBND huyện;",
             "- Phòng GDĐT;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lò Văn Thắng"]),
    ]
    recs.append(budget("actual", year, "state", "Tổng kinh phí cấp năm 2023", funding))
    meta = {"doc_type": "bao_cao", "ref": "/BC-UBND", "issued": "2023-12-29",
            "title": "Kết quả hoạt động các Trung tâm học tập cộng đồng năm 2023",
            "issuer": "UBND huyện Quảng Khê", "commune": None, "district": "Quảng Khê",
            "province": "Điện Biên"}
    return name, package(b), meta, recs


# ---------------------------------------------------------------------------
# Sample 3: TTHTCĐ plan with one table per month

def header_table(left, right, widths=(4100, 4971)):
    """Borderless two-column layout table for the government header block.
    left/right: lists of (text, fmt dict)."""
    def paras(items):
        out = []
        for text, fmt in items:
            out.append(C(text, **fmt))
        return out
    return table(list(widths), [[tc(widths[0], paras(left), valign="top"),
                                 tc(widths[1], paras(right), valign="top")]], ruled=False)


def sample_plan_monthly_tables():
    name = "plan-monthly-tables"
    months = [  # month, rows: (printed name, label, topic, audience, classes, learners, cost, place, note)
        (1, [
            ("Tập huấn kỹ thuật ủ phân vi sinh từ phụ phẩm nông nghiệp (KT)",
             "Tập huấn kỹ thuật ủ phân vi sinh từ phụ phẩm nông nghiệp", "kinh_te",
             "Nhân dân xóm Nà Lẹng", 1, 45, 750000, "Nhà văn hóa xóm Nà Lẹng", "Tự mở"),
            ("Tuyên truyền Luật Đất đai năm 2024 (PL)", "Tuyên truyền Luật Đất đai năm 2024",
             "phap_luat", "Cán bộ, nhân dân toàn xã", 1, 60, 800000, "Hội trường UBND xã",
             "Phối hợp"),
        ]),
        (2, [
            ("Phòng chống dịch bệnh mùa đông xuân cho trẻ nhỏ (SK)",
             "Phòng chống dịch bệnh mùa đông xuân cho trẻ nhỏ", "suc_khoe",
             "Các bà mẹ có con dưới 5 tuổi", None, 52, 700000, "Trạm Y tế xã", "Phối hợp"),
            ("Giữ gìn bản sắc văn hóa dân tộc Tày trong dịp Tết cổ truyền (VH-XH)",
             "Giữ gìn bản sắc văn hóa dân tộc Tày trong dịp Tết cổ truyền", "van_hoa_xa_hoi",
             "Nhân dân xóm Lũng Tao", 1, 48, 650000, "Nhà văn hóa xóm Lũng Tao", "Tự mở"),
        ]),
        (3, [
            ("Tập huấn kỹ thuật trồng và chăm sóc cây hồi. (KT)",
             "Tập huấn kỹ thuật trồng và chăm sóc cây hồi", "kinh_te",
             "Hộ trồng hồi xóm Cốc Phường", 1, 40, 750000, "Nhà văn hóa xóm Cốc Phường",
             "Tự mở"),
            ("Thu gom, xử lý rác thải sinh hoạt tại hộ gia đình (MT)",
             "Thu gom, xử lý rác thải sinh hoạt tại hộ gia đình", "moi_truong",
             "Hội viên Hội Liên hiệp Phụ nữ xã", 1, 55, 700000, "Hội trường UBND xã",
             "Phối hợp"),
            ("Phòng chống bạo lực gia đình (PL)", "Phòng chống bạo lực gia đình", "phap_luat",
             "Nhân dân xóm Nà Lẹng", 1, 50, 800000, "Nhà văn hóa xóm Nà Lẹng", "Tự mở"),
        ]),
        (4, [
            ("Phòng chống đuối nước cho học sinh (SK)", "Phòng chống đuối nước cho học sinh",
             "suc_khoe", "Học sinh Trường THCS Lũng Mật", 1, 120, 600000,
             "Trường THCS Lũng Mật", "Phối hợp"),
            ("Bảo vệ rừng đầu nguồn, phòng cháy chữa cháy rừng (MT)",
             "Bảo vệ rừng đầu nguồn, phòng cháy chữa cháy rừng", "moi_truong",
             "Nhân dân xóm Lũng Tao", 1, 46, 750000, "Nhà văn hóa xóm Lũng Tao", "Tự mở"),
        ]),
    ]
    b = [
        header_table(
            [("ỦY BAN NHÂN DÂN XÃ LŨNG MẬT", {"sz": 24}),
             ("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", {"b": True, "sz": 24}),
             ("Số: 02/KH-TTHTCĐ", {"before": 120})],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True, "sz": 24}),
             ("Độc lập – Tự do – Hạnh phúc", {"b": True}),
             ("Lũng Mật, ngày 08 tháng 01 năm 2025", {"i": True, "before": 120})]),
        doc_type_line("KẾ HOẠCH HOẠT ĐỘNG CỦA TRUNG TÂM HỌC TẬP CỘNG ĐỒNG NĂM 2025"),
        C("", after=120),
        heading("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH"),
        body("Căn cứ Thông tư số 96/2008/TT-BTC ngày 27/10/2008 của Bộ Tài chính hướng dẫn "
             "việc hỗ trợ kinh phí từ ngân sách nhà nước cho các Trung tâm học tập cộng đồng;"),
        body("Thực hiện Công văn số 25/PGDĐT-GDTX ngày 03/01/2025 của Phòng Giáo dục và Đào "
             "tạo về việc xây dựng kế hoạch hoạt động của Trung tâm học tập cộng đồng năm 2025;"),
        body("Căn cứ kết quả khảo sát nhu cầu học tập của người dân và điều kiện thực tế của địa "
             "phương, Trung tâm học tập cộng đồng xã Lũng Mật xây dựng kế hoạch hoạt động năm "
             "2025 như sau:"),
        heading("II. ĐẶC ĐIỂM TÌNH HÌNH"),
        body("Lũng Mật là xã vùng cao biên giới của huyện Bảo Khê, tỉnh Cao Bằng, có 7 xóm "
             "với 612 hộ, 2.874 nhân khẩu, đồng bào dân tộc Tày, Nùng, Mông chiếm trên 98%. "
             "Kinh tế của xã chủ yếu là sản xuất nông, lâm nghiệp, trồng hồi, ngô và chăn nuôi "
             "trâu, bò."),
        sub("1. Thuận lợi"),
        dash("Được sự quan tâm chỉ đạo của Đảng ủy, chính quyền địa phương và Phòng Giáo dục "
             "và Đào tạo; các đoàn thể tích cực phối hợp mở lớp."),
        sub("2. Khó khăn"),
        dash("Địa bàn rộng, dân cư phân tán, giao thông đi lại khó khăn vào mùa mưa; một số "
             "người dân chưa thông thạo tiếng phổ thông."),
        heading("III. MỤC TIÊU"),
        dash("Đáp ứng nhu cầu học tập thường xuyên, suốt đời của người dân; góp phần nâng cao "
             "dân trí, phát triển kinh tế - xã hội, giữ gìn bản sắc văn hóa các dân tộc."),
        dash("Tổ chức các lớp chuyên đề theo đúng kế hoạch, bảo đảm chất lượng và hiệu quả."),
        heading("IV. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
    ]
    grid = [500, 2300, 1350, 650, 750, 1000, 1421, 1100]
    head = ["STT", "NỘI DUNG HOẠT ĐỘNG", "ĐỐI TƯỢNG", "SỐ LỚP", "SỐ HỌC VIÊN", "KINH PHÍ",
            "ĐỊA ĐIỂM", "GHI CHÚ"]
    recs = []
    for month, rows in months:
        b.append(C(f"KẾ HOẠCH THÁNG {month} NĂM 2025", b=True, before=120, after=60, keep=True))
        trs = [[tc(w, h, b=True, sz=22) for w, h in zip(grid, head)]]
        for n, (printed, label, topic, aud, cls, lrn, cost, place, note) in enumerate(rows, 1):
            trs.append([
                tc(grid[0], str(n), sz=22), tc(grid[1], printed, sz=22, jc="left"),
                tc(grid[2], aud, sz=22, jc="left"),
                tc(grid[3], "" if cls is None else two(cls), sz=22),
                tc(grid[4], vn(lrn), sz=22), tc(grid[5], vn(cost) + "đ", sz=22),
                tc(grid[6], place, sz=22, jc="left"), tc(grid[7], note, sz=22)])
            recs.append(activity(
                "plan", "2025-%02d" % month, topic, label,
                organizer={"Tự mở": "center", "Phối hợp": "partner"}[note],
                classes=cls, participants=lrn, cost_vnd=cost, audience=aud, location=place))
        b.append(table(grid, trs, header_rows=1))
    b += [
        C("(Các tháng tiếp theo Trung tâm sẽ bổ sung kế hoạch chi tiết theo tình hình thực tế)",
          i=True, before=60, after=60),
        heading("V. TỔ CHỨC THỰC HIỆN"),
        sub("1. Ban Giám đốc Trung tâm"),
        dash("Xây dựng kế hoạch chi tiết từng tháng, phân công thành viên phụ trách từng lớp; "
             "tổng hợp, báo cáo kết quả về Phòng Giáo dục và Đào tạo theo quy định."),
        sub("2. Các đoàn thể, tổ chức phối hợp"),
        dash("Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Trạm Y tế xã cử báo cáo viên "
             "tham gia giảng dạy các lớp được phân công."),
        sub("3. Kinh phí"),
        dash("Sử dụng nguồn ngân sách nhà nước cấp cho Trung tâm và các nguồn huy động hợp "
             "pháp khác; thanh, quyết toán theo đúng quy định hiện hành."),
        body("Trên đây là kế hoạch hoạt động năm 2025 của Trung tâm học tập cộng đồng xã Lũng "
             "Mật./."),
        empty(),
        signature_table(
            ["- Phòng GDĐT huyện;", "- Đảng ủy, UBND xã;", "- Các đoàn thể xã;",
             "- Lưu: TTHTCĐ."],
            ["GIÁM ĐỐC", "", "Nông Văn Khải"]),
    ]
    meta = {"doc_type": "ke_hoach", "ref": "02/KH-TTHTCĐ", "issued": "2025-01-08",
            "title": "HOẠT ĐỘNG CỦA TRUNG TÂM HỌC TẬP CỘNG ĐỒNG NĂM 2025",
            "issuer": "TTHTCĐ xã Lũng Mật", "commune": "Lũng Mật", "district": "Bảo Khê",
            "province": "Cao Bằng"}
    return name, package(b), meta, recs


# ---------------------------------------------------------------------------
# Sample 4: half-year commune report, budget lines in prose, totals row

def sample_report_budget():
    name = "report-budget"
    period = "2025-01/2025-06"
    rows = [  # label, topic, classes, learners, female
        ("Giáo dục pháp luật", "phap_luat", 3, 186, 94),
        ("Chăm sóc sức khỏe sinh sản", "suc_khoe", 2, 128, 101),
        ("Chuyển giao kỹ thuật chăn nuôi gà thả đồi", "kinh_te", 2, 96, 40),
        ("Bảo vệ môi trường nông thôn", "moi_truong", 1, 64, 35),
        ("Văn nghệ, thể dục thể thao", "van_nghe_the_thao", 3, 210, 122),
    ]
    tot = tuple(sum(r[i] for r in rows) for i in (2, 3, 4))
    assert tot == (11, 684, 392)
    money = [
        ("Kinh phí ngân sách nhà nước cấp cho Trung tâm", "state", 15000000, ";"),
        ("Kinh phí huy động từ nguồn xã hội hóa", "socialized", 2350000, ";"),
        ("Kinh phí do học viên đóng góp", "learner", 1200000, ";"),
        ("Tổng kinh phí hoạt động 6 tháng đầu năm", "total", 18550000, "."),
    ]
    assert sum(m[2] for m in money[:3]) == money[3][2]
    b = [
        header_table(
            [("ỦY BAN NHÂN DÂN\nXÃ MINH HOÀ", {"b": True}),
             ("______", {}),
             ("Số: 87/BC-UBND", {"before": 60})],
            [("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", {"b": True}),
             ("______________________", {}),
             ("Minh Hoà, ngày 24 tháng 6 năm 2025", {"i": True, "before": 60})],
            widths=(3600, 5471)),
        doc_type_line("BÁO CÁO"),
        title_line("Sơ kết 6 tháng đầu năm 2025 hoạt động của Trung tâm học tập cộng đồng"),
        title_line("và phương hướng nhiệm vụ 6 tháng cuối năm"),
        C("Kính gửi:", before=120, after=0),
        C("- Phòng Giáo dục và Đào tạo huyện Thạch Lâm;", after=0),
        C("- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Thạch Lâm.",
          after=120),
        body("Căn cứ Kế hoạch số 05/KH-UBND ngày 15/01/2025 của UBND xã Minh Hoà về hoạt động "
             "của Trung tâm học tập cộng đồng năm 2025; UBND xã Minh Hoà báo cáo sơ kết 6 tháng "
             "đầu năm 2025 như sau:"),
        heading("I. ĐẶC ĐIỂM TÌNH HÌNH"),
        body("Minh Hoà là xã trung du nằm ở phía nam huyện Thạch Lâm, tỉnh Phú Thọ; nhân dân "
             "chủ yếu sản xuất nông nghiệp, trồng chè, trồng rừng và chăn nuôi. Trung tâm học "
             "tập cộng đồng xã được kiện toàn, hoạt động ổn định, nhận được sự ủng hộ của "
             "nhân dân."),
        heading("II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025"),
        sub("1. Kết quả tổ chức các lớp chuyên đề"),
        body("Trong 6 tháng đầu năm 2025, Trung tâm đã phối hợp với các ban, ngành, đoàn thể "
             "tổ chức các lớp chuyên đề, kết quả cụ thể như sau:"),
    ]
    grid = [700, 4071, 1300, 1500, 1500]
    head = ["STT", "Nội dung", "Số lớp", "Số học viên", "Trong đó nữ"]
    trs = [[tc(w, h, b=True) for w, h in zip(grid, head)]]
    for n, (label, _t, cls, lrn, fem) in enumerate(rows, 1):
        trs.append([tc(grid[0], str(n)), tc(grid[1], label, jc="left"), num_cell(grid[2], cls),
                    num_cell(grid[3], lrn), num_cell(grid[4], fem)])
    trs.append([tc(grid[0] + grid[1], "Tổng cộng", b=True, span=2),
                tc(grid[2], vn(tot[0]), b=True), tc(grid[3], vn(tot[1]), b=True),
                tc(grid[4], vn(tot[2]), b=True)])
    b.append(table(grid, trs, header_rows=1))
    b += [
        sub("2. Kinh phí hoạt động"),
        body("Các nguồn kinh phí của Trung tâm trong 6 tháng đầu năm như sau:"),
    ]
    for label, _c, amount, end in money:
        b.append(dash(f"{label}: {vn(amount)} đồng{end}"))
    b += [
        body("Kinh phí được sử dụng đúng mục đích, chi trả thù lao báo cáo viên, tài liệu và "
             "nước uống cho học viên; chứng từ thanh toán đầy đủ theo quy định."),
        sub("3. Đánh giá chung"),
        dash("Ưu điểm: Các lớp học được tổ chức đúng kế hoạch, học viên tham gia đông đủ, "
             "nhất là hội viên phụ nữ."),
        dash("Tồn tại: Nguồn kinh phí xã hội hóa còn ít; việc theo dõi hiệu quả sau đào tạo "
             "chưa thường xuyên."),
        heading("III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
        dash("Tiếp tục tổ chức các lớp chuyên đề theo kế hoạch, chú trọng chuyển giao tiến bộ "
             "khoa học kỹ thuật trong trồng chè và chăn nuôi."),
        dash("Tăng cường huy động các nguồn lực xã hội hóa cho hoạt động của Trung tâm."),
        dash("Phối hợp với Hội Khuyến học xã đánh giá, công nhận các danh hiệu học tập năm "
             "2025./."),
        empty(),
        signature_table(
            ["- Như kính gửi;", "- TT Đảng ủy, TT HĐND xã;", "- Lưu: VT, TTHTCĐ."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đinh Văn Tú"]),
    ]
    recs = [activity("actual", period, topic, label, classes=cls, participants=lrn, female=fem)
            for label, topic, cls, lrn, fem in rows]
    recs.append(activity("actual", period, "tong", "Tổng cộng", classes=tot[0],
                         participants=tot[1], female=tot[2]))
    recs += [budget("actual", period, cat, label, amount) for label, cat, amount, _ in money]
    meta = {"doc_type": "bao_cao", "ref": "87/BC-UBND", "issued": "2025-06-24",
            "title": "Sơ kết 6 tháng đầu năm 2025 hoạt động của Trung tâm học tập cộng đồng "
                     "và phương hướng nhiệm vụ 6 tháng cuối năm",
            "issuer": "UBND xã Minh Hòa", "commune": "Minh Hòa", "district": "Thạch Lâm",
            "province": "Phú Thọ"}
    return name, package(b), meta, recs


# ---------------------------------------------------------------------------
# Sample 5: header as a borderless layout table, blank day, "Hoá"/"Thuỷ" spellings

def sample_commune_report_wide_header():
    name = "commune-report-wide-header"
    year = "2024"
    rows = [  # label, topic, sessions, participants, female
        ("Phổ biến Luật Hôn nhân và gia đình", "phap_luat", 2, 146, 88),
        ("Xây dựng nếp sống văn hóa, gia đình văn hóa", "van_hoa_xa_hoi", 2, 170, 96),
        ("Kỹ thuật trồng chè an toàn theo hướng VietGAP", "kinh_te", 3, 205, 117),
        ("Phòng chống sốt xuất huyết", "suc_khoe", 2, 158, 90),
        ("Xử lý rác thải, vệ sinh môi trường nông thôn", "moi_truong", 1, 72, 41),
        ("Ứng dụng công nghệ thông tin, sử dụng điện thoại thông minh", "ngoai_ngu_tin_hoc",
         2, 64, 30),
        ("Giao lưu văn nghệ, thể thao chào mừng Quốc khánh 2/9", "van_nghe_the_thao",
         1, 350, 190),
    ]
    tot = tuple(sum(r[i] for r in rows) for i in (2, 3, 4))
    assert tot == (13, 1165, 652)
    b = [
        header_table(
            [("ỦY BAN NHÂN DÂN HUYỆN LÂM HOÁ", {"sz": 24}),
             ("ỦY BAN NHÂN DÂN XÃ TÂN THUỶ", {"b": True, "sz": 24}),
             ("________", {}),
             ("Số: 45/BC-UBND", {"before": 120})],
            [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True, "sz": 24}),
             ("Độc lập - Tự do - Hạnh phúc", {"b": True}),
             ("_______________________", {}),
             ("Tân Thuỷ, ngày     tháng 12 năm 2024", {"i": True, "before": 120})]),
        doc_type_line("BÁO CÁO"),
        title_line("Tổng kết hoạt động Trung tâm học tập cộng đồng năm 2024"),
        C("Kính gửi: Phòng Giáo dục và Đào tạo huyện Lâm Hoá.", before=120, after=120),
        body("Thực hiện Công văn số 978/PGDĐT ngày 02/12/2024 của Phòng GDĐT Lâm Hóa về việc "
             "báo cáo tổng kết hoạt động Trung tâm học tập cộng đồng năm 2024, UBND xã Tân Thuỷ "
             "báo cáo như sau:"),
        heading("I. KHÁI QUÁT TÌNH HÌNH"),
        body("Xã Tân Thuỷ có 9 xóm, dân số trên 4.100 người, đời sống nhân dân từng bước được "
             "cải thiện nhờ phát triển cây chè và các nghề phụ. Trung tâm học tập cộng đồng xã "
             "được thành lập từ năm 2008, đến nay đã trở thành nơi học tập thường xuyên của "
             "người dân."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG"),
        sub("1. Công tác tham mưu, chỉ đạo"),
        dash("UBND xã ban hành kế hoạch hoạt động của Trung tâm ngay từ đầu năm, giao nhiệm vụ "
             "cụ thể cho các ban, ngành, đoàn thể phối hợp thực hiện."),
        dash("Ban Giám đốc Trung tâm duy trì giao ban hằng quý, kịp thời điều chỉnh nội dung "
             "các lớp học theo mùa vụ sản xuất."),
        sub("2. Kết quả tổ chức các chuyên đề"),
        body("Năm 2024, Trung tâm đã tổ chức các buổi sinh hoạt chuyên đề như sau:"),
    ]
    grid = [700, 4171, 1200, 1700, 1300]
    head = ["STT", "Chuyên đề", "Số buổi", "Số người tham gia", "Nữ"]
    trs = [[tc(w, h, b=True) for w, h in zip(grid, head)]]
    for n, (label, _t, cls, ppl, fem) in enumerate(rows, 1):
        trs.append([tc(grid[0], str(n)), tc(grid[1], label, jc="left"), num_cell(grid[2], cls),
                    num_cell(grid[3], ppl), num_cell(grid[4], fem)])
    trs.append([tc(grid[0], ""), tc(grid[1], "Cộng", b=True), tc(grid[2], vn(tot[0]), b=True),
                tc(grid[3], vn(tot[1]), b=True), tc(grid[4], vn(tot[2]), b=True)])
    b.append(table(grid, trs, header_rows=1))
    b += [
        sub("3. Công tác xây dựng xã hội học tập"),
        dash("Phối hợp với Hội Khuyến học xã bình xét gia đình học tập, dòng họ học tập, cộng "
             "đồng học tập; tổ chức tuần lễ hưởng ứng học tập suốt đời tại các nhà trường."),
        dash("Kinh phí hoạt động của Trung tâm được bố trí từ ngân sách xã theo dự toán được "
             "duyệt và sử dụng đúng quy định."),
        heading("III. ĐÁNH GIÁ CHUNG"),
        dash("Ưu điểm: Nội dung sinh hoạt phong phú, thiết thực; tỷ lệ phụ nữ tham gia cao."),
        dash("Hạn chế: Cơ sở vật chất còn thiếu, chưa có máy chiếu phục vụ các buổi học."),
        heading("IV. KIẾN NGHỊ"),
        body("Đề nghị Phòng Giáo dục và Đào tạo huyện Lâm Hoá quan tâm bồi dưỡng nghiệp vụ cho "
             "cán bộ Trung tâm và hỗ trợ trang thiết bị dạy học./."),
        empty(),
        signature_table(
            ["- Như kính gửi;", "- TT Đảng ủy xã;", "- Lưu: VP."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hà Thị Thuỷ"]),
    ]
    recs = [activity("actual", year, topic, label, classes=cls, participants=ppl, female=fem)
            for label, topic, cls, ppl, fem in rows]
    recs.append(activity("actual", year, "tong", "Cộng", classes=tot[0], participants=tot[1],
                         female=tot[2]))
    meta = {"doc_type": "bao_cao", "ref": "45/BC-UBND", "issued": "2024-12",
            "title": "Tổng kết hoạt động Trung tâm học tập cộng đồng năm 2024",
            "issuer": "UBND xã Tân Thủy", "commune": "Tân Thủy", "district": "Lâm Hóa",
            "province": None}
    return name, package(b), meta, recs


# ---------------------------------------------------------------------------
# Sample 6: header in text boxes, page header/footer, tracked changes

def sample_report_tracked_textbox():
    name = "report-tracked-textbox"
    year = "2025"
    # Each row: STT, label runs (tracked), label accepted, topic, classes,
    # participants runs, participants accepted, female
    cell_runs = lambda *segs: [C(list(segs), before=40, after=40, jc="left")]
    num_runs = lambda *segs: [C(list(segs), before=40, after=40)]
    rows = [
        (["Tuyên truyền pháp luật về trật tự an toàn giao thông"],
         "Tuyên truyền pháp luật về trật tự an toàn giao thông", "phap_luat", 3,
         [dele("1.250"), ins("1.205")], 1205, 540),
        (["Chuyển giao kỹ thuật trồng rau ", dele("sạch"), ins("an toàn")],
         "Chuyển giao kỹ thuật trồng rau an toàn", "kinh_te", 2, ["134"], 134, 96),
        (["Chăm sóc sức khỏe người ", ins("cao "), "tuổi"],
         "Chăm sóc sức khỏe người cao tuổi", "suc_khoe", 2, ["176"], 176, 104),
        (["Bảo vệ môi trường, phân loại rác thải tại nguồn"],
         "Bảo vệ môi trường, phân loại rác thải tại nguồn", "moi_truong", 1, ["88"], 88, 52),
        (["Xây dựng gia đình văn hóa, nếp sống văn minh"],
         "Xây dựng gia đình văn hóa, nếp sống văn minh", "van_hoa_xa_hoi", 2, ["143"], 143, 85),
    ]
    tot = (sum(r[3] for r in rows), sum(r[5] for r in rows), sum(r[6] for r in rows))
    assert tot == (10, 1746, 877)
    old_total = tot[1] - 1205 + 1250
    money_state = ("Kinh phí ngân sách nhà nước cấp", 24000000)
    money_social = ("Kinh phí xã hội hóa", 0)

    left_box = [C("ỦY BAN NHÂN DÂN XÃ BẢN NGOÀI", sz=24),
                C("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", b=True, sz=24),
                C("Số: 09/BC-TTHTCĐ", before=120)]
    right_box = [C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True, sz=24),
                 C("Độc lập - Tự do - Hạnh phúc", b=True),
                 C("Bản Ngoài, ngày 18 tháng 11 năm 2025", i=True, before=120)]
    anchor = P([textbox_run(left_box, x_emu=0, width_emu=2743200, height_emu=914400),
                textbox_run(right_box, x_emu=2834640, width_emu=2926080, height_emu=914400)],
               jc="left", first=0, after=0)
    b = [
        anchor,
        doc_type_line("BÁO CÁO"),
        title_line("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2025"),
        P([run("Kính gửi:", i=True), "\t", run("- Ủy ban nhân dân xã Bản Ngoài;")],
          tabs=[("left", 2835)], jc="left", first=1418, before=120, after=0),
        P(["\t", run("- Sở Giáo dục và Đào tạo tỉnh Thái Nguyên.")],
          tabs=[("left", 2835)], jc="left", first=1418, after=120),
        body("Thực hiện Kế hoạch số 14/KH-TTHTCĐ ngày 10/01/2025 về hoạt động của Trung tâm "
             "học tập cộng đồng năm 2025, Trung tâm học tập cộng đồng xã Bản Ngoài báo cáo kết "
             "quả hoạt động năm 2025 như sau:"),
        heading("I. TÌNH HÌNH CHUNG"),
        body("Từ ngày 01/7/2025, sau khi sắp xếp đơn vị hành chính, xã Bản Ngoài trực thuộc "
             "tỉnh Thái Nguyên. Trung tâm học tập cộng đồng được kiện toàn lại Ban Giám đốc, "
             "duy trì hoạt động ổn định, không bị gián đoạn."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
        sub("1. Kết quả tổ chức các lớp chuyên đề"),
    ]
    grid = [700, 4271, 1200, 1600, 1300]
    head = ["STT", "Tên chuyên đề", "Số lớp", "Số lượt người", "Nữ"]
    trs = [[tc(w, h, b=True) for w, h in zip(grid, head)]]
    recs = []
    for n, (label_segs, label, topic, cls, ppl_segs, ppl, fem) in enumerate(rows, 1):
        trs.append([tc(grid[0], str(n)), tc(grid[1], cell_runs(*label_segs)),
                    num_cell(grid[2], cls), tc(grid[3], num_runs(*ppl_segs)),
                    num_cell(grid[4], fem)])
        recs.append(activity("actual", year, topic, label, classes=cls, participants=ppl,
                             female=fem))
    trs.append([tc(grid[0], ""), tc(grid[1], "Tổng số", b=True), tc(grid[2], vn(tot[0]), b=True),
                tc(grid[3], num_runs(dele(vn(old_total), b=True), ins(vn(tot[1]), b=True))),
                tc(grid[4], vn(tot[2]), b=True)])
    recs.append(activity("actual", year, "tong", "Tổng số", classes=tot[0], participants=tot[1],
                         female=tot[2]))
    b.append(table(grid, trs, header_rows=1))
    b += [
        sub("2. Kinh phí hoạt động"),
        dash(f"{money_state[0]}: {vn(money_state[1])} đồng;"),
        P([dele("- Kinh phí do học viên đóng góp: 500.000 đồng;")], deleted_mark=True),
        dash(f"{money_social[0]}: {money_social[1]} đồng."),
        body("Trung tâm đã quyết toán kinh phí đúng quy định, công khai tài chính tại hội nghị "
             "tổng kết."),
        heading("III. ĐÁNH GIÁ, KIẾN NGHỊ"),
        dash("Các lớp học đáp ứng nhu cầu của người dân, đặc biệt là chuyên đề trồng rau an "
             "toàn và chăm sóc sức khỏe người cao tuổi."),
        dash("Đề nghị Sở Giáo dục và Đào tạo hướng dẫn cụ thể về tổ chức, hoạt động của Trung "
             "tâm học tập cộng đồng sau khi sắp xếp đơn vị hành chính./."),
        empty(),
        signature_table(
            ["- Như kính gửi;", "- Đảng ủy xã;", "- Lưu: TTHTCĐ."],
            ["GIÁM ĐỐC", "", "Triệu Thị Mai"]),
    ]
    recs.append(budget("actual", year, "state", money_state[0], money_state[1]))
    recs.append(budget("actual", year, "socialized", money_social[0], money_social[1]))
    page_header = [P("Trung tâm học tập cộng đồng xã Bản Ngoài", style="Header", i=True,
                     sz=20, jc="right", first=0, after=0)]
    page_footer = [P(["Báo cáo kết quả hoạt động năm 2025 - Trang ",
                      '<w:fldSimple w:instr=" PAGE "><w:r>' + rpr(sz=20) +
                      "<w:t>1</w:t></w:r></w:fldSimple>"],
                     style="Footer", sz=20, jc="center", first=0, after=0)]
    meta = {"doc_type": "bao_cao", "ref": "09/BC-TTHTCĐ", "issued": "2025-11-18",
            "title": "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2025",
            "issuer": "TTHTCĐ xã Bản Ngoài", "commune": "Bản Ngoài", "district": None,
            "province": "Thái Nguyên"}
    data = package(b, header=page_header, footer=page_footer)
    return name, data, meta, recs


# ---------------------------------------------------------------------------
# Hostile fixtures

def minimal_parts(document_bytes):
    """The other parts of a small valid package around a given document.xml."""
    ct = (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_MAIN}.styles+xml"/></Types>')
    root_rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                 "</Relationships>")
    rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
    return [("[Content_Types].xml", ct.encode()), ("_rels/.rels", root_rels.encode()),
            ("word/document.xml", document_bytes),
            ("word/_rels/document.xml.rels", rels.encode()),
            ("word/styles.xml", STYLES.encode())]


def pseudo_random(n, seed=b"baocao-hostile"):
    out = b""
    block = seed
    while len(out) < n:
        block = hashlib.sha256(block).digest()
        out += block
    return out[:n]


def hostile(sample1_bytes):
    os.makedirs(HOSTILE, exist_ok=True)
    para = '<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>'
    files = {}

    pad = b" " * (30 * 1024 * 1024)
    bomb = (XML_DECL + f'<w:document xmlns:w="{NS_W}"><w:body>'
            + para.format("BÁO CÁO") + para.format("Kết quả hoạt động năm 2024")).encode()
    bomb += pad + "<w:sectPr/></w:body></w:document>".encode()
    files["zip-bomb.docx"] = zip_bytes(minimal_parts(bomb))

    xxe = ('<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
           f'<w:document xmlns:w="{NS_W}"><w:body>' + para.format("BÁO CÁO")
           + '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p><w:sectPr/></w:body></w:document>')
    files["xxe.docx"] = zip_bytes(minimal_parts(xxe.encode()))

    files["truncated.docx"] = sample1_bytes[:len(sample1_bytes) // 2]
    files["empty.docx"] = b""
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + pseudo_random(4090)
    files["not-a-report.docx"] = png

    levels = 1667  # w:tbl/w:tr/w:tc per level: 5001 nested elements
    deep = (XML_DECL + f'<w:document xmlns:w="{NS_W}"><w:body>'
            + "<w:tbl><w:tr><w:tc>" * levels + para.format("sâu")
            + "</w:tc></w:tr></w:tbl><w:p/>" * levels
            + "<w:sectPr/></w:body></w:document>")
    files["deep-nesting.docx"] = zip_bytes(minimal_parts(deep.encode()))

    for fname, data in files.items():
        with open(os.path.join(HOSTILE, fname), "wb") as f:
            f.write(data)
    readme = """# Hostile fixtures

Inputs that `baocao` must refuse without crashing, hanging, exhausting memory or
reading outside the input. Each must end in quarantine with the reason below and
produce no records. Generated by `python3 samples/src/make_samples.py`; do not
edit by hand.

- `zip-bomb.docx`: complete DOCX package whose `word/document.xml` is about 30 MiB of spaces inside a valid body, deflated to a few tens of KB (ratio over 1000:1). Reason: decompressed size / compression ratio over the limit (zip bomb).
- `xxe.docx`: DOCX whose `word/document.xml` begins with a DOCTYPE declaring an external entity (`file:///etc/passwd`) and uses `&xxe;` in a `w:t`. Reason: DTD / entity declaration in an XML part is refused (XXE); the entity is never resolved.
- `truncated.docx`: the first half of the bytes of `samples/commune-report-table.docx`. Reason: corrupt or truncated zip (no end-of-central-directory record).
- `empty.docx`: 0 bytes. Reason: empty file.
- `not-a-report.docx`: a PNG signature and IHDR tag followed by pseudo-random bytes, named `.docx`. Reason: content does not match the extension (PNG magic, not a zip/DOCX).
- `deep-nesting.docx`: valid DOCX package whose `word/document.xml` nests tables 1667 deep (5001 nested `w:tbl`/`w:tr`/`w:tc` elements). Reason: XML nesting depth over the limit.
"""
    with open(os.path.join(HOSTILE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    return sorted(files)



# ---------------------------------------------------------------------------
# Twins: an existing sample typed again the way many offices still type, in a
# legacy 8-bit font (TCVN3 with .VnTime/.VnTimeH, VNI-Windows with VNI-Times)
# or with the other tone-mark placement ("hoà", "thuỷ"). A twin's records are
# its Unicode twin's: the expected file is the source sample's committed
# NAME.expected.jsonl with only the document line's file and sha256 changed.
# The legacy codes are read from normalize/data/*.tsv, the tables the program
# decodes with.

TWIN = None  # while a twin is built: "tcvn3", "vni" or "modern"
TWIN_FONTS = {"tcvn3": ".VnTime", "vni": "VNI-Times"}
TWINS = [  # (source sample, twin kind, twin name)
    ("commune-report-table", "tcvn3", "commune-report-table-tcvn3"),
    ("report-budget", "vni", "report-budget-vni"),
    ("commune-report-wide-header", "modern", "commune-report-wide-header-modern"),
]
NORMALIZE_DATA = os.path.join(REPO, "normalize", "data")


def legacy_table(name):
    """Unicode letter -> its legacy bytes, each byte b as the character chr(b)
    (how Word stores text typed in a legacy font)."""
    table = {}
    with open(os.path.join(NORMALIZE_DATA, name + ".tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            legacy, code, _ = line.rstrip("\n").split("\t")
            table[chr(int(code[2:], 16))] = "".join(chr(int(h, 16)) for h in legacy.split())
    return table


_TABLES = {}


def encode(text, name):
    table = _TABLES.setdefault(name, legacy_table(name))
    out = []
    for ch in text:
        # A Latin-1 symbol would read back as a letter: the samples have none.
        assert ch in table or not 0xA0 <= ord(ch) <= 0xFF, (name, ch)
        out.append(table.get(ch, ch))
    return "".join(out)


def twin_runs(text):
    """[(font, text)]: the runs a typist in the current twin's font produces."""
    if TWIN == "modern":
        return [(FONT, modern_tones(text))]
    if TWIN == "vni":
        return [("VNI-Times", encode(text, "vni"))]
    assert TWIN == "tcvn3", TWIN
    tcvn3 = _TABLES.setdefault("tcvn3", legacy_table("tcvn3"))
    letters = [c for c in text if c.isalpha()]
    if letters and not any(c.islower() for c in letters) and any(ord(c) > 127 for c in letters):
        # A line in capitals is typed in the capitals font, in small letters.
        return [(".VnTimeH", encode(text.lower(), "tcvn3"))]
    out = []
    for ch in text:
        # TCVN3 has no toned capitals: such a letter is typed in .VnTimeH.
        if ch not in tcvn3 and ch.lower() in tcvn3 and ch != ch.lower():
            font, seg = ".VnTimeH", encode(ch.lower(), "tcvn3")
        else:
            font, seg = ".VnTime", encode(ch, "tcvn3")
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + seg)
        else:
            out.append((font, seg))
    return out


def modern_tones(text):
    """Official tone placement -> the other one on open oa, oe, uy ("hòa" ->
    "hoà", "thủy" -> "thuỷ"); qu-, closed syllables and the rest unchanged."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    words = []
    word = ""
    for ch in text + " ":
        if ch.isalpha():
            word += ch
            continue
        if len(word) >= 2:
            nfd = [unicodedata.normalize("NFD", c) for c in word]
            a, b = nfd[-2], nfd[-1]
            pair = (a[0].lower(), b[0].lower())
            before = nfd[-3][0].lower() if len(nfd) >= 3 else ""
            if (pair in (("o", "a"), ("o", "e"), ("u", "y")) and len(a) == 2 and a[1] in tones
                    and len(b) == 1 and before not in "aeiouyq" + "ăâêôơư"):
                word = (word[:-2] + unicodedata.normalize("NFC", a[0])
                        + unicodedata.normalize("NFC", b + a[1]))
        words.append(word)
        words.append(ch)
        word = ""
    return "".join(words)[:-1]


def write_twin(source, kind, twin_name, build):
    """Builds `source` again as a `kind` twin and writes it with the records of
    the committed samples/SOURCE.expected.jsonl."""
    global TWIN
    TWIN = kind
    try:
        DOC.__init__()
        name, data, _, _ = build()
    finally:
        TWIN = None
    assert name == source, (name, source)
    path = os.path.join(SAMPLES, twin_name + ".docx")
    with open(path, "wb") as f:
        f.write(data)
    with open(os.path.join(SAMPLES, source + ".expected.jsonl"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    doc = json.loads(lines[0])
    doc["file"] = twin_name + ".docx"
    doc["sha256"] = hashlib.sha256(data).hexdigest()
    lines[0] = json.dumps(doc, ensure_ascii=False)
    with open(os.path.join(SAMPLES, twin_name + ".expected.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines))
    return path, len([line for line in lines if line])


# ---------------------------------------------------------------------------
# Self-check: every sample is a zip whose XML parts are well formed

def verify(paths):
    for path in paths:
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None, path
            names = z.namelist()
            for required in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                             "word/_rels/document.xml.rels", "word/styles.xml"):
                assert required in names, (path, required)
            for n in names:
                if n.endswith(".xml") or n.endswith(".rels"):
                    minidom.parseString(z.read(n))
            for info in z.infolist():
                assert info.date_time == ZIP_TIME
                assert info.compress_type == zipfile.ZIP_DEFLATED
        exp = path[:-len(".docx")] + ".expected.jsonl"
        with open(exp, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f]
        with open(path, "rb") as f:
            assert lines[0]["sha256"] == hashlib.sha256(f.read()).hexdigest()


def main(argv):
    builders = [sample_commune_report_table, sample_district_report_prose,
                sample_plan_monthly_tables, sample_report_budget,
                sample_commune_report_wide_header, sample_report_tracked_textbox]
    # --twins: write only the twins (the other samples' expected files may
    # hold records added by hand since; this leaves them alone).
    twins_only = "--twins" in argv[1:]
    written = []
    sample1 = None
    by_name = {}
    for build in builders:
        DOC.__init__()
        name, data, meta, recs = build()
        by_name[name] = build
        if twins_only:
            continue
        path, count = write_sample(name, data, meta, recs)
        written.append(path)
        if sample1 is None:
            sample1 = data
        print(f"{os.path.relpath(path, REPO)}: {count} expected records")
    for source, kind, twin_name in TWINS:
        path, count = write_twin(source, kind, twin_name, by_name[source])
        written.append(path)
        print(f"{os.path.relpath(path, REPO)}: {count} expected records ({kind} twin of {source})")
    verify(written)
    if twins_only:
        return 0
    for fname in hostile(sample1):
        print(f"{os.path.relpath(os.path.join(HOSTILE, fname), REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
