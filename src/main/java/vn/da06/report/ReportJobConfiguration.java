package vn.da06.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import vn.da06.batch.StepLogger;

/**
 * The report job: {@code reportFill} reads the warehouse and fills the templates once, saving the filled report
 * under the da06 home ({@link ReportWorkFiles}); then two steps write it side by side, one format per chunk:
 * {@code reportExport} the documents (PDF, DOCX) and {@code reportExportWorkbook} the XLSX, which takes as long as
 * both documents together at a province's size (its data sheets hold every unit's rows). A failed run restarts where
 * it stopped: the fill is not redone, a step that completed is skipped and formats already written are not written
 * again. The work files go when the job completes ({@link ReportLauncher} removes those of runs given up).
 * Job parameters: see {@link ReportRequest}.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "reportJob";

    static final String EXPORT_STEP = "reportExport";
    static final String WORKBOOK_EXPORT_STEP = "reportExportWorkbook";

    @Bean
    Job reportJob(JobRepository jobRepository, Step reportFill, Step reportExport, Step reportExportWorkbook,
                  ReportWorkFiles workFiles, ReportProgress progress) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(progress)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            workFiles.delete(execution.getJobInstanceId());
                        }
                    }
                })
                .flow(reportFill)
                .next(new FlowBuilder<SimpleFlow>("reportExports").split(exporters())
                        .add(flow(reportExport), flow(reportExportWorkbook)).build())
                .end()
                .build();
    }

    private static Flow flow(Step step) {
        return new FlowBuilder<SimpleFlow>(step.getName()).start(step).build();
    }

    /**
     * The threads the two export steps run on, one each. Not a bean: an executor bean would take the place of Boot's
     * application executor.
     */
    private static TaskExecutor exporters() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("da06-report-export-");
        executor.setConcurrencyLimit(2);
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    Step reportFill(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReportFiller filler,
                    ReportWorkFiles workFiles, StepLogger stepLogger, ReportProgress progress) {
        return new StepBuilder("reportFill", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = chunkContext.getStepContext().getStepExecution();
                    long instance = step.getJobExecution().getJobInstanceId();
                    Path file = workFiles.filledReport(instance);
                    Files.createDirectories(file.getParent());
                    try {
                        filler.fill(ReportRequest.from(step.getJobParameters()), file);
                    } catch (Exception e) {
                        workFiles.delete(instance); // half a fill is of no use: a restart fills again
                        throw e;
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .transactionAttribute(oneSnapshot())
                .listener(stepLogger)
                .listener((StepExecutionListener) progress)
                .build();
    }

    /** Writes the requested documents: PDF, DOCX. */
    @Bean
    Step reportExport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ReportFormatReader reportFormatReader, ItemWriter<ReportFormat> reportFileWriter,
                      StepLogger stepLogger, ReportProgress progress) {
        return exportStep(EXPORT_STEP, jobRepository, transactionManager, reportFormatReader, reportFileWriter, stepLogger,
                progress);
    }

    /** Writes the XLSX, when it is requested. */
    @Bean
    Step reportExportWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ReportFormatReader reportFormatReader, ItemWriter<ReportFormat> reportFileWriter,
                              StepLogger stepLogger, ReportProgress progress) {
        return exportStep(WORKBOOK_EXPORT_STEP, jobRepository, transactionManager, reportFormatReader, reportFileWriter,
                stepLogger, progress);
    }

    private static Step exportStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ReportFormatReader reader, ItemWriter<ReportFormat> writer, StepLogger stepLogger,
                                   ReportProgress progress) {
        return new StepBuilder(name, jobRepository)
                .<ReportFormat, ReportFormat>chunk(1)
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer)
                .listener(stepLogger)
                .listener((ItemWriteListener<ReportFormat>) progress)
                .build();
    }

    /** The requested formats this step writes: the XLSX for {@link #WORKBOOK_EXPORT_STEP}, the others for the other. */
    @Bean
    @StepScope
    ReportFormatReader reportFormatReader(@Value("#{stepExecution}") StepExecution step) {
        boolean workbook = step.getStepName().equals(WORKBOOK_EXPORT_STEP);
        return new ReportFormatReader(ReportRequest.from(step.getJobParameters()).formats().stream()
                .filter(f -> (f == ReportFormat.XLSX) == workbook).toList());
    }

    @Bean
    @StepScope
    ReportFileWriter reportFileWriter(@Value("#{stepExecution}") StepExecution step, ReportWorkFiles workFiles,
                                      ReportExporter exporter) {
        Path filled = workFiles.filledReport(step.getJobExecution().getJobInstanceId());
        return new ReportFileWriter(ReportRequest.from(step.getJobParameters()), filled, exporter);
    }

    /** The fill reads every figure of a report from one snapshot, even while an import commits. */
    private static DefaultTransactionAttribute oneSnapshot() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return attribute;
    }
}
