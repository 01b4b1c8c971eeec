package vn.da06.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.da06.base.Da06Properties;
import vn.da06.base.Failures;
import vn.da06.base.UserException;
import vn.da06.submission.CrashPoints;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.InboxDrops;
import vn.da06.submission.SignedMarkers;
import vn.da06.submission.SubmissionResults;
import vn.da06.workbook.WorkbookMarker;

/**
 * One pass over the mailbox ({@code da06 mail fetch}, and {@code serve} every {@code da06.mail.poll}).
 *
 * <ol>
 * <li>Each message not yet done is recorded once, by Message-ID, with each attachment's hash and what is to become
 *     of it; its raw form is kept as an .eml; its workbooks from allowed senders are put at the top of the inbox
 *     under names made from the message's key ({@code mail<key>-<n>-<name>}).</li>
 * <li>The import job runs, as for any dropped file: the unit comes from each workbook's signed marker.</li>
 * <li>Each message's answer is queued and the message marked done, in one transaction; then the mailbox marks or
 *     moves it, and the queued replies go out.</li>
 * </ol>
 * A pass cut short anywhere reads the message again: a workbook the import already recorded under its name and
 * content is not put into the inbox twice, and a message recorded as done is only marked in the mailbox.
 */
@Service
public class MailFetcher {

    private static final Logger log = LoggerFactory.getLogger(MailFetcher.class);

    /** What a pass did. */
    public record Summary(int read, int workbooks, int refused, int notWorkbooks, int ignored, int sent, int waiting,
                          String sendProblem) {

        public void print(PrintWriter out) {
            out.println("Đã đọc " + read + " thư mới: " + workbooks + " tệp báo cáo đưa vào nhập, " + refused
                    + " tệp không nhập vì người gửi chưa được đăng ký cho đơn vị, " + notWorkbooks
                    + " tệp không phải .xlsx; " + ignored + " thư không có báo cáo được để nguyên.");
            out.println("Thư trả lời: đã gửi " + sent + (waiting > 0 ? ", còn chờ gửi " + waiting
                    + (sendProblem == null ? "" : " (" + sendProblem + ")") : "") + ".");
            out.flush();
        }
    }

    /** A message recorded in this pass or an interrupted one, waiting for the import and its answer. */
    private record Pending(long key, IncomingMail mail) {
    }

    private final MailProperties properties;
    private final MailStore store;
    private final AllowedSenders senders;
    private final SignedMarkers markers;
    private final InboxDrops drops;
    private final ImportLauncher importLauncher;
    private final SubmissionResults results;
    private final Answers answers;
    private final ReplyQueue replies;
    private final Da06Properties da06;
    private final CrashPoints crashPoints;
    private final TransactionTemplate transaction;

    MailFetcher(MailProperties properties, MailStore store, AllowedSenders senders, SignedMarkers markers,
                InboxDrops drops, ImportLauncher importLauncher, SubmissionResults results, Answers answers,
                ReplyQueue replies, Da06Properties da06, CrashPoints crashPoints, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.store = store;
        this.senders = senders;
        this.markers = markers;
        this.drops = drops;
        this.importLauncher = importLauncher;
        this.results = results;
        this.answers = answers;
        this.replies = replies;
        this.da06 = da06;
        this.crashPoints = crashPoints;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether a mailbox is set up ({@code da06.mail.imap.host}). */
    public boolean configured() {
        return properties.mailboxConfigured();
    }

    public Summary fetch(Consumer<String> notices) {
        if (!properties.mailboxConfigured()) {
            throw new UserException("chưa đặt hộp thư nhận báo cáo (da06.mail.imap.host, .username, .password), nên "
                    + "không đọc thư; xem mục \"Nhận báo cáo qua thư điện tử\" trong README.");
        }
        int[] counts = new int[4];
        List<Pending> pending = read(counts);
        crashPoints.reach("mail-recorded");
        if (pending.stream().anyMatch(p -> !store.attachments(p.key()).stream()
                .filter(a -> a.outcome().equals("inbox")).toList().isEmpty())) {
            importLauncher.run(null, notices);
        }
        crashPoints.reach("mail-imported");
        pending.forEach(this::finish);
        if (!pending.isEmpty()) {
            markDoneInMailbox();
        }
        ReplyQueue.Sent sent = replies.sendWaiting();
        return new Summary(pending.size(), counts[0], counts[1], counts[2], counts[3], sent.sent(), sent.waiting(),
                sent.problem());
    }

    private List<Pending> read(int[] counts) {
        List<Pending> pending = new ArrayList<>();
        try (Mailbox mailbox = Mailbox.open(properties.imap())) {
            for (Message message : mailbox.waiting()) {
                Optional<MailStore.StoredMessage> stored = store.find(IncomingMail.idOf(message));
                if (stored.isPresent() && stored.get().status().equals("done")) {
                    mailbox.markDone(message);
                    continue;
                }
                if (stored.isPresent() && stored.get().status().equals("ignored")) {
                    continue;
                }
                IncomingMail mail = IncomingMail.read(message);
                long key = stored.isPresent() ? stored.get().key() : record(mail, counts);
                if (key < 0) {
                    counts[3]++;
                    continue;
                }
                keepRaw(key, mail);
                dropWorkbooks(key, mail);
                pending.add(new Pending(key, mail.withoutContent()));
            }
        } catch (MessagingException e) {
            throw mailboxFailure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending;
    }

    /** Records a new message and decides each attachment; -1 for a message left alone. */
    private long record(IncomingMail mail, int[] counts) {
        List<String> senderUnits = mail.sender() == null ? List.of() : senders.unitsOf(mail.sender());
        boolean hasWorkbook = mail.attachments().stream().anyMatch(IncomingMail.Attachment::isXlsx);
        if (mail.sender() == null || mail.attachments().isEmpty() || (senderUnits.isEmpty() && !hasWorkbook)) {
            transaction.executeWithoutResult(status -> store.record(mail, "ignored"));
            log.info("Để nguyên thư {} của {}: không có báo cáo nào cần nhập", mail.messageId(), mail.sender());
            return -1;
        }
        List<Optional<WorkbookMarker>> markers = mail.attachments().stream()
                .map(a -> a.isXlsx() ? marker(a) : Optional.<WorkbookMarker>empty()).toList();
        Long key = transaction.execute(status -> {
            long messageKey = store.record(mail, "fetched");
            for (IncomingMail.Attachment attachment : mail.attachments()) {
                Optional<String> unit = markers.get(attachment.position() - 1).map(WorkbookMarker::unitCode);
                String outcome;
                if (!attachment.isXlsx()) {
                    outcome = "not_xlsx";
                } else if (unit.isPresent() ? senderUnits.contains(unit.get()) : !senderUnits.isEmpty()) {
                    outcome = "inbox";
                } else {
                    outcome = "sender_refused";
                }
                String inboxName = outcome.equals("inbox")
                        ? MailFileNames.inboxName(messageKey, attachment.position(), attachment.fileName())
                        : null;
                store.recordAttachment(messageKey, attachment, markers.get(attachment.position() - 1).orElse(null),
                        outcome, inboxName);
            }
            return messageKey;
        });
        for (MailStore.StoredAttachment attachment : store.attachments(key)) {
            counts[switch (attachment.outcome()) {
                case "inbox" -> 0;
                case "sender_refused" -> 1;
                default -> 2;
            }]++;
        }
        return key;
    }

    /** A workbook's signed marker, read from a scratch copy: the marker decides whose it is. */
    private Optional<WorkbookMarker> marker(IncomingMail.Attachment attachment) {
        try {
            Path scratch = Files.createDirectories(da06.home().resolve("work").resolve("mail"))
                    .resolve("check-" + attachment.hash() + ".xlsx");
            Files.write(scratch, attachment.content());
            try {
                return this.markers.read(scratch);
            } finally {
                Files.deleteIfExists(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the message's workbooks into the inbox, except those the import already recorded (an interrupted pass). */
    private void dropWorkbooks(long key, IncomingMail mail) {
        for (MailStore.StoredAttachment attachment : store.attachments(key)) {
            if (attachment.outcome().equals("inbox") && attachment.submissionKey() == null
                    && store.submissionOf(attachment.inboxName(), attachment.hash()).isEmpty()) {
                IncomingMail.Attachment content = mail.attachments().get(attachment.position() - 1);
                drops.drop(attachment.inboxName(), content.content(), mail.receivedAt());
            }
        }
    }

    /** The raw message under mail/ until it can be kept beside its archived workbooks. */
    private void keepRaw(long key, IncomingMail mail) throws IOException {
        Path spool = spool(key);
        if (!Files.exists(spool)) {
            Files.createDirectories(spool.getParent());
            Path part = spool.resolveSibling(spool.getFileName() + ".part");
            Files.write(part, mail.raw());
            Files.move(part, spool, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private Path spool(long key) {
        return da06.home().resolve("mail").resolve(key + ".eml");
    }

    /** Links the message's workbooks to what the import recorded, keeps the .eml beside them, queues the answer. */
    private void finish(Pending pending) {
        List<MailStore.StoredAttachment> attachments = store.attachments(pending.key());
        for (MailStore.StoredAttachment attachment : attachments) {
            if (attachment.outcome().equals("inbox") && attachment.submissionKey() == null) {
                store.submissionOf(attachment.inboxName(), attachment.hash())
                        .ifPresent(submission -> store.link(pending.key(), attachment.position(), submission));
            }
        }
        List<MailStore.StoredAttachment> linked = store.attachments(pending.key());
        if (linked.stream().anyMatch(a -> a.outcome().equals("inbox") && a.submissionKey() == null)) {
            log.warn("Thư {}: có tệp chưa được nhập (lần nhập chưa xong); sẽ trả lời ở lần đọc thư sau.", pending.key());
            return;
        }
        String eml = keepBesideArchived(pending.key(), linked);
        ReplyQueue.Reply answer = answers.answer(pending.key(), pending.mail(), linked);
        transaction.executeWithoutResult(status -> {
            replies.queue(answer);
            store.done(pending.key(), eml);
        });
    }

    /** Copies the .eml beside each stored workbook of the message; returns where it is kept, relative to the home. */
    private String keepBesideArchived(long key, List<MailStore.StoredAttachment> attachments) {
        Path spool = spool(key);
        String kept = null;
        for (MailStore.StoredAttachment attachment : attachments) {
            if (attachment.submissionKey() == null) {
                continue;
            }
            Optional<String> stored = results.find(attachment.submissionKey())
                    .map(SubmissionResults.Submission::storedPath);
            if (stored.isEmpty() || !Files.exists(spool)) {
                continue;
            }
            Path file = da06.home().resolve(stored.get());
            String name = file.getFileName().toString();
            Path eml = file.resolveSibling((name.toLowerCase().endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name) + ".eml");
            try {
                if (!Files.exists(eml, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(eml.getParent());
                    Files.copy(spool, eml);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept = kept == null ? da06.home().relativize(eml).toString() : kept;
        }
        if (kept == null) {
            return da06.home().relativize(spool).toString();
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept;
    }

    private void markDoneInMailbox() {
        try (Mailbox mailbox = Mailbox.open(properties.imap())) {
            for (Message message : mailbox.waiting()) {
                String id = IncomingMail.idOf(message);
                if (store.find(id).filter(m -> m.status().equals("done")).isPresent()) {
                    mailbox.markDone(message);
                }
            }
        } catch (MessagingException e) {
            // Done in the warehouse already: the next pass marks it in the mailbox without doing anything twice.
            log.warn("Chưa đánh dấu được thư đã xử lý trong hộp thư: {}; lần đọc sau sẽ đánh dấu lại.", Failures.rootMessage(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserException mailboxFailure(MessagingException e) {
        return new UserException("không đọc được hộp thư: " + Failures.rootMessage(e) + ". Kiểm tra da06.mail.imap.* "
                + "(máy chủ, cổng, tài khoản, mật khẩu ứng dụng); thư chưa xử lý vẫn nằm nguyên trong hộp thư.", e);
    }
}
