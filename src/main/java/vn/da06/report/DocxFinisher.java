package vn.da06.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Finishes the DOCX that Jasper writes so that staff can edit it in Word or LibreOffice before it is signed:
 * <ul>
 * <li>page numbers become a PAGE field centred in the page header, none on the first page (Nghị định 30), instead of
 *     the PDF's numbers, which Jasper would write as text in the body and which drift to the middle of pages as soon
 *     as a word processor lays the document out again (templates leave the page header band out of the DOCX);</li>
 * <li>margins are those of the PDF: 20 mm at the top (the header sits 10 mm from the edge) and at the bottom; the
 *     space the PDF keeps above the body of each page (for its page number) is no longer added to them;</li>
 * <li>Jasper puts each page in a table whose first column, the left margin it already gave the page, is 1 twip wide;
 *     LibreOffice collapses such a column into its neighbour, squeezing the first column of every table to a letter
 *     per line. That column is widened to 1 pt and the page margin moved 1 pt left, so the text does not move.</li>
 * </ul>
 * The DOCX exporter is asked not to write the report background as a page header (its empty background carried a page
 * break, which LibreOffice showed as a blank first page); the header parts are replaced here in any case.
 */
final class DocxFinisher {

    /** Relationship id and part of the empty first-page header. */
    static final String FIRST_PAGE_HEADER = "headerFirstPage";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    private static final String HEADER_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";

    /** 20 mm and 10 mm in twips. */
    private static final int MARGIN = 1134;
    private static final int HEADER_DISTANCE = 567;
    /** 1 pt in twips: the width given to Jasper's empty margin column. */
    private static final int MARGIN_COLUMN = 20;

    private static final Pattern SECTION = Pattern.compile("<w:sectPr>(.*?)</w:sectPr>", Pattern.DOTALL);
    private static final Pattern PAGE_MARGIN = Pattern.compile("<w:pgMar [^>]*/>");
    private static final Pattern LEFT = Pattern.compile("w:left=\"(\\d+)\"");
    private static final Pattern RIGHT = Pattern.compile("w:right=\"(\\d+)\"");
    private static final Pattern MARGIN_GRID_COLUMN = Pattern.compile("(<w:tblGrid>\\s*)<w:gridCol w:w=\"1\"/>");
    private static final Pattern HEADER_PART = Pattern.compile("word/header\\d+\\.xml");
    private static final String TABLE = "<w:tbl>";
    private static final Pattern EXACT_HEIGHT = Pattern.compile("<w:trHeight w:hRule=\"exact\" w:val=\"(\\d+)\"");
    /** What makes a row more than space: text, a picture, a cell border or a cell merged with the next row. */
    private static final Pattern CONTENT = Pattern.compile("<w:t[ >]|<w:drawing|<w:pict|<w:tcBorders|w:vMerge|<w:shd");

    private DocxFinisher() {
    }

    static void finish(InputStream jasperDocx, OutputStream out) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(jasperDocx)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (name.equals("word/document.xml")) {
                part.setValue(bytes(document(text(part.getValue()))));
            } else if (HEADER_PART.matcher(name).matches()) {
                part.setValue(bytes(header(true)));
            } else if (name.equals("word/_rels/document.xml.rels")) {
                part.setValue(bytes(text(part.getValue()).replace("</Relationships>",
                        " <Relationship Id=\"" + FIRST_PAGE_HEADER + "\" Type=\"" + HEADER_RELATIONSHIP + "\" Target=\""
                                + FIRST_PAGE_HEADER + ".xml\"/>\n</Relationships>")));
            } else if (name.equals("[Content_Types].xml")) {
                part.setValue(bytes(text(part.getValue()).replace("</Types>",
                        "  <Override PartName=\"/word/" + FIRST_PAGE_HEADER + ".xml\" ContentType=\"" + HEADER_TYPE
                                + "\"/>\n</Types>")));
            }
        }
        parts.put("word/" + FIRST_PAGE_HEADER + ".xml", bytes(header(false)));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    static String document(String xml) {
        String widened = MARGIN_GRID_COLUMN.matcher(xml).replaceAll("$1<w:gridCol w:w=\"" + MARGIN_COLUMN + "\"/>");
        Matcher sections = SECTION.matcher(withoutLeadingSpace(widened));
        StringBuilder result = new StringBuilder();
        boolean first = true;
        while (sections.find()) {
            sections.appendReplacement(result, Matcher.quoteReplacement(section(sections.group(1), first)));
            first = false;
        }
        sections.appendTail(result);
        return result.toString();
    }

    /**
     * Each page table starts with the space the PDF leaves above the body (the page number's band, left out here, and
     * on page 1 the room that takes the header down to 20 mm): empty rows of a fixed height, which the page margin now
     * gives. They are kept, for the page break and bookmark their first cell holds, but at height 0.
     */
    private static String withoutLeadingSpace(String xml) {
        StringBuilder result = new StringBuilder(xml.length());
        int at = 0;
        for (int table = xml.indexOf(TABLE); table >= 0; table = xml.indexOf(TABLE, at)) {
            int row = xml.indexOf("<w:tr>", table);
            int tableEnd = xml.indexOf("</w:tbl>", table);
            result.append(xml, at, table);
            at = table;
            while (row >= 0 && row < tableEnd) {
                int rowEnd = xml.indexOf("</w:tr>", row) + "</w:tr>".length();
                String text = xml.substring(row, rowEnd);
                Matcher height = EXACT_HEIGHT.matcher(text);
                if (!height.find() || CONTENT.matcher(text).find()) {
                    break;
                }
                result.append(xml, at, row).append(text, 0, height.start(1)).append('0').append(text, height.end(1), text.length());
                at = rowEnd;
                row = xml.indexOf("<w:tr>", rowEnd);
            }
            result.append(xml, at, tableEnd);
            at = tableEnd;
        }
        return result.append(xml, at, xml.length()).toString();
    }

    private static String section(String body, boolean first) {
        String section = body;
        Matcher margin = PAGE_MARGIN.matcher(section);
        if (margin.find()) {
            Matcher left = LEFT.matcher(margin.group());
            Matcher right = RIGHT.matcher(margin.group());
            int leftMargin = left.find() ? Math.max(0, Integer.parseInt(left.group(1)) - MARGIN_COLUMN) : 1680;
            int rightMargin = right.find() ? Integer.parseInt(right.group(1)) : 860;
            section = section.substring(0, margin.start())
                    + "<w:pgMar w:top=\"" + MARGIN + "\" w:right=\"" + rightMargin + "\" w:bottom=\"" + MARGIN + "\" w:left=\""
                    + leftMargin + "\" w:header=\"" + HEADER_DISTANCE + "\" w:footer=\"" + HEADER_DISTANCE + "\" w:gutter=\"0\"/>"
                    + section.substring(margin.end());
        }
        if (first) {
            // no page number on page 1: a first-page header of its own, left empty
            section = "\n   <w:headerReference w:type=\"first\" r:id=\"" + FIRST_PAGE_HEADER + "\"/>" + section.replace(
                    "<w:docGrid", "<w:titlePg/>\n   <w:docGrid");
        }
        return "<w:sectPr>" + section + "</w:sectPr>";
    }

    /** A page header: the page number centred (Liberation Serif is exported as Times New Roman, size 13), or empty. */
    static String header(boolean pageNumber) {
        String run = "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
                + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>%s</w:r>";
        String number = pageNumber
                ? run.formatted("<w:fldChar w:fldCharType=\"begin\"/>")
                + run.formatted("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
                + run.formatted("<w:fldChar w:fldCharType=\"separate\"/>")
                + run.formatted("<w:t>2</w:t>")
                + run.formatted("<w:fldChar w:fldCharType=\"end\"/>")
                : "";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
                + "<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>" + number + "</w:p>"
                + "</w:hdr>";
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
