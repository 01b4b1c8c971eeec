package vn.da06.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of the XLSX export's flat data sheets ("Dữ liệu chỉ tiêu", "Dữ liệu nhiệm vụ"), written to a file as the
 * report is filled and read back when the XLSX is exported. They can run to hundreds of thousands of rows that only
 * one format prints, so they stream from the query to this file and from it into the workbook, never all in memory,
 * and they come from the same database snapshot as the document's figures.
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

    /** Rows between two resets of the object stream, so that its back-reference table stays small. */
    private static final int RESET_EVERY = 1_000;
    /** What a row may hold: the value types JDBC returns for the queries' columns, and the arrays of a row. */
    private static final ObjectInputFilter VALUES_ONLY = ObjectInputFilter.Config.createFilter(
            "java.lang.String;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Short;java.lang.Boolean;"
                    + "java.lang.Object;java.math.BigDecimal;java.math.BigInteger;java.util.Date;java.sql.Date;java.sql.Timestamp;!*");

    private DataSheetRows() {
    }

    /** Where the rows of a filled report are kept: beside it. */
    static Path beside(Path filledReport) {
        return filledReport.resolveSibling(filledReport.getFileName() + ".rows");
    }

    static Writer create(Path file) throws IOException {
        return new Writer(new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
    }

    static Reader open(Path file) throws IOException {
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        in.setObjectInputFilter(VALUES_ONLY);
        return new Reader(in);
    }

    /** Writes sheet after sheet: its name and headers, then its rows (values of the types JDBC returned). */
    static final class Writer implements AutoCloseable {

        private final ObjectOutputStream out;
        private int rows;
        private boolean inSheet;

        private Writer(ObjectOutputStream out) {
            this.out = out;
        }

        void sheet(String name, String[] headers) throws IOException {
            endSheet();
            out.writeBoolean(true);
            out.writeUTF(name);
            out.writeObject(headers);
            inSheet = true;
        }

        void row(Object[] values) throws IOException {
            out.writeObject(values);
            if (++rows % RESET_EVERY == 0) {
                out.reset();
            }
        }

        private void endSheet() throws IOException {
            if (inSheet) {
                out.writeObject(null);
                inSheet = false;
            }
        }

        @Override
        public void close() throws IOException {
            try (out) {
                endSheet();
                out.writeBoolean(false);
            }
        }
    }

    /** Reads the sheets back in the order they were written. */
    static final class Reader implements AutoCloseable {

        private final ObjectInputStream in;

        private Reader(ObjectInputStream in) {
            this.in = in;
        }

        /** The next sheet's name and headers, or null after the last sheet. */
        SheetStart nextSheet() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new SheetStart(in.readUTF(), (String[]) readObject());
        }

        /** The next row of the current sheet, or null at its end. */
        Object[] nextRow() throws IOException {
            return (Object[]) readObject();
        }

        private Object readObject() throws IOException {
            try {
                return in.readObject();
            } catch (ClassNotFoundException | EOFException e) {
                throw new IOException("the data sheet rows of the filled report are incomplete", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    record SheetStart(String name, String[] headers) {
    }
}
