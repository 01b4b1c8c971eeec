package vn.da06.report;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** The formats of a request, one at a time; its position is saved, so a restart skips formats already written. */
class ReportFormatReader extends AbstractItemCountingItemStreamItemReader<ReportFormat> {

    private final List<ReportFormat> formats;

    ReportFormatReader(List<ReportFormat> formats) {
        this.formats = List.copyOf(formats);
        setName("reportFormatReader");
    }

    @Override
    protected ReportFormat doRead() {
        int next = getCurrentItemCount() - 1;
        return next < formats.size() ? formats.get(next) : null;
    }

    @Override
    protected void doOpen() {
        // the formats are in memory already
    }

    @Override
    protected void doClose() {
        // nothing to release
    }
}
