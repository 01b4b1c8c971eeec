package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.UserException;
import vn.da06.plan.PlanImporter;
import vn.da06.support.ChildDa06;

/**
 * A report that failed or was cut short, made again by the product ({@link ReportLauncher}, as {@code da06 report}
 * and {@code serve} do): the same request restarts its job instance, the fill is not redone and formats already
 * written are not written again; a run going on in another process is left alone; a request made again after it
 * completed, or another request, is a new instance.
 */
@ReportSpringTest
class ReportRestartFunctionalTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final LocalDate REPORT_DATE = LocalDate.of(2025, 1, 6);

    @Autowired
    ReportLauncher launcher;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    ReportWorkFiles workFiles;
    @Autowired
    GeneratedReports reports;
    @Autowired
    PlanImporter plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @TempDir
    Path out;

    @BeforeEach
    void warehouseLoadedNoRunsYet() {
        ReportFixture.load(plans, jdbc);
        // Each test sees only the runs it makes (the launcher looks at earlier runs of the same report).
        jobRepositoryTestUtils.removeJobExecutions();
    }

    @Test
    void aReportThatFailedForItsOutputFolderIsRestartedWithoutFillingAgain() throws IOException {
        Path folder = out.resolve("bao-cao");
        Files.writeString(folder, "a file where the reports folder should be");

        assertThatThrownBy(() -> make(folder, ReportFormat.PDF, ReportFormat.XLSX)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("lập báo cáo không thành công").hasMessageContaining("chạy lại");
        JobExecution failed = jobRepository.getJobExecution(lastRunId(request(folder, ReportFormat.PDF, ReportFormat.XLSX), 1));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(workFiles.instances()).as("the filled report kept for the restart").contains(failed.getJobInstanceId());
        Files.delete(folder);

        List<Path> files = make(folder, ReportFormat.PDF, ReportFormat.XLSX);

        assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile().hasParent(folder));
        JobExecution restarted = jobRepository.getJobExecution(lastRunId(request(folder, ReportFormat.PDF, ReportFormat.XLSX), 1));
        assertThat(restarted.getId()).isNotEqualTo(failed.getId());
        assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).as("the fill is not redone").extracting(StepExecution::getStepName)
                .containsExactly("reportExport");
        assertThat(workFiles.instances()).doesNotContain(failed.getJobInstanceId());
    }

    @Test
    void aReportWhoseProcessWasKilledIsLeftAloneWhileItRunsThenRecoveredAndRestarted() throws Exception {
        ReportRequest request = request(out, ReportFormat.PDF, ReportFormat.XLSX);
        // The XLSX is written to ".<name>.part" first: a named pipe there holds the run at its second format.
        Path pipe = out.resolve("." + request.file(ReportFormat.XLSX).getFileName() + ".part");
        assumeThat(mkfifo(pipe)).as("mkfifo works").isTrue();
        ChildDa06.Running child = ChildDa06.like(context).setting("da06.report.date", REPORT_DATE.toString())
                .start("report", "monthly", "--period", "2024-05", "--format", "pdf,xlsx", "--out", out.toString());
        try {
            long killed = awaitFirstFormatWritten(request, child);
            FileTime pdfWritten = Files.getLastModifiedTime(request.file(ReportFormat.PDF));
            assertThat(reports.recentRuns(1)).as("the run as the reports page shows it").singleElement().satisfies(run -> {
                assertThat(run.running()).isTrue();
                assertThat(run.step()).isEqualTo("reportExport");
                assertThat(run.formatsWritten()).as("the PDF written, the XLSX held").isEqualTo(1);
                assertThat(run.formats()).isEqualTo(2);
            });

            assertThatThrownBy(() -> make(out, ReportFormat.PDF, ReportFormat.XLSX)).isInstanceOf(UserException.class)
                    .hasMessageContaining("đang được một tiến trình da06 khác lập");
            assertThat(jobRepository.getJobExecution(lastRunId(request, 1)).getStatus()).as("the live run is not taken over").isEqualTo(BatchStatus.STARTED);

            child.kill();
            awaitSessionsClosed();
            Files.delete(pipe);
            List<Path> files = make(out, ReportFormat.PDF, ReportFormat.XLSX);

            assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile());
            JobExecution restarted = jobRepository.getJobExecution(lastRunId(request, 1));
            assertThat(restarted.getJobInstanceId()).isEqualTo(jobRepository.getJobExecution(killed).getJobInstanceId());
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(jobRepository.getJobExecution(killed).getStatus()).as("the killed run, recovered").isEqualTo(BatchStatus.FAILED);
            assertThat(restarted.getStepExecutions()).singleElement().satisfies(step -> {
                assertThat(step.getStepName()).isEqualTo("reportExport");
                assertThat(step.getWriteCount()).as("formats written by the restart").isEqualTo(1);
            });
            assertThat(Files.getLastModifiedTime(request.file(ReportFormat.PDF))).isEqualTo(pdfWritten);
            assertThat(workFiles.instances()).doesNotContain(restarted.getJobInstanceId());
        } finally {
            child.kill();
        }
    }

    @Test
    void theSameReportAskedAgainAfterItCompletedIsMadeAgainAsANewRun() {
        make(out, ReportFormat.PDF);

        make(out, ReportFormat.PDF);

        JobExecution first = jobRepository.getJobExecution(lastRunId(request(out, ReportFormat.PDF), 1));
        JobExecution second = jobRepository.getJobExecution(lastRunId(request(out, ReportFormat.PDF), 2));
        assertThat(List.of(first.getStatus(), second.getStatus())).containsOnly(BatchStatus.COMPLETED);
        assertThat(second.getJobInstanceId()).isNotEqualTo(first.getJobInstanceId());
        assertThat(second.getStepExecutions()).as("filled again from the warehouse as it is now")
                .extracting(StepExecution::getStepName).containsExactlyInAnyOrder("reportFill", "reportExport");
    }

    @Test
    void aFailedReportAskedForAnotherWayIsGivenUpAndItsWorkFilesRemoved() throws IOException {
        Path blocked = out.resolve("bi-chan");
        Files.writeString(blocked, "a file where the reports folder should be");
        assertThatThrownBy(() -> make(blocked, ReportFormat.PDF, ReportFormat.XLSX)).isInstanceOf(UserException.class);
        JobExecution failed = jobRepository.getJobExecution(lastRunId(request(blocked, ReportFormat.PDF, ReportFormat.XLSX), 1));
        assertThat(workFiles.instances()).contains(failed.getJobInstanceId());

        make(out, ReportFormat.PDF);

        JobExecution other = jobRepository.getJobExecution(lastRunId(request(out, ReportFormat.PDF), 1));
        assertThat(other.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(other.getJobInstanceId()).as("another request, another job instance").isNotEqualTo(failed.getJobInstanceId());
        assertThat(jobRepository.getJobExecution(failed.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(workFiles.instances()).doesNotContain(failed.getJobInstanceId(), other.getJobInstanceId());
    }

    // ------------------------------------------------------------------ helpers

    private List<Path> make(Path folder, ReportFormat... formats) {
        return launcher.make(ReportFixture.PLAN, ReportKind.MONTHLY, "2024-05", List.of(formats), folder,
                false, warning -> { });
    }

    private static ReportRequest request(Path folder, ReportFormat... formats) {
        return new ReportRequest(ReportFixture.PLAN, ReportKind.MONTHLY, "2024-05", List.of(formats), folder, REPORT_DATE);
    }

    /** The last job execution of the request's {@code run}-th job instance, as the job repository has it now. */
    private long lastRunId(ReportRequest request, long run) {
        JobExecution last = jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME, request.toJobParameters(run));
        assertThat(last).as("run " + run + " of " + request.key()).isNotNull();
        return last.getId();
    }

    /** Waits until the child's run has committed its first format: it is then held at the second one. */
    private long awaitFirstFormatWritten(ReportRequest request, ChildDa06.Running child) {
        child.awaitWhileRunning("the report's first format written", TIMEOUT, () -> firstFormatWritten(request).isPresent());
        return firstFormatWritten(request).orElseThrow();
    }

    /** The job execution whose export step has written one format, if there is one yet. */
    private Optional<Long> firstFormatWritten(ReportRequest request) {
        JobExecution running = jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME, request.toJobParameters(1));
        return running == null ? Optional.empty() : running.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("reportExport") && s.getWriteCount() == 1)
                .map(StepExecution::getJobExecutionId).findFirst();
    }

    /** The server ends a killed process's sessions, and with them its locks, once it sees the connections close. */
    private void awaitSessionsClosed() {
        Awaitility.await("the killed child's sessions end").atMost(TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = :app")
                        .param("app", ChildDa06.APPLICATION_NAME).query(Long.class).single() == 0);
    }

    private static boolean mkfifo(Path pipe) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
            return mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
