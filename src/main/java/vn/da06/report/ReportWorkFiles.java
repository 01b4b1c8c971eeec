package vn.da06.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;

/**
 * What a report run keeps between its steps under {@code <home>/work}: the filled report
 * ({@code report-<job instance>.jrprint}) and the rows of its data sheets beside it. They belong to the job instance,
 * so that a restart exports what the failed run filled instead of filling again.
 */
@Component
class ReportWorkFiles {

    private static final Pattern FILLED_REPORT = Pattern.compile("report-(\\d+)\\.jrprint");

    private final Path folder;

    ReportWorkFiles(Da06Properties folders) {
        this.folder = folders.home().resolve("work");
    }

    /** The filled report of a job instance (its data sheets' rows: {@link DataSheetRows#beside}). */
    Path filledReport(long jobInstanceId) {
        return folder.resolve("report-" + jobInstanceId + ".jrprint");
    }

    /** The job instances whose filled report is kept. */
    List<Long> instances() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> FILLED_REPORT.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Long.valueOf(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long jobInstanceId) {
        Path filled = filledReport(jobInstanceId);
        try {
            Files.deleteIfExists(filled);
            Files.deleteIfExists(DataSheetRows.beside(filled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
