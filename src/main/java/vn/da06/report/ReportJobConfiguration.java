package vn.da06.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

import vn.da06.batch.StepLogger;

/**
 * The report job: {@code reportFill} reads the warehouse and fills the templates once, saving the filled report
 * under the da06 home ({@link ReportWorkFiles}); {@code reportExport} writes it in each requested format, one format
 * per chunk. A failed run restarts where it stopped: the fill is not redone and formats already written are skipped.
 * The work files go when the job completes ({@link ReportLauncher} removes those of runs given up).
 * Job parameters: see {@link ReportRequest}.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "reportJob";

    @Bean
    Job reportJob(JobRepository jobRepository, Step reportFill, Step reportExport, ReportWorkFiles workFiles,
                  ReportProgress progress) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(reportFill)
                .next(reportExport)
                .listener(progress)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            workFiles.delete(execution.getJobInstanceId());
                        }
                    }
                })
                .build();
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

    @Bean
    Step reportExport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ReportFormatReader reportFormatReader, ItemWriter<ReportFormat> reportFileWriter,
                      StepLogger stepLogger, ReportProgress progress) {
        return new StepBuilder("reportExport", jobRepository)
                .<ReportFormat, ReportFormat>chunk(1)
                .transactionManager(transactionManager)
                .reader(reportFormatReader)
                .writer(reportFileWriter)
                .listener(stepLogger)
                .listener((ItemWriteListener<ReportFormat>) progress)
                .build();
    }

    @Bean
    @StepScope
    ReportFormatReader reportFormatReader(@Value("#{stepExecution}") StepExecution step) {
        return new ReportFormatReader(ReportRequest.from(step.getJobParameters()).formats());
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
