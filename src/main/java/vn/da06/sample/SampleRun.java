package vn.da06.sample;

import java.time.YearMonth;
import java.util.List;

/**
 * What a sample run wrote: the files in order of arrival per unit and month, and the reports units never sent.
 *
 * @param files   every workbook written
 * @param missing units and months without any workbook
 */
public record SampleRun(List<SampleFile> files, List<UnitMonth> missing) {

    public SampleRun {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }

    public long count(SampleFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).count();
    }

    public record UnitMonth(String unitCode, YearMonth month) {
    }
}
