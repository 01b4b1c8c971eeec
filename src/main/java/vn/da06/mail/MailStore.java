package vn.da06.mail;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.da06.base.SqlFiles;
import vn.da06.workbook.WorkbookMarker;

/** Messages read from the mailbox and their attachments, as recorded in the warehouse. */
@Repository
class MailStore {

    record StoredMessage(long key, String status) {
    }

    /**
     * @param outcome        inbox, sender_refused or not_xlsx
     * @param submissionKey  the submission the import recorded for it (null until imported, or never)
     */
    record StoredAttachment(int position, String fileName, String hash, String unitCode, String month, String outcome,
                            String inboxName, Long submissionKey) {
    }

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredMessage> find(String messageId) {
        return jdbc.sql(SqlFiles.load("query/mail/message-find.sql")).param("messageId", messageId)
                .query((rs, n) -> new StoredMessage(rs.getLong(1), rs.getString(2))).optional();
    }

    long record(IncomingMail mail, String status) {
        return jdbc.sql(SqlFiles.load("query/mail/message-insert.sql")).param("messageId", mail.messageId())
                .param("sender", mail.sender() == null ? "" : mail.sender()).param("subject", mail.subject())
                .param("receivedAt", Timestamp.from(mail.receivedAt())).param("status", status)
                .query(Long.class).single();
    }

    void recordAttachment(long message, IncomingMail.Attachment attachment, WorkbookMarker marker, String outcome,
                          String inboxName) {
        jdbc.sql(SqlFiles.load("query/mail/attachment-insert.sql")).param("message", message)
                .param("position", attachment.position()).param("name", attachment.fileName())
                .param("hash", attachment.hash()).param("unit", marker == null ? null : marker.unitCode())
                .param("month", marker == null ? null : marker.month()).param("outcome", outcome)
                .param("inboxName", inboxName).update();
    }

    List<StoredAttachment> attachments(long message) {
        return jdbc.sql(SqlFiles.load("query/mail/attachments-of.sql")).param("message", message)
                .query((rs, n) -> new StoredAttachment(rs.getInt("position"), rs.getString("file_name"),
                        rs.getString("file_hash"), rs.getString("unit_code"), rs.getString("month"), rs.getString("outcome"),
                        rs.getString("inbox_name"), (Long) rs.getObject("submission_key")))
                .list();
    }

    /** The submission the import recorded for a file it found in the inbox under that name with that content. */
    Optional<Long> submissionOf(String inboxName, String hash) {
        return jdbc.sql(SqlFiles.load("query/mail/submission-of-file.sql")).param("name", inboxName).param("hash", hash)
                .query(Long.class).optional();
    }

    void link(long message, int position, long submission) {
        jdbc.sql(SqlFiles.load("query/mail/attachment-link.sql")).param("message", message).param("position", position)
                .param("submission", submission).update();
    }

    void done(long message, String emlPath) {
        jdbc.sql(SqlFiles.load("query/mail/message-done.sql")).param("message", message).param("eml", emlPath).update();
    }

    /** The unit's name in a month (null: its latest name); its code when no unit has it. */
    String unitName(String code, YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/mail/unit-name.sql")).param("code", code)
                .param("on", month == null ? null : month.atDay(1), Types.DATE).query(String.class).optional().orElse(code);
    }

    boolean unitExists(String code) {
        return jdbc.sql(SqlFiles.load("query/mail/unit-name.sql")).param("code", code).param("on", null, Types.DATE)
                .query(String.class).optional().isPresent();
    }
}
