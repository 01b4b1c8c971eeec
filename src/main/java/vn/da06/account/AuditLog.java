package vn.da06.account;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/** The audit log in the warehouse: who signed in (or failed to) and what they did. */
@Component
public class AuditLog {

    /** What an audit line records, with the words users read. */
    public enum Action {
        LOGIN("đăng nhập"),
        LOGIN_FAILED("đăng nhập sai"),
        LOCKED_OUT("tạm khóa do đăng nhập sai nhiều lần"),
        LOGOUT("đăng xuất"),
        TEMPLATE_DOWNLOADED("tải mẫu báo cáo"),
        UPLOAD("gửi báo cáo"),
        UPLOAD_ON_BEHALF("gửi báo cáo thay đơn vị"),
        REPORT_STARTED("lập báo cáo"),
        MONTH_LOCKED("chốt số liệu tháng"),
        MONTH_UNLOCKED("mở chốt số liệu tháng"),
        HELD_APPROVED("duyệt tệp gửi sau khi chốt"),
        HELD_REFUSED("từ chối tệp gửi sau khi chốt"),
        USER_ADDED("tạo tài khoản"),
        USER_DISABLED("vô hiệu hóa tài khoản"),
        USER_ENABLED("kích hoạt lại tài khoản");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line of the log; {@code action} is null for a code this version does not know. */
    public record Entry(Instant at, String login, Action action, String unitCode, String detail, String remoteAddress) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String login, Action action, String unitCode, String detail, String remoteAddress) {
        jdbc.sql(SqlFiles.load("query/account/audit-insert.sql")).param("login", login).param("action", action.name().toLowerCase())
                .param("unit", unitCode).param("detail", detail).param("address", remoteAddress).update();
    }

    /** Who acts from the command line: the operating-system user running da06. */
    public static String commandLineUser() {
        return "dòng lệnh (" + System.getProperty("user.name", "?") + ")";
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql(SqlFiles.load("query/account/audit-latest.sql")).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("login"),
                        action(rs.getString("action")), rs.getString("unit_code"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
    }

    private static Action action(String code) {
        try {
            return Action.valueOf(code.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
