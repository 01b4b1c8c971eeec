package vn.da06.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.springframework.stereotype.Component;

/** Fills the templates of a report kind with the figures of the warehouse and the settings of {@code da06.report}. */
@Component
class ReportFiller {

    private final ReportQueries queries;
    private final ReportTemplates templates;
    private final ReportProperties settings;
    private final SharedSnapshot snapshot;

    ReportFiller(ReportQueries queries, ReportTemplates templates, ReportProperties settings, SharedSnapshot snapshot) {
        this.queries = queries;
        this.templates = templates;
        this.settings = settings;
        this.snapshot = snapshot;
    }

    /**
     * Fills the report into a file, and the rows of its data sheets beside it. The caller's REPEATABLE READ
     * transaction gives both one snapshot of the warehouse; the data sheets stream on a second connection sharing it
     * (hundreds of thousands of rows at a province's scale), which then takes the document's queries the fill's own
     * connection has not started yet, from the end of the list.
     */
    void fill(ReportRequest request, Path file) throws Exception {
        boolean rollUp = rollsUp(request);
        DocumentQueries queried = queries.document(request, rollUp ? settings.unitsListed() : ReportQueries.ALL_UNITS);
        SharedSnapshot.Beside<Void> beside = snapshot.start("report-second-connection", () -> {
            try (DataSheetRows.Writer rows = DataSheetRows.create(DataSheetRows.beside(file))) {
                queries.dataSheets(request, rollUp, rows);
            }
            queried.runFromTheEnd();
            return null;
        });
        try {
            queried.run();
            fill(request, queried.data(), rollUp).save(file.toFile());
        } catch (Exception | Error e) {
            queried.cancel();
            beside.awaitQuietly();
            throw e;
        }
        beside.join();
    }

    /**
     * Whether the plan has more reporting units than a document can list one by one: its tables then name only the
     * units that need attention, and every unit's figures are left to the XLSX data sheets.
     */
    private boolean rollsUp(ReportRequest request) {
        Map<String, Object> summary = queries.summary(request.planCode(), request.period(), request.reportDate());
        return ((Number) summary.get("units_expected")).intValue() > settings.rollUpAbove();
    }

    private FilledReport fill(ReportRequest request, ReportData data, boolean rollUp) throws JRException {
        ReportPeriod period = request.period();
        Map<String, Object> plan = queries.plan(request.planCode(), period);
        Map<String, Object> parameters = parameters(request, period, plan, data);
        DocumentOutlines.Context context = new DocumentOutlines.Context(request.kind(), period, (String) plan.get("name"),
                (String) plan.get("decision"), lines(plan.get("grounds")), settings.lessons(), settings.proposals(),
                (String) parameters.get("DOCUMENT_NUMBER"), Area.of(plan), rollUp);

        List<JasperPrint> document = new ArrayList<>();
        boolean hasData = data.count("accepted_submissions") > 0;
        boolean review = request.kind() != ReportKind.MONTHLY;
        Outline body = !hasData ? noData(period) : review ? DocumentOutlines.review(data, context)
                : DocumentOutlines.monthly(data, context);
        JasperPrint printed = fill("document", parameters, body.dataSource(), "Báo cáo");
        document.add(printed);
        if (review && hasData) {
            parameters.put("PAGE_OFFSET", printed.getPages().size());
            document.add(fill("appendix", parameters, DocumentOutlines.appendix(data, context).dataSource(), "Phụ lục"));
        }
        return new FilledReport(document);
    }

    /** The page of a period without accepted workbooks, made only when asked for (da06 report --allow-empty). */
    private static Outline noData(ReportPeriod period) {
        return new Outline().para("Chưa có số liệu báo cáo cho kỳ " + period.label()
                + ": chưa đơn vị nào gửi báo cáo được tiếp nhận.").signature(null);
    }

    private static List<String> lines(Object text) {
        return text == null || text.toString().isBlank() ? List.of() : List.of(text.toString().split("\n"));
    }

    /**
     * Jasper writes into the parameter map while filling, so each fill gets a mutable copy; sub-reports get the
     * document's parameters (not the built-in ones) through DOCUMENT.
     */
    private JasperPrint fill(String template, Map<String, Object> document, JRDataSource rows, String name) throws JRException {
        Map<String, Object> parameters = new HashMap<>(document);
        parameters.put("DOCUMENT", Collections.unmodifiableMap(new HashMap<>(document)));
        parameters.put(JRParameter.REPORT_LOCALE, ReportText.VIETNAMESE);
        JasperPrint print = JasperFillManager.fillReport(templates.get(template), parameters, rows);
        print.setName(name);
        return print;
    }

    private Map<String, Object> parameters(ReportRequest request, ReportPeriod period, Map<String, Object> plan, ReportData data) {
        Map<String, Object> p = new HashMap<>();
        p.put("DATA", data);
        p.put("SUBREPORTS", templates.subreports());
        p.put("KIND", request.kind().code);
        p.put("ISSUING_BODY", String.join("\n", DocumentText.issuingBodyLines((String) plan.get("issuing_body"))));
        p.put("DOCUMENT_NUMBER", DocumentText.documentNumber(settings.documentNumber()));
        p.put("PLACE_AND_DATE", DocumentText.placeAndDate((String) plan.get("place_name"), request.reportDate()));
        p.put("SUBJECT", subject(request.kind(), period, Area.of(plan)));
        p.put("AREA", Area.of(plan).ground());
        p.put("PLAN_NAME", plan.get("name"));
        p.put("PERIOD_LABEL", period.label());
        p.put("PREVIOUS_LABEL", period.previousLabel());
        p.put("NEXT_LABEL", period.nextLabel());
        p.put("SIGNER_AUTHORITY", String.join("\n", settings.signer().authority()));
        p.put("SIGNER_TITLE", settings.signer().title());
        p.put("SIGNER_NAME", settings.signer().name());
        p.put("RECIPIENTS", DocumentText.recipients(lines(plan.get("recipients")), settings.filedWith()));
        p.put("PAGE_OFFSET", 0);
        return p;
    }

    private static String subject(ReportKind kind, ReportPeriod period, Area area) {
        return switch (kind) {
            case MONTHLY -> "Kết quả thực hiện Đề án 06 trên địa bàn " + area.ground() + " " + period.label();
            case HALF_YEAR -> "Sơ kết " + period.label() + " thực hiện Đề án 06 trên địa bàn " + area.ground();
            case ANNUAL -> "Tổng kết " + period.label() + " thực hiện Đề án 06 trên địa bàn " + area.ground();
        };
    }
}
