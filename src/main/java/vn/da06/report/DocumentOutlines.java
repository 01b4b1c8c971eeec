package vn.da06.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The structure of each report, section by section, as a district's sơ kết / tổng kết and monthly report are
 * written: Căn cứ; I. Công tác chỉ đạo, điều hành; II. Kết quả thực hiện; III. Đánh giá chung; IV. Phương hướng,
 * nhiệm vụ; V. Đề xuất, kiến nghị; then the appendices. Every figure and every sentence with a figure is read from
 * a query row ({@link ReportData}); the few sentences assembled here word figures of those same rows.
 */
final class DocumentOutlines {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** What the outlines print besides the queries' rows. */
    record Context(ReportKind kind, ReportPeriod period, String planName, String decision, List<String> grounds,
                   List<String> lessons, List<String> proposals, String documentNumber, Area area, boolean rollUp) {
    }

    private DocumentOutlines() {
    }

    // ------------------------------------------------------------------ half-year review and year-end summary

    static Outline review(ReportData data, Context c) {
        Outline o = new Outline();
        opening(o, data, c);
        boolean annual = c.kind() == ReportKind.ANNUAL;

        o.heading("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
        o.para(data.total("directives", "sentence"));
        if (!data.where("directives", "row_kind", "Chủ trì").isEmpty()) {
            directives(o, data, "Chủ trì", "unlisted_lead", c.rollUp());
        }

        o.heading("II. KẾT QUẢ THỰC HIỆN");
        o.heading("1. Kết quả thực hiện các chỉ tiêu");
        indicators(o, data, c);
        o.note("Kết quả của từng đơn vị đối với từng chỉ tiêu tại Phụ lục 02.");
        o.heading("2. Kết quả thực hiện các nhiệm vụ");
        o.para(data.total("task-groups", "sentence") + " Tình trạng theo nhóm nhiệm vụ:");
        o.table("task-groups", "task-groups");
        models(o, data);
        o.note("Tình trạng từng nhiệm vụ, kể cả phần việc của các đơn vị phối hợp, tại Phụ lục 01.");
        o.heading("3. Tình hình báo cáo của các đơn vị");
        o.para(data.total("unit-reporting", "sentence"));
        if (c.rollUp()) {
            o.para("Theo nhóm đơn vị:");
            o.table("unit-reporting", "unit-reporting", "in_summary", true);
        }
        if (annual) {
            o.para(rankingSentence(data, c.area(), c.rollUp()));
        }
        o.note("Chi tiết từng đơn vị" + (annual ? " và bảng xếp hạng" : "") + " tại Phụ lục 03.");

        o.heading("III. ĐÁNH GIÁ CHUNG");
        o.heading("1. Ưu điểm");
        o.lines(strengths(data, c));
        o.heading("2. Tồn tại, hạn chế");
        o.lines(weaknesses(data, c));
        if (data.has("overdue-tasks")) {
            o.para("Các nhiệm vụ quá hạn và đơn vị chủ trì chưa hoàn thành:");
            o.table("task-list", "overdue-tasks");
        }
        o.heading("3. Nguyên nhân");
        o.para("a) Nguyên nhân khách quan (tổng hợp khó khăn, vướng mắc các đơn vị nêu, theo nhóm vấn đề):");
        List<String> objective = data.column("difficulty-themes", "line", "cause", "objective");
        o.lines(objective.isEmpty() ? List.of("- Các đơn vị không nêu khó khăn khách quan trong kỳ.") : objective);
        o.para("b) Nguyên nhân chủ quan:");
        o.lines(subjectiveCauses(data));
        o.note("Toàn văn khó khăn, vướng mắc và đề xuất của các đơn vị tại Phụ lục 05.");
        o.heading("4. Bài học kinh nghiệm");
        c.lessons().forEach(o::drafter);

        o.heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " + c.period().nextLabel().toUpperCase(VIETNAMESE));
        o.heading("1. Nhiệm vụ trọng tâm");
        int due = data.table("tasks-due-next").size();
        o.para(due == 0 ? "Kế hoạch không còn nhiệm vụ có thời hạn trong " + c.period().nextLabel()
                + "; tiếp tục thực hiện các nhiệm vụ thường xuyên."
                : "Tập trung chỉ đạo hoàn thành " + due + " nhiệm vụ đến hạn trong " + c.period().nextLabel()
                + " và tiếp tục thực hiện các nhiệm vụ thường xuyên:");
        if (due > 0) {
            o.table("task-list", "tasks-due-next");
        }
        List<String> overdue = data.column("overdue-tasks", "number");
        if (!overdue.isEmpty()) {
            o.para("Chỉ đạo các đơn vị chủ trì khẩn trương hoàn thành " + overdue.size() + " nhiệm vụ quá hạn chuyển sang ("
                    + "nhiệm vụ số " + String.join(", ", overdue) + ", nêu tại mục III.2).");
        }
        int next = 2;
        if (annual) {
            List<String> open = data.where("indicators", "row_kind", "Chỉ tiêu").stream()
                    .filter(r -> Boolean.FALSE.equals(r.get("achieved")))
                    .map(r -> "- " + r.get("name") + ": " + (r.get("ratio_pct") == null ? r.get("ratio_text")
                            : "đạt " + r.get("ratio_text") + "%, còn thiếu " + ReportText.decimal(((BigDecimal) r.get("target_pct"))
                            .subtract((BigDecimal) r.get("ratio_pct"))) + " điểm % so với mục tiêu "
                            + ReportText.decimal((BigDecimal) r.get("target_pct")) + "%") + ".").toList();
            if (!open.isEmpty()) {
                o.heading(next++ + ". Các chỉ tiêu chưa đạt tiếp tục thực hiện trong " + c.period().nextLabel());
                o.lines(open);
            }
        }
        if (c.kind() == ReportKind.HALF_YEAR) {
            o.heading(next++ + ". Dự báo khả năng hoàn thành các chỉ tiêu đến cuối năm");
            o.para(forecastSentence(data));
            o.table("forecast", "forecast");
            o.note("Cách dự báo: tỷ lệ toàn " + c.area().ground() + " của từng tháng trong kỳ được nối bằng một đường thẳng theo phương pháp "
                    + "bình phương nhỏ nhất; giá trị của đường thẳng ở tháng 12 (giới hạn trong 0–100%) là tỷ lệ dự báo. "
                    + "Chỉ tiêu có khả năng đạt khi tỷ lệ dự báo đạt mục tiêu; cần ít nhất 3 tháng có số liệu.");
        }
        o.heading(next + ". Giải quyết kiến nghị của các đơn vị đối với " + c.area().ground());
        List<String> requests = data.column("proposal-themes", "line", "addressee", "district");
        o.para(requests.isEmpty() ? "Các đơn vị không có kiến nghị đối với " + c.area().ground() + " trong kỳ."
                : "Các " + c.area().offices() + ", UBND các " + c.area().communes() + " kiến nghị " + c.area().ground()
                + " xem xét, giải quyết (theo nhóm nội dung):");
        o.lines(requests);

        o.heading("V. ĐỀ XUẤT, KIẾN NGHỊ");
        List<String> toProvince = data.column("proposal-themes", "line", "addressee", "province");
        o.para(toProvince.isEmpty() ? "Trong kỳ, các đơn vị không nêu kiến nghị thuộc thẩm quyền của " + c.area().above() + "."
                : "Tổng hợp kiến nghị của các đơn vị thuộc thẩm quyền của " + c.area().above() + ":");
        o.lines(toProvince);
        c.proposals().forEach(o::drafter);

        o.signature("Trên đây là báo cáo " + (annual ? "tổng kết " : "sơ kết ") + c.period().label()
                + " thực hiện Đề án 06 trên địa bàn " + c.area().ground() + " của " + c.area().council() + "./.");
        return o;
    }

    static Outline appendix(ReportData data, Context c) {
        Outline o = new Outline();
        String attached = "(Kèm theo Báo cáo " + c.documentNumber().replace("Số: ", "số ") + " của " + c.area().council() + ")";
        String until = "ĐẾN HẾT " + c.period().label().toUpperCase(VIETNAMESE);
        appendixTitle(o, "01", "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ " + until, attached, false);
        o.table("task-table", "tasks");
        appendixTitle(o, "02", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO TỪNG ĐƠN VỊ " + until, attached, true);
        if (c.rollUp()) {
            o.note(ROLL_UP_NOTE + " Dưới đây chỉ liệt kê đơn vị chưa đạt mục tiêu hoặc chưa có số liệu của từng chỉ tiêu.");
            o.table("indicator-units", "indicator-units", "listed", true);
        } else {
            o.table("indicator-units", "indicator-units");
        }
        appendixTitle(o, "03", "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ " + until, attached, true);
        if (c.rollUp()) {
            o.note(ROLL_UP_NOTE + " Dưới đây là số liệu theo nhóm đơn vị, rồi các đơn vị có báo cáo trễ hạn, chưa báo cáo "
                    + "hoặc bị trả lại.");
            o.table("unit-reporting", "unit-reporting", "in_rollup", true);
            o.note(unlistedUnits(data.where("unit-reporting", "row_kind", "Tổng").get(0),
                    "có báo cáo trễ hạn, chưa báo cáo hoặc bị trả lại"));
        } else {
            o.table("unit-reporting", "unit-reporting", "in_full", true);
        }
        if (c.kind() == ReportKind.ANNUAL) {
            ranking(o, data, "Phòng, ban, ngành", "Xếp hạng các " + c.area().offices(), c.rollUp());
            ranking(o, data, "Xã, thị trấn", "Xếp hạng UBND các " + c.area().communes(), c.rollUp());
            o.note(rankingFormula(c.area()));
        }
        appendixTitle(o, "04", "VĂN BẢN CÁC ĐƠN VỊ ĐÃ BAN HÀNH " + until, attached, true);
        directives(o, data, "Chủ trì", "unlisted_lead", c.rollUp());
        directives(o, data, "Phối hợp", "unlisted_cooperating", c.rollUp());
        appendixTitle(o, "05", "KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ " + until, attached, true);
        o.heading("1. Khó khăn, vướng mắc");
        if (data.has("difficulties")) {
            o.table("quotes", "difficulties");
        } else {
            o.para("Các đơn vị không nêu khó khăn, vướng mắc.");
        }
        o.heading("2. Đề xuất, kiến nghị");
        if (data.has("proposals")) {
            o.table("quotes", "proposals");
        } else {
            o.para("Các đơn vị không có đề xuất, kiến nghị.");
        }
        String number = "06";
        if (data.has("rejected-submissions")) {
            appendixTitle(o, number, "BÁO CÁO CỦA ĐƠN VỊ BỊ TRẢ LẠI DO KHÔNG HỢP LỆ", attached, true);
            rejected(o, data, c.rollUp());
            number = "07";
        }
        if (c.kind() == ReportKind.ANNUAL) {
            appendixTitle(o, number, "DIỄN BIẾN CÁC CHỈ TIÊU THEO THÁNG (TỶ LỆ TOÀN "
                    + c.area().ground().toUpperCase(VIETNAMESE) + " SO VỚI MỤC TIÊU)", attached, true);
            o.table("indicator-trends", "indicators", "row_kind", "Chỉ tiêu");
        }
        return o;
    }

    /** What a rolled-up appendix leaves out, and where it is. */
    static final String ROLL_UP_NOTE = "Kế hoạch có nhiều đơn vị thực hiện; số liệu của từng đơn vị có đầy đủ trong các "
            + "trang “Dữ liệu chỉ tiêu”, “Dữ liệu nhiệm vụ”, “Dữ liệu báo cáo” của bản XLSX kèm theo.";

    /**
     * A list's ranking: every unit, or in a rolled-up report only its first and last units (the list can hold
     * thousands of communes).
     */
    private static void ranking(Outline o, ReportData data, String list, String title, boolean rollUp) {
        List<Map<String, Object>> units = data.where("unit-ranking", "row_kind", list);
        if (!rollUp || units.isEmpty() || data.where("unit-ranking", "rolled_up", list + ": cuối bảng").isEmpty()) {
            o.title(title);
            o.table("unit-ranking", "unit-ranking", "row_kind", list);
            return;
        }
        int head = data.where("unit-ranking", "rolled_up", list + ": đầu bảng").size();
        int tail = data.where("unit-ranking", "rolled_up", list + ": cuối bảng").size();
        o.title(title + " — " + head + " đơn vị dẫn đầu");
        o.table("unit-ranking", "unit-ranking", "rolled_up", list + ": đầu bảng");
        o.title(title + " — " + tail + " đơn vị cuối bảng");
        o.table("unit-ranking", "unit-ranking", "rolled_up", list + ": cuối bảng");
        o.note("Khối có " + ReportText.count(units.get(0).get("group_units")) + " đơn vị; bảng nêu " + head + " đơn vị dẫn đầu và " + tail
                + " đơn vị cuối bảng. Số liệu từng đơn vị để tính điểm có trong các trang dữ liệu của bản XLSX kèm theo.");
    }

    /** The documents units in one role issued: all, or in a rolled-up report the first ones and how many more. */
    private static void directives(Outline o, ReportData data, String role, String unlisted, boolean rollUp) {
        o.table("directives", "directives", "row_kind", role);
        if (!rollUp) {
            return;
        }
        int more = (Integer) data.where("directives", "row_kind", "Tổng").get(0).get(unlisted);
        if (more > 0) {
            o.note("Còn " + ReportText.count(more) + " văn bản khác của các đơn vị " + role.toLowerCase(VIETNAMESE) + ", ghi trong báo cáo tháng "
                    + "của từng đơn vị (tệp của từng báo cáo tại trang “Dữ liệu báo cáo” của bản XLSX kèm theo).");
        }
    }

    /** Rejected workbooks: all, or in a rolled-up report the first ones and how many more. */
    private static void rejected(Outline o, ReportData data, boolean rollUp) {
        if (!rollUp) {
            o.table("rejected-submissions", "rejected-submissions");
            return;
        }
        o.table("rejected-submissions", "rejected-submissions", "listed", true);
        int more = (Integer) data.table("rejected-submissions").get(0).get("unlisted");
        if (more > 0) {
            o.note("Còn " + ReportText.count(more) + " bản báo cáo bị trả lại khác; số bản bị trả lại của từng đơn vị, từng tháng tại trang "
                    + "“Dữ liệu báo cáo” của bản XLSX kèm theo.");
        }
    }

    /** "Còn N đơn vị khác …" under a rolled-up table whose total row counts the units it leaves out. */
    private static String unlistedUnits(Map<String, Object> row, String needing) {
        int unlisted = (Integer) row.get("unlisted");
        return unlisted == 0 ? null : "Còn " + ReportText.count(unlisted) + " đơn vị khác " + needing
                + "; tình hình báo cáo từng tháng của từng đơn vị tại trang “Dữ liệu báo cáo” của bản XLSX kèm theo.";
    }

    static String rankingFormula(Area area) {
        return "Cách tính điểm: điểm của mỗi đơn vị = trung bình cộng các tỷ lệ áp dụng cho "
            + "đơn vị, gồm (1) nhiệm vụ chủ trì đã đến hạn được hoàn thành đúng hạn / nhiệm vụ chủ trì đã đến hạn; (2) số "
            + "tháng gửi báo cáo đúng hạn / số tháng phải báo cáo; (3) số chỉ tiêu đơn vị báo cáo đạt mục tiêu (trên số liệu "
            + "của chính đơn vị) / số chỉ tiêu được giao báo cáo (không có số liệu tính là chưa đạt). Tỷ lệ không áp dụng "
            + "không đưa vào trung bình. Các tỷ lệ và điểm tính từ số chưa làm tròn, chỉ làm tròn một lần khi in (2 chữ số "
            + "thập phân); đơn vị bằng điểm cùng hạng. Các " + area.offices() + " và các " + area.communes() + " xếp hạng riêng.";
    }

    // ------------------------------------------------------------------ monthly report

    static Outline monthly(ReportData data, Context c) {
        Outline o = new Outline();
        o.para(c.area().council() + " báo cáo kết quả thực hiện Đề án 06 " + c.period().label() + " như sau:");
        cutOff(o, data, c);
        o.heading("I. KẾT QUẢ THỰC HIỆN");
        o.heading("1. Kết quả thực hiện các chỉ tiêu");
        indicators(o, data, c);
        o.heading("2. Kết quả thực hiện các nhiệm vụ");
        o.para(data.total("task-groups", "sentence") + " Tình trạng theo nhóm nhiệm vụ:");
        o.table("task-groups", "task-groups");
        if (data.has("task-changes")) {
            o.para("Nhiệm vụ thay đổi tình trạng trong tháng:");
            o.table("task-changes", "task-changes");
        } else {
            o.para("Không có nhiệm vụ thay đổi tình trạng trong tháng.");
        }
        data.column("monthly-tasks", "sentence").forEach(o::para);
        o.heading("3. Tình hình báo cáo của các đơn vị");
        o.para(data.total("unit-reporting", "sentence"));
        if (c.rollUp()) {
            o.para("Theo nhóm đơn vị:");
            o.table("unit-reporting", "unit-reporting", "in_summary", true);
            List<Map<String, Object>> listed = data.where("unit-submissions", "listed", true);
            if (!listed.isEmpty()) {
                o.para("Các đơn vị chưa báo cáo, báo cáo trễ hạn hoặc có báo cáo bị trả lại:");
                o.table("unit-submissions", "unit-submissions", "listed", true);
                o.note(unlistedUnits(listed.get(0), "chưa báo cáo, báo cáo trễ hạn hoặc có báo cáo bị trả lại"));
            }
        } else {
            o.table("unit-submissions", "unit-submissions");
        }
        if (data.has("rejected-submissions")) {
            o.para("Báo cáo bị trả lại do không hợp lệ:");
            rejected(o, data, c.rollUp());
        }
        o.heading("II. NHIỆM VỤ QUÁ HẠN, NHIỆM VỤ ĐẾN HẠN");
        o.heading("1. Nhiệm vụ quá hạn");
        if (data.has("overdue-tasks")) {
            o.para("Có " + data.table("overdue-tasks").size() + " nhiệm vụ quá hạn chưa hoàn thành; đề nghị các đơn vị "
                    + "chủ trì chưa hoàn thành khẩn trương thực hiện:");
            o.table("task-list", "overdue-tasks");
        } else {
            o.para("Không có nhiệm vụ quá hạn.");
        }
        o.heading("2. Nhiệm vụ đến hạn trong " + c.period().nextLabel());
        if (data.has("tasks-due-next")) {
            o.table("task-list", "tasks-due-next");
        } else {
            o.para("Không có nhiệm vụ có thời hạn trong " + c.period().nextLabel() + ".");
        }
        o.heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ");
        o.heading("1. Khó khăn, vướng mắc");
        if (data.has("difficulties")) {
            o.table("quotes", "difficulties");
        } else {
            o.para("Các đơn vị không nêu khó khăn, vướng mắc trong tháng.");
        }
        o.heading("2. Đề xuất, kiến nghị");
        if (data.has("proposals")) {
            o.table("quotes", "proposals");
        } else {
            o.para("Các đơn vị không có đề xuất, kiến nghị trong tháng.");
        }
        o.signature("Trên đây là báo cáo kết quả thực hiện Đề án 06 " + c.period().label()
                + " trên địa bàn " + c.area().ground() + " của " + c.area().council() + "./.");
        return o;
    }

    // ------------------------------------------------------------------ parts

    private static void opening(Outline o, ReportData data, Context c) {
        List<String> grounds = new ArrayList<>(c.grounds());
        grounds.add(c.planName() + " ban hành kèm theo "
                + (c.decision() == null ? "Quyết định của Chủ tịch " + c.area().council() : c.decision()));
        grounds.forEach(g -> o.para("Căn cứ " + g + ";"));
        o.para(c.area().council() + " báo cáo " + (c.kind() == ReportKind.ANNUAL ? "tổng kết " : "sơ kết ")
                + c.period().label() + " thực hiện Đề án 06 trên địa bàn " + c.area().ground() + " như sau:");
        cutOff(o, data, c);
    }

    /** "Số liệu tính đến ngày …", and the units that have not reported the period's last month yet. */
    private static void cutOff(Outline o, ReportData data, Context c) {
        o.note("Số liệu tính đến ngày " + data.fact("data_until") + ", tổng hợp từ " + ReportText.count(data.count("accepted_submissions"))
                + " báo cáo tháng của các đơn vị đã được tiếp nhận.");
        int missing = data.count("units_not_reported");
        if (missing > 0) {
            o.note("Còn " + ReportText.count(missing) + "/" + ReportText.count(data.count("units_expected")) + " đơn vị chưa gửi báo cáo tháng "
                    + ReportPeriod.monthLabel(c.period().last()) + " (hạn gửi ngày " + data.fact("due_text") + "): "
                    + data.fact("units_not_reported_names") + "; số liệu của các đơn vị này chưa có trong báo cáo.");
        }
    }

    private static void indicators(Outline o, ReportData data, Context c) {
        o.para(data.total("indicators", "sentence"));
        o.note("Cách tính: tỷ lệ toàn " + c.area().ground() + " = tổng tử số của các đơn vị / tổng mẫu số (không lấy trung bình các tỷ lệ); "
                + "chỉ tiêu “số cuối kỳ” lấy số liệu tháng gần nhất trong kỳ của mỗi đơn vị, chỉ tiêu “cộng dồn” cộng các "
                + "tháng trong kỳ; chỉ tiêu mà số liệu các đơn vị không cộng được với nhau (mỗi xã có danh mục thủ tục riêng) "
                + "chỉ đếm số đơn vị đạt mục tiêu. Cột “Thay đổi” so với " + c.period().previousLabel()
                + ", tính bằng điểm phần trăm: “chung” so sánh số liệu toàn " + c.area().ground() + " của hai kỳ, “cùng đơn vị” chỉ so sánh các "
                + "đơn vị có số liệu ở cả hai kỳ. Dấu * ở cột “Đơn vị có số liệu”: số đơn vị có số liệu khác kỳ trước (ghi "
                + "chú dưới bảng).");
        o.table("indicators", "indicators");
        List<String> notes = data.column("indicators", "note");
        if (!notes.isEmpty()) {
            o.note("Ghi chú (*):");
            notes.forEach(o::note);
        }
        if (data.has("merger-comparison")) {
            o.para(data.total("merger-comparison", "sentence"));
            o.table("merger-comparison", "merger-comparison", "row_kind", "Đơn vị");
        }
    }

    /** The province's 42 models (task 2 of the plan), as their task row and its cooperating units stand. */
    private static void models(Outline o, ReportData data) {
        for (Map<String, Object> task : data.table("tasks")) {
            String content = (String) task.get("content");
            if (content != null && content.contains("42 mô hình")) {
                Object number = task.get("number");
                String text = (String) task.get("cooperation_text");
                String cooperation = text == null || text.isBlank() ? "" : "; đơn vị phối hợp: " + text;
                o.para("Về triển khai 42 mô hình Đề án 06 của tỉnh (nhiệm vụ " + number + "): tình trạng “"
                        + task.get("status_label") + "”" + cooperation + ".");
            }
        }
    }

    private static String rankingSentence(ReportData data, Area area, boolean rollUp) {
        String offices = leader(data, "Phòng, ban, ngành", rollUp);
        String communes = leader(data, "Xã, thị trấn", rollUp);
        return "Xếp hạng các đơn vị theo mức độ hoàn thành nhiệm vụ, chế độ báo cáo và chỉ tiêu (Phụ lục 03): dẫn đầu khối "
                + area.offices() + " là " + offices + "; dẫn đầu khối " + area.communes() + " là " + communes + ".";
    }

    /** The units ranked first; a rolled-up report names {@link #LEADERS_NAMED} of them (hundreds of communes may tie). */
    private static String leader(ReportData data, String group, boolean rollUp) {
        List<Map<String, Object>> rows = data.where("unit-ranking", "row_kind", group);
        List<String> first = rows.stream().filter(r -> Integer.valueOf(1).equals(r.get("rank")))
                .map(r -> r.get("name") + " (" + ReportText.decimal((BigDecimal) r.get("score")) + " điểm)").toList();
        if (first.isEmpty()) {
            return "chưa xếp hạng được";
        }
        if (!rollUp || first.size() <= LEADERS_NAMED) {
            return String.join(", ", first);
        }
        return String.join(", ", first.subList(0, LEADERS_NAMED)) + " và " + (first.size() - LEADERS_NAMED)
                + " đơn vị khác cùng điểm";
    }

    private static final int LEADERS_NAMED = 3;

    private static String forecastSentence(ReportData data) {
        Map<String, Long> outlook = data.table("forecast").stream()
                .collect(Collectors.groupingBy(r -> (String) r.get("outlook"), Collectors.counting()));
        return "Theo xu hướng 6 tháng đầu năm, " + outlook.getOrDefault("Có khả năng đạt", 0L) + " chỉ tiêu có khả năng đạt, "
                + outlook.getOrDefault("Có nguy cơ không đạt", 0L) + " chỉ tiêu có nguy cơ không đạt mục tiêu vào cuối năm:";
    }

    /** Strengths, from the same rows the tables print. */
    private static List<String> strengths(ReportData data, Context c) {
        List<String> lines = new ArrayList<>();
        Map<String, Object> tasks = data.where("task-groups", "row_kind", "Tổng").get(0);
        int done = (Integer) tasks.get("done_on_time") + (Integer) tasks.get("done_late");
        if (done > 0) {
            lines.add("- Đã hoàn thành " + done + "/" + tasks.get("total") + " nhiệm vụ của Kế hoạch (" + tasks.get("done_on_time")
                    + " nhiệm vụ hoàn thành đúng hạn); " + tasks.get("ongoing")
                    + " nhiệm vụ thường xuyên được các đơn vị triển khai liên tục.");
        }
        List<Map<String, Object>> indicators = data.where("indicators", "row_kind", "Chỉ tiêu");
        List<String> rising = indicators.stream()
                .filter(r -> r.get("like_change_pct") != null && ((BigDecimal) r.get("like_change_pct")).signum() > 0)
                .map(r -> (String) r.get("name")).toList();
        if (!rising.isEmpty()) {
            lines.add("- " + rising.size() + "/" + indicators.size() + " chỉ tiêu có tỷ lệ tăng so với " + c.period().previousLabel()
                    + " (so sánh trên cùng các đơn vị có số liệu ở cả hai kỳ).");
        }
        List<String> achieved = indicators.stream().filter(r -> Boolean.TRUE.equals(r.get("achieved")))
                .map(r -> lowerFirst((String) r.get("name"))).toList();
        if (!achieved.isEmpty()) {
            lines.add("- Đạt mục tiêu " + achieved.size() + " chỉ tiêu: " + String.join("; ", achieved) + ".");
        }
        int documents = data.has("directives") ? (Integer) data.where("directives", "row_kind", "Tổng").get(0).get("documents") : 0;
        if (documents > 0) {
            lines.add("- Công tác chỉ đạo, điều hành được quan tâm: các đơn vị đã ban hành "
                    + ReportText.count(documents) + " văn bản chỉ đạo, điều hành triển khai Kế hoạch (mục I).");
        }
        Map<String, Object> reporting = data.where("unit-reporting", "row_kind", "Tổng").get(0);
        lines.add("- Chế độ báo cáo hằng tháng được duy trì: " + ReportText.count(reporting.get("on_time")) + "/"
                + ReportText.count(reporting.get("months_due"))
                + " lượt báo cáo đã đến hạn được gửi đúng hạn.");
        return lines;
    }

    /** Shortcomings, from the same rows the tables print. */
    private static List<String> weaknesses(ReportData data, Context c) {
        List<String> lines = new ArrayList<>();
        int overdue = data.table("overdue-tasks").size();
        if (overdue > 0) {
            lines.add("- Còn " + overdue + " nhiệm vụ quá hạn chưa hoàn thành (bảng dưới đây).");
        }
        List<Map<String, Object>> indicators = data.where("indicators", "row_kind", "Chỉ tiêu");
        List<Map<String, Object>> below = indicators.stream().filter(r -> Boolean.FALSE.equals(r.get("achieved"))).toList();
        if (!below.isEmpty()) {
            List<String> furthest = below.stream().filter(r -> r.get("ratio_pct") != null)
                    .sorted(java.util.Comparator.comparing(r -> ((BigDecimal) r.get("ratio_pct")).subtract((BigDecimal) r.get("target_pct"))))
                    .limit(3).map(r -> lowerFirst((String) r.get("name")) + " (" + r.get("ratio_text") + "%, mục tiêu "
                            + ReportText.decimal((BigDecimal) r.get("target_pct")) + "%)").toList();
            lines.add("- " + below.size() + "/" + indicators.size() + " chỉ tiêu chưa đạt mục tiêu (mục II.1)"
                    + (furthest.isEmpty() ? "." : "; xa mục tiêu nhất: " + String.join("; ", furthest) + "."));
        }
        List<String> falling = indicators.stream()
                .filter(r -> r.get("like_change_pct") != null && ((BigDecimal) r.get("like_change_pct")).signum() < 0)
                .map(r -> lowerFirst((String) r.get("name"))).toList();
        if (!falling.isEmpty()) {
            lines.add("- " + falling.size() + " chỉ tiêu giảm so với " + c.period().previousLabel() + " (cùng đơn vị): "
                    + String.join("; ", falling) + ".");
        }
        Map<String, Object> reporting = data.where("unit-reporting", "row_kind", "Tổng").get(0);
        int late = (Integer) reporting.get("late");
        int missing = (Integer) reporting.get("missing");
        int rejected = (Integer) reporting.get("rejected");
        if (late + missing + rejected > 0) {
            lines.add("- Chế độ báo cáo chưa nghiêm: " + ReportText.count(late) + " lượt báo cáo trễ hạn, " + ReportText.count(missing)
                    + " lượt chưa báo cáo, " + ReportText.count(rejected) + " bản báo cáo bị trả lại do không hợp lệ.");
        }
        if (lines.isEmpty()) {
            lines.add("- Không có nhiệm vụ quá hạn, chỉ tiêu chưa đạt hay đơn vị chậm báo cáo trong kỳ.");
        }
        return lines;
    }

    private static List<String> subjectiveCauses(ReportData data) {
        List<String> lines = new ArrayList<>();
        int overdue = data.table("overdue-tasks").size();
        if (overdue > 0) {
            lines.add("- Một số đơn vị chủ trì chưa quyết liệt, để " + overdue + " nhiệm vụ quá hạn.");
        }
        Map<String, Object> reporting = data.where("unit-reporting", "row_kind", "Tổng").get(0);
        int late = (Integer) reporting.get("late");
        int missing = (Integer) reporting.get("missing");
        if (late + missing > 0) {
            lines.add("- Một số đơn vị chưa thực hiện nghiêm chế độ báo cáo: " + ReportText.count(late) + " lượt trễ hạn, "
                    + ReportText.count(missing) + " lượt chưa báo cáo.");
        }
        lines.addAll(data.column("difficulty-themes", "line", "cause", "subjective"));
        if (lines.isEmpty()) {
            lines.add("- Không có nguyên nhân chủ quan nổi bật trong kỳ.");
        }
        return lines;
    }

    private static void appendixTitle(Outline o, String number, String title, String attached, boolean newPage) {
        if (newPage) {
            o.pageBreak();
        }
        o.title("Phụ lục " + number);
        o.title(title);
        o.subtitle(attached);
    }

    private static String lowerFirst(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }
}
