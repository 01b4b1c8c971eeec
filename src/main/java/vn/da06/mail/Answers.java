package vn.da06.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;
import vn.da06.submission.SubmissionResults;
import vn.da06.submission.SubmissionResults.Submission;
import vn.da06.workbook.WorkbookLayout;

/**
 * The answer to one message, in Vietnamese plain text: for each file it carried, what da06 made of it — accepted with
 * the figures read, accepted as a new version with what changed cell by cell, rejected with each reason and the error
 * workbook attached, or not imported and why (not a workbook, a sender not allowed for the unit).
 */
@Component
class Answers {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** One value of a loaded workbook, where it stands. */
    private record CellValue(String cell, String item, String field, String value) {
    }

    private final SubmissionResults results;
    private final MailStore store;
    private final JdbcClient jdbc;
    private final Da06Properties da06;
    private final ZoneId zone;

    Answers(SubmissionResults results, MailStore store, JdbcClient jdbc, Da06Properties da06) {
        this.results = results;
        this.store = store;
        this.jdbc = jdbc;
        this.da06 = da06;
        this.zone = da06.zone();
    }

    ReplyQueue.Reply answer(long messageKey, IncomingMail mail, List<MailStore.StoredAttachment> attachments) {
        StringBuilder body = new StringBuilder();
        List<String> files = new ArrayList<>();
        body.append("Kính gửi quý đơn vị,\n\n")
                .append("Hệ thống tổng hợp báo cáo Đề án 06 (da06) đã nhận thư gửi lúc ").append(time(mail.receivedAt()))
                .append(attachments.size() > 1 ? " với " + attachments.size() + " tệp đính kèm" : "").append(".\n");
        for (MailStore.StoredAttachment attachment : attachments) {
            body.append("\n");
            switch (attachment.outcome()) {
                case "not_xlsx" -> notWorkbook(body, attachment);
                case "sender_refused" -> senderRefused(body, attachment, mail.sender());
                default -> imported(body, attachment, files);
            }
        }
        body.append("\n--\nThư trả lời tự động của da06. Cần hỗ trợ, xin liên hệ Tổ công tác Đề án 06 đã giao kế hoạch.\n");
        String subject = mail.subject().isBlank() ? "Báo cáo Đề án 06" : mail.subject();
        return new ReplyQueue.Reply(messageKey, "answer", null, null, mail.sender(),
                subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject, body.toString(),
                mail.messageId().startsWith("<") ? mail.messageId() : null, mail.references(), files);
    }

    private static void notWorkbook(StringBuilder body, MailStore.StoredAttachment attachment) {
        body.append("Tệp \"").append(attachment.fileName()).append("\": KHÔNG NHẬP.\n")
                .append("Tệp này không phải bảng tính Excel .xlsx. da06 chỉ nhận mẫu báo cáo tháng (.xlsx) da06 đã phát ")
                .append("cho đơn vị, điền đủ và đính kèm nguyên tệp: không nén (.zip, .rar), không chụp ảnh, không chuyển ")
                .append("sang PDF hay Word, không lưu thành .xls. Xin gửi lại tệp .xlsx.\n");
    }

    private void senderRefused(StringBuilder body, MailStore.StoredAttachment attachment, String sender) {
        body.append("Tệp \"").append(attachment.fileName()).append("\": KHÔNG NHẬP.\n");
        if (attachment.unitCode() == null) {
            body.append("Địa chỉ ").append(sender).append(" chưa được đăng ký gửi báo cáo cho đơn vị nào, và tệp không ")
                    .append("mang dấu nhận dạng mẫu da06 của một đơn vị. ");
        } else {
            YearMonth month = attachment.month() == null ? null : YearMonth.parse(attachment.month());
            body.append("Tệp là báo cáo tháng ").append(month(month)).append(" của ")
                    .append(store.unitName(attachment.unitCode(), month)).append(" (mã ")
                    .append(attachment.unitCode()).append("), nhưng địa chỉ ").append(sender)
                    .append(" chưa được đăng ký gửi báo cáo cho đơn vị này. ");
        }
        body.append("Xin gửi từ địa chỉ thư đã đăng ký của đơn vị, hoặc đề nghị Tổ công tác Đề án 06 đăng ký địa chỉ này ")
                .append("rồi gửi lại.\n");
    }

    private void imported(StringBuilder body, MailStore.StoredAttachment attachment, List<String> files) {
        Optional<Submission> found = attachment.submissionKey() == null ? Optional.empty()
                : results.find(attachment.submissionKey());
        if (found.isEmpty()) {
            body.append("Tệp \"").append(attachment.fileName()).append("\": da06 chưa xử lý xong tệp này; kết quả sẽ ")
                    .append("được báo trong thư sau.\n");
            return;
        }
        Submission submission = found.get();
        switch (submission.status()) {
            case "accepted", "superseded" -> accepted(body, attachment, submission);
            case "duplicate" -> body.append("Tệp \"").append(attachment.fileName()).append("\": ĐÃ NHẬN TRƯỚC ĐÓ.\n")
                    .append("Nội dung giống hệt tệp da06 đã nạp trước đây; số liệu không thay đổi.\n");
            case "held" -> body.append("Tệp \"").append(attachment.fileName()).append("\": CHỜ DUYỆT.\n")
                    .append(unitLine(submission)).append("Số liệu tháng ").append(month(submission.month()))
                    .append(" đã được chốt, nên bản gửi lại này chờ cán bộ Đề án 06 duyệt; da06 sẽ nạp khi được duyệt.\n");
            default -> rejected(body, attachment, submission, files);
        }
    }

    private void accepted(StringBuilder body, MailStore.StoredAttachment attachment, Submission submission) {
        Optional<Long> previous = jdbc.sql(SqlFiles.load("query/mail/previous-version.sql"))
                .param("key", submission.key()).query(Long.class).optional();
        body.append("Tệp \"").append(attachment.fileName()).append("\": ")
                .append(previous.isPresent() ? "ĐÃ NHẬN BẢN GỬI LẠI, thay cho bản trước.\n" : "ĐÃ NHẬN VÀ NẠP.\n")
                .append(unitLine(submission))
                .append("Kỳ báo cáo: tháng ").append(month(submission.month())).append("\n")
                .append("Thời điểm nhận: ").append(time(submission.receivedAt())).append("\n");
        jdbc.sql(SqlFiles.load("query/mail/submission-due-date.sql")).param("key", submission.key())
                .query(LocalDate.class).optional().ifPresent(due -> body.append("Hạn nộp: ").append(DAY.format(due))
                        .append(" — ").append(Boolean.FALSE.equals(submission.onTime()) ? "NỘP MUỘN" : "đúng hạn").append("\n"));
        if ("superseded".equals(submission.status())) {
            body.append("Lưu ý: da06 đã có một bản gửi sau bản này cho cùng tháng; bản sau vẫn là bản được dùng.\n");
        }
        previous.ifPresent(old -> changes(body, old, submission.key()));
        figures(body, submission);
    }

    private void changes(StringBuilder body, long previousKey, long currentKey) {
        Map<String, CellValue> before = values(previousKey);
        Map<String, CellValue> after = values(currentKey);
        List<String> lines = new ArrayList<>();
        after.forEach((key, now) -> {
            CellValue then = before.get(key);
            String old = then == null ? null : then.value();
            if (!Objects.equals(old, now.value())) {
                lines.add("  " + now.cell() + " (" + now.item() + ", " + now.field() + "): " + shown(old) + " → " + shown(now.value()));
            }
        });
        before.forEach((key, then) -> {
            if (!after.containsKey(key) && then.value() != null) {
                lines.add("  " + then.cell() + " (" + then.item() + ", " + then.field() + "): " + shown(then.value()) + " → (bỏ)");
            }
        });
        if (lines.isEmpty()) {
            body.append("Không có ô nào thay đổi so với bản trước.\n");
        } else {
            body.append("Thay đổi so với bản trước (ô: cũ → mới), ").append(lines.size()).append(" ô:\n");
            lines.forEach(line -> body.append(line).append("\n"));
        }
    }

    private Map<String, CellValue> values(long submissionKey) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        jdbc.sql(SqlFiles.load("query/mail/version-values.sql")).param("key", submissionKey)
                .query((rs, n) -> values.put(rs.getString("item_key"), new CellValue(rs.getString("cell"),
                        rs.getString("item"), rs.getString("field"), display(rs.getString("field"), rs.getString("value")))))
                .list();
        return values;
    }

    private static String display(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return field.equals("Tình trạng") ? WorkbookLayout.statusLabel(value) : value;
    }

    private static String shown(String value) {
        return value == null ? "(trống)" : "\"" + value + "\"";
    }

    private void figures(StringBuilder body, Submission submission) {
        List<SubmissionResults.IndicatorRow> indicators = results.indicators(submission);
        List<SubmissionResults.TaskRow> tasks = results.tasks(submission);
        if (!indicators.isEmpty()) {
            body.append("Chỉ tiêu đã nạp:\n").append(String.format("  %-8s %12s %12s %9s%n", "Mã", "Tử số", "Mẫu số", "Tỷ lệ"));
            for (SubmissionResults.IndicatorRow row : indicators) {
                body.append(String.format("  %-8s %12s %12s %9s%n", row.code(), number(row.numerator()),
                        number(row.denominator()), percent(row.numerator(), row.denominator())));
            }
        }
        if (!tasks.isEmpty()) {
            body.append("Nhiệm vụ đã nạp:\n").append(String.format("  %-8s %-10s %-17s %8s%n", "Mã", "Vai trò", "Tình trạng", "Tiến độ"));
            for (SubmissionResults.TaskRow row : tasks) {
                body.append(String.format("  %-8s %-10s %-17s %8s%n", row.code(), row.role(), row.status(),
                        row.progressPct() == null ? "" : number(row.progressPct()) + " %"));
            }
        }
    }

    private void rejected(StringBuilder body, MailStore.StoredAttachment attachment, Submission submission,
                          List<String> files) {
        List<SubmissionResults.ErrorRow> errors = results.errors(submission);
        body.append("Tệp \"").append(attachment.fileName()).append("\": BỊ TỪ CHỐI, chưa nạp số liệu nào.\n");
        if (submission.unitCode() != null) {
            body.append(unitLine(submission));
        }
        if (submission.month() != null) {
            body.append("Kỳ báo cáo: tháng ").append(month(submission.month())).append("\n");
        }
        body.append("Lý do (").append(errors.size()).append("):\n");
        int n = 1;
        for (SubmissionResults.ErrorRow error : errors) {
            String where = error.sheet() == null ? "Cả tệp" : error.sheet() + (error.cell() == null ? "" : "!" + error.cell());
            body.append("  ").append(n++).append(". ").append(where).append(" — ").append(error.rule()).append(": ")
                    .append(error.message()).append("\n");
        }
        Optional<Path> report = results.errorReport(submission);
        report.ifPresent(path -> {
            files.add(da06.home().relativize(path).toString());
            body.append("Báo cáo lỗi đính kèm: ").append(MailFileNames.asSent(path.getFileName().toString())).append(" (các ô sai được tô màu và ghi chú).\n");
        });
        body.append("Xin sửa đúng các ô nêu trên trong chính tệp đã gửi rồi gửi lại.\n");
    }

    private String unitLine(Submission submission) {
        return "Đơn vị: " + submission.unitName() + " (mã " + submission.unitCode() + ")\n";
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private static String month(YearMonth month) {
        return month == null ? "" : String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value.stripTrailingZeros());
    }

    private static String percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return "—";
        }
        return number(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP)) + " %";
    }
}
