package vn.da06.report;

import java.util.Arrays;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Output formats: PDF to sign and send, DOCX for staff who edit, XLSX for analysts (numbers as numbers). */
enum ReportFormat {
    PDF, DOCX, XLSX;

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads one format typed on the command line, refusing others with a Vietnamese message. */
    static final class Converter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(value.trim())).findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "định dạng \"" + value + "\" không có; chọn trong pdf, docx, xlsx (cách nhau bằng dấu phẩy)."));
        }
    }
}
