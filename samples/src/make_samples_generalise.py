#!/usr/bin/env python3
"""Generate the samples that stress generalisation (issue 5) and their expected records.

Writes, relative to the repository root, samples/NAME.docx and
samples/NAME.expected.jsonl for: a roll-up table by commune, three prose-only
reports phrased three ways, a table with renamed and reordered columns, budget
tables in đồng and triệu đồng, a plan with a "Thời gian" column, and two reports
with deliberate arithmetic errors whose check records are part of the truth.

Python 3 standard library only; reuses the OOXML builders of make_samples.py
(imported, its main() is behind a __main__ guard). Deterministic like it.

    python3 samples/src/make_samples_generalise.py

Expected records are written from the row tuples below, never from running an
extractor; the figures are asserted to add up (or not) where the sample says so.
"""

import hashlib
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_samples as ms  # noqa: E402

from make_samples import C, P, tc, table, vn, run, heading, sub, body, dash  # noqa: E402

CHECK_KEYS = ["type", "severity", "refs", "rule"]  # printer order, "message" left out


def act(status, period, topic, label, *, commune=None, approx=False, **kw):
    r = ms.activity(status, period, topic, label, **kw)
    r["commune"] = commune
    r["approx"] = approx
    return r


def check(rule, refs):
    return {"type": "check", "severity": "error", "refs": refs, "rule": rule}


def write(name, data, meta, records):
    """make_samples.write_sample, plus check records (which it does not know)."""
    path = os.path.join(ms.SAMPLES, name + ".docx")
    with open(path, "wb") as f:
        f.write(data)
    doc = {"type": "document", "schema": 1, "file": name + ".docx",
           "sha256": hashlib.sha256(data).hexdigest(), "format": "docx", "pages": None,
           "ocr": False, "ocr_confidence": None}
    doc.update(meta)
    out = []
    for rec in [doc] + records:
        keys = {"document": ms.DOC_KEYS, "activity": ms.ACT_KEYS, "budget": ms.BUD_KEYS,
                "check": CHECK_KEYS}[rec["type"]]
        assert list(rec.keys()) == keys, (name, rec)
        text = json.dumps(rec, ensure_ascii=False)
        assert unicodedata.is_normalized("NFC", text)
        out.append(text)
    with open(os.path.join(ms.SAMPLES, name + ".expected.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(out) + "\n")
    return path, len(out)


# Shared pieces ----------------------------------------------------------------

def gov_header(body_lines, ref, place_date):
    """Borderless two-column header: issuing body left, motto and date right."""
    left = [(t, {"b": n > 0, "sz": 24}) for n, t in enumerate(body_lines)]
    left += [("______", {}), (f"Số: {ref}", {"before": 60})]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True, "sz": 24}),
             ("Độc lập - Tự do - Hạnh phúc", {"b": True}), ("_________________", {}),
             (place_date, {"i": True, "before": 60})]
    return ms.header_table(left, right)


def kinh_gui(*lines):
    out = [P([run("Kính gửi:", i=True), "\t", run(lines[0])], tabs=[("left", 2835)],
             jc="left", first=1418, before=120, after=0)]
    out += [P(["\t", run(t)], tabs=[("left", 2835)], jc="left", first=1418, after=0)
            for t in lines[1:]]
    return out + [C("", after=60)]


def opening(title, doc_type="BÁO CÁO"):
    return [ms.doc_type_line(doc_type), ms.title_line(title), C("-------o0o-------", after=60)]


def closing(recipients, signer):
    return [ms.empty(), ms.signature_table(recipients, signer)]


def head_row(grid, names, sz=None):
    return [tc(w, h, b=True, sz=sz) for w, h in zip(grid, names)]


def cells(grid, values, sz=None, left=()):
    """One data row; values are printed as given ("" for an empty cell)."""
    return [tc(w, v, sz=sz, jc="left" if i in left else "center")
            for i, (w, v) in enumerate(zip(grid, values))]


def n(v):
    return "" if v is None else vn(v)


def total_row(grid, label, values, span=2):
    """A bold totals row whose label cell spans the first `span` columns."""
    out = [tc(sum(grid[:span]), label, b=True, span=span)]
    return out + [tc(w, v, b=True) for w, v in zip(grid[span:], values)]


def sums(rows, *idx):
    return tuple(sum(r[i] for r in rows) for i in idx)


# ---------------------------------------------------------------------------
# 1. District roll-up: one row per commune, then Tổng cộng

def sample_rollup_by_commune():
    year = "2024"
    rows = [  # printed unit, commune name, classes, participants, female
        ("Thị trấn Sơn Định", "Sơn Định", 18, 1426, 802),
        ("Xã Yên Thịnh", "Yên Thịnh", 14, 985, 511),
        ("Xã Tân Lập", "Tân Lập", 11, 742, 390),
        ("Xã Phúc Hoà", "Phúc Hòa", 9, 618, 335),
        ("Xã Minh Khai", "Minh Khai", 12, 876, 468),
        ("Xã Đồng Quý", "Đồng Quý", 8, 534, 287),
        ("Xã Kim Thuỷ", "Kim Thủy", 10, 701, 362),
    ]
    tot = sums(rows, 2, 3, 4)
    assert tot == (82, 5882, 3155)
    b = [gov_header(["ỦY BAN NHÂN DÂN", "HUYỆN SƠN ĐỊNH"], "312/BC-UBND",
                    "Sơn Định, ngày 16 tháng 12 năm 2024")]
    b += opening("Kết quả hoạt động của các Trung tâm học tập cộng đồng năm 2024")
    b += kinh_gui("Sở Giáo dục và Đào tạo tỉnh Tuyên Quang.")
    b += [
        body("Thực hiện Công văn số 1874/SGDĐT-GDTX ngày 28/11/2024 của Sở Giáo dục và Đào "
             "tạo về việc báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng năm 2024, "
             "Ủy ban nhân dân huyện Sơn Định tổng hợp, báo cáo như sau:"),
        heading("I. ĐÁNH GIÁ CHUNG"),
        body("Các Trung tâm học tập cộng đồng trên địa bàn huyện được kiện toàn Ban Giám đốc, "
             "có quy chế hoạt động và kế hoạch năm; nội dung lớp học gắn với sản xuất nông "
             "nghiệp, xây dựng nông thôn mới và đời sống văn hóa ở khu dân cư."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024"),
        sub("1. Công tác chỉ đạo, hướng dẫn"),
        dash("Phòng Giáo dục và Đào tạo hướng dẫn các xã, thị trấn xây dựng kế hoạch hoạt động "
             "của Trung tâm sát với kết quả khảo sát nhu cầu học tập của người dân."),
        dash("Các Trung tâm chủ động phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn "
             "Thanh niên, Trạm Y tế mở lớp tại nhà văn hóa các thôn, tổ dân phố."),
        sub("2. Kết quả tổ chức các lớp chuyên đề"),
        body("Kết quả tổ chức các lớp chuyên đề của từng Trung tâm như sau:"),
        C("BIỂU TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TTHTCĐ NĂM 2024", b=True, before=60,
          after=60, keep=True),
    ]
    grid = [700, 3571, 1300, 2000, 1500]
    trs = [head_row(grid, ["TT", "Đơn vị (xã, thị trấn)", "Số lớp", "Số lượt người tham gia",
                           "Trong đó nữ"])]
    recs = []
    for k, (printed, commune, cls, ppl, fem) in enumerate(rows, 1):
        trs.append(cells(grid, [str(k), printed, n(cls), n(ppl), n(fem)], left=(1,)))
        # Labels are canonical text, whose tone marks sit where official names put them.
        label = printed.replace("Hoà", "Hòa").replace("Thuỷ", "Thủy")
        recs.append(act("actual", year, "tong", label, commune=commune, classes=cls,
                        participants=ppl, female=fem))
    trs.append(total_row(grid, "Tổng cộng", [n(v) for v in tot]))
    recs.append(act("actual", year, "tong", "Tổng cộng", classes=tot[0], participants=tot[1],
                    female=tot[2]))
    b.append(table(grid, trs, header_rows=1))
    b += [
        sub("3. Kinh phí hoạt động"),
        body("Kinh phí hoạt động của các Trung tâm được bố trí trong dự toán ngân sách xã, thị "
             "trấn và huy động từ nguồn xã hội hóa; các đơn vị sử dụng đúng mục đích."),
        heading("III. TỒN TẠI, HẠN CHẾ"),
        dash("Số lớp giữa các Trung tâm chưa đồng đều; một số xã chưa có báo cáo viên chuyên "
             "sâu về kỹ thuật chăn nuôi, trồng trọt."),
        heading("IV. PHƯƠNG HƯỚNG NĂM 2025"),
        dash("Tiếp tục nâng cao chất lượng hoạt động của các Trung tâm; đẩy mạnh ứng dụng công "
             "nghệ thông tin trong quản lý và tổ chức lớp học."),
        heading("V. KIẾN NGHỊ"),
        body("Đề nghị Sở Giáo dục và Đào tạo tổ chức bồi dưỡng nghiệp vụ cho cán bộ quản lý "
             "Trung tâm học tập cộng đồng./."),
    ]
    b += closing(["- Như trên;", "- TT Huyện ủy, TT HĐND huyện;", "- Phòng GDĐT;", "- Lưu: VT."],
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Ma Văn Thuận"])
    meta = {"doc_type": "bao_cao", "ref": "312/BC-UBND", "issued": "2024-12-16",
            "title": "Kết quả hoạt động của các Trung tâm học tập cộng đồng năm 2024",
            "issuer": "UBND huyện Sơn Định", "commune": None, "district": "Sơn Định",
            "province": "Tuyên Quang"}
    return "rollup-by-commune", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 2a. Prose: "- Topic: N lớp, M lượt người" list items

def sample_prose_a():
    year = "2024"
    total_label = "Tổng số lớp chuyên đề đã mở"
    items = [  # label, topic, classes, participants
        ("Kinh tế", "kinh_te", 12, 845), ("Văn hóa - xã hội", "van_hoa_xa_hoi", 8, 566),
        ("Pháp luật", "phap_luat", 10, 712), ("Sức khỏe", "suc_khoe", 7, 498),
        ("Môi trường", "moi_truong", 4, 287), ("Tin học", "ngoai_ngu_tin_hoc", 2, 54),
        ("Văn nghệ, thể dục thể thao", "van_nghe_the_thao", 4, 303),
    ]
    tot = sums(items, 2, 3)
    assert tot == (47, 3265)
    b = [gov_header(["ỦY BAN NHÂN DÂN XÃ THANH XUYÊN", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"],
                    "21/BC-TTHTCĐ", "Thanh Xuyên, ngày 18 tháng 12 năm 2024")]
    b += opening("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024")
    b += kinh_gui("- UBND xã Thanh Xuyên;", "- Phòng Giáo dục và Đào tạo huyện Quế Dương.")
    b += [
        body("Căn cứ kế hoạch hoạt động năm 2024 đã được UBND xã phê duyệt, Trung tâm học tập "
             "cộng đồng xã Thanh Xuyên báo cáo kết quả hoạt động năm 2024 như sau:"),
        heading("I. KHÁI QUÁT TÌNH HÌNH"),
        body("Thanh Xuyên là xã thuần nông, nhân dân chủ yếu trồng lúa, rau màu và nuôi trồng "
             "thủy sản. Trung tâm được sự quan tâm của cấp ủy, chính quyền và sự phối hợp của "
             "các đoàn thể nên hoạt động ổn định."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024"),
        sub("1. Công tác tổ chức"),
        body("Ban Giám đốc Trung tâm được kiện toàn, phân công thành viên phụ trách từng lĩnh "
             "vực; duy trì họp giao ban hằng quý để đánh giá kết quả và điều chỉnh kế hoạch."),
        sub("2. Kết quả tổ chức các lớp chuyên đề"),
        body(f"{total_label}: {tot[0]} lớp, {vn(tot[1])} lượt người tham gia, cụ thể:"),
    ]
    recs = [act("actual", year, "tong", total_label, classes=tot[0], participants=tot[1])]
    for k, (label, topic, cls, ppl) in enumerate(items):
        end = "." if k == len(items) - 1 else ";"
        b.append(dash(f"{label}: {cls} lớp, {vn(ppl)} lượt người{end}"))
        recs.append(act("actual", year, topic, label, classes=cls, participants=ppl))
    b += [
        sub("3. Kinh phí hoạt động"),
        body("Kinh phí hoạt động do ngân sách xã cấp theo dự toán và nguồn vận động xã hội "
             "hóa; việc thanh, quyết toán thực hiện đúng quy định."),
        heading("III. ĐÁNH GIÁ CHUNG"),
        dash("Ưu điểm: Nội dung lớp học thiết thực, người dân tham gia đông, nhất là các lớp "
             "kỹ thuật sản xuất và pháp luật."),
        dash("Hạn chế: Lớp tin học còn ít do thiếu máy tính; chưa thống kê được số học viên nữ."),
        heading("IV. PHƯƠNG HƯỚNG NĂM 2025"),
        dash("Khảo sát nhu cầu học tập đầu năm, mở thêm lớp tin học và ngoại ngữ cho thanh "
             "niên; tăng cường huy động nguồn lực xã hội hóa./."),
    ]
    b += closing(["- Như kính gửi;", "- Đảng ủy xã;", "- Lưu: TTHTCĐ."],
                 ["GIÁM ĐỐC", "", "Phạm Thị Huyền"])
    meta = {"doc_type": "bao_cao", "ref": "21/BC-TTHTCĐ", "issued": "2024-12-18",
            "title": "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024",
            "issuer": "TTHTCĐ xã Thanh Xuyên", "commune": "Thanh Xuyên",
            "district": "Quế Dương", "province": None}
    return "prose-a", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 2b. Prose: running sentences "… N lớp <topic> với M lượt người, trong đó nữ F người"

def sample_prose_b():
    year = "2024"
    # (label as printed, topic, organizer, classes, participants, female)
    S = [
        ("chuyên đề các loại", "tong", None, 38, 2710, 1388),
        ("chuyên đề về giáo dục pháp luật", "phap_luat", None, 9, 640, 312),
        ("tập huấn kỹ thuật trồng trọt và chăn nuôi", "kinh_te", "partner", 8, 596, 205),
        ("chuyên đề chăm sóc sức khỏe ban đầu", "suc_khoe", "partner", 6, 455, 298),
        ("chuyên đề bảo vệ môi trường và phân loại rác thải tại nguồn", "moi_truong", "center",
         5, 387, 201),
        ("chuyên đề về văn hóa - xã hội", "van_hoa_xa_hoi", None, 6, 402, 236),
        ("hướng dẫn văn nghệ, thể dục thể thao", "van_nghe_the_thao", None, 4, 230, 136),
    ]
    assert sums(S[1:], 3, 4, 5) == S[0][3:]
    t, pl, kt, sk, mt, vh, vn_tt = S
    b = [gov_header(["ỦY BAN NHÂN DÂN", "XÃ ĐỨC PHONG"], "156/BC-UBND",
                    "Đức Phong, ngày 23 tháng 12 năm 2024")]
    b += opening("Kết quả hoạt động của Trung tâm học tập cộng đồng xã năm 2024")
    b += kinh_gui("Phòng Giáo dục và Đào tạo huyện Hữu Thành.")
    b += [
        body("Thực hiện Công văn số 842/PGDĐT-GDTX ngày 02/12/2024 của Phòng Giáo dục và Đào "
             "tạo huyện Hữu Thành, Ủy ban nhân dân xã Đức Phong báo cáo kết quả hoạt động của "
             "Trung tâm học tập cộng đồng năm 2024 như sau:"),
        heading("I. TÌNH HÌNH CHUNG"),
        body("Trung tâm học tập cộng đồng xã Đức Phong hoạt động dưới sự chỉ đạo trực tiếp của "
             "Ủy ban nhân dân xã; cơ sở vật chất dùng chung với nhà văn hóa các thôn. Ban Giám "
             "đốc Trung tâm làm việc kiêm nhiệm nhưng nhiệt tình, trách nhiệm."),
        heading("II. KẾT QUẢ THỰC HIỆN NĂM 2024"),
        body(f"Trong năm 2024, Trung tâm học tập cộng đồng xã đã mở được {t[3]} lớp {t[0]} với "
             f"{vn(t[4])} lượt người tham gia, trong đó nữ {vn(t[5])} người. Nội dung các lớp "
             "học bám sát nhu cầu thực tế của nhân dân, cụ thể như sau:"),
        body(f"Trung tâm đã tổ chức {pl[3]} lớp {pl[0]} với {pl[4]} lượt người tham gia, trong "
             f"đó nữ {pl[5]} người. Các lớp tập trung phổ biến Luật Đất đai, Luật Phòng, chống "
             "bạo lực gia đình và các quy định về trật tự an toàn giao thông."),
        body(f"Phối hợp với Hội Nông dân xã mở {kt[3]} lớp {kt[0]} có {kt[4]} lượt hội viên "
             f"tham gia, trong đó nữ {kt[5]} người; sau tập huấn, nhiều hộ đã áp dụng tiến bộ "
             "kỹ thuật vào sản xuất, nâng cao thu nhập."),
        body(f"Trung tâm phối hợp với Trạm Y tế xã tổ chức {sk[3]} lớp {sk[0]} với {sk[4]} lượt "
             f"người tham gia, trong đó nữ {sk[5]} người."),
        body(f"Trung tâm tự mở {mt[3]} lớp {mt[0]} thu hút {mt[4]} lượt người, trong đó nữ "
             f"{mt[5]} người."),
        body(f"Bên cạnh đó, Trung tâm còn tổ chức {vh[3]} lớp {vh[0]} với {vh[4]} lượt người "
             f"tham gia, trong đó nữ {vh[5]} người và {vn_tt[3]} lớp {vn_tt[0]} với {vn_tt[4]} "
             f"lượt người, trong đó nữ {vn_tt[5]} người."),
        heading("III. ĐÁNH GIÁ, KIẾN NGHỊ"),
        dash("Các lớp học được tổ chức đúng kế hoạch, phù hợp với thời vụ sản xuất; phụ nữ "
             "tham gia học tập ngày càng đông."),
        dash("Đề nghị Phòng Giáo dục và Đào tạo huyện hỗ trợ tài liệu và tập huấn nghiệp vụ "
             "cho báo cáo viên của Trung tâm./."),
    ]
    b += closing(["- Như kính gửi;", "- TT Đảng ủy, TT HĐND xã;", "- Lưu: VP."],
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Văn Khương"])
    recs = [act("actual", year, topic, label, organizer=org, classes=c, participants=p, female=f)
            for label, topic, org, c, p, f in S]
    meta = {"doc_type": "bao_cao", "ref": "156/BC-UBND", "issued": "2024-12-23",
            "title": "Kết quả hoạt động của Trung tâm học tập cộng đồng xã năm 2024",
            "issuer": "UBND xã Đức Phong", "commune": "Đức Phong", "district": "Hữu Thành",
            "province": None}
    return "prose-b", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 2c. Prose: "a) Chuyên đề …: mở được N chuyên đề có M học viên", one hedged figure

def sample_prose_c():
    period = "2025-01/2025-06"
    total_label = "Số chuyên đề đã tổ chức"
    items = [  # marker, label, topic, organizer, classes, participants, female, approx, text after ":"
        ("a)", "Chuyên đề bảo vệ môi trường", "moi_truong", None, 5, 410, 236, False,
         "mở được 5 chuyên đề có 410 học viên, trong đó có 236 học viên nữ;"),
        ("b)", "Chuyên đề chăm sóc sức khỏe", "suc_khoe", "partner", 6, 468, 301, False,
         "phối hợp với Trạm Y tế xã tổ chức 6 chuyên đề cho 468 học viên, trong đó có 301 "
         "học viên nữ;"),
        ("c)", "Chuyên đề giáo dục pháp luật", "phap_luat", None, 11, 1200, None, True,
         "tổ chức 11 chuyên đề thu hút gần 1.200 lượt người tham gia;"),
        ("d)", "Chuyên đề phát triển kinh tế", "kinh_te", "center", 5, 325, None, False,
         "Trung tâm tự mở 5 chuyên đề về kỹ thuật trồng cây ăn quả có múi với 325 học viên."),
    ]
    total = sum(i[4] for i in items)
    assert total == 27
    tabs = [("center", 2268), ("center", 6804)]
    b = [
        P(["\t", run("ỦY BAN NHÂN DÂN XÃ PHÚ CƯỜNG", sz=24), "\t",
           run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True, sz=24)],
          tabs=tabs, jc="left", first=0, after=0),
        P(["\t", run("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG", b=True, sz=24), "\t",
           run("Độc lập - Tự do - Hạnh phúc", b=True)], tabs=tabs, jc="left", first=0, after=0),
        P(["\t", run("Số: 07/BC-TTHTCĐ"), "\t", run("Phú Cường, ngày 20 tháng 6 năm 2025", i=True)],
          tabs=tabs, jc="left", first=0, before=120, after=0),
    ]
    b += opening("Sơ kết hoạt động Trung tâm học tập cộng đồng 6 tháng đầu năm 2025")
    b += kinh_gui("- UBND xã Phú Cường;", "- Phòng Giáo dục và Đào tạo huyện Thanh Lũng.")
    b += [
        body("Trung tâm học tập cộng đồng xã Phú Cường báo cáo sơ kết hoạt động 6 tháng đầu "
             "năm 2025 và phương hướng nhiệm vụ 6 tháng cuối năm như sau:"),
        heading("I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2025"),
        sub("1. Công tác tham mưu, chỉ đạo"),
        body("Trung tâm tham mưu UBND xã ban hành kế hoạch hoạt động năm; phối hợp chặt chẽ "
             "với các đoàn thể và nhà trường trong việc vận động nhân dân tham gia học tập."),
        sub("2. Kết quả tổ chức các chuyên đề"),
        body(f"{total_label}: {total} chuyên đề, cụ thể:"),
    ]
    recs = [act("actual", period, "tong", total_label, classes=total)]
    for marker, label, topic, org, cls, ppl, fem, approx, rest in items:
        b.append(body(f"{marker} {label}: {rest}"))
        recs.append(act("actual", period, topic, label, organizer=org, classes=cls,
                        participants=ppl, female=fem, approx=approx))
    b += [
        sub("3. Các hoạt động khác"),
        body("Trung tâm phối hợp với Hội Khuyến học xã rà soát, đăng ký danh hiệu gia đình học "
             "tập, dòng họ học tập; duy trì tủ sách pháp luật tại nhà văn hóa các xóm."),
        heading("II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"),
        dash("Tiếp tục tổ chức các chuyên đề theo kế hoạch; chú trọng chuyển giao kỹ thuật "
             "trồng cây ăn quả và phòng chống dịch bệnh cho gia súc, gia cầm."),
        dash("Kiện toàn đội ngũ báo cáo viên, cộng tác viên của Trung tâm./."),
    ]
    b += closing(["- Như kính gửi;", "- Lưu: TTHTCĐ."], ["GIÁM ĐỐC", "", "Bùi Văn Thái"])
    meta = {"doc_type": "bao_cao", "ref": "07/BC-TTHTCĐ", "issued": "2025-06-20",
            "title": "Sơ kết hoạt động Trung tâm học tập cộng đồng 6 tháng đầu năm 2025",
            "issuer": "TTHTCĐ xã Phú Cường", "commune": "Phú Cường", "district": "Thanh Lũng",
            "province": None}
    return "prose-c", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 3. Activity table with renamed, reordered columns

def sample_table_reordered_columns():
    year = "2025"
    rows = [  # learners, female, label, topic, sessions, place, note, organizer
        (148, 66, "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", "phap_luat", 2,
         "Hội trường UBND xã", "Phối hợp với Công an xã", "partner"),
        (95, 41, "Kỹ thuật nuôi cá lồng trên sông", "kinh_te", 3, "Nhà văn hóa thôn Bến Đò",
         "Tự mở", "center"),
        (112, 87, "Chăm sóc sức khỏe bà mẹ và trẻ em", "suc_khoe", 2, "Trạm Y tế xã",
         "Phối hợp với Trạm Y tế xã", "partner"),
        (76, 40, "Phân loại, xử lý rác thải sinh hoạt tại hộ gia đình", "moi_truong", 1,
         "Nhà văn hóa thôn Trại Mới", "", None),
        (64, 35, "Tin học cơ bản, sử dụng điện thoại thông minh", "ngoai_ngu_tin_hoc", 2,
         "Điểm Bưu điện văn hóa xã", "Tự mở", "center"),
        (185, 104, "Tập luyện văn nghệ, thể dục thể thao", "van_nghe_the_thao", 4,
         "Sân vận động xã", "Lồng ghép sinh hoạt các câu lạc bộ", None),
        (88, 52, "Xây dựng gia đình văn hóa, nếp sống văn minh", "van_hoa_xa_hoi", 1,
         "Nhà văn hóa thôn Đông", "Phối hợp với Hội Liên hiệp Phụ nữ xã", "partner"),
    ]
    tot = sums(rows, 0, 1, 4)
    assert tot == (768, 425, 15)
    b = [gov_header(["ỦY BAN NHÂN DÂN", "XÃ BÌNH THẠNH"], "204/BC-UBND",
                    "Bình Thạnh, ngày 05 tháng 12 năm 2025")]
    b += opening("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2025")
    b += kinh_gui("Sở Giáo dục và Đào tạo tỉnh Lào Cai.")
    b += [
        body("Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo về báo cáo kết quả hoạt động của "
             "Trung tâm học tập cộng đồng năm 2025, Ủy ban nhân dân xã Bình Thạnh báo cáo như sau:"),
        heading("I. TÌNH HÌNH CHUNG"),
        body("Sau khi sắp xếp đơn vị hành chính, xã Bình Thạnh trực thuộc tỉnh Lào Cai; Trung "
             "tâm học tập cộng đồng xã được kiện toàn lại Ban Giám đốc và tiếp tục hoạt động "
             "theo kế hoạch đã đề ra."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
        sub("1. Các lớp chuyên đề đã tổ chức"),
    ]
    grid = [600, 1000, 800, 2671, 900, 1700, 1400]
    trs = [head_row(grid, ["STT", "Số học viên", "Nữ", "Nội dung hoạt động", "Số buổi",
                           "Địa điểm", "Ghi chú"], sz=22)]
    recs = []
    for k, (lrn, fem, label, topic, ses, place, note, org) in enumerate(rows, 1):
        trs.append(cells(grid, [str(k), n(lrn), n(fem), label, n(ses), place, note], sz=22,
                         left=(3, 5, 6)))
        recs.append(act("actual", year, topic, label, organizer=org, classes=ses,
                        participants=lrn, female=fem, location=place))
    trs.append([tc(grid[0], "", sz=22), tc(grid[1], n(tot[0]), b=True, sz=22),
                tc(grid[2], n(tot[1]), b=True, sz=22), tc(grid[3], "Tổng cộng", b=True, sz=22),
                tc(grid[4], n(tot[2]), b=True, sz=22), tc(grid[5], ""), tc(grid[6], "")])
    recs.append(act("actual", year, "tong", "Tổng cộng", classes=tot[2], participants=tot[0],
                    female=tot[1]))
    b.append(table(grid, trs, header_rows=1))
    b += [
        sub("2. Đánh giá"),
        dash("Các lớp học được tổ chức theo đúng kế hoạch, nội dung phù hợp với nhu cầu của "
             "người dân; nhiều lớp do Trung tâm phối hợp với các ngành cùng thực hiện."),
        heading("III. KIẾN NGHỊ"),
        body("Đề nghị Sở Giáo dục và Đào tạo hướng dẫn tổ chức, hoạt động của Trung tâm học tập "
             "cộng đồng sau khi sắp xếp đơn vị hành chính./."),
    ]
    b += closing(["- Như trên;", "- Đảng ủy xã;", "- Lưu: VT."],
                 ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lý Thị Sen"])
    meta = {"doc_type": "bao_cao", "ref": "204/BC-UBND", "issued": "2025-12-05",
            "title": "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2025",
            "issuer": "UBND xã Bình Thạnh", "commune": "Bình Thạnh", "district": None,
            "province": "Lào Cai"}
    return "table-reordered-columns", ms.package(b), meta, recs


def main():
    import make_samples_generalise_part2 as part2
    builders = [sample_rollup_by_commune, sample_prose_a, sample_prose_b, sample_prose_c,
                sample_table_reordered_columns, part2.sample_budget_table,
                part2.sample_plan_time_column, part2.sample_errors_table,
                part2.sample_errors_prose]
    written = []
    for build in builders:
        ms.DOC.__init__()
        name, data, meta, recs = build()
        path, count = write(name, data, meta, recs)
        written.append(path)
        print(f"{os.path.relpath(path, ms.REPO)}: {count} expected records")
    ms.verify(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
