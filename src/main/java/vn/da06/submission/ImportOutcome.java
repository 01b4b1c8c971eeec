package vn.da06.submission;

import java.util.List;

/**
 * What the import decided for one inbox file before writing anything: load it, reject it, record it as a
 * duplicate, or finish moving a file an interrupted run had already recorded.
 *
 * @param hash          SHA-256 of the content, hex (null for a directory or a link)
 * @param parsed        the checked workbook (null when the file could not be read as one)
 * @param errors        why it is rejected (empty when it loads)
 * @param existingKey   the earlier submission it duplicates, or whose move it finishes
 * @param existingPath  where that earlier submission's file was to be stored (for {@link Kind#FINISH_MOVE})
 * @param unitKey       the unit a rejected file is recorded against: the one on its cover, else its folder's
 */
record ImportOutcome(InboxFile file, Kind kind, String hash, ParsedWorkbook parsed, List<ValidationError> errors,
                     Long existingKey, String existingPath, Integer unitKey) {

    enum Kind { LOAD, REJECT, DUPLICATE, FINISH_MOVE }

    static ImportOutcome of(InboxFile file, String hash, ParsedWorkbook parsed) {
        return new ImportOutcome(file, parsed.accepted() ? Kind.LOAD : Kind.REJECT, hash, parsed, parsed.errors(), null,
                null, parsed.unitKey());
    }

    /** The same outcome recorded against the given unit when it names none itself. */
    ImportOutcome withUnitIfMissing(Integer fallback) {
        return unitKey != null ? this : new ImportOutcome(file, kind, hash, parsed, errors, existingKey, existingPath, fallback);
    }

    /** The same file rejected for a different reason. */
    ImportOutcome rejectedInstead(ValidationError error) {
        return new ImportOutcome(file, Kind.REJECT, hash, parsed, List.of(error), null, null, unitKey);
    }

    static ImportOutcome rejected(InboxFile file, String hash, ValidationError error) {
        return new ImportOutcome(file, Kind.REJECT, hash, null, List.of(error), null, null, null);
    }

    static ImportOutcome duplicate(InboxFile file, String hash, long original) {
        return new ImportOutcome(file, Kind.DUPLICATE, hash, null, List.of(), original, null, null);
    }

    /** {@code errors}: the recorded errors when the earlier run had rejected the file (its report is still to write). */
    static ImportOutcome finishMove(InboxFile file, String hash, long submission, String storedPath,
                                    List<ValidationError> errors) {
        return new ImportOutcome(file, Kind.FINISH_MOVE, hash, null, errors, submission, storedPath, null);
    }
}
