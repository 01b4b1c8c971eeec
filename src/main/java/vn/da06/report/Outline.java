package vn.da06.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The blocks of a document in reading order, as the two layout templates ({@code document.jrxml}, portrait, and
 * {@code appendix.jrxml}, landscape) print them one after the other: headings, paragraphs, tables, page breaks.
 * What a block says comes from the report's queries ({@link ReportData}); the outline only orders and words it.
 */
final class Outline {

    /** How a block is printed (the templates print each kind in a band of its own). */
    enum Kind {
        /** A section heading ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "1. …"), bold. */
        HEADING,
        /** A justified paragraph with a first-line indent. */
        PARA,
        /** A smaller italic paragraph: how a table is computed, notes under it. */
        NOTE,
        /** A paragraph from the settings that the drafter completes before signing (marked so in the DOCX). */
        DRAFTER,
        /** A table: a sub-report over a query's rows (optionally only those whose column holds a value). */
        TABLE,
        /** A centred bold line (appendix numbers and titles). */
        TITLE,
        /** A centred italic line under a title. */
        SUBTITLE,
        /** A new page. */
        BREAK,
        /** The closing sentence, then "Nơi nhận" and the signature block. */
        SIGNATURE
    }

    private final List<Map<String, Object>> blocks = new ArrayList<>();
    /** The number of headings so far: the templates group the blocks by it, so that a heading keeps to its section. */
    private int section;

    Outline heading(String text) {
        section++;
        return add(Kind.HEADING, text);
    }

    Outline para(String text) {
        return text == null || text.isBlank() ? this : add(Kind.PARA, text);
    }

    Outline note(String text) {
        return text == null || text.isBlank() ? this : add(Kind.NOTE, text);
    }

    Outline drafter(String text) {
        return text == null || text.isBlank() ? this : add(Kind.DRAFTER, text);
    }

    Outline title(String text) {
        return add(Kind.TITLE, text);
    }

    Outline subtitle(String text) {
        return add(Kind.SUBTITLE, text);
    }

    Outline pageBreak() {
        return add(Kind.BREAK, null);
    }

    /** The closing sentence, kept on one page with "Nơi nhận" and the signature block. */
    Outline signature(String closing) {
        return add(Kind.SIGNATURE, closing);
    }

    /** A table of every row of a query. */
    Outline table(String template, String query) {
        Map<String, Object> block = block(Kind.TABLE, null);
        block.put("template", template);
        block.put("query", query);
        blocks.add(block);
        return this;
    }

    /** A table of the rows of a query whose column holds the value. */
    Outline table(String template, String query, String column, Object value) {
        table(template, query);
        blocks.get(blocks.size() - 1).put("column", column);
        blocks.get(blocks.size() - 1).put("value", value);
        return this;
    }

    /** One paragraph per line. */
    Outline lines(List<String> lines) {
        lines.forEach(this::para);
        return this;
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The blocks as the layout templates read them. */
    JRDataSource dataSource() {
        return new JRMapCollectionDataSource(List.copyOf(blocks));
    }

    List<Map<String, Object>> blocks() {
        return List.copyOf(blocks);
    }

    private Outline add(Kind kind, String text) {
        blocks.add(block(kind, text));
        return this;
    }

    private Map<String, Object> block(Kind kind, String text) {
        Map<String, Object> block = new HashMap<>();
        block.put("kind", kind.name());
        block.put("text", text);
        block.put("section", section);
        return block;
    }
}
