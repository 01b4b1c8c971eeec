package vn.da06.submission;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;

/**
 * Chốt số liệu: once a month's report is sent, staff lock the month. Workbooks for a locked month that the import
 * would load are held instead (status held, file under held/) until staff approve or refuse them
 * ({@link HeldSubmissions}); the import's rules are otherwise unchanged.
 */
@Component
public class MonthLocks {

    /** A locked month: who locked it and when. */
    public record Lock(YearMonth month, Instant lockedAt, String lockedBy) {
    }

    private final JdbcClient jdbc;

    MonthLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the month; returns false when it was locked already. */
    public boolean lock(YearMonth month, String login) {
        requireKnown(month);
        return jdbc.sql(SqlFiles.load("query/submission/month-lock.sql")).param("month", key(month)).param("login", login)
                .query(Boolean.class).optional().isPresent();
    }

    /** Unlocks the month; returns false when it was not locked. */
    public boolean unlock(YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/submission/month-unlock.sql")).param("month", key(month)).update() > 0;
    }

    public Optional<Lock> of(YearMonth month) {
        return all().stream().filter(l -> l.month().equals(month)).findFirst();
    }

    public List<Lock> all() {
        return jdbc.sql(SqlFiles.load("query/submission/month-locks.sql"))
                .query((rs, n) -> new Lock(YearMonth.of(rs.getInt("month_key") / 100, rs.getInt("month_key") % 100),
                        rs.getTimestamp("locked_at").toInstant(), rs.getString("locked_by")))
                .list();
    }

    /** A month as the warehouse keys it: YYYYMM. */
    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private void requireKnown(YearMonth month) {
        if (!jdbc.sql(SqlFiles.load("query/submission/month-exists.sql")).param("month", key(month)).query(Boolean.class).single()) {
            throw new UserException("tháng " + MonthRange.LABEL.format(month) + " không thuộc kế hoạch nào đã nạp.");
        }
    }
}
