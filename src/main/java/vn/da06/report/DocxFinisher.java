package vn.da06.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;

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
 * <p>
 * Each section (report, appendix) has its own page header part; every one of them gets the page number. The empty
 * first-page header is a part of its own, referenced by the first section only: POI's {@code XWPFHeaderFooterPolicy}
 * would put its references in the last section and name the part after a running number.
 */
final class DocxFinisher {

    /** Relationship id and part name of the empty first-page header. */
    static final String FIRST_PAGE_HEADER = "headerFirstPage";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** 20 mm and 10 mm in twips. */
    private static final BigInteger MARGIN = BigInteger.valueOf(1134);
    private static final BigInteger HEADER_DISTANCE = BigInteger.valueOf(567);
    /** Width of the margin column Jasper writes, and the width (1 pt) it is given, in twips. */
    private static final BigInteger JASPER_MARGIN_COLUMN = BigInteger.ONE;
    private static final int MARGIN_COLUMN = 20;
    /** Liberation Serif in the PDF is exported as Times New Roman, 13 pt. */
    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 13;
    /** What makes a row more than space: text, a picture, a cell border, shading or a cell merged with the next row. */
    private static final Set<QName> CONTENT = Set.of(new QName(W, "t"), new QName(W, "drawing"), new QName(W, "pict"),
            new QName(W, "tcBorders"), new QName(W, "vMerge"), new QName(W, "shd"));

    private DocxFinisher() {
    }

    static void finish(InputStream jasperDocx, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument(jasperDocx)) {
            for (XWPFTable page : document.getTables()) {
                widenMarginColumn(page);
                withoutLeadingSpace(page);
            }
            List<CTSectPr> sections = sections(document);
            sections.forEach(DocxFinisher::pdfMargins);
            document.getHeaderList().forEach(DocxFinisher::pageNumber);
            firstPageWithoutNumber(document, sections.get(0));
            document.write(out);
        }
    }

    private static void widenMarginColumn(XWPFTable page) {
        CTTblGrid grid = page.getCTTbl().getTblGrid();
        if (grid != null && grid.sizeOfGridColArray() > 0) {
            CTTblGridCol first = grid.getGridColArray(0);
            if (JASPER_MARGIN_COLUMN.equals(first.getW())) {
                first.setW(BigInteger.valueOf(MARGIN_COLUMN));
            }
        }
    }

    /**
     * Each page table starts with the space the PDF leaves above the body (the page number's band, left out here, and
     * on page 1 the room that takes the header down to 20 mm): empty rows of a fixed height, which the page margin now
     * gives. They are kept, for the page break and bookmark their first cell holds, but at height 0.
     */
    private static void withoutLeadingSpace(XWPFTable page) {
        for (XWPFTableRow row : page.getRows()) {
            CTTrPr properties = row.getCtRow().getTrPr();
            if (properties == null || properties.sizeOfTrHeightArray() == 0 || holdsContent(row.getCtRow())) {
                return;
            }
            CTHeight height = properties.getTrHeightArray(0);
            if (height.getHRule() != STHeightRule.EXACT) {
                return;
            }
            height.setVal(BigInteger.ZERO);
        }
    }

    private static boolean holdsContent(XmlObject row) {
        try (XmlCursor cursor = row.newCursor(); XmlCursor end = row.newCursor()) {
            end.toEndToken();
            while (cursor.toNextToken() != XmlCursor.TokenType.NONE && cursor.isLeftOf(end)) {
                if (cursor.isStart() && CONTENT.contains(cursor.getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The section properties in document order: each section but the last ends with a paragraph that holds them. */
    private static List<CTSectPr> sections(XWPFDocument document) {
        List<CTSectPr> sections = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                CTPPr properties = paragraph.getCTP().getPPr();
                if (properties != null && properties.isSetSectPr()) {
                    sections.add(properties.getSectPr());
                }
            }
        }
        sections.add(document.getDocument().getBody().getSectPr());
        return sections;
    }

    private static void pdfMargins(CTSectPr section) {
        CTPageMar margins = section.getPgMar();
        long left = POIXMLUnits.parseLength(margins.xgetLeft()) / Units.EMU_PER_DXA;
        margins.setTop(MARGIN);
        margins.setBottom(MARGIN);
        margins.setLeft(BigInteger.valueOf(Math.max(0, left - MARGIN_COLUMN)));
        margins.setHeader(HEADER_DISTANCE);
        margins.setFooter(HEADER_DISTANCE);
        margins.setGutter(BigInteger.ZERO);
    }

    private static void pageNumber(XWPFHeader header) {
        header.clearHeaderFooter();
        XWPFParagraph paragraph = centredParagraph(header);
        run(paragraph, r -> r.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN));
        run(paragraph, r -> {
            CTText instruction = r.getCTR().addNewInstrText();
            instruction.setSpace(SpaceAttribute.Space.PRESERVE);
            instruction.setStringValue(" PAGE ");
        });
        run(paragraph, r -> r.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE));
        run(paragraph, r -> r.setText("2"));
        run(paragraph, r -> r.getCTR().addNewFldChar().setFldCharType(STFldCharType.END));
    }

    /** No page number on page 1: the first section gets a first-page header of its own, left empty. */
    private static void firstPageWithoutNumber(XWPFDocument document, CTSectPr firstSection) throws IOException {
        PackagePart part;
        try {
            part = document.getPackage().createPart(PackagingURIHelper.createPartName("/word/" + FIRST_PAGE_HEADER + ".xml"),
                    XWPFRelation.HEADER.getContentType());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFHeader header = new XWPFHeader(document, part);
        header.setHeaderFooter(CTHdrFtr.Factory.newInstance());
        centredParagraph(header);
        document.addRelation(FIRST_PAGE_HEADER, XWPFRelation.HEADER, header);
        CTHdrFtrRef reference = firstSection.addNewHeaderReference();
        reference.setType(STHdrFtr.FIRST);
        reference.setId(FIRST_PAGE_HEADER);
        firstSection.addNewTitlePg();
    }

    private static XWPFParagraph centredParagraph(XWPFHeaderFooter header) {
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, Consumer<XWPFRun> content) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        run.setFontSize(FONT_SIZE);
        run.getCTR().getRPr().addNewSzCs().setVal(BigInteger.valueOf(FONT_SIZE * 2L));
        content.accept(run);
    }

}
