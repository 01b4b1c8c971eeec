package vn.da06.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.renderers.DataRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The DOCX of a filled report as a word processor's own document, for staff who edit it before it is signed: the
 * words and figures of the PDF (the same filled report), laid out as headings, paragraphs and tables in the flow of
 * the text instead of a page of positioned boxes. Page by page, the filled elements are read back in reading order:
 * bordered cells become tables (their rows and columns from the cells' edges, spans included; a table that goes on
 * over a page is one table, its repeated heading rows dropped), other texts become paragraphs (texts side by side,
 * as the header and the signature block, a borderless table), charts pictures. Page numbers go in the page header
 * as a field (none on the first page); the appendix is a landscape section. Paragraphs the drafter completes
 * before signing (outline blocks of kind DRAFTER) are highlighted.
 */
final class FlowingDocx {

    private static final String FONT = "Times New Roman";
    /** Jasper measures in points; Word in twentieths of a point. */
    private static final int TWIPS = 20;
    private static final long MM_20 = 1134;
    private static final long MM_10 = 567;

    private final XWPFDocument document = new XWPFDocument();
    private Part previousTable;

    private FlowingDocx() {
        headingStyle();
    }

    /** "Heading 2" for the section headings, so that a word processor lists them (navigation, table of contents). */
    private void headingStyle() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading2");
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 2");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        var font = style.addNewRPr();
        font.addNewRFonts().setAscii(FONT);
        font.getRFontsArray(0).setHAnsi(FONT);
        font.addNewB();
        font.addNewSz().setVal(BigInteger.valueOf(26));
        font.addNewColor().setVal("000000");
        document.createStyles().addStyle(new XWPFStyle(style));
    }

    static void write(FilledReport report, OutputStream out) throws IOException {
        FlowingDocx docx = new FlowingDocx();
        List<JasperPrint> prints = report.document();
        for (int i = 0; i < prints.size(); i++) {
            docx.section(prints.get(i), i == prints.size() - 1);
        }
        docx.pageNumbers();
        docx.document.write(out);
        docx.document.close();
    }

    // ------------------------------------------------------------------ reading the filled pages

    /** A text or image of a page, at its place on the page. */
    private record Item(JRPrintElement element, int x, int y, int width, int height) {

        boolean isCell() {
            return element instanceof JRPrintText text && text.getLineBox().getPen().getLineWidth() != null
                    && text.getLineBox().getPen().getLineWidth() > 0;
        }

        String text() {
            return element instanceof JRPrintText t && t.getFullText() != null ? t.getFullText() : "";
        }

        int bottom() {
            return y + height;
        }
    }

    /** A run of items printed as one block: a table of cells, a row of texts side by side, a paragraph or a picture. */
    private record Part(List<Item> items, boolean cells) {
    }

    private static List<Item> items(JRPrintPage page) {
        List<Item> items = new ArrayList<>();
        collect(page.getElements(), 0, 0, items);
        items.sort(Comparator.comparingInt(Item::y).thenComparingInt(Item::x));
        return items;
    }

    private static void collect(List<JRPrintElement> elements, int dx, int dy, List<Item> items) {
        for (JRPrintElement e : elements) {
            if (e.getOrigin() != null && e.getOrigin().getBandType() == BandTypeEnum.PAGE_HEADER) {
                continue;
            }
            if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), dx + frame.getX(), dy + frame.getY(), items);
            } else if (e instanceof JRPrintImage || (e instanceof JRPrintText t && t.getFullText() != null
                    && !t.getFullText().isBlank())) {
                items.add(new Item(e, dx + e.getX(), dy + e.getY(), e.getWidth(), e.getHeight()));
            }
        }
    }

    /** Items in reading order grouped into parts: cells that touch make a table, texts that overlap in height a row. */
    private static List<Part> parts(List<Item> items) {
        List<Part> parts = new ArrayList<>();
        for (Item item : items) {
            Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.cells() && item.isCell()
                    && item.y() <= last.items().stream().mapToInt(Item::bottom).max().orElse(0) + 1) {
                last.items().add(item);
            } else if (last != null && !last.cells() && !item.isCell() && !(item.element() instanceof JRPrintImage)
                    && last.items().stream().noneMatch(i -> i.element() instanceof JRPrintImage)
                    && item.y() < last.items().stream().mapToInt(Item::bottom).max().orElse(0)
                    && last.items().stream().noneMatch(i -> i.x() == item.x() && i.width() == item.width())) {
                last.items().add(item);
            } else {
                List<Item> group = new ArrayList<>();
                group.add(item);
                parts.add(new Part(group, item.isCell()));
            }
        }
        return parts;
    }

    // ------------------------------------------------------------------ writing

    private void section(JasperPrint print, boolean last) {
        boolean landscape = print.getPageWidth() > print.getPageHeight();
        XWPFParagraph pending = null;
        for (JRPrintPage page : print.getPages()) {
            List<Part> parts = parts(items(page));
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                if (part.cells()) {
                    table(part, p == 0);
                    pending = null;
                } else if (part.items().size() > 1) {
                    sideBySide(part);
                    previousTable = null;
                    pending = null;
                } else if (part.items().get(0).element() instanceof JRPrintImage image) {
                    picture(image, part.items().get(0));
                    previousTable = null;
                    pending = null;
                } else {
                    JRPrintText text = (JRPrintText) part.items().get(0).element();
                    if (p == 0 && pending != null && continues(pending, text)) {
                        run(pending, " " + text.getFullText(), text);
                    } else {
                        pending = paragraph(document.createParagraph(), text);
                    }
                    previousTable = null;
                }
            }
        }
        CTSectPr sectPr = last ? document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr()
                : document.createParagraph().getCTP().addNewPPr().addNewSectPr();
        pageSetup(sectPr, print, landscape);
        previousTable = null;
    }

    /** A paragraph cut by the end of a page goes on at the top of the next (Jasper splits a text over pages). */
    private static boolean continues(XWPFParagraph pending, JRPrintText next) {
        String text = pending.getText().strip();
        return !text.isEmpty() && !text.matches(".*[.:;!?”)]$") && next.getParagraph().getFirstLineIndent() != null
                && Character.isLowerCase(next.getFullText().strip().codePointAt(0));
    }

    private XWPFParagraph paragraph(XWPFParagraph paragraph, JRPrintText text) {
        paragraph.setAlignment(alignment(text.getHorizontalTextAlign()));
        Integer indent = text.getParagraph().getFirstLineIndent();
        if (indent != null && indent > 0) {
            paragraph.setIndentationFirstLine(indent * TWIPS);
        }
        Integer after = text.getParagraph().getSpacingAfter();
        paragraph.setSpacingAfter(after == null ? 0 : after * TWIPS);
        Integer before = text.getParagraph().getSpacingBefore();
        paragraph.setSpacingBefore(before == null ? 0 : before * TWIPS);
        if ("heading".equals(text.getKey())) {
            paragraph.setStyle("Heading2");
            paragraph.setKeepNext(true);
        }
        String[] lines = text.getFullText().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], text);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String content, JRPrintText text) {
        XWPFRun run = paragraph.createRun();
        run.setText(content);
        run.setFontFamily(FONT);
        run.setFontSize((double) text.getFontSize());
        run.setBold(text.isBold());
        run.setItalic(text.isItalic());
        if ("drafter".equals(text.getKey())) {
            run.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
        }
        return run;
    }

    /** Texts side by side (the header's two columns, "Nơi nhận" beside the signer): a borderless table. */
    private void sideBySide(Part part) {
        TreeSet<Integer> edges = new TreeSet<>();
        part.items().forEach(i -> {
            edges.add(i.x());
            edges.add(i.x() + i.width());
        });
        List<Integer> columns = columnsOf(part.items());
        XWPFTable table = document.createTable(1, columns.size());
        table.removeBorders();
        grid(table, columns, edges);
        XWPFTableRow row = table.getRow(0);
        for (int c = 0; c < columns.size(); c++) {
            int x = columns.get(c);
            XWPFTableCell cell = row.getCell(c);
            boolean first = true;
            for (Item item : part.items().stream().filter(i -> i.x() == x).toList()) {
                XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph((first ? paragraph : paragraph), (JRPrintText) item.element());
                first = false;
            }
        }
    }

    private static List<Integer> columnsOf(List<Item> items) {
        return new ArrayList<>(new TreeSet<>(items.stream().map(Item::x).toList()));
    }

    /** Bordered cells as a table; a table at the top of a page that goes on from the last one is appended to it. */
    private void table(Part part, boolean topOfPage) {
        TreeSet<Integer> xs = new TreeSet<>();
        TreeSet<Integer> ys = new TreeSet<>();
        for (Item i : part.items()) {
            xs.add(i.x());
            xs.add(i.x() + i.width());
            ys.add(i.y());
            ys.add(i.bottom());
        }
        List<Integer> xEdges = new ArrayList<>(xs);
        List<Integer> yEdges = new ArrayList<>(ys);
        List<List<String>> rowTexts = new ArrayList<>();
        for (int r = 0; r < yEdges.size() - 1; r++) {
            int top = yEdges.get(r);
            rowTexts.add(part.items().stream().filter(i -> i.y() == top).map(Item::text).toList());
        }
        int skip = 0;
        XWPFTable table;
        if (topOfPage && previousTable != null && sameColumns(previousTable, xEdges)) {
            table = document.getTables().get(document.getTables().size() - 1);
            List<List<String>> before = rowsOf(previousTable);
            while (skip < rowTexts.size() && skip < before.size() && rowTexts.get(skip).equals(before.get(skip))
                    && !rowTexts.get(skip).isEmpty()) {
                skip++;
            }
        } else {
            table = document.createTable();
            table.setCellMargins(0, 45, 0, 45);
            grid(table, null, xs);
            table.removeRow(0);
        }
        for (int r = skip; r < yEdges.size() - 1; r++) {
            int top = yEdges.get(r);
            int bottom = yEdges.get(r + 1);
            XWPFTableRow row = table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            row.setCantSplitRow(true);
            if (r < skip + 2 && part.items().stream().anyMatch(i -> i.y() == top && ((JRPrintText) i.element()).isBold())
                    && previousTable == null) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < xEdges.size() - 1; ) {
                int left = xEdges.get(c);
                Item starting = part.items().stream().filter(i -> i.x() == left && i.y() == top).findFirst().orElse(null);
                Item covering = part.items().stream().filter(i -> i.x() == left && i.y() < top && i.bottom() > top)
                        .findFirst().orElse(null);
                Item item = starting != null ? starting : covering;
                int span = 1;
                if (item != null) {
                    while (c + span < xEdges.size() - 1 && xEdges.get(c + span) < item.x() + item.width()) {
                        span++;
                    }
                }
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                properties.addNewTcW().setW(BigInteger.valueOf((long) (xEdges.get(c + span) - left) * TWIPS));
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                if (item != null && item.bottom() > bottom) {
                    properties.addNewVMerge().setVal(starting != null ? STMerge.RESTART : STMerge.CONTINUE);
                } else if (starting == null && covering != null) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                }
                if (starting != null) {
                    paragraph(cell.getParagraphs().get(0), (JRPrintText) starting.element());
                }
                c += span;
            }
        }
        if (previousTable == null || !topOfPage || !sameColumns(previousTable, xEdges)) {
            previousTable = part;
        }
    }

    private static boolean sameColumns(Part part, List<Integer> xEdges) {
        TreeSet<Integer> xs = new TreeSet<>();
        part.items().forEach(i -> {
            xs.add(i.x());
            xs.add(i.x() + i.width());
        });
        return new ArrayList<>(xs).equals(xEdges);
    }

    private static List<List<String>> rowsOf(Part part) {
        TreeSet<Integer> ys = new TreeSet<>(part.items().stream().map(Item::y).toList());
        return ys.stream().map(y -> part.items().stream().filter(i -> i.y() == y).map(Item::text).toList()).toList();
    }

    private static void grid(XWPFTable table, List<Integer> columns, TreeSet<Integer> edges) {
        List<Integer> xs = new ArrayList<>(edges);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        if (columns != null) {
            for (int c = 0; c < columns.size(); c++) {
                int right = c + 1 < columns.size() ? columns.get(c + 1) : xs.get(xs.size() - 1);
                grid.addNewGridCol().setW(BigInteger.valueOf((long) (right - columns.get(c)) * TWIPS));
            }
            return;
        }
        for (int i = 0; i < xs.size() - 1; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) (xs.get(i + 1) - xs.get(i)) * TWIPS));
        }
    }

    /** A chart or image of the report as a picture: image data as it is, a drawn chart rendered to PNG first. */
    private void picture(JRPrintImage image, Item item) {
        try {
            byte[] bytes;
            if (image.getRenderer() instanceof DataRenderable data) {
                bytes = data.getData(DefaultJasperReportsContext.getInstance());
            } else if (image.getRenderer() instanceof Graphics2DRenderable drawn) {
                bytes = png(drawn, item.width(), item.height());
            } else {
                return;
            }
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().addPicture(new ByteArrayInputStream(bytes), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(item.width()), Units.toEMU(item.height()));
        } catch (JRException | IOException | InvalidFormatException e) {
            throw new IllegalStateException("cannot put a chart of the report into the DOCX", e);
        }
    }

    /** A drawn chart at twice its size in points (sharp enough to print), on white. */
    private static byte[] png(Graphics2DRenderable drawn, int width, int height) throws JRException, IOException {
        BufferedImage picture = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width * 2, height * 2);
            graphics.scale(2, 2);
            drawn.render(DefaultJasperReportsContext.getInstance(), graphics, new Rectangle(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    /**
     * A4 in the print's orientation with the margins of Nghị định 30 as the PDF has them: the body 20 mm from the top
     * and the bottom, the page number in the header 10 mm from the top edge, the PDF's left and right margins.
     */
    private static void pageSetup(CTSectPr sectPr, JasperPrint print, boolean landscape) {
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf((long) print.getPageWidth() * TWIPS));
        size.setH(BigInteger.valueOf((long) print.getPageHeight() * TWIPS));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margin = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margin.setTop(BigInteger.valueOf(MM_20));
        margin.setBottom(BigInteger.valueOf(MM_20));
        margin.setLeft(BigInteger.valueOf((long) (print.getLeftMargin() == null ? 85 : print.getLeftMargin()) * TWIPS));
        margin.setRight(BigInteger.valueOf((long) (print.getRightMargin() == null ? 43 : print.getRightMargin()) * TWIPS));
        margin.setHeader(BigInteger.valueOf(MM_10));
        margin.setFooter(BigInteger.valueOf(MM_10));
    }

    /** Page numbers centred in the page header as a field, none on the first page (Nghị định 30). */
    private void pageNumbers() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        paragraph.getCTP().addNewFldSimple().setInstr(" PAGE ");
        document.createHeader(HeaderFooterType.FIRST);
        CTSectPr last = document.getDocument().getBody().getSectPr();
        CTSectPr first = document.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .map(p -> p.getCTP().getPPr().getSectPr()).findFirst().orElse(last);
        if (first != last) {
            // The body's section (the landscape appendix) numbers every page; the first section takes the same
            // headers, with an empty one on its first page.
            for (var reference : last.getHeaderReferenceList()) {
                var copy = first.addNewHeaderReference();
                copy.setId(reference.getId());
                copy.setType(reference.getType());
            }
            last.getHeaderReferenceList().removeIf(r -> r.getType()
                    == STHdrFtr.FIRST);
            if (last.isSetTitlePg()) {
                last.unsetTitlePg();
            }
        }
        if (!first.isSetTitlePg()) {
            first.addNewTitlePg();
        }
    }

    private static ParagraphAlignment alignment(HorizontalTextAlignEnum align) {
        if (align == null) {
            return ParagraphAlignment.LEFT;
        }
        return switch (align) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFIED -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
    }
}
