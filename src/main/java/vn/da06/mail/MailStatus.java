package vn.da06.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/** What staff need to know about the mail: workbooks refused because of their sender ({@code da06 status}). */
@Component
public class MailStatus {

    /**
     * A workbook sent by e-mail and not imported because its sender may not send for its unit.
     *
     * @param unitCode the unit its marker names (null: none, and the sender is allowed for no unit)
     */
    public record Refused(Instant receivedAt, String sender, String unitCode, String fileName) {
    }

    private final JdbcClient jdbc;

    MailStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Refused> refused(int limit) {
        return jdbc.sql(SqlFiles.load("query/mail/refused-recent.sql")).param("limit", limit)
                .query((rs, n) -> new Refused(rs.getTimestamp("received_at").toInstant(), rs.getString("sender"),
                        rs.getString("unit_code"), rs.getString("file_name")))
                .list();
    }
}
