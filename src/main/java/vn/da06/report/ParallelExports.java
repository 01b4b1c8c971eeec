package vn.da06.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The formats still to be written of a report, exported side by side (each format is a single-threaded pass over
 * the document, and a province's XLSX alone takes seconds), each into its part file; the
 * export step then takes them one at a time, in order, and commits each as it is moved into place.
 */
final class ParallelExports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParallelExports.class);

    /** Writes one format into its part file and returns it. */
    interface Export {
        Path write(ReportFormat format) throws Exception;
    }

    private final Map<ReportFormat, Background<Path>> parts = new EnumMap<>(ReportFormat.class);

    ParallelExports(List<ReportFormat> formats, Export export) {
        for (ReportFormat format : formats) {
            parts.put(format, Background.start("report-export-" + format.extension(), () -> export.write(format)));
        }
    }

    /** Waits for a format's part file; its export's failure is thrown as it was thrown. */
    Path await(ReportFormat format) throws Exception {
        Background<Path> part = parts.remove(format);
        if (part == null) {
            throw new IllegalStateException("format " + format + " was not started or was taken already");
        }
        return part.join();
    }

    /**
     * Waits for the exports not taken (the step failed before it reached them) and deletes their part files: nothing
     * of a failed run is left beside the reports.
     */
    @Override
    public void close() {
        for (Map.Entry<ReportFormat, Background<Path>> left : parts.entrySet()) {
            try {
                Files.deleteIfExists(left.getValue().join());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.debug("report export {} not taken: {}", left.getKey(), e.toString());
            }
        }
        parts.clear();
    }
}
