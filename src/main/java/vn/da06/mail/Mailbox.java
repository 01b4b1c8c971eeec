package vn.da06.mail;

import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

/**
 * The mailbox folder units send to, open for one pass. A message is done when da06 has imported and answered it:
 * then it is moved to the done folder or, without one, flagged so the next pass skips it. Until then it stays as it
 * came, so a pass cut short reads it again (the warehouse, not the mailbox, makes sure it loads once).
 */
final class Mailbox implements AutoCloseable {

    /** The keyword set on done messages when there is no done folder (shown by most mail programs as a tag). */
    static final String DONE_FLAG = "da06-done";

    private final Store store;
    private final Folder folder;
    private final Folder doneFolder;
    private final Flags doneFlags;

    private Mailbox(Store store, Folder folder, Folder doneFolder) throws MessagingException {
        this.store = store;
        this.folder = folder;
        this.doneFolder = doneFolder;
        // A server that keeps no keywords gets \Seen instead: staff then see done messages as read.
        this.doneFlags = folder.getPermanentFlags().contains(Flags.Flag.USER) ? new Flags(DONE_FLAG) : new Flags(Flags.Flag.SEEN);
    }

    static Mailbox open(MailProperties.Imap imap) throws MessagingException {
        Properties settings = new Properties();
        String protocol = imap.ssl() ? "imaps" : "imap";
        settings.put("mail." + protocol + ".connectiontimeout", "15000");
        settings.put("mail." + protocol + ".timeout", "60000");
        Store store = Session.getInstance(settings).getStore(protocol);
        int port = imap.port() != null ? imap.port() : imap.ssl() ? 993 : 143;
        store.connect(imap.host(), port, imap.username(), imap.password());
        try {
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            Folder done = null;
            if (imap.doneFolder() != null && !imap.doneFolder().isBlank()) {
                done = store.getFolder(imap.doneFolder());
                if (!done.exists()) {
                    done.create(Folder.HOLDS_MESSAGES);
                }
            }
            return new Mailbox(store, folder, done);
        } catch (MessagingException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Messages not yet done, oldest first. */
    List<Message> waiting() throws MessagingException {
        Message[] messages = doneFolder != null ? folder.getMessages() : folder.search(new FlagTerm(doneFlags, false));
        return List.of(messages).stream().filter(this::notDeleted).toList();
    }

    private boolean notDeleted(Message message) {
        try {
            return !message.isSet(Flags.Flag.DELETED);
        } catch (MessagingException e) {
            return false;
        }
    }

    /** Moves or flags a message whose workbooks are committed and whose answer is queued. */
    void markDone(Message message) throws MessagingException {
        if (doneFolder != null) {
            folder.copyMessages(new Message[] {message}, doneFolder);
            message.setFlag(Flags.Flag.DELETED, true);
        } else {
            message.setFlags(doneFlags, true);
        }
    }

    @Override
    public void close() throws MessagingException {
        try {
            if (folder.isOpen()) {
                folder.close(doneFolder != null);
            }
        } finally {
            store.close();
        }
    }
}
