package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The fill's two connections share the document's queries: each query runs once, on whichever connection takes it,
 * and the document gets every table in its order whoever ran it.
 */
class DocumentQueriesTests {

    private static final List<String> TABLES = List.of("indicators", "task-groups", "tasks", DocumentQueries.SUMMARY);

    @Test
    void eachQueryRunsOnceOnEitherConnectionAndTheTablesComeInTheirOrder() throws Exception {
        Map<String, String> ranOn = new ConcurrentHashMap<>();
        CountDownLatch bothStarted = new CountDownLatch(2);
        DocumentQueries queries = new DocumentQueries(TABLES, table -> {
            bothStarted.countDown();
            await(bothStarted);
            assertThat(ranOn.put(table, Thread.currentThread().getName())).as("second run of " + table).isNull();
            return List.of(Map.of("table", table));
        });
        Thread beside = new Thread(queries::run, "beside");
        beside.start();
        queries.run();
        beside.join();

        ReportData data = queries.data();

        assertThat(ranOn.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(Set.copyOf(ranOn.values())).containsExactlyInAnyOrder("beside", Thread.currentThread().getName());
        assertThat(data.where("task-groups", "table", "task-groups")).hasSize(1);
        assertThat(data.fact("table")).isEqualTo(DocumentQueries.SUMMARY);
    }

    @Test
    void theSecondConnectionTakesTheQueriesFromTheEndOfTheList() {
        List<String> order = new ArrayList<>();
        DocumentQueries queries = new DocumentQueries(TABLES, table -> {
            order.add(table);
            return List.of(Map.of("table", table));
        });

        queries.runFromTheEnd();

        assertThat(order).containsExactly(DocumentQueries.SUMMARY, "tasks", "task-groups", "indicators");
        assertThat(queries.data().fact("table")).isEqualTo(DocumentQueries.SUMMARY);
    }

    @Test
    void aQueryThatFailsOnTheOtherConnectionFailsTheDocumentWithItsOwnError() throws Exception {
        IllegalStateException broken = new IllegalStateException("lỗi truy vấn tasks");
        DocumentQueries queries = new DocumentQueries(TABLES, table -> {
            if (table.equals("tasks")) {
                throw broken;
            }
            return List.of(Map.of("table", table));
        });
        Thread beside = new Thread(() -> {
            try {
                queries.run();
            } catch (IllegalStateException expected) {
                // the document reports it
            }
        }, "beside");
        beside.start();
        beside.join();

        queries.run();

        assertThatThrownBy(queries::data).isSameAs(broken);
    }

    @Test
    void aCancelledFillLeavesTheQueriesNotYetTaken() {
        Set<String> ran = ConcurrentHashMap.newKeySet();
        DocumentQueries queries = new DocumentQueries(TABLES, table -> {
            ran.add(table);
            return List.of();
        });

        queries.cancel();
        queries.run();

        assertThat(ran).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("both connections took a query").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
