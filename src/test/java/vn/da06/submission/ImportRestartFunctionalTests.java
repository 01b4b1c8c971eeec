package vn.da06.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.base.UserException;
import vn.da06.plan.PlanImporter;
import vn.da06.support.Da06SpringTest;
import vn.da06.support.EmptyWarehouse;
import vn.da06.workbook.MarkerKey;

/**
 * An import stopped, or failed, after half the files and run again ends with the same warehouse as one that ran
 * through: the run again restarts the same job instance and reads only the files left.
 */
@Da06SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(ImportRestartFunctionalTests.InterruptOnce.class)
@TestPropertySource(properties = "da06.import.chunk-size=2")
class ImportRestartFunctionalTests {

    private static final int FILES = 12;

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    InterruptingProgress progress;
    @Autowired
    JobRepository jobRepository;

    private String uninterrupted;

    @BeforeAll
    void runOnceUninterrupted() throws IOException {
        plans.importBundled();
        reset();
        writeInbox();
        launcher.run(null, n -> { });
        uninterrupted = warehouse();
    }

    @BeforeEach
    void sameInboxAgain() throws IOException {
        reset();
        writeInbox();
    }

    @Test
    void aStoppedImportRestartsWhereItStoppedAndEndsAsAnUninterruptedOne() throws IOException {
        progress.interruptAfter(FILES / 2, () -> StepSynchronizationManager.getContext().getStepExecution().setTerminateOnly());
        assertThatThrownBy(() -> launcher.run(null, n -> { })).isInstanceOf(UserException.class)
                .hasMessageContaining("không hoàn tất").hasMessageContaining("chạy lại");

        assertRestartedAsIfNeverInterrupted(BatchStatus.STOPPED);
    }

    @Test
    void anImportThatLostItsLockFailsAndTheNextRunRestartsItWithoutLoadingAnyFileTwice() throws IOException {
        // The session holding the import lock ends (terminated by an administrator, dropped by the network): the
        // next chunk finds the lock gone and fails the run, so that no other import can run beside it.
        progress.interruptAfter(FILES / 2, () -> jdbc.sql("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND granted
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                .query(Boolean.class).list());
        assertThatThrownBy(() -> launcher.run(null, n -> { })).isInstanceOf(UserException.class)
                .hasMessageContaining("không hoàn tất (thất bại: mất khóa nhập").hasMessageContaining("chạy lại");

        assertRestartedAsIfNeverInterrupted(BatchStatus.FAILED);
    }

    /** The interrupted run left half the files; the run again restarts it, reads only those left, ends complete. */
    private void assertRestartedAsIfNeverInterrupted(BatchStatus interrupted) throws IOException {
        JobExecution first = jobRepository.getJobExecution(lastExecutionId());
        assertThat(first.getStatus()).isEqualTo(interrupted);
        long loadedBefore = count("SELECT count(*) FROM fact_submission");
        assertThat(loadedBefore).isBetween(FILES / 2L, FILES - 1L);
        assertThat(Files.list(properties.inbox().resolve("21952")).count()).isEqualTo(FILES - loadedBefore);

        ImportSummary restarted = launcher.run(null, n -> { });

        JobExecution second = jobRepository.getJobExecution(lastExecutionId());
        assertThat(second.getId()).isEqualTo(restarted.jobExecutionId());
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstanceId()).as("the restart continues the interrupted job instance")
                .isEqualTo(first.getJobInstanceId());
        assertThat(second.getStepExecutions()).singleElement().satisfies(step -> {
            assertThat(step.getReadCount()).as("files read again").isEqualTo(FILES - loadedBefore);
            assertThat(step.getWriteCount()).isEqualTo(FILES - loadedBefore);
        });
        assertThat(warehouse()).isEqualTo(uninterrupted);
        assertThat(restarted.resumed()).isTrue();
        assertThat(restarted.files()).as("the summary counts the whole import, not only its last run").isEqualTo(FILES);
        StringWriter printed = new StringWriter();
        restarted.print(new PrintWriter(printed));
        assertThat(printed.toString()).startsWith("Đã xử lý " + FILES + " tệp trong ")
                .contains("(tiếp tục lần nhập bị ngắt, hoàn tất)").doesNotContain("lần chạy");
        assertThat(count("SELECT count(*) FROM fact_submission")).isEqualTo(FILES);
        assertThat(count("SELECT count(DISTINCT file_name) FROM fact_submission")).isEqualTo(FILES);
        try (var left = Files.walk(properties.inbox())) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private void writeInbox() throws IOException {
        for (int month = 1; month <= FILES; month++) {
            String ym = String.format("2024-%02d", month);
            TestWorkbook wb = TestWorkbook.of("21952", ym, markerKey.bytes())
                    .task("NV13", month < 6 ? "Đang triển khai" : "Hoàn thành", Math.min(100, month * 10),
                            month < 6 ? null : LocalDate.of(2024, 6, 3), null, null, null)
                    .indicator("CT02", 10 + month, 40, null);
            wb.write(properties.inbox().resolve("21952/21952_" + ym + ".xlsx"),
                    LocalDate.of(2024, month, 1).plusMonths(1).plusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
    }

    private void reset() throws IOException {
        EmptyWarehouse.reset(jdbc, properties);
    }

    /** The warehouse's content without surrogate keys and timestamps: what a report could show. */
    private String warehouse() {
        return jdbc.sql("""
                SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
                  SELECT s.file_name || ' ' || s.status || ' ' || s.month_key || ' ' || s.on_time || ' ' || s.stored_path AS x
                  FROM fact_submission s
                  UNION ALL SELECT s.file_name || ' ' || t.code || ' ' || f.status || ' ' || f.progress_pct || ' ' || f.source_cell
                  FROM fact_task_progress f JOIN fact_submission s USING (submission_key) JOIN dim_task t USING (task_key)
                  UNION ALL SELECT s.file_name || ' ' || i.code || ' ' || f.numerator || '/' || f.denominator
                  FROM fact_indicator_value f JOIN fact_submission s USING (submission_key) JOIN dim_indicator i USING (indicator_key)
                ) rows""").query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long lastExecutionId() {
        return count("SELECT max(job_execution_id) FROM batch_job_execution");
    }

    /** The import's progress listener, made to interrupt the run once, inside the chunk that reaches a number of files. */
    static class InterruptingProgress extends ImportProgress {
        private final AtomicInteger written = new AtomicInteger();
        private volatile int after = Integer.MAX_VALUE;
        private volatile Runnable interruption;

        void interruptAfter(int files, Runnable interruption) {
            this.interruption = interruption;
            this.after = files;
        }

        @Override
        void started(long files) {
            written.set(0);
            super.started(files);
        }

        @Override
        public void afterWrite(Chunk<? extends ImportOutcome> items) {
            super.afterWrite(items);
            if (written.addAndGet(items.size()) >= after) {
                after = Integer.MAX_VALUE;
                interruption.run();
            }
        }
    }

    @TestConfiguration
    static class InterruptOnce {
        @Bean
        @Primary
        InterruptingProgress interruptingProgress() {
            return new InterruptingProgress();
        }
    }
}
