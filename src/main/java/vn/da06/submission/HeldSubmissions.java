package vn.da06.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.da06.base.MonthRange;
import vn.da06.base.SqlFiles;
import vn.da06.base.UserException;
import vn.da06.batch.JobRunLock;

/**
 * Workbooks held because their month was locked, and staff decisions on them. Approved, a workbook is released: its
 * file goes back to its unit's inbox folder and the next import loads it by the import's own rules (the caller
 * starts that import). Refused, it becomes a rejected workbook whose error is the refusal, with an error report in
 * the rejected folder like any other. Decisions are made holding the import lock, so no import sees a file halfway;
 * the decision is committed before its file moves, and a move a stopped process left undone is done first next time.
 */
@Component
public class HeldSubmissions {

    /** A workbook waiting for a decision. */
    public record Held(long key, String unitCode, String unitName, YearMonth month, String fileName, Instant receivedAt,
                       Instant heldAt, String inboxFolder, String storedPath) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final StoredFiles storedFiles;
    private final FileMover mover;
    private final SubmissionStore store;

    HeldSubmissions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                    StoredFiles storedFiles, FileMover mover, SubmissionStore store) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        this.storedFiles = storedFiles;
        this.mover = mover;
        this.store = store;
    }

    /** The workbooks of a month waiting for a decision; null for every month. */
    public List<Held> waiting(YearMonth month) {
        return jdbc.sql(SqlFiles.load("query/submission/held-list.sql")).param("month", month == null ? null : MonthLocks.key(month))
                .query(HeldSubmissions::held).list();
    }

    /** Releases a held workbook: its file goes back to the inbox; run an import to load it. */
    public Held approve(long key, String login) {
        return decide(key, login, true);
    }

    /** Refuses a held workbook: it becomes rejected, the refusal its error, and goes to the rejected folder. */
    public Held refuse(long key, String login) {
        return decide(key, login, false);
    }

    private Held decide(long key, String login, boolean approve) {
        try (JobRunLock lock = ImportLock.acquire(dataSource, notice -> { })) {
            finishInterruptedMoves();
            Decision decision = transaction.execute(status -> record(key, login, approve));
            move(decision);
            return decision.held();
        } catch (SQLException e) {
            throw new UserException("không kết nối được cơ sở dữ liệu: " + e.getMessage(), e);
        }
    }

    private record Decision(Held held, boolean approved, Path from, Path to) {
    }

    private Decision record(long key, String login, boolean approve) {
        Held held = jdbc.sql(SqlFiles.load("query/submission/held-take.sql")).param("key", key).query(HeldSubmissions::held).optional()
                .orElseThrow(() -> new UserException("tệp này không còn chờ duyệt (đã có người duyệt hoặc từ chối)."));
        Path from = storedFiles.resolve(held.storedPath());
        Path to;
        if (approve) {
            to = storedFiles.inboxTarget(held.inboxFolder(), held.fileName());
            jdbc.sql(SqlFiles.load("query/submission/held-release.sql")).param("key", key).update();
        } else {
            to = storedFiles.rejectedTarget(held.inboxFolder(), held.fileName());
            jdbc.sql(SqlFiles.load("query/submission/held-refuse.sql")).param("key", key).param("stored", storedFiles.record(to)).update();
            jdbc.sql(SqlFiles.load("query/submission/held-refusal-error.sql")).param("key", key)
                    .param("message", refusal(held.month(), login)).update();
        }
        jdbc.sql(SqlFiles.load("query/submission/held-decision-insert.sql")).param("key", key)
                .param("decision", approve ? "approved" : "refused").param("login", login)
                .param("from", held.storedPath()).param("to", storedFiles.record(to)).update();
        return new Decision(held, approve, from, to);
    }

    static String refusal(YearMonth month, String login) {
        return "tháng " + MonthRange.LABEL.format(month) + " đã chốt số liệu và cán bộ " + login + " không duyệt tệp gửi sau "
                + "khi chốt, nên số liệu trong tệp không được nạp. Nếu cần sửa số liệu tháng này, hãy liên hệ cán bộ phụ trách.";
    }

    private void move(Decision decision) {
        Held held = decision.held();
        try {
            if (decision.approved()) {
                Files.createDirectories(decision.to().getParent());
                Files.move(decision.from(), decision.to(), LinkOption.NOFOLLOW_LINKS);
            } else {
                InboxFile file = new InboxFile(decision.from(), held.inboxFolder(), held.fileName(),
                        Files.size(decision.from()), held.receivedAt());
                mover.moveAll(List.of(new PendingMove(held.key(), file, decision.to(), store.errorsOf(held.key()), true)));
                if (Files.exists(decision.from(), LinkOption.NOFOLLOW_LINKS)) {
                    return; // the mover logged why; the next decision finishes it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            storedFiles.release(decision.to());
        }
        jdbc.sql(SqlFiles.load("query/submission/held-decision-done.sql")).param("key", held.key()).update();
    }

    /** Moves the files of decisions a stopped process committed but did not carry out. */
    private void finishInterruptedMoves() {
        record Pending(long key, boolean approved, String from, String to) {
        }
        List<Pending> pending = jdbc.sql(SqlFiles.load("query/submission/held-decisions-pending.sql"))
                .query((rs, n) -> new Pending(rs.getLong("submission_key"), rs.getString("decision").equals("approved"),
                        rs.getString("from_path"), rs.getString("to_path")))
                .list();
        for (Pending p : pending) {
            Path from = storedFiles.resolve(p.from());
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                Held held = jdbc.sql(SqlFiles.load("query/submission/held-unit.sql")).param("key", p.key())
                        .query(HeldSubmissions::held).single();
                move(new Decision(held, p.approved(), from, storedFiles.resolve(p.to())));
            } else {
                jdbc.sql(SqlFiles.load("query/submission/held-decision-done.sql")).param("key", p.key()).update();
            }
        }
    }

    private static Held held(ResultSet rs, int row) throws SQLException {
        int month = rs.getInt("month_key");
        return new Held(rs.getLong("submission_key"), rs.getString("unit_code"), rs.getString("unit_name"),
                YearMonth.of(month / 100, month % 100), rs.getString("file_name"), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("imported_at").toInstant(), rs.getString("inbox_folder"), rs.getString("stored_path"));
    }
}
