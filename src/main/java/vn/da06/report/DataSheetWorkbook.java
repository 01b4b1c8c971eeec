package vn.da06.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook (SXSSF) for the XLSX export's data sheets, with their XML written faster and unchanged,
 * byte for byte: through an {@link UnsynchronizedUtf8Writer} instead of a locking {@code BufferedWriter}, and
 * escaped a run of characters at a time instead of one code point (and one array) at a time. Those two were most of
 * the export of a province's data sheets (hundreds of millions of characters). Rows of plain values may also go
 * straight to a sheet's XML ({@link SheetXml#row}), without a POI row and cell objects for each. The workbook is
 * compressed less hard than POI's default ({@link #COMPRESSION_LEVEL}).
 */
final class DataSheetWorkbook extends SXSSFWorkbook {

    /**
     * Deflate's level 3 rather than its default, 6. A 3,000-unit half-year review's sheets are 440 MB of XML: at 6,
     * writing the workbook (mostly deflating them) took 3.4 s of CPU, longer than making the sheets; at 3 it takes
     * 1.8 s, for a file of 36 MB instead of 31 (levels 1 and 2 save 0.3 s more for 41 to 43 MB). Excel and
     * LibreOffice read any level.
     */
    private static final int COMPRESSION_LEVEL = 3;

    /**
     * The XML writer of the sheet made last: POI makes it while it makes the sheet. No initial value, which would be
     * set after POI's constructor has made the writers of the pages' sheets.
     */
    private SheetXml made;

    /** @param rowsInMemory rows of a sheet kept in memory while the rest streams to a temporary file */
    DataSheetWorkbook(XSSFWorkbook pages, int rowsInMemory) {
        super(pages, rowsInMemory);
    }

    /** A new sheet, and the writer of its XML for rows written straight. */
    NewSheet createDataSheet(String name) {
        SXSSFSheet sheet = createSheet(name);
        return new NewSheet(sheet, made);
    }

    record NewSheet(SXSSFSheet sheet, SheetXml xml) {
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        made = new SheetXml();
        return made;
    }

    /** Compresses the workbook at {@link #COMPRESSION_LEVEL}. */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(COMPRESSION_LEVEL);
        return zip;
    }

    /** POI's sheet XML, written as above; SXSSF calls it for every sheet, Jasper's pages included. */
    static final class SheetXml extends SheetDataWriter {

        private static final String[] COLUMNS = new String[64];

        static {
            for (int c = 0; c < COLUMNS.length; c++) {
                COLUMNS[c] = CellReference.convertNumToColString(c);
            }
        }

        /**
         * Rows written straight ({@link #row}), beside those POI wrote: the counts SXSSF reads to keep rows in order
         * and to find the sheet's first row.
         */
        private int rowsWritten;
        private int lowestRowWritten;
        private int lastRowWritten = -1;

        SheetXml() throws IOException {
        }

        /**
         * Writes a row straight, as {@code writeRow} writes a POI row of the same cells: a cell for each column with
         * a style, holding its text when it has one and its number when not. The row must come after every row POI
         * wrote, and POI's rows after it: SXSSF checks the order from the counts below.
         */
        void row(int rownum, CellStyle[] styles, double[] numbers, String[] texts) throws IOException {
            String r = Integer.toString(rownum + 1);
            _out.write("<row r=\"");
            _out.write(r);
            _out.write("\">\n");
            for (int c = 0; c < styles.length; c++) {
                if (styles[c] == null) {
                    continue;
                }
                _out.write("<c r=\"");
                _out.write(c < COLUMNS.length ? COLUMNS[c] : CellReference.convertNumToColString(c));
                _out.write(r);
                _out.write('"');
                int style = styles[c].getIndex() & 0xffff;
                if (style != 0) {
                    _out.write(" s=\"");
                    _out.write(Integer.toString(style));
                    _out.write('"');
                }
                if (texts[c] == null) {
                    _out.write(" t=\"n\"><v>");
                    _out.write(Double.toString(numbers[c]));
                    _out.write("</v>");
                } else {
                    _out.write(" t=\"inlineStr\"><is><t");
                    if (spacedAtAnEnd(texts[c])) {
                        _out.write(" xml:space=\"preserve\"");
                    }
                    _out.write('>');
                    outputEscapedString(texts[c]);
                    _out.write("</t></is>");
                }
                _out.write("</c>");
            }
            _out.write("</row>\n");
            if (rowsWritten++ == 0) {
                lowestRowWritten = rownum;
            }
            lastRowWritten = rownum;
        }

        private static boolean spacedAtAnEnd(String text) {
            return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)));
        }

        @Override
        public int getNumberOfFlushedRows() {
            return super.getNumberOfFlushedRows() + rowsWritten;
        }

        @Override
        public int getLowestIndexOfFlushedRows() {
            return super.getNumberOfFlushedRows() > 0 ? super.getLowestIndexOfFlushedRows() : lowestRowWritten;
        }

        @Override
        public int getLastFlushedRow() {
            return Math.max(super.getLastFlushedRow(), lastRowWritten);
        }

        /**
         * Called by POI's constructor for the temporary file that holds the sheet's XML (deprecated as public: POI 6
         * is to make it protected).
         */
        @Override
        public Writer createWriter(File file) throws IOException {
            return new UnsynchronizedUtf8Writer(new FileOutputStream(file));
        }

        /**
         * POI's escaping ({@code SheetDataWriter.outputEscapedString}), with runs of characters that need none written
         * whole. POI goes by code point, but every character it replaces is a single UTF-16 unit and no half of a
         * surrogate pair is one of them, so going by character writes the same.
         */
        @Override
        protected void outputEscapedString(String text) throws IOException {
            if (text == null) {
                return;
            }
            int written = 0;
            for (int i = 0; i < text.length(); i++) {
                String escaped = escaped(text.charAt(i));
                if (escaped != null) {
                    _out.write(text, written, i - written);
                    _out.write(escaped);
                    written = i + 1;
                }
            }
            _out.write(text, written, text.length() - written);
        }

        /** What POI writes instead of a character, or null when it writes the character itself. */
        private static String escaped(char c) {
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                // Control characters and the two non-characters, which XML cannot hold.
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
        }
    }
}
