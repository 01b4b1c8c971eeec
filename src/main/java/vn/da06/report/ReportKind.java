package vn.da06.report;

import java.util.Arrays;
import java.util.stream.Collectors;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The three reports of the reporting cycle, with the code the command line and output file names use. */
enum ReportKind {

    MONTHLY("monthly", "báo cáo tháng"),
    HALF_YEAR("half-year", "sơ kết 6 tháng"),
    ANNUAL("annual", "tổng kết năm");

    final String code;
    final String vietnameseName;

    ReportKind(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    /** The report of a period as users name it, e.g. "sơ kết 6 tháng 2024-H1". */
    String title(String periodCode) {
        return vietnameseName + " " + periodCode;
    }

    static ReportKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report kind " + code));
    }

    /** Reads the kind typed on the command line, refusing others with a Vietnamese message. */
    static final class Converter implements ITypeConverter<ReportKind> {
        @Override
        public ReportKind convert(String value) {
            return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(value.trim())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("loại báo cáo \"" + value + "\" không có; chọn một trong: "
                            + Arrays.stream(values()).map(k -> k.code + " (" + k.vietnameseName + ")")
                            .collect(Collectors.joining(", ")) + "."));
        }
    }
}
