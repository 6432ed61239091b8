"""Samples 4-6 of make_samples_generalise.py (budget tables, a plan with a "Thời gian"
column, reports with arithmetic errors), kept apart only to keep files short.
Run make_samples_generalise.py, not this file."""

import make_samples as ms
from make_samples import C, P, tc, table, vn, heading, sub, body, dash
from make_samples_generalise import (act, check, gov_header, kinh_gui, opening, closing,
                                     head_row, cells, n, total_row, sums)


# ---------------------------------------------------------------------------
# 4. Budget tables: "ĐVT: đồng" (actual) and "ĐVT: triệu đồng" with decimals (plan)

BUDGET_HEAD = ["TT", "Nguồn kinh phí", "Số tiền", "Ghi chú"]
BUDGET_GRID = [700, 3771, 2100, 2500]


def budget_table(unit, rows, total):
    """rows: (label, printed amount, note); then the Tổng cộng row."""
    out = [P(f"ĐVT: {unit}", i=True, jc="right", first=0, after=0, keep=True)]
    trs = [head_row(BUDGET_GRID, BUDGET_HEAD)]
    for k, (label, printed, note) in enumerate(rows, 1):
        trs.append(cells(BUDGET_GRID, [str(k), label, printed, note], left=(1, 3)))
    trs.append(total_row(BUDGET_GRID, "Tổng cộng", [total, ""]))
    return out + [table(BUDGET_GRID, trs, header_rows=1)]


def sample_budget_table():
    year = "2024"
    acts = [  # label, topic, classes, participants, female
        ("Giáo dục pháp luật", "phap_luat", 4, 296, 141),
        ("Kỹ thuật trồng và chăm sóc cây cam", "kinh_te", 3, 174, 62),
        ("Phòng chống dịch bệnh mùa mưa", "suc_khoe", 2, 150, 94),
        ("Học nghề may công nghiệp", "hoc_nghe", 1, 32, 30),
    ]
    atot = sums(acts, 2, 3, 4)
    assert atot == (10, 652, 327)
    money = [("Ngân sách nhà nước cấp", "state", 25000000, "Theo dự toán được giao"),
             ("Xã hội hóa", "socialized", 6500000, "Doanh nghiệp, nhà hảo tâm ủng hộ"),
             ("Học viên đóng góp", "learner", 2150000, "Học viên lớp may tự nguyện")]
    mtot = sum(m[2] for m in money)
    assert mtot == 33650000
    plan = [("Ngân sách nhà nước", "state", "27,5", 27500000),
            ("Xã hội hóa", "socialized", "5", 5000000),
            ("Học viên đóng góp", "learner", "2,25", 2250000)]
    ptot = ("34,75", 34750000)
    assert sum(p[3] for p in plan) == ptot[1]
    b = [gov_header(["ỦY BAN NHÂN DÂN XÃ LƯƠNG PHONG", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"],
                    "15/BC-TTHTCĐ", "Lương Phong, ngày 12 tháng 12 năm 2024")]
    b += opening("Kết quả hoạt động năm 2024 và phương hướng nhiệm vụ năm 2025")
    b += kinh_gui("- UBND xã Lương Phong;", "- Phòng Giáo dục và Đào tạo huyện Ninh Xuyên.")
    b += [
        body("Trung tâm học tập cộng đồng xã Lương Phong báo cáo kết quả hoạt động năm 2024 và "
             "phương hướng nhiệm vụ năm 2025 như sau:"),
        heading("I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024"),
        sub("1. Công tác tổ chức"),
        body("Ban Giám đốc Trung tâm được kiện toàn theo quyết định của UBND xã; các thành viên "
             "được phân công phụ trách từng lĩnh vực hoạt động."),
        sub("2. Kết quả tổ chức các lớp học"),
    ]
    grid = [700, 4071, 1300, 1600, 1400]
    trs = [head_row(grid, ["TT", "Tên chuyên đề", "Số lớp", "Số lượt người", "Nữ"])]
    for k, (label, _t, c, p, f) in enumerate(acts, 1):
        trs.append(cells(grid, [str(k), label, n(c), n(p), n(f)], left=(1,)))
    trs.append(total_row(grid, "Tổng số", [n(v) for v in atot]))
    b.append(table(grid, trs, header_rows=1))
    b.append(sub("3. Kinh phí hoạt động"))
    b.append(body("Các nguồn kinh phí của Trung tâm trong năm như sau:"))
    b += budget_table("đồng", [(l, vn(a), note) for l, _c, a, note in money], vn(mtot))
    b += [
        body("Kinh phí được chi đúng mục đích: thù lao báo cáo viên, tài liệu, nước uống cho "
             "học viên; chứng từ đầy đủ, công khai tại hội nghị tổng kết."),
        heading("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025"),
        sub("1. Nhiệm vụ trọng tâm"),
        dash("Duy trì các lớp chuyên đề theo nhu cầu; mở thêm lớp học nghề ngắn hạn cho lao "
             "động nông thôn."),
        sub("2. Dự kiến kinh phí hoạt động năm 2025"),
    ]
    b += budget_table("triệu đồng", [(l, printed, "") for l, _c, printed, _a in plan], ptot[0])
    b.append(body("Trung tâm đề nghị UBND xã bố trí kinh phí theo dự kiến trên./."))
    b += closing(["- Như kính gửi;", "- Lưu: TTHTCĐ."], ["GIÁM ĐỐC", "", "Vũ Thị Ngọc"])
    recs = [act("actual", year, t, l, classes=c, participants=p, female=f)
            for l, t, c, p, f in acts]
    recs.append(act("actual", year, "tong", "Tổng số", classes=atot[0], participants=atot[1],
                    female=atot[2]))
    recs += [ms.budget("actual", year, cat, l, a) for l, cat, a, _ in money]
    recs.append(ms.budget("actual", year, "total", "Tổng cộng", mtot))
    recs += [ms.budget("plan", "2025", cat, l, a) for l, cat, _p, a in plan]
    recs.append(ms.budget("plan", "2025", "total", "Tổng cộng", ptot[1]))
    meta = {"doc_type": "bao_cao", "ref": "15/BC-TTHTCĐ", "issued": "2024-12-12",
            "title": "Kết quả hoạt động năm 2024 và phương hướng nhiệm vụ năm 2025",
            "issuer": "TTHTCĐ xã Lương Phong", "commune": "Lương Phong",
            "district": "Ninh Xuyên", "province": None}
    return "budget-table", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 5. Plan with one table and a "Thời gian" column

def sample_plan_time_column():
    rows = [  # label, topic, time cell, period, audience, place, classes, learners, cost, note
        ("Phổ biến Luật Đất đai và các văn bản hướng dẫn thi hành", "phap_luat", "Tháng 3/2025",
         "2025-03", "Cán bộ, nhân dân toàn xã", "Hội trường UBND xã", 1, 80, 900000, "Phối hợp"),
        ("Kỹ thuật thâm canh lúa chất lượng cao", "kinh_te", "Tháng 4", "2025-04",
         "Hộ nông dân các thôn", "Nhà văn hóa thôn Đông Hạ", 2, 90, 1500000, "Tự mở"),
        ("Phòng chống sốt xuất huyết, bệnh tay chân miệng", "suc_khoe", "Quý II",
         "2025-04/2025-06", "Phụ huynh có con nhỏ", "Trạm Y tế xã", 1, 70, 700000, "Phối hợp"),
        ("Bảo vệ môi trường, xử lý rác thải nông thôn", "moi_truong", "Quý III/2025",
         "2025-07/2025-09", "Hội viên Hội Liên hiệp Phụ nữ", "Nhà văn hóa các thôn", 3, 150,
         2100000, "Phối hợp"),
        ("Giữ gìn và phát huy giá trị di sản văn hóa địa phương", "van_hoa_xa_hoi",
         "Tháng 10 - 11/2025", "2025-10/2025-11", "Nhân dân các thôn",
         "Nhà văn hóa thôn Đoài", 2, 100, 1200000, "Tự mở"),
        ("Sinh hoạt câu lạc bộ văn nghệ, thể dục thể thao", "van_nghe_the_thao", "Cả năm",
         "2025", "Hội viên các câu lạc bộ", "Sân vận động xã", None, 60, None, "Tự mở"),
    ]
    tot = (sum(r[6] or 0 for r in rows), sum(r[7] for r in rows), sum(r[8] or 0 for r in rows))
    assert tot == (9, 550, 6400000)
    b = [gov_header(["ỦY BAN NHÂN DÂN XÃ ĐẠI ĐỒNG", "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"],
                    "03/KH-TTHTCĐ", "Đại Đồng, ngày 15 tháng 01 năm 2025")]
    b += opening("Hoạt động của Trung tâm học tập cộng đồng năm 2025", doc_type="KẾ HOẠCH")
    b += [
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        dash("Tạo cơ hội học tập thường xuyên cho người dân, góp phần nâng cao dân trí, phát "
             "triển kinh tế - xã hội của địa phương."),
        dash("Các hoạt động bảo đảm thiết thực, đúng thời gian, phù hợp với mùa vụ sản xuất."),
        heading("II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
        body("Thực hiện Công văn số 31/PGDĐT-GDTX ngày 06/01/2025 của Phòng Giáo dục và Đào "
             "tạo huyện Thạch Phú về việc xây dựng kế hoạch hoạt động của Trung tâm học tập "
             "cộng đồng năm 2025; căn cứ kết quả khảo sát nhu cầu học tập của nhân dân, "
             "Trung tâm học tập cộng đồng xã Đại Đồng xây dựng kế hoạch hoạt động năm 2025 như sau:"),
    ]
    grid = [450, 1900, 1000, 1200, 1250, 600, 750, 1021, 900]
    trs = [head_row(grid, ["TT", "Nội dung hoạt động", "Thời gian", "Đối tượng", "Địa điểm",
                           "Số lớp", "Số học viên", "Kinh phí dự kiến (đồng)", "Ghi chú"], sz=22)]
    recs = []
    for k, (label, topic, when, period, aud, place, c, lrn, cost, note) in enumerate(rows, 1):
        trs.append(cells(grid, [str(k), label, when, aud, place, "" if c is None else ms.two(c),
                                n(lrn), n(cost), note], sz=22, left=(1, 3, 4)))
        recs.append(act("plan", period, topic, label,
                        organizer={"Tự mở": "center", "Phối hợp": "partner"}[note],
                        classes=c, participants=lrn, cost_vnd=cost, audience=aud, location=place))
    trs.append([tc(sum(grid[:5]), "Tổng cộng", b=True, sz=22, span=5)] +
               [tc(w, v, b=True, sz=22) for w, v in zip(grid[5:], [ms.two(tot[0]), n(tot[1]),
                                                                   n(tot[2]), ""])])
    recs.append(act("plan", "2025", "tong", "Tổng cộng", classes=tot[0], participants=tot[1],
                    cost_vnd=tot[2]))
    b.append(table(grid, trs, header_rows=1))
    b += [
        heading("III. TỔ CHỨC THỰC HIỆN"),
        dash("Ban Giám đốc Trung tâm phân công thành viên phụ trách từng hoạt động, phối hợp "
             "với các đoàn thể và Trạm Y tế xã mời báo cáo viên."),
        dash("Kinh phí thực hiện từ ngân sách nhà nước cấp cho Trung tâm và nguồn xã hội hóa; "
             "thanh, quyết toán theo quy định./."),
    ]
    b += closing(["- Phòng GDĐT huyện Thạch Phú;", "- UBND xã;", "- Lưu: TTHTCĐ."],
                 ["GIÁM ĐỐC", "", "Đặng Văn Hùng"])
    meta = {"doc_type": "ke_hoach", "ref": "03/KH-TTHTCĐ", "issued": "2025-01-15",
            "title": "Hoạt động của Trung tâm học tập cộng đồng năm 2025",
            "issuer": "TTHTCĐ xã Đại Đồng", "commune": "Đại Đồng", "district": "Thạch Phú",
            "province": None}
    return "plan-time-column", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 6a. Table that does not add up: a totals row 18 short, a row with Nữ > Tổng số

def sample_errors_table():
    year = "2024"
    rows = [  # label, topic, classes, participants, female
        ("Giáo dục pháp luật về phòng, chống tội phạm", "phap_luat", 4, 312, 158),
        ("Chuyển giao kỹ thuật chăn nuôi lợn an toàn sinh học", "kinh_te", 3, 186, 74),
        ("Chăm sóc sức khỏe phụ nữ và trẻ em", "suc_khoe", 2, 143, 151),  # Nữ > Tổng số
        ("Bảo vệ môi trường, trồng cây xanh", "moi_truong", 2, 168, 90),
        ("Xây dựng đời sống văn hóa ở khu dân cư", "van_hoa_xa_hoi", 3, 237, 129),
        ("Văn nghệ, thể dục thể thao mừng Đảng, mừng Xuân", "van_nghe_the_thao", 2, 410, 205),
    ]
    real = sums(rows, 2, 3, 4)
    stated = (real[0], real[1] - 18, real[2])  # only the participants total is wrong
    assert real == (16, 1456, 807) and stated == (16, 1438, 807)
    b = [gov_header(["ỦY BAN NHÂN DÂN HUYỆN VĂN LÃNG", "ỦY BAN NHÂN DÂN XÃ HỒNG VIỆT"],
                    "98/BC-UBND", "Hồng Việt, ngày 19 tháng 12 năm 2024")]
    b += opening("Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024")
    b += kinh_gui("Phòng Giáo dục và Đào tạo huyện Văn Lãng.")
    b += [
        body("Thực hiện Công văn số 1215/PGDĐT-GDTX ngày 26/11/2024 của Phòng Giáo dục và Đào "
             "tạo huyện Văn Lãng, UBND xã Hồng Việt báo cáo kết quả hoạt động của Trung tâm học "
             "tập cộng đồng năm 2024 như sau:"),
        heading("I. ĐẶC ĐIỂM TÌNH HÌNH"),
        body("Hồng Việt là xã miền núi, đời sống nhân dân còn nhiều khó khăn; Trung tâm học tập "
             "cộng đồng được cấp ủy, chính quyền quan tâm chỉ đạo, các đoàn thể phối hợp tích cực."),
        heading("II. KẾT QUẢ HOẠT ĐỘNG NĂM 2024"),
        sub("1. Kết quả tổ chức các lớp chuyên đề"),
    ]
    grid = [600, 4071, 1400, 1500, 1500]
    trs = [
        [tc(600, "TT", b=True, vmerge="restart"), tc(4071, "Tên hoạt động", b=True, vmerge="restart"),
         tc(1400, "Số lớp", b=True, vmerge="restart"),
         tc(3000, "Số lượt người tham gia", b=True, span=2)],
        [tc(600, "", vmerge="continue"), tc(4071, "", vmerge="continue"),
         tc(1400, "", vmerge="continue"), tc(1500, "Tổng số", b=True), tc(1500, "Nữ", b=True)],
    ]
    for k, (label, _t, c, p, f) in enumerate(rows, 1):
        trs.append(cells(grid, [str(k), label, n(c), n(p), n(f)], left=(1,)))
    trs.append(total_row(grid, "Tổng cộng", [n(v) for v in stated]))
    b.append(table(grid, trs, header_rows=2))
    b += [
        sub("2. Đánh giá"),
        dash("Các lớp học thu hút đông đảo người dân tham gia, nhất là chị em phụ nữ; nội dung "
             "gắn với nhiệm vụ phát triển kinh tế và xây dựng nông thôn mới."),
        heading("III. PHƯƠNG HƯỚNG NĂM 2025"),
        dash("Tiếp tục duy trì các lớp chuyên đề, chú trọng chuyển giao kỹ thuật chăn nuôi và "
             "phòng chống dịch bệnh cho đàn vật nuôi./."),
    ]
    b += closing(["- Như trên;", "- Lưu: VT."],
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Văn Lực"])
    recs = [act("actual", year, t, l, classes=c, participants=p, female=f) for l, t, c, p, f in rows]
    recs.append(act("actual", year, "tong", "Tổng cộng", classes=stated[0], participants=stated[1],
                    female=stated[2]))
    total_at = len(rows)
    recs += [check("female-exceeds-total", [2]),
             check("sum-mismatch", [total_at] + list(range(len(rows))))]
    meta = {"doc_type": "bao_cao", "ref": "98/BC-UBND", "issued": "2024-12-19",
            "title": "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024",
            "issuer": "UBND xã Hồng Việt", "commune": "Hồng Việt", "district": "Văn Lãng",
            "province": None}
    return "errors-table", ms.package(b), meta, recs


# ---------------------------------------------------------------------------
# 6b. Prose that does not add up: a breakdown, a percentage, a section total

def sample_errors_prose():
    year, month = "2024", "2024-12"
    ratio_label = "Số lớp chuyên đề đã mở"
    actual, plan = (215, 16120), (200, 15500)
    pct = lambda a, b: ("%.1f" % (100.0 * a / b)).replace(".", ",")
    stated_pct = "112,5"
    assert pct(actual[0], plan[0]) == "107,5" != stated_pct  # the wrong percentage
    assert pct(actual[1], plan[1]) == "104,0"
    topics = [  # label, topic, total, centre part, partner part ((classes, people) or None)
        ("Kinh tế, thu nhập", "kinh_te", (48, 3520), (30, 2150), (18, 1370)),
        ("Giáo dục pháp luật", "phap_luat", (52, 4210), None, None),
        ("Y tế, sức khỏe", "suc_khoe", (14, 980), (8, 560), (6, 402)),  # 560 + 402 = 962
        ("Văn hóa, xã hội", "van_hoa_xa_hoi", (41, 3105), (25, 1880), (16, 1225)),
        ("Bảo vệ môi trường", "moi_truong", (27, 2015), None, None),
        ("Các hoạt động khác", "khac", (33, 2290), None, None),
    ]
    assert sums([t[2] for t in topics], 0, 1) == actual
    month_total_label, month_total = "Số lớp đã mở", (30, 2145)
    month_items = [("Kinh tế", "kinh_te", 9, 640), ("Pháp luật", "phap_luat", 8, 585),
                   ("Sức khỏe", "suc_khoe", 6, 410), ("Văn hóa, xã hội", "van_hoa_xa_hoi", 8, 510)]
    assert sums(month_items, 2, 3) == (31, 2145)  # one class more than stated
    b = [gov_header(["ỦY BAN NHÂN DÂN", "HUYỆN BẮC KHÊ"], "428/BC-UBND",
                    "Bắc Khê, ngày 26 tháng 12 năm 2024")]
    b += opening("Tổng kết hoạt động của các Trung tâm học tập cộng đồng năm 2024")
    b += kinh_gui("Sở Giáo dục và Đào tạo tỉnh Lạng Sơn.")
    b += [
        body("Thực hiện Công văn số 2051/SGDĐT-GDTX ngày 05/12/2024 của Sở Giáo dục và Đào tạo "
             "về việc tổng kết hoạt động của Trung tâm học tập cộng đồng, UBND huyện Bắc Khê báo "
             "cáo như sau:"),
        heading("I. KẾT QUẢ THỰC HIỆN CẢ NĂM 2024"),
        sub("1. Công tác chỉ đạo"),
        dash("UBND huyện chỉ đạo Phòng Giáo dục và Đào tạo hướng dẫn các Trung tâm xây dựng kế "
             "hoạch năm, lồng ghép hoạt động với chương trình xây dựng nông thôn mới."),
        sub("2. Kết quả thực hiện chỉ tiêu"),
        dash(f"{ratio_label}: {actual[0]}/{plan[0]} lớp, đạt {stated_pct}%; "
             f"{vn(actual[1])}/{vn(plan[1])} lượt người tham gia, đạt "
             f"{pct(actual[1], plan[1])}% so với kế hoạch, cụ thể:"),
    ]
    recs = [act("actual", year, "tong", ratio_label, classes=actual[0], participants=actual[1]),
            act("plan", year, "tong", ratio_label, classes=plan[0], participants=plan[1])]
    checks_sum = []
    for k, (label, topic, tot, c, p) in enumerate(topics):
        end = "." if k == len(topics) - 1 else ";"
        line = f"+ {label}: {tot[0]} lớp, {vn(tot[1])} lượt người"
        at = len(recs)
        recs.append(act("actual", year, topic, label, classes=tot[0], participants=tot[1]))
        if c:
            line += (f", trong đó Trung tâm tổ chức {c[0]} lớp, {vn(c[1])} lượt người, Trung "
                     f"tâm phối hợp tổ chức {p[0]} lớp, {vn(p[1])} lượt người")
            recs.append(act("actual", year, topic, f"{label} — Trung tâm tổ chức",
                            organizer="center", classes=c[0], participants=c[1]))
            recs.append(act("actual", year, topic, f"{label} — Trung tâm phối hợp tổ chức",
                            organizer="partner", classes=p[0], participants=p[1]))
            if c[1] + p[1] != tot[1] or c[0] + p[0] != tot[0]:
                checks_sum.append(check("sum-mismatch", [at, at + 1, at + 2]))
        b.append(P(line + end))
    ratio_at = 0
    b += [
        heading("II. KẾT QUẢ HOẠT ĐỘNG THÁNG 12 NĂM 2024"),
        body(f"{month_total_label}: {month_total[0]} lớp, {vn(month_total[1])} lượt người tham "
             "gia, cụ thể:"),
    ]
    at = len(recs)
    recs.append(act("actual", month, "tong", month_total_label, classes=month_total[0],
                    participants=month_total[1]))
    for k, (label, topic, c, p) in enumerate(month_items):
        end = "." if k == len(month_items) - 1 else ";"
        b.append(dash(f"{label}: {c} lớp, {vn(p)} lượt người{end}"))
        recs.append(act("actual", month, topic, label, classes=c, participants=p))
    checks_sum.append(check("sum-mismatch", list(range(at, len(recs)))))
    b += [
        heading("III. ĐÁNH GIÁ CHUNG"),
        dash("Các Trung tâm cơ bản hoàn thành và vượt chỉ tiêu kế hoạch; tuy vậy công tác thống "
             "kê, tổng hợp số liệu ở một số đơn vị còn thiếu chính xác."),
        heading("IV. PHƯƠNG HƯỚNG NĂM 2025"),
        dash("Nâng cao chất lượng hoạt động, chuẩn hóa biểu mẫu thống kê của các Trung tâm./."),
    ]
    b += closing(["- Như trên;", "- TT Huyện ủy;", "- Phòng GDĐT;", "- Lưu: VT."],
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nông Thị Duyên"])
    assert len(checks_sum) == 2
    recs += checks_sum + [check("percent-mismatch", [ratio_at, ratio_at + 1])]
    meta = {"doc_type": "bao_cao", "ref": "428/BC-UBND", "issued": "2024-12-26",
            "title": "Tổng kết hoạt động của các Trung tâm học tập cộng đồng năm 2024",
            "issuer": "UBND huyện Bắc Khê", "commune": None, "district": "Bắc Khê",
            "province": "Lạng Sơn"}
    return "errors-prose", ms.package(b), meta, recs
