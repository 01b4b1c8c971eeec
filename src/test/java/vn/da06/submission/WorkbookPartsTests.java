package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The cell reader's own reading of shared strings and number formats gives what POI's models give. */
class WorkbookPartsTests {

    @Test
    void numberFormatsTellDatesAndPercentagesAsPoiDoes() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.createSheet("s").createRow(0);
            String[] formats = {"General", "0%", "0.00%", "m/d/yy", "dd/mm/yyyy", "0.0%", "#,##0", "[h]:mm", "0.0\"%\"",
                    "yyyy-mm-dd hh:mm", "@", "0.00E+00"};
            for (int i = 0; i < formats.length; i++) {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(formats[i]));
                row.createCell(i).setCellStyle(style);
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            StylesTable poi = new StylesTable(pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0));
            WorkbookParts.NumberFormats ours;
            try (InputStream in = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0).getInputStream()) {
                ours = WorkbookParts.numberFormats(in);
            }
            assertThat(poi.getNumCellStyles()).isGreaterThan(10);
            for (int s = 0; s <= poi.getNumCellStyles(); s++) {
                XSSFCellStyle style = s < poi.getNumCellStyles() ? poi.getStyleAt(s) : null;
                short index = style == null ? 0 : style.getDataFormat();
                String format = style == null ? "General" : style.getDataFormatString();
                format = format == null ? BuiltinFormats.getBuiltinFormat(index) : format;
                assertThat(ours.isDate(s)).as("date, style " + s + " " + format)
                        .isEqualTo(format != null && DateUtil.isADateFormat(index, format));
                assertThat(ours.isPercent(s)).as("percent, style " + s + " " + format)
                        .isEqualTo(format != null && format.contains("%"));
            }
        }
    }

    @Test
    void sharedStringsReadAsPoiReadsThem() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.createSheet("s").createRow(0);
            row.createCell(0).setCellValue("Hoàn thành");
            row.createCell(1).setCellValue("  dấu cách  đầu và cuối  ");
            row.createCell(2).setCellValue("dòng 1\r\ndòng 2\ttab");
            XSSFRichTextString rich = new XSSFRichTextString("đậm và thường");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            row.createCell(3).setCellValue(rich);
            row.createCell(4).setCellValue("_x0041_ không phải mã");
            workbook.write(out);
            file = out.toByteArray();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg, false);
            List<String> ours;
            try (InputStream in = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).get(0).getInputStream()) {
                ours = WorkbookParts.sharedStrings(in);
            }
            assertThat(ours).hasSize(poi.getCount());
            for (int i = 0; i < ours.size(); i++) {
                assertThat(ours.get(i)).isEqualTo(poi.getItemAt(i).getString());
            }
        }
    }
}
