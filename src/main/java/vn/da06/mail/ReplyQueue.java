package vn.da06.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.base.Failures;
import vn.da06.base.SqlFiles;

/**
 * Mail da06 sends, queued in the warehouse in the same transaction as what it reports, then handed to the SMTP
 * server and marked sent. A reply the server refused, or that could not reach it, stays queued for the next pass.
 * Each carries a Message-ID made from its key: should a crash fall between the server taking it and da06 marking it,
 * the copy sent again is the same message to mail programs, which show it once.
 */
@Component
class ReplyQueue {

    private static final Logger log = LoggerFactory.getLogger(ReplyQueue.class);

    /**
     * A mail to send.
     *
     * @param messageKey  the message an answer answers (null for reminders and notices)
     * @param kind        answer, reminder, overdue or overdue_staff
     * @param attachments files to attach, relative to the da06 home
     */
    record Reply(Long messageKey, String kind, String unitCode, Integer monthKey, String recipient, String subject,
                 String body, String inReplyTo, String references, List<String> attachments) {
    }

    /** What a pass did: replies the server took, replies still queued, and why the last one failed. */
    record Sent(int sent, int waiting, String problem) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailProperties properties;
    private final Da06Properties da06;

    ReplyQueue(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, MailProperties properties, Da06Properties da06) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.properties = properties;
        this.da06 = da06;
    }

    /** Queues a mail; empty when the same answer, reminder or notice was queued before. */
    Optional<Long> queue(Reply reply) {
        return jdbc.sql(SqlFiles.load("query/mail/reply-insert.sql")).param("message", reply.messageKey())
                .param("kind", reply.kind()).param("unit", reply.unitCode()).param("month", reply.monthKey())
                .param("recipient", reply.recipient()).param("subject", reply.subject()).param("body", reply.body())
                .param("inReplyTo", reply.inReplyTo()).param("refs", reply.references())
                .param("attachments", reply.attachments().toArray(String[]::new))
                .query(Long.class).optional();
    }

    /** Sends what is queued, oldest first. */
    Sent sendWaiting() {
        List<Queued> waiting = jdbc.sql(SqlFiles.load("query/mail/replies-unsent.sql"))
                .query((rs, n) -> new Queued(rs.getLong("reply_key"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("in_reply_to"), rs.getString("message_refs"),
                        strings(rs.getArray("attachments"))))
                .list();
        JavaMailSender sender = senders.getIfAvailable();
        if (waiting.isEmpty()) {
            return new Sent(0, 0, null);
        }
        if (sender == null) {
            return new Sent(0, waiting.size(), "chưa đặt máy chủ gửi thư (spring.mail.host)");
        }
        int sent = 0;
        String problem = null;
        for (Queued reply : waiting) {
            try {
                sender.send(mime(sender, reply));
                jdbc.sql(SqlFiles.load("query/mail/reply-sent.sql")).param("key", reply.key()).update();
                sent++;
            } catch (MailException | MessagingException e) {
                problem = Failures.rootMessage(e);
                log.warn("Chưa gửi được thư {} tới {}: {}; sẽ gửi lại lần sau.", reply.key(), reply.recipient(), problem);
                log.debug("Chi tiết", e);
                jdbc.sql(SqlFiles.load("query/mail/reply-failed.sql")).param("key", reply.key())
                        .param("error", problem).update();
            }
        }
        return new Sent(sent, waiting.size() - sent, problem);
    }

    private MimeMessage mime(JavaMailSender sender, Queued reply) throws MessagingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        String messageId = "<da06-reply-" + reply.key() + "@" + domain() + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, !reply.attachments().isEmpty(), "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(reply.recipient());
        helper.setSubject(reply.subject());
        helper.setText(reply.body(), false);
        for (String attachment : reply.attachments()) {
            Path file = da06.home().resolve(attachment);
            if (Files.isRegularFile(file)) {
                helper.addAttachment(MailFileNames.asSent(file.getFileName().toString()), new FileSystemResource(file));
            }
        }
        if (reply.inReplyTo() != null) {
            mime.setHeader("In-Reply-To", reply.inReplyTo());
            mime.setHeader("References", reply.references() == null ? reply.inReplyTo()
                    : reply.references() + " " + reply.inReplyTo());
        }
        return mime;
    }

    private String domain() {
        String from = properties.from() == null ? "" : properties.from();
        int at = from.lastIndexOf('@');
        return at < 0 ? "da06.local" : from.substring(at + 1).replace(">", "").strip();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Queued(long key, String recipient, String subject, String body, String inReplyTo, String references,
                          List<String> attachments) {
    }
}
