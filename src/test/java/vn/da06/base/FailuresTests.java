package vn.da06.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

class FailuresTests {

    @Test
    void theUserErrorUnderTheFrameworksWrappersIsTheOneShown() {
        UserException user = new UserException("tệp a.xlsx: thiếu trang \"Chỉ tiêu\".");
        Throwable wrapped = new IllegalStateException("Unable to process chunk", new RuntimeException("step failed", user));

        assertThat(Failures.userException(wrapped)).containsSame(user);
        assertThat(Failures.userException(new IllegalStateException("x", new RuntimeException("y")))).isEmpty();
    }

    @Test
    void withoutAUserErrorTheRootCauseIsShown() {
        Throwable failure = new IllegalStateException("outer", new java.io.IOException("Không còn chỗ trên đĩa"));

        assertThat(Failures.rootMessage(failure)).isEqualTo("Không còn chỗ trên đĩa");
        assertThat(Failures.describeRoot(failure)).isEqualTo("IOException: Không còn chỗ trên đĩa");
        assertThat(Failures.describeRoot(new IllegalStateException("outer", new NullPointerException())))
                .isEqualTo("NullPointerException");
        assertThat(Failures.describeRoot(new IllegalStateException("Validate failed: Migrations have failed validation\n"
                + "Detected resolved migration not applied to database: 10.")))
                .as("one line: the rest is in the log").isEqualTo("IllegalStateException: Validate failed: Migrations have failed validation");
    }

    @Test
    void aLostDatabaseIsToldInVietnameseEvenWhenAnotherFailureCameFirst() {
        // A lost connection often shows first as a failed rollback, the database's own error suppressed under it.
        Throwable rollback = new IllegalStateException("Rollback failed");
        rollback.addSuppressed(new RuntimeException("commit", new SQLException("An I/O error occurred", "08006")));

        assertThat(Failures.databaseFailure(List.of(new RuntimeException("first"), rollback)))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("mất kết nối tới cơ sở dữ liệu").endsWith("[An I/O error occurred]"));
        assertThat(Failures.databaseFailure(List.of(new SQLException("canceling statement", "57014"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("bị hủy"));
        assertThat(Failures.databaseFailure(List.of(new IllegalStateException("mất khóa nhập")))).isEmpty();
    }

    @Test
    void theDatabasesOwnWordsAreQuotedNotTheStatementAWrapperRepeats() {
        // Spring's wrapper names the statement, comments and all; the line a user reads quotes the driver.
        SQLException closed = new SQLException("Connection is closed", "08003");
        RuntimeException wrapper = new RuntimeException("PreparedStatementCallback; SQL [-- Marks the moves done\n"
                + "UPDATE fact_submission SET moved = true]; Connection is closed", closed);

        assertThat(Failures.databaseFailure(List.of(wrapper))).hasValue(
                "mất kết nối tới cơ sở dữ liệu: máy chủ dừng hoặc phiên làm việc bị ngắt [Connection is closed]");
    }
}
