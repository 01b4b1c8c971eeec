package vn.da06.submission;

import java.nio.file.Path;
import java.util.List;

/**
 * A file to move out of the inbox once its record is committed. A rejected file also gets its error report.
 *
 * @param submissionKey the record whose {@code moved_at} to set after the move
 * @param errors        the rejection's errors (empty for an accepted or duplicate file)
 * @param annotate      whether the error report can be an annotated copy (the file was readable as a workbook)
 */
record PendingMove(long submissionKey, InboxFile file, Path target, List<ValidationError> errors, boolean annotate) {
}
