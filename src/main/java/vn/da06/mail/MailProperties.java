package vn.da06.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailbox units send their workbooks to, and what da06 sends back ({@code da06.mail.*}; defaults in
 * {@code application.yml}). The SMTP side of replies is Spring Boot's own {@code spring.mail.*}.
 *
 * @param imap          the mailbox read with IMAP
 * @param from          the address replies, reminders and notices are sent from
 * @param poll          how often {@code da06 serve} reads the mailbox
 * @param staff         staff addresses that get the list of units still missing past the overdue day
 * @param reminderDay   day of the month on which units missing the previous month's workbook get a reminder
 * @param overdueDay    day of the month on which units still missing get a "quá hạn" notice, and staff the list
 * @param reminderCron  when {@code da06 serve} checks whether today is a reminder or overdue day (Spring cron)
 */
@ConfigurationProperties("da06.mail")
public record MailProperties(Imap imap, String from, Duration poll, List<String> staff, int reminderDay, int overdueDay,
                             String reminderCron) {

    /**
     * @param host       IMAP server; blank: no mailbox, da06 reads no mail
     * @param port       its port (blank: 993 with SSL, 143 without)
     * @param folder     the folder read
     * @param ssl        IMAP over TLS (imaps)
     * @param doneFolder folder a message is moved to once done; blank: it stays and is flagged instead
     */
    public record Imap(String host, Integer port, String username, String password, String folder, boolean ssl,
                       String doneFolder) {
    }

    public MailProperties {
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    /** Whether a mailbox is set up at all. */
    public boolean mailboxConfigured() {
        return imap != null && imap.host() != null && !imap.host().isBlank();
    }
}
