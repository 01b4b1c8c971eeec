package vn.da06.submission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook being checked and what it is checked against, shared by the rule families, with the errors they find
 * in the order they find them: the order a unit reads them in its error report.
 */
final class WorkbookUnderCheck {

    private final InboxFile file;
    private final WorkbookCells cells;
    private final ReferenceData reference;
    private final ZoneId zone;
    private final List<ValidationError> errors = new ArrayList<>();

    WorkbookUnderCheck(InboxFile file, WorkbookCells cells, ReferenceData reference, ZoneId zone) {
        this.file = file;
        this.cells = cells;
        this.reference = reference;
        this.zone = zone;
    }

    InboxFile file() {
        return file;
    }

    WorkbookCells cells() {
        return cells;
    }

    ReferenceData reference() {
        return reference;
    }

    void add(ValidationError error) {
        errors.add(error);
    }

    void error(WorkbookCells.Sheet sheet, CellValue cell, Rule rule, String message) {
        errors.add(new ValidationError(sheet.name(), cell == null ? null : cell.ref(), cell == null ? null : cell.display(cells.date1904()),
                rule, message));
    }

    List<ValidationError> errors() {
        return List.copyOf(errors);
    }

    /** A cell read as a date, counted the way this workbook counts dates (from 1900, or 1904 for old Mac Excel). */
    LocalDate date(CellValue cell) {
        return CellParsing.date(cell, cells.date1904());
    }

    /** The day the file arrived, in the users' zone: no reported month starts and nothing is completed after it. */
    LocalDate receivedOn() {
        return file.receivedAt().atZone(zone).toLocalDate();
    }
}
