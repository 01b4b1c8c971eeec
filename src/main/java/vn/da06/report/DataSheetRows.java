package vn.da06.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        return new Writer(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE));
    }

    static Reader open(Path file) throws IOException {
        return new Reader(FileChannel.open(file, StandardOpenOption.READ));
    }

    /**
     * Writes sheet after sheet: its name and headers, then its rows (values of the types JDBC returned). Through a
     * buffer of its own: a buffered stream's lock on every byte cost as much as the encoding.
     */
    static final class Writer implements AutoCloseable {

        private final FileChannel file;
        private ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private int columns = -1;

        private Writer(FileChannel file) {
            this.file = file;
        }

        void sheet(String name, String[] headers) throws IOException {
            endSheet();
            room(1).put(SHEET);
            text(name);
            room(4).putInt(headers.length);
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
            room(1).put(ROW);
            for (Object value : values) {
                value(value);
            }
        }

        private void value(Object value) throws IOException {
            if (value == null) {
                room(1).put(NULL);
            } else if (value instanceof String text) {
                room(1).put(TEXT);
                text(text);
            } else if (value instanceof BigDecimal number) {
                decimal(number);
            } else if (value instanceof Integer number) {
                room(5).put(INTEGER).putInt(number);
            } else if (value instanceof Long number) {
                room(9).put(LONG).putLong(number);
            } else if (value instanceof java.sql.Date day) {
                room(9).put(DATE).putLong(day.toLocalDate().toEpochDay());
            } else if (value instanceof LocalDate day) {
                room(9).put(DATE).putLong(day.toEpochDay());
            } else {
                throw new IllegalArgumentException("a data sheet value of type " + value.getClass().getName());
            }
        }

        private void decimal(BigDecimal number) throws IOException {
            BigInteger digits = number.unscaledValue();
            if (digits.bitLength() < Long.SIZE) {
                room(13).put(DECIMAL).putLong(digits.longValue()).putInt(number.scale());
            } else {
                byte[] bytes = digits.toByteArray();
                room(9 + bytes.length).put(LARGE_DECIMAL).putInt(bytes.length).put(bytes).putInt(number.scale());
            }
        }

        /** UTF-8 with its length in bytes. */
        private void text(String text) throws IOException {
            byte[] bytes = text.getBytes(UTF_8);
            room(4 + bytes.length).putInt(bytes.length).put(bytes);
        }

        /** The buffer, with room for so many bytes more. */
        private ByteBuffer room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
                if (buffer.capacity() < bytes) {
                    buffer = ByteBuffer.allocate(bytes);
                }
            }
            return buffer;
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            buffer.clear();
        }

        private void endSheet() throws IOException {
            if (columns >= 0) {
                room(1).put(SHEET_END);
                columns = -1;
            }
        }

        @Override
        public void close() throws IOException {
            try (file) {
                endSheet();
                room(1).put(FILE_END);
                drain();
            }
        }
    }

    /** Reads the sheets back in the order they were written. */
    static final class Reader implements AutoCloseable {

        private final FileChannel file;
        private ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();
        private int columns = -1;

        private Reader(FileChannel file) {
            this.file = file;
        }

        /** The next sheet's name and headers, or null after the last sheet. */
        SheetStart nextSheet() throws IOException {
            byte tag = next(1).get();
            if (tag == FILE_END) {
                return null;
            }
            expect(tag, SHEET);
            String name = text();
            String[] headers = new String[next(4).getInt()];
            for (int c = 0; c < headers.length; c++) {
                headers[c] = text();
            }
            columns = headers.length;
            return new SheetStart(name, headers);
        }

        /** The next row of the current sheet, or null at its end. */
        Object[] nextRow() throws IOException {
            byte tag = next(1).get();
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
        }

        private Object value() throws IOException {
            byte tag = next(1).get();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> text();
                case DECIMAL -> {
                    ByteBuffer bytes = next(12);
                    yield BigDecimal.valueOf(bytes.getLong(), bytes.getInt());
                }
                case LARGE_DECIMAL -> {
                    byte[] digits = new byte[next(4).getInt()];
                    next(digits.length).get(digits);
                    yield new BigDecimal(new BigInteger(digits), next(4).getInt());
                }
                case INTEGER -> next(4).getInt();
                case LONG -> next(8).getLong();
                case DATE -> LocalDate.ofEpochDay(next(8).getLong());
                default -> throw incomplete();
            };
        }

        private String text() throws IOException {
            int length = next(4).getInt();
            ByteBuffer bytes = next(length);
            String text = new String(bytes.array(), bytes.position(), length, UTF_8);
            bytes.position(bytes.position() + length);
            return text;
        }

        /** The buffer, holding at least so many bytes more; the file ends early only when it was cut short. */
        private ByteBuffer next(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                if (buffer.capacity() < bytes) {
                    buffer = ByteBuffer.allocate(bytes).put(buffer);
                } else {
                    buffer.compact();
                }
                while (buffer.position() < bytes) {
                    if (file.read(buffer) < 0) {
                        throw incomplete();
                    }
                }
                buffer.flip();
            }
            return buffer;
        }

        private static void expect(byte tag, byte expected) throws IOException {
            if (tag != expected) {
                throw incomplete();
            }
        }

        private static IOException incomplete() {
            return new IOException("the data sheet rows of the filled report are incomplete");
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    record SheetStart(String name, String[] headers) {
    }
}
