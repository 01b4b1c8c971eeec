package vn.da06.submission;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the import ({@code da06.import.*}).
 *
 * @param zone      time zone of arrival times and due dates (default Asia/Ho_Chi_Minh)
 * @param chunkSize workbooks written per transaction
 * @param threads   threads that read and check the workbooks of a chunk at once (default: one per processor)
 */
@ConfigurationProperties("da06.import")
public record ImportProperties(ZoneId zone, Integer chunkSize, Integer threads) {

    public ImportProperties {
        zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
        chunkSize = chunkSize == null ? 20 : chunkSize;
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
