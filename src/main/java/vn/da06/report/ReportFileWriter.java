package vn.da06.report;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes the filled report in each requested format (one chunk item per format). */
class ReportFileWriter implements ItemWriter<ReportFormat> {

    private final ReportRequest request;
    private final Path filled;
    private final ReportExporter exporter;

    ReportFileWriter(ReportRequest request, Path filled, ReportExporter exporter) {
        this.request = request;
        this.filled = filled;
        this.exporter = exporter;
    }

    @Override
    public void write(Chunk<? extends ReportFormat> chunk) throws Exception {
        String title = request.kind().title(request.periodCode());
        FilledReport report = FilledReport.load(filled.toFile());
        for (ReportFormat format : chunk) {
            exporter.export(report, DataSheetRows.beside(filled), format, request.file(format), title);
        }
    }
}
