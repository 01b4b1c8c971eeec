package vn.da06.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * A message as read from the mailbox, parsed once from its raw bytes (which are kept as the .eml).
 *
 * @param messageId   its Message-ID, or {@code sha256:<hash of the raw message>} when it has none
 * @param sender      the From address, lower case (null when there is none)
 * @param references  the References header, for the answer's thread (null when none)
 * @param receivedAt  when the mail server received it (else the date it says it was sent)
 * @param attachments its attached files, in order
 */
record IncomingMail(String messageId, String sender, String subject, String references, Instant receivedAt, byte[] raw,
                    List<Attachment> attachments) {

    /** An attached file. {@code position} counts from 1; {@code hash} is SHA-256 of the content, hex. */
    record Attachment(int position, String fileName, byte[] content, String hash) {

        boolean isXlsx() {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        }
    }

    /** The same message without its bytes, once they are kept on disk and in the inbox. */
    IncomingMail withoutContent() {
        return new IncomingMail(messageId, sender, subject, references, receivedAt, new byte[0],
                attachments.stream().map(a -> new Attachment(a.position(), a.fileName(), new byte[0], a.hash())).toList());
    }

    /** The Message-ID alone, from the header when there is one (without downloading the message). */
    static String idOf(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        return ids != null && ids.length > 0 && !ids[0].isBlank() ? ids[0].strip() : read(message).messageId();
    }

    static IncomingMail read(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        byte[] raw = bytes.toByteArray();
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        String messageId = mime.getMessageID() == null ? "sha256:" + sha256(raw) : mime.getMessageID().strip();
        Address[] from = mime.getFrom();
        String sender = from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null ? null : address.getAddress().strip().toLowerCase(Locale.ROOT);
        Instant receivedAt = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : mime.getSentDate() != null ? mime.getSentDate().toInstant() : Instant.now();
        List<Attachment> attachments = new ArrayList<>();
        collect(mime, attachments);
        return new IncomingMail(messageId, sender, mime.getSubject() == null ? "" : mime.getSubject(),
                mime.getHeader("References", " "), receivedAt, raw, attachments);
    }

    /**
     * Files attached anywhere in the message. A part counts when it has a file name and is not shown inline, or is a
     * workbook whatever its disposition (some mail programs attach everything inline): pictures in a signature are
     * not attachments a unit meant to send.
     */
    private static void collect(Part part, List<Attachment> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
            return;
        }
        String name = fileName(part);
        if (name == null || (Part.INLINE.equalsIgnoreCase(part.getDisposition()) && !name.toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
            return;
        }
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readAllBytes();
        }
        found.add(new Attachment(found.size() + 1, name, content, sha256(content)));
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name).strip();
        } catch (UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
