package vn.da06.submission;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookMarker;

/**
 * Which unit, month and plan a workbook is for, read from the hidden marker sheet da06 signed when it issued the
 * template: the only source of a workbook's unit that a sender cannot change without the signature failing. A
 * workbook without a readable, authentic marker has none.
 */
@Component
public class SignedMarkers {

    private final MarkerKey markerKey;

    SignedMarkers(MarkerKey markerKey) {
        this.markerKey = markerKey;
    }

    /** The workbook's marker when it has one signed by this warehouse. */
    public Optional<WorkbookMarker> read(Path file) {
        try {
            WorkbookCells cells = XlsxCellReader.read(file, Set.of(WorkbookLayout.MARKER_SHEET));
            return cells.sheet(WorkbookLayout.MARKER_SHEET).map(SignedMarkers::marker)
                    .filter(marker -> marker.isAuthentic(markerKey.bytes()));
        } catch (WorkbookUnreadableException e) {
            return Optional.empty();
        }
    }

    /** The marker as written on its sheet: a name in column A, its value in column B. */
    static WorkbookMarker marker(WorkbookCells.Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        sheet.rows().values().forEach(row -> {
            if (row.get(0) != null && row.get(1) != null) {
                values.put(CellParsing.text(row.get(0)), CellParsing.text(row.get(1)));
            }
        });
        return new WorkbookMarker(values.get("plan"), values.get("unit"), values.get("month"), values.get("version"),
                values.get("signature"));
    }
}
