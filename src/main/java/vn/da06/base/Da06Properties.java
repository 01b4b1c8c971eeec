package vn.da06.base;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where da06 keeps its files and which clock it reads ({@code da06.*}; defaults in {@code application.yml}).
 * Everything lives under one home folder; the other folders are relative to it unless given as absolute paths.
 *
 * @param home     the da06 home folder ({@code DA06_HOME})
 * @param zone     the one time zone of da06 ({@code DA06_ZONE}): arrival times and due dates, the serve schedule,
 *                 report dates, sample arrivals, times shown by {@code da06 status}
 * @param inbox    where units drop their workbooks, one sub-folder per unit code
 * @param archive  where accepted workbooks are moved, by unit and month
 * @param rejected where rejected workbooks and their error reports are moved, by unit
 * @param reports  where generated reports are written
 * @param held     where workbooks for a locked month wait for approval, by unit and month
 */
@ConfigurationProperties("da06")
public record Da06Properties(Path home, ZoneId zone, Path inbox, Path archive, Path rejected, Path reports, Path held) {

    public Da06Properties {
        home = home.toAbsolutePath().normalize();
        inbox = home.resolve(inbox).normalize();
        archive = home.resolve(archive).normalize();
        rejected = home.resolve(rejected).normalize();
        reports = home.resolve(reports).normalize();
        held = home.resolve(held).normalize();
    }
}
