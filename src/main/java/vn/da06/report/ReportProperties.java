package vn.da06.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a report prints besides the warehouse's figures ({@code da06.report.*}; defaults in {@code application.yml},
 * each overridable by an environment variable such as {@code DA06_REPORT_SIGNER_NAME}).
 *
 * @param documentNumber the number in "Số: …/BC-UBND"; blank leaves room for the clerk to write it
 * @param date           the report date printed in the date line; null means the day the report is made
 * @param signer         who signs
 * @param filedWith      the last "Nơi nhận" line after "Lưu: ", e.g. "VT, CAH" (the recipients come from the plan)
 * @param lessons        "Bài học kinh nghiệm" of the reviews: paragraphs the drafter rewrites before signing
 * @param proposals      the district's own proposals to the province in "Đề xuất, kiến nghị" of the reviews, for
 *                       the drafter to complete (units' requests are summed up from their workbooks)
 * @param rollUpAbove    how many reporting units a plan may have before the reviews' appendices roll up: a row per
 *                       group of units and only the units that need attention (late, not reported, below target)
 * @param unitsListed    how many units needing attention a rolled-up report's table names (per target, per list)
 *                       before it counts the others, whose figures are in the XLSX data sheets
 */
@ConfigurationProperties("da06.report")
public record ReportProperties(String documentNumber, LocalDate date, Signer signer, String filedWith,
                               List<String> lessons, List<String> proposals, int rollUpAbove,
                               int unitsListed) {

    public ReportProperties {
        documentNumber = documentNumber.strip();
        filedWith = filedWith.strip();
        lessons = List.copyOf(lessons);
        proposals = List.copyOf(proposals);
    }

    /**
     * @param authority lines above the title, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
     * @param title     the signer's title, e.g. "PHÓ CHỦ TỊCH"
     * @param name      the signer's full name
     */
    public record Signer(List<String> authority, String title, String name) {

        public Signer {
            authority = List.copyOf(authority);
            title = title.strip();
            name = name.strip();
        }
    }
}
