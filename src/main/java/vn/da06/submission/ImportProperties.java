package vn.da06.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the import ({@code da06.import.*}; defaults in {@code application.yml}).
 *
 * @param chunkSize workbooks written per transaction
 * @param threads   threads that read and check the workbooks of a chunk at once (default: one per processor)
 */
@ConfigurationProperties("da06.import")
public record ImportProperties(Integer chunkSize, Integer threads) {

    public ImportProperties {
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
