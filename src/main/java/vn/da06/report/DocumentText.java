package vn.da06.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed lines of an administrative document, written as Nghị định 30/2020/NĐ-CP (Phụ lục I) prescribes. */
final class DocumentText {

    /** Where the name of the administrative unit starts in an issuing body such as "ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC". */
    private static final Pattern UNIT_LEVEL = Pattern.compile(
            "\\s(HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN|TỈNH|XÃ|PHƯỜNG|THỊ TRẤN)\\s");

    private DocumentText() {
    }

    /** The issuing body in capitals on two lines: the body, then the administrative unit it belongs to. */
    static List<String> issuingBodyLines(String issuingBody) {
        String upper = issuingBody.trim().toUpperCase(Locale.forLanguageTag("vi"));
        Matcher m = UNIT_LEVEL.matcher(upper);
        return m.find() ? List.of(upper.substring(0, m.start()), upper.substring(m.start() + 1)) : List.of(upper);
    }

    /** "Số: 05/BC-UBND"; numbers under 10 get a leading zero, a blank number leaves room to write it by hand. */
    static String documentNumber(String number) {
        String n = number.matches("\\d") ? "0" + number : number;
        return "Số: " + (n.isBlank() ? "       " : n) + "/BC-UBND";
    }

    /** "Tuy Phước, ngày 05 tháng 7 năm 2024": days under 10 and months 1 and 2 get a leading zero. */
    static String placeAndDate(String place, LocalDate date) {
        String month = date.getMonthValue() <= 2 ? "%02d".formatted(date.getMonthValue()) : Integer.toString(date.getMonthValue());
        return place + ", ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), month, date.getYear());
    }

    /** A date as documents write it: 05/07/2024. */
    static String day(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "- Công an tỉnh;" ... "- Lưu: VT, CAH." */
    static String recipients(List<String> recipients, String filedWith) {
        StringBuilder text = new StringBuilder();
        recipients.forEach(r -> text.append("- ").append(r.trim()).append(";\n"));
        return text.append("- Lưu: ").append(filedWith).append('.').toString();
    }
}
