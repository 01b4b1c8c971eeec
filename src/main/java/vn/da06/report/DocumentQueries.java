package vn.da06.report;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The queries of one report's document, taken one at a time by whichever of the fill's connections is free: the
 * fill's own, and the one beside it once the data sheets are written (both on one snapshot, see
 * {@link SharedSnapshot}), so that a province's document queries use both cores.
 */
final class DocumentQueries {

    /** The query of the report summary (summary.sql), run with the tables. */
    static final String SUMMARY = "summary";

    private final Deque<String> left;
    private final Map<String, CompletableFuture<List<Map<String, Object>>>> results = new LinkedHashMap<>();
    private final Function<String, List<Map<String, Object>>> query;

    DocumentQueries(List<String> tables, Function<String, List<Map<String, Object>>> query) {
        this.left = new ConcurrentLinkedDeque<>(tables);
        this.query = query;
        tables.forEach(table -> results.put(table, new CompletableFuture<>()));
    }

    /** Runs the queries no connection has taken yet, on the caller's connection, until none is left or one fails. */
    void run() {
        run(left::pollFirst);
    }

    /**
     * Runs them as {@link #run()} does, taking them from the end of the list: the second connection, so that the last
     * tables are the ones it reaches first.
     */
    void runFromTheEnd() {
        run(left::pollLast);
    }

    private void run(Supplier<String> next) {
        for (String table; (table = next.get()) != null; ) {
            CompletableFuture<List<Map<String, Object>>> result = results.get(table);
            try {
                result.complete(query.apply(table));
            } catch (RuntimeException | Error e) {
                left.clear();
                result.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** Leaves the queries not yet taken: the fill failed. */
    void cancel() {
        left.clear();
    }

    /** The rows of every query, once each has been run (by either connection); a failed query's error is thrown. */
    ReportData data() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        results.forEach((table, result) -> tables.put(table, rows(result)));
        List<Map<String, Object>> summary = tables.remove(SUMMARY);
        return new ReportData(tables, summary.get(0));
    }

    private static List<Map<String, Object>> rows(CompletableFuture<List<Map<String, Object>>> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
