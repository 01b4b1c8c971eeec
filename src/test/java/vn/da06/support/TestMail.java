package vn.da06.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real mail servers in the test JVM (GreenMail), started once: the district's mailbox, read over IMAP, and a
 * separate SMTP server that takes da06's replies, so that a test can stop the one without the other. Ports are
 * free ones found at start-up (other test runs may share the machine).
 */
public final class TestMail {

    public static final String MAILBOX = "baocao@da06.test";
    public static final String LOGIN = "baocao";
    public static final String PASSWORD = "mat-khau-hop-thu";

    private static final int IMAP_PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final GreenMail IMAP = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    private static GreenMail smtp;
    private static final GreenMailUser USER;

    static {
        IMAP.start();
        USER = IMAP.setUser(MAILBOX, LOGIN, PASSWORD);
        startSmtp();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            IMAP.stop();
            stopSmtp();
        }));
    }

    private TestMail() {
    }

    /** The settings that point da06 at these servers. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("da06.mail.imap.host", () -> "127.0.0.1");
        registry.add("da06.mail.imap.port", () -> IMAP_PORT);
        registry.add("da06.mail.imap.username", () -> LOGIN);
        registry.add("da06.mail.imap.password", () -> PASSWORD);
        registry.add("da06.mail.imap.ssl", () -> false);
        registry.add("da06.mail.from", () -> MAILBOX);
        registry.add("da06.mail.staff", () -> "canbo@da06.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** The same settings as system properties of a child JVM ({@link ChildDa06#setting}). */
    public static List<String[]> settings() {
        return List.of(new String[] {"da06.mail.imap.host", "127.0.0.1"}, new String[] {"da06.mail.imap.port", "" + IMAP_PORT},
                new String[] {"da06.mail.imap.username", LOGIN}, new String[] {"da06.mail.imap.password", PASSWORD},
                new String[] {"da06.mail.imap.ssl", "false"}, new String[] {"da06.mail.from", MAILBOX},
                new String[] {"spring.mail.host", "127.0.0.1"}, new String[] {"spring.mail.port", "" + SMTP_PORT});
    }

    /** Empties the mailbox and forgets the replies received. */
    public static synchronized void reset() {
        try {
            IMAP.purgeEmailFromAllMailboxes();
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message as a unit sends it, with its Message-ID, and files attached. */
    public static MimeMessage message(String from, String subject, String messageId, String text, Path... files) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties())) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            MimeMessageHelper helper = new MimeMessageHelper(message, files.length > 0, "UTF-8");
            helper.setFrom(from);
            helper.setTo(MAILBOX);
            helper.setSubject(subject);
            helper.setText(text);
            for (Path file : files) {
                helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers a message into the district's mailbox. */
    public static void deliver(MimeMessage message) {
        USER.deliver(message);
    }

    /** Messages in the mailbox's INBOX as the IMAP server keeps them, with their flags. */
    public static List<com.icegreen.greenmail.store.StoredMessage> inbox() {
        try {
            return IMAP.getManagers().getImapHostManager().getInbox(USER).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the SMTP server received from da06, oldest first. */
    public static MimeMessage[] replies() {
        return smtp.getReceivedMessages();
    }

    public static synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    public static synchronized void startSmtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            smtp.start();
        }
    }

    /** A file's bytes, for comparing attachments. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
