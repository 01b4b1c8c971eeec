package vn.da06.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.springframework.stereotype.Component;

/** The report templates, compiled at build time (see {@link TemplateCompiler}) and loaded once from the classpath. */
@Component
class ReportTemplates {

    /** Parts that the main templates embed, passed to them by name in the SUBREPORTS parameter. */
    static final List<String> SUBREPORTS = List.of("header", "signature", "indicators", "indicator-chart",
            "indicator-trends", "indicator-units", "forecast", "directives", "task-groups", "task-list", "task-table",
            "task-changes", "unit-reporting", "unit-submissions", "unit-ranking", "rejected-submissions", "quotes",
            "merger-comparison");

    private final Map<String, JasperReport> cache = new ConcurrentHashMap<>();

    JasperReport get(String name) {
        return cache.computeIfAbsent(name, ReportTemplates::load);
    }

    Map<String, JasperReport> subreports() {
        return SUBREPORTS.stream().collect(Collectors.toMap(Function.identity(), this::get));
    }

    private static JasperReport load(String name) {
        String resource = "/report-templates/" + name + ".jasper";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("compiled report template missing: " + resource + " (build with ./mvnw package)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load report template " + resource, e);
        }
    }
}
