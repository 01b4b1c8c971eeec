package vn.da06.report;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The rows of a report's queries (sql/report/*.sql), by query name, as the templates read them: a table as a fresh
 * data source for each sub-report that prints it, a headline count for a sentence. Nothing here computes a figure.
 */
public final class ReportData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<Map<String, Object>>> tables;
    private final Map<String, Object> summary;

    ReportData(Map<String, List<Map<String, Object>>> tables, Map<String, Object> summary) {
        this.tables = Map.copyOf(tables);
        this.summary = Collections.unmodifiableMap(new HashMap<>(summary));
    }

    /** The rows of a query as a new data source (each sub-report consumes its own). */
    public JRDataSource rows(String table) {
        return new JRMapCollectionDataSource(List.copyOf(table(table)));
    }

    /** The rows of a query whose column {@code column} holds {@code value}, as a new data source. */
    public JRDataSource rows(String table, String column, Object value) {
        return new JRMapCollectionDataSource(List.copyOf(where(table, column, value)));
    }

    /** The rows of a query whose column holds the value. */
    List<Map<String, Object>> where(String table, String column, Object value) {
        return table(table).stream().filter(row -> value.equals(row.get(column))).toList();
    }

    /**
     * A column of the query's total row (row_kind "Tổng"): the sentence that sums up a table is read from the same
     * row as the table's totals, so the text cannot state a figure the table does not show.
     */
    public String total(String table, String column) {
        List<Map<String, Object>> totals = where(table, "row_kind", "Tổng");
        if (totals.size() != 1) {
            throw new IllegalArgumentException("query " + table + " has " + totals.size() + " total rows");
        }
        Object value = totals.get(0).get(column);
        return value == null ? null : value.toString();
    }

    /** A value of the report summary (sql/report/summary.sql), as text. */
    public String fact(String column) {
        Object value = summary.get(column);
        return value == null ? null : value.toString();
    }

    /** The non-blank values of a column, row by row (optionally only rows whose filter column holds a value). */
    List<String> column(String table, String column) {
        return table(table).stream().map(row -> row.get(column)).filter(v -> v != null && !v.toString().isBlank())
                .map(Object::toString).toList();
    }

    List<String> column(String table, String column, String filter, Object value) {
        return where(table, filter, value).stream().map(row -> row.get(column))
                .filter(v -> v != null && !v.toString().isBlank()).map(Object::toString).toList();
    }

    /** Whether a query returned rows. */
    public boolean has(String table) {
        return !table(table).isEmpty();
    }

    /** A headline count from sql/report/summary.sql. */
    public int count(String column) {
        Object value = summary.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no count " + column + " in the report summary");
        }
        return ((Number) value).intValue();
    }

    List<Map<String, Object>> table(String table) {
        List<Map<String, Object>> rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("no query " + table + " in the report data");
        }
        return rows;
    }
}
