package vn.da06.mail;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.da06.base.Da06Properties;
import vn.da06.base.SqlFiles;
import vn.da06.template.TemplateGenerator;

/**
 * Reminders to units that have not sent a month's workbook: on the reminder day (default the 10th of the next
 * month) a reminder with the unit's pre-filled template attached; on the overdue day (default the 13th) a "quá hạn"
 * notice to each unit still missing, and the list to staff. Each is queued once per unit, month and address: run
 * again, nothing is sent twice.
 */
@Service
public class MailReminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A unit that has not sent the month's workbook, and the addresses it may send from (where reminders go). */
    public record MissingUnit(String code, String name, LocalDate dueDate, String planCode, List<String> addresses) {
    }

    /** What a run did: the units missing, the mails queued now, and what the mail server took. */
    public record Result(YearMonth month, boolean overdue, List<MissingUnit> missing, int queued, int sent, int waiting,
                         boolean dryRun) {

        public void print(PrintWriter out) {
            String what = overdue ? "Thông báo quá hạn" : "Thư nhắc";
            out.println(what + " báo cáo tháng " + MailReminders.month(month) + ": " + missing.size() + " đơn vị chưa gửi"
                    + (dryRun ? " (chạy thử, không gửi gì)" : "") + ".");
            for (MissingUnit unit : missing) {
                out.println("  " + unit.code() + " " + unit.name() + ": " + (unit.addresses().isEmpty()
                        ? "chưa có địa chỉ thư (da06 unit mail " + unit.code() + " ĐỊA_CHỈ)" : String.join(", ", unit.addresses())));
            }
            if (!dryRun) {
                out.println("Đã xếp " + queued + " thư mới; đã gửi " + sent + (waiting > 0 ? ", còn chờ gửi " + waiting : "") + ".");
            }
            out.flush();
        }
    }

    private final JdbcClient jdbc;
    private final TemplateGenerator templates;
    private final ReplyQueue replies;
    private final MailProperties properties;
    private final Da06Properties da06;

    MailReminders(JdbcClient jdbc, TemplateGenerator templates, ReplyQueue replies, MailProperties properties,
                  Da06Properties da06) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.replies = replies;
        this.properties = properties;
        this.da06 = da06;
    }

    /** For {@code serve}, once a day: reminders on the reminder day, notices on the overdue day, else nothing. */
    public void onSchedule(LocalDate today) {
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        if (today.getDayOfMonth() == properties.reminderDay()) {
            remind(previous, false, false);
        } else if (today.getDayOfMonth() == properties.overdueDay()) {
            remind(previous, true, false);
        }
    }

    public Result remind(YearMonth month, boolean overdue, boolean dryRun) {
        List<MissingUnit> missing = missing(month);
        if (dryRun) {
            return new Result(month, overdue, missing, 0, 0, 0, true);
        }
        int queued = 0;
        for (MissingUnit unit : missing) {
            if (unit.addresses().isEmpty()) {
                continue;
            }
            List<String> attachments = List.of(template(unit, month));
            for (String address : unit.addresses()) {
                ReplyQueue.Reply notice = new ReplyQueue.Reply(null, overdue ? "overdue" : "reminder", unit.code(),
                        key(month), address, subject(unit, month, overdue), body(unit, month, overdue), null, null, attachments);
                queued += replies.queue(notice).isPresent() ? 1 : 0;
            }
        }
        if (overdue && !missing.isEmpty()) {
            for (String staff : properties.staff()) {
                queued += replies.queue(new ReplyQueue.Reply(null, "overdue_staff", null, key(month), staff,
                        "Đơn vị chưa gửi báo cáo Đề án 06 tháng " + month(month) + " (quá hạn): " + missing.size(),
                        staffList(missing, month), null, null, List.of())).isPresent() ? 1 : 0;
            }
        }
        ReplyQueue.Sent sent = replies.sendWaiting();
        return new Result(month, overdue, missing, queued, sent.sent(), sent.waiting(), false);
    }

    private List<MissingUnit> missing(YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/mail/units-missing.sql")).param("month", key(month))
                .param("today", LocalDate.now(da06.zone()))
                .query((rs, n) -> new MissingUnit(rs.getString("code"), rs.getString("name"),
                        rs.getObject("report_due_date", LocalDate.class), rs.getString("plan_code"), strings(rs.getArray("addresses"))))
                .list();
    }

    /** The unit's template for the month, pre-filled with its latest figures, written under mail/templates/. */
    private String template(MissingUnit unit, YearMonth month) {
        Path folder = da06.home().resolve("mail").resolve("templates").resolve(month.toString());
        Path file = templates.generate(unit.planCode(), month, List.of(unit.code()), folder).get(0).path();
        return da06.home().relativize(file).toString();
    }

    private static String subject(MissingUnit unit, YearMonth month, boolean overdue) {
        return (overdue ? "QUÁ HẠN: báo cáo Đề án 06 tháng " : "Nhắc gửi báo cáo Đề án 06 tháng ") + month(month)
                + " — " + unit.name();
    }

    private String body(MissingUnit unit, YearMonth month, boolean overdue) {
        StringBuilder body = new StringBuilder("Kính gửi ").append(unit.name()).append(",\n\n");
        if (overdue) {
            body.append("Báo cáo tháng ").append(month(month)).append(" của đơn vị đã QUÁ HẠN nộp (hạn ")
                    .append(DAY.format(unit.dueDate())).append(") mà da06 vẫn chưa nhận được. Danh sách đơn vị chưa gửi ")
                    .append("đã được báo cho lãnh đạo và cán bộ theo dõi Đề án 06.\n");
        } else {
            body.append("Đến nay da06 chưa nhận được báo cáo tháng ").append(month(month)).append(" của đơn vị (hạn nộp ")
                    .append(DAY.format(unit.dueDate())).append(").\n");
        }
        body.append("\nMẫu báo cáo của đơn vị cho tháng ").append(month(month)).append(" được đính kèm thư này, đã điền ")
                .append("sẵn số liệu gần nhất của đơn vị. Xin cập nhật, kiểm tra rồi gửi lại chính tệp .xlsx này bằng ")
                .append("cách trả lời thư này (hoặc gửi tới ").append(properties.from()).append(") từ địa chỉ thư đã đăng ")
                .append("ký của đơn vị. da06 sẽ trả lời ngay khi nhập xong.\n")
                .append("\n--\nThư tự động của da06. Cần hỗ trợ, xin liên hệ Tổ công tác Đề án 06 đã giao kế hoạch.\n");
        return body.toString();
    }

    private static String staffList(List<MissingUnit> missing, YearMonth month) {
        StringBuilder body = new StringBuilder("Các đơn vị sau chưa gửi báo cáo tháng ").append(month(month))
                .append(" (hạn ").append(DAY.format(missing.get(0).dueDate())).append("), đã được gửi thông báo quá hạn:\n\n");
        for (MissingUnit unit : missing) {
            body.append("  ").append(unit.code()).append("  ").append(unit.name()).append(unit.addresses().isEmpty()
                    ? "  (chưa có địa chỉ thư: không gửi được thông báo)" : "").append("\n");
        }
        return body.append("\n--\nThư tự động của da06.\n").toString();
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static String month(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
    }
}
