package vn.da06.mail;

import java.util.regex.Pattern;

import vn.da06.submission.InboxDrops;

/**
 * Names of attachments in the inbox: {@code mail<message key>-<position>-<name as sent>}, unique and traceable to
 * their message; and the same names as the sender knows them, for what da06 sends back (error workbooks).
 */
final class MailFileNames {

    private static final Pattern PREFIX = Pattern.compile("^mail\\d+-\\d+-");

    private MailFileNames() {
    }

    static String inboxName(long messageKey, int position, String fileName) {
        return InboxDrops.cleanName("mail" + messageKey + "-" + position + "-" + fileName);
    }

    /** "mail12-1-bao-cao_LOI.xlsx" → "bao-cao_LOI.xlsx". */
    static String asSent(String name) {
        return PREFIX.matcher(name).replaceFirst("");
    }
}
