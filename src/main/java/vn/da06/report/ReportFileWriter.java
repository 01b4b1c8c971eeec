package vn.da06.report;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the filled report in each requested format (one chunk item per format). At the first format it takes, the
 * formats from there on are exported side by side ({@link ParallelExports}); each chunk then waits for its own and
 * moves it into place, so a restart still skips the formats whose chunk was committed.
 */
class ReportFileWriter implements ItemStreamWriter<ReportFormat> {

    private final ReportRequest request;
    private final Path filled;
    private final ReportExporter exporter;
    private ParallelExports exports;

    ReportFileWriter(ReportRequest request, Path filled, ReportExporter exporter) {
        this.request = request;
        this.filled = filled;
        this.exporter = exporter;
    }

    @Override
    public void write(Chunk<? extends ReportFormat> chunk) throws Exception {
        for (ReportFormat format : chunk) {
            if (exports == null) {
                exports = start(format);
            }
            exporter.publish(exports.await(format), request.file(format));
        }
    }

    /**
     * Each format reads its own copy of the filled report: a filled page holds live objects that exporters draw and
     * are not safe to draw from two threads at once (a chart's legend is laid out as it is drawn, JFreeChart).
     */
    private ParallelExports start(ReportFormat first) {
        String title = request.kind().title(request.periodCode());
        List<ReportFormat> formats = request.formats();
        List<ReportFormat> left = formats.subList(formats.indexOf(first), formats.size());
        return new ParallelExports(left, format -> exporter.write(FilledReport.load(filled.toFile()),
                DataSheetRows.beside(filled), format, request.file(format), title));
    }

    @Override
    public void close() {
        if (exports != null) {
            exports.close();
            exports = null;
        }
    }
}
