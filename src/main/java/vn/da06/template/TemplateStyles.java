package vn.da06.template;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a template, made once per workbook. Input cells are unlocked with a pale yellow fill;
 * pre-filled input cells are pale blue; everything else stays locked when the sheet is protected.
 */
final class TemplateStyles {

    /** Font of every cell: Vietnamese administrative documents use Times New Roman. */
    static final String FONT = "Times New Roman";
    static final short FONT_POINTS = 12;
    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    static final byte[] PREFILLED_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
    private static final byte[] COMPUTED_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

    /** What an input cell holds, which decides its number format. */
    enum Input {
        TEXT("@"), DECIMAL("General"), WHOLE("#,##0"), DATE("dd/mm/yyyy");

        private final String format;

        Input(String format) {
            this.format = format;
        }
    }

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle centered;
    final XSSFCellStyle number;
    final XSSFCellStyle ratio;
    final XSSFCellStyle plain;
    final XSSFCellStyle bold;
    private final Map<Input, XSSFCellStyle> inputs = new EnumMap<>(Input.class);
    private final Map<Input, XSSFCellStyle> prefilled = new EnumMap<>(Input.class);
    private final XSSFWorkbook workbook;
    private final XSSFFont normalFont;

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints(FONT_POINTS);
        // The default font names the theme's font (Calibri); without this, viewers ignore the name set above.
        normal.setScheme(FontScheme.NONE);
        normal.setFamily(FontFamily.ROMAN);
        XSSFFont boldFont = font(true, false, FONT_POINTS);
        // Set on every style: LibreOffice shows a style that does not name its font in its own default font.
        normalFont = font(false, false, FONT_POINTS);

        title = workbook.createCellStyle();
        title.setFont(font(true, false, (short) 14));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(false, true, FONT_POINTS));
        subtitle.setWrapText(true);
        subtitle.setVerticalAlignment(VerticalAlignment.TOP);
        header = boxed(HorizontalAlignment.CENTER);
        header.setFont(boldFont);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, HEADER_FILL);
        label = boxed(HorizontalAlignment.LEFT);
        label.setFont(boldFont);
        text = boxed(HorizontalAlignment.LEFT);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        centered = boxed(HorizontalAlignment.CENTER);
        centered.setDataFormat(workbook.createDataFormat().getFormat("@"));
        number = boxed(HorizontalAlignment.CENTER);
        ratio = boxed(HorizontalAlignment.RIGHT);
        ratio.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        fill(ratio, COMPUTED_FILL);
        plain = workbook.createCellStyle();
        plain.setFont(normalFont);
        plain.setWrapText(true);
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        for (Input kind : Input.values()) {
            inputs.put(kind, input(kind, INPUT_FILL));
            prefilled.put(kind, input(kind, PREFILLED_FILL));
        }
    }

    /** The style of an input cell, pale blue when it holds a value carried over from an earlier month. */
    XSSFCellStyle input(Input kind, boolean carriedOver) {
        return (carriedOver ? prefilled : inputs).get(kind);
    }

    private XSSFCellStyle input(Input kind, byte[] rgb) {
        XSSFCellStyle style = boxed(kind == Input.TEXT ? HorizontalAlignment.LEFT
                : kind == Input.DATE ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT);
        style.setDataFormat(workbook.createDataFormat().getFormat(kind.format));
        style.setLocked(false);
        fill(style, rgb);
        return style;
    }

    private XSSFCellStyle boxed(HorizontalAlignment alignment) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(normalFont);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(boolean isBold, boolean italic, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        font.setItalic(italic);
        return font;
    }
}
