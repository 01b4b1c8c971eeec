package vn.da06.submission;

import java.nio.file.Path;
import java.time.Instant;

import vn.da06.base.PrintableText;

/**
 * A file found in the inbox.
 *
 * @param path       where it is now
 * @param folder     the unit folder it sits in ({@code inbox/<folder>/file}); null when it is not in one
 * @param size       size in bytes (0 for a directory)
 * @param receivedAt arrival: its modification time, capped at the moment the import saw it
 */
record InboxFile(Path path, String folder, String fileName, long size, Instant receivedAt) {

    /** The same file taken as lying in a unit's folder (a workbook at the top of the inbox, filed by its marker). */
    InboxFile filedUnder(String unitFolder) {
        return new InboxFile(path, unitFolder, fileName, size, receivedAt);
    }

    /** Path relative to the inbox, for messages: "21952/21952_2024-03.xlsx", control characters escaped. */
    String display() {
        return PrintableText.escapeControls(folder == null ? fileName : folder + "/" + fileName);
    }
}
