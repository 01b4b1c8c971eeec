package vn.da06.template;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.da06.base.MonthRange;
import vn.da06.base.Progress;
import vn.da06.template.UnitTemplate.Plan;
import vn.da06.template.UnitTemplate.Unit;
import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookMarker;

/** Writes units' monthly workbooks, pre-filled from the warehouse and signed with the warehouse key. */
@Component
public class TemplateGenerator {

    private final TemplateCatalog catalog;
    private final MarkerKey markerKey;

    TemplateGenerator(TemplateCatalog catalog, MarkerKey markerKey) {
        this.catalog = catalog;
        this.markerKey = markerKey;
    }

    /**
     * One file per unit, {@code <unit code>_<YYYY-MM>.xlsx} in {@code outDir}.
     *
     * @param planCode  plan code, or null for the latest plan
     * @param unitCodes units to write for, or empty for every unit the plan assigns a task or an indicator to
     */
    public List<Generated> generate(String planCode, YearMonth month, List<String> unitCodes, Path outDir) {
        Plan plan = catalog.plan(planCode, MonthRange.of(month));
        List<Unit> units = unitCodes.isEmpty() ? catalog.reportingUnits(plan, month)
                : catalog.reportingUnits(plan, month, unitCodes);
        TemplateFiles.createFolder(outDir);
        List<Generated> written = new ArrayList<>();
        try (Progress progress = Progress.start("Tạo mẫu báo cáo", units.size(), " tệp")) {
            for (Unit unit : units) {
                UnitTemplate template = catalog.template(plan, unit, month);
                Path file = outDir.resolve(TemplateFiles.fileName(unit.code(), month));
                TemplateFiles.save(workbook(template), file);
                written.add(new Generated(file, unit.code(), unit.name(), template.tasks().size(),
                        template.indicators().size(), template.prefilledFrom().orElse(null)));
                progress.step();
            }
        }
        return written;
    }

    /** The workbook of a template, with its marker signed by the warehouse key. */
    public XSSFWorkbook workbook(UnitTemplate template) {
        WorkbookMarker marker = WorkbookMarker.signed(template.plan().code(), template.unit().code(),
                template.month().toString(), WorkbookLayout.TEMPLATE_VERSION, markerKey.bytes());
        return TemplateWorkbook.build(template, marker);
    }

    /**
     * A workbook written.
     *
     * @param prefilledFrom latest month whose accepted values were carried over, or null when none were
     */
    public record Generated(Path path, String unitCode, String unitName, int tasks, int indicators, YearMonth prefilledFrom) {
    }
}
