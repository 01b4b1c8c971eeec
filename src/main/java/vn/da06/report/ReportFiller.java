package vn.da06.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
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

    ReportFiller(ReportQueries queries, ReportTemplates templates, ReportProperties settings) {
        this.queries = queries;
        this.templates = templates;
        this.settings = settings;
    }

    /**
     * Fills the report into a file, and the rows of its data sheets beside it. The caller's transaction gives both
     * one snapshot of the warehouse.
     */
    void fill(ReportRequest request, Path file) throws JRException, IOException {
        fill(request).save(file.toFile());
        try (DataSheetRows.Writer rows = DataSheetRows.create(DataSheetRows.beside(file))) {
            queries.dataSheets(request, rows);
        }
    }

    private FilledReport fill(ReportRequest request) throws JRException {
        ReportPeriod period = request.period();
        Map<String, Object> plan = queries.plan(request.planCode(), period);
        ReportData data = queries.data(request);
        Map<String, Object> parameters = parameters(request, period, plan, data);

        List<JasperPrint> document = new ArrayList<>();
        boolean review = request.kind() != ReportKind.MONTHLY;
        JasperPrint body = fill(review ? "review" : "monthly", parameters, new JREmptyDataSource(1), "Báo cáo");
        document.add(body);
        if (review && data.count("accepted_submissions") > 0) {
            parameters.put("PAGE_OFFSET", body.getPages().size());
            document.add(fill("appendix", parameters, new JREmptyDataSource(1), "Phụ lục"));
        }
        return new FilledReport(document);
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
        p.put("SUBJECT", subject(request.kind(), period));
        p.put("PLAN_NAME", plan.get("name"));
        p.put("PLAN_DECISION", plan.get("decision"));
        p.put("PERIOD_LABEL", period.label());
        p.put("PREVIOUS_LABEL", period.previousLabel());
        p.put("NEXT_LABEL", period.nextLabel());
        p.put("SIGNER_AUTHORITY", String.join("\n", settings.signer().authority()));
        p.put("SIGNER_TITLE", settings.signer().title());
        p.put("SIGNER_NAME", settings.signer().name());
        p.put("RECIPIENTS", DocumentText.recipients(settings.recipients(), settings.filedWith()));
        p.put("PAGE_OFFSET", 0);
        return p;
    }

    private static String subject(ReportKind kind, ReportPeriod period) {
        return switch (kind) {
            case MONTHLY -> "Kết quả thực hiện Đề án 06 trên địa bàn huyện " + period.label();
            case HALF_YEAR -> "Sơ kết " + period.label() + " thực hiện Đề án 06 trên địa bàn huyện";
            case ANNUAL -> "Tổng kết " + period.label() + " thực hiện Đề án 06 trên địa bàn huyện";
        };
    }
}
