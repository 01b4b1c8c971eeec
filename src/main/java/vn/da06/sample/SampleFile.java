package vn.da06.sample;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A workbook the sample generator wrote into the inbox layout.
 *
 * @param path     the file, {@code <out>/<unit code>/<name>.xlsx}; its last-modified time is {@code arrival}
 * @param unitCode the unit whose inbox folder holds the file
 * @param month    the reporting month
 * @param arrival  simulated arrival time
 * @param kind     what the file is: a first report on time or late, a second report replacing the first, or a
 *                 workbook with one mistake that the import must reject
 * @param mistake  the mistake, for kind MISTAKE only (else null)
 * @param detail   for MISTAKE, where and what (Vietnamese, e.g. "Chỉ tiêu!E5: tử số 130 lớn hơn mẫu số 120"); for
 *                 RESUBMISSION, what changed; else null
 */
public record SampleFile(Path path, String unitCode, YearMonth month, Instant arrival, Kind kind, Mistake mistake,
                         String detail) {

    public enum Kind { ON_TIME, LATE, RESUBMISSION, MISTAKE }
}
