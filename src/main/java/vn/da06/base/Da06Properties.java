package vn.da06.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where da06 keeps its files. Everything lives under one home folder ({@code da06.home}, environment variable
 * {@code DA06_HOME}); the other folders default to sub-folders of it and may be set one by one.
 *
 * @param home     the da06 home folder (default {@code ./data})
 * @param inbox    where units drop their workbooks, one sub-folder per unit code
 * @param archive  where accepted workbooks are moved, by unit and month
 * @param rejected where rejected workbooks and their error reports are moved, by unit
 * @param reports  where generated reports are written
 * @param held     where workbooks for a locked month wait for approval, by unit and month
 */
@ConfigurationProperties("da06")
public record Da06Properties(Path home, Path inbox, Path archive, Path rejected, Path reports, Path held) {

    public Da06Properties {
        home = (home == null ? Path.of("data") : home).toAbsolutePath().normalize();
        inbox = resolve(home, inbox, "inbox");
        archive = resolve(home, archive, "archive");
        rejected = resolve(home, rejected, "rejected");
        reports = resolve(home, reports, "reports");
        held = resolve(home, held, "held");
    }

    private static Path resolve(Path home, Path configured, String defaultName) {
        return home.resolve(configured == null ? Path.of(defaultName) : configured).normalize();
    }
}
