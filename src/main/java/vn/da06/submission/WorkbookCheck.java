package vn.da06.submission;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import vn.da06.submission.ParsedWorkbook.IndicatorFact;
import vn.da06.submission.ParsedWorkbook.TaskFact;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.CoverField;

/**
 * Checks one workbook against every rule of the contract and turns it into facts. All problems are collected
 * (not just the first), each with its sheet, cell, value, rule and a Vietnamese message saying how to fix it.
 * The rules come in families, run in this order: the file as a whole ({@link FileRules}), the cover sheet and the
 * signed marker ({@link CoverRules}), the task sheet ({@link TaskSheetRules}), the indicator sheet
 * ({@link IndicatorSheetRules}).
 */
final class WorkbookCheck {

    private WorkbookCheck() {
    }

    static ParsedWorkbook check(InboxFile file, WorkbookCells cells, ReferenceData reference, byte[] markerKey, ZoneId zone) {
        WorkbookUnderCheck workbook = new WorkbookUnderCheck(file, cells, reference, zone);
        FileRules fileRules = new FileRules(workbook);
        fileRules.checkFormulas();
        Optional<WorkbookCells.Sheet> coverSheet = fileRules.requiredSheet(WorkbookLayout.COVER_SHEET);
        Optional<WorkbookCells.Sheet> taskSheet = fileRules.requiredSheet(WorkbookLayout.TASK_SHEET);
        Optional<WorkbookCells.Sheet> indicatorSheet = fileRules.requiredSheet(WorkbookLayout.INDICATOR_SHEET);

        CoverRules cover = new CoverRules(workbook, coverSheet);
        CoverRules.Identity identity = cover.identity(markerKey);
        List<TaskFact> tasks = taskSheet.map(s -> new TaskSheetRules(workbook).facts(s, identity.plan(), identity.unit()))
                .orElse(List.of());
        List<IndicatorFact> indicators = indicatorSheet
                .map(s -> new IndicatorSheetRules(workbook).facts(s, identity.plan(), identity.unit())).orElse(List.of());
        return new ParsedWorkbook(identity.plan() == null ? null : identity.plan().key(),
                identity.unit() == null ? null : identity.unit().key(), identity.month(), identity.templateVersion(),
                cover.optionalText(CoverField.PREPARED_BY), cover.optionalText(CoverField.PHONE),
                cover.preparedOn(), // checked after the data sheets: its error comes last, as units have always read it
                tasks, indicators, workbook.errors());
    }
}
