package vn.da06.report;

import java.io.Serializable;
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
        this.summary = Map.copyOf(summary);
    }

    /** The rows of a query as a new data source (each sub-report consumes its own). */
    public JRDataSource rows(String table) {
        return new JRMapCollectionDataSource(List.copyOf(table(table)));
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
