package vn.da06.submission;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import vn.da06.workbook.WorkbookLayout;

/**
 * One workbook read three ways, on one thread (JMH, average time per workbook): da06's reader (event API, within
 * limits, the sheets the import reads), the parse floor (zip + SAX, every cell of every sheet), and POI's usermodel
 * as the naive baseline opens it. Run by {@code BenchRunner} on a generated commune workbook ({@code file}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {

    private static final Set<String> SHEETS = Set.of(WorkbookLayout.COVER_SHEET, WorkbookLayout.TASK_SHEET,
            WorkbookLayout.INDICATOR_SHEET, WorkbookLayout.MARKER_SHEET);

    @Param("")
    public String file;

    @Benchmark
    public Object da06Reader() throws Exception {
        return XlsxCellReader.read(Path.of(file), SHEETS);
    }

    @Benchmark
    public Object leanZipSax() throws Exception {
        return vn.da06.bench.LeanXlsxAccess.read(Path.of(file));
    }

    @Benchmark
    public long poiUsermodel() throws Exception {
        long chars = 0;
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Path.of(file).toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        chars += formatter.formatCellValue(cell).length();
                    }
                }
            }
        }
        return chars;
    }
}
