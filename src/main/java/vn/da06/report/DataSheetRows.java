package vn.da06.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the XLSX export's flat data sheets ("Dữ liệu chỉ tiêu", "Dữ liệu nhiệm vụ"), written to a file as the
 * report is filled and read back when the XLSX is exported. They can run to hundreds of thousands of rows that only
 * one format prints, so they stream from the query to this file and from it into the workbook, never all in memory,
 * and they come from the same database snapshot as the document's figures.
 * <p>
 * The file is a typed encoding, not Java serialization (which cost more than writing the sheets themselves): a tag
 * byte before each sheet, row and value, then the value's bytes. It holds only the value types the data sheet
 * queries return: text, decimal, whole numbers and dates; anything else is refused when it is written.
 */
final class DataSheetRows {

    /** A data sheet: its name in the workbook and the query of sql/report/ whose column names are its headers. */
    record Sheet(String name, String query) {
    }

    static final List<Sheet> SHEETS = List.of(new Sheet("Dữ liệu chỉ tiêu", "indicator-data"),
            new Sheet("Dữ liệu nhiệm vụ", "task-data"));
    /**
     * A rolled-up report's appendix lists only the units that need attention; every unit's reporting of every month
     * is then in a sheet of its own.
     */
    static final List<Sheet> ROLLED_UP_SHEETS = List.of(SHEETS.get(0), SHEETS.get(1),
            new Sheet("Dữ liệu báo cáo", "unit-reporting-data"));

    /** What comes next in the file: a sheet, a row of the current sheet, the current sheet's end, the file's end. */
    private static final byte SHEET = 1;
    private static final byte ROW = 2;
    private static final byte SHEET_END = 3;
    private static final byte FILE_END = 4;

    /** A value's type. A decimal whose digits fit a long is stored as that long and its scale. */
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte DECIMAL = 2;
    private static final byte LARGE_DECIMAL = 3;
    private static final byte INTEGER = 4;
    private static final byte LONG = 5;
    private static final byte DATE = 6;

    private static final int BUFFER = 1 << 16;

    private DataSheetRows() {
    }

    /** Where the rows of a filled report are kept: beside it. */
    static Path beside(Path filledReport) {
        return filledReport.resolveSibling(filledReport.getFileName() + ".rows");
    }

    static Writer create(Path file) throws IOException {
        return new Writer(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER)));
    }

    static Reader open(Path file) throws IOException {
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER)));
    }

    /** Writes sheet after sheet: its name and headers, then its rows (values of the types JDBC returned). */
    static final class Writer implements AutoCloseable {

        private final DataOutputStream out;
        private int columns = -1;

        private Writer(DataOutputStream out) {
            this.out = out;
        }

        void sheet(String name, String[] headers) throws IOException {
            endSheet();
            out.writeByte(SHEET);
            text(name);
            out.writeInt(headers.length);
            for (String header : headers) {
                text(header);
            }
            columns = headers.length;
        }

        /**
         * One row: text, {@link BigDecimal}, {@link Integer}, {@link Long}, {@link java.sql.Date} or
         * {@link LocalDate} values, or null; a date is read back as a {@link LocalDate}.
         */
        void row(Object[] values) throws IOException {
            if (values.length != columns) {
                throw new IllegalArgumentException("a row of " + values.length + " values in a sheet of " + columns + " columns");
            }
            out.writeByte(ROW);
            for (Object value : values) {
                value(value);
            }
        }

        private void value(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(TEXT);
                text(text);
            } else if (value instanceof BigDecimal number) {
                decimal(number);
            } else if (value instanceof Integer number) {
                out.writeByte(INTEGER);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof java.sql.Date day) {
                date(day.toLocalDate());
            } else if (value instanceof LocalDate day) {
                date(day);
            } else {
                throw new IllegalArgumentException("a data sheet value of type " + value.getClass().getName());
            }
        }

        private void decimal(BigDecimal number) throws IOException {
            BigInteger digits = number.unscaledValue();
            if (digits.bitLength() < Long.SIZE) {
                out.writeByte(DECIMAL);
                out.writeLong(digits.longValue());
            } else {
                out.writeByte(LARGE_DECIMAL);
                byte[] bytes = digits.toByteArray();
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.writeInt(number.scale());
        }

        private void date(LocalDate day) throws IOException {
            out.writeByte(DATE);
            out.writeLong(day.toEpochDay());
        }

        /** UTF-8 with its length in bytes: a cell's text may be longer than writeUTF's 64 KB. */
        private void text(String text) throws IOException {
            byte[] bytes = text.getBytes(UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void endSheet() throws IOException {
            if (columns >= 0) {
                out.writeByte(SHEET_END);
                columns = -1;
            }
        }

        @Override
        public void close() throws IOException {
            try (out) {
                endSheet();
                out.writeByte(FILE_END);
            }
        }
    }

    /** Reads the sheets back in the order they were written. */
    static final class Reader implements AutoCloseable {

        private final DataInputStream in;
        private byte[] bytes = new byte[256];
        private int columns = -1;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        /** The next sheet's name and headers, or null after the last sheet. */
        SheetStart nextSheet() throws IOException {
            try {
                byte tag = in.readByte();
                if (tag == FILE_END) {
                    return null;
                }
                expect(tag, SHEET);
                String name = text();
                String[] headers = new String[in.readInt()];
                for (int c = 0; c < headers.length; c++) {
                    headers[c] = text();
                }
                columns = headers.length;
                return new SheetStart(name, headers);
            } catch (EOFException e) {
                throw incomplete(e);
            }
        }

        /** The next row of the current sheet, or null at its end. */
        Object[] nextRow() throws IOException {
            try {
                byte tag = in.readByte();
                if (tag == SHEET_END) {
                    columns = -1;
                    return null;
                }
                expect(tag, ROW);
                Object[] values = new Object[columns];
                for (int c = 0; c < values.length; c++) {
                    values[c] = value();
                }
                return values;
            } catch (EOFException e) {
                throw incomplete(e);
            }
        }

        private Object value() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> text();
                case DECIMAL -> BigDecimal.valueOf(in.readLong(), in.readInt());
                case LARGE_DECIMAL -> {
                    byte[] digits = new byte[in.readInt()];
                    in.readFully(digits);
                    yield new BigDecimal(new BigInteger(digits), in.readInt());
                }
                case INTEGER -> in.readInt();
                case LONG -> in.readLong();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                default -> throw incomplete(null);
            };
        }

        private String text() throws IOException {
            int length = in.readInt();
            if (length > bytes.length) {
                bytes = new byte[Math.max(length, bytes.length * 2)];
            }
            in.readFully(bytes, 0, length);
            return new String(bytes, 0, length, UTF_8);
        }

        private static void expect(byte tag, byte expected) throws IOException {
            if (tag != expected) {
                throw incomplete(null);
            }
        }

        private static IOException incomplete(EOFException cause) {
            return new IOException("the data sheet rows of the filled report are incomplete", cause);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    record SheetStart(String name, String[] headers) {
    }
}
