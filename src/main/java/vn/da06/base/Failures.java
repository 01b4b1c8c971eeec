package vn.da06.base;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a failure comes down to, for the one line a user reads: the {@link UserException} somewhere in its causes,
 * the database's own trouble in Vietnamese, or else its root cause. Spring Batch and Spring wrap what went wrong in
 * several layers; the sentence that matters is usually at the bottom.
 */
public final class Failures {

    /** Causes followed at most; a cause chain never gets near it except by a cycle. */
    private static final int MAX_CAUSES = 100;
    private static final int MAX_QUOTED = 160;

    private Failures() {
    }

    /** The first {@link UserException} in the cause chain, the failure itself included. */
    public static Optional<UserException> userException(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof UserException user) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** The last cause of the chain: what actually went wrong. */
    public static Throwable root(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.get(chain.size() - 1);
    }

    /** The root cause's message, or its class name when it has none. */
    public static String rootMessage(Throwable failure) {
        Throwable root = root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The root cause as "Class: first line of its message" (or the class alone), for a failure nobody foresaw. */
    public static String describeRoot(Throwable failure) {
        Throwable root = root(failure);
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * What the database did, in Vietnamese (its own English message kept in brackets for whoever reads the log), if
     * any of the failures, their causes or what they suppressed comes from it. The database's error is often not
     * the first failure: a lost connection shows first as a failed rollback.
     */
    public static Optional<String> databaseFailure(List<Throwable> failures) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable failure : failures) {
            collect(failure, all);
        }
        for (Throwable t : all) {
            // Only the driver's or the server's own words are quoted: Spring's wrappers repeat the statement's text.
            if (!(t instanceof SQLException) && t.getCause() != null) {
                continue;
            }
            String state = t instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
            String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip();
            message = message.length() <= MAX_QUOTED ? message : message.substring(0, MAX_QUOTED) + "…";
            if (state.startsWith("08") || state.startsWith("57P") || message.contains("onnection is closed")
                    || message.contains("connection has been closed")) {
                return Optional.of("mất kết nối tới cơ sở dữ liệu: máy chủ dừng hoặc phiên làm việc bị ngắt [" + message + "]");
            }
            if (state.equals("57014")) {
                return Optional.of("một câu lệnh tới cơ sở dữ liệu bị hủy hoặc quá thời gian chờ [" + message + "]");
            }
            if (state.startsWith("40")) {
                return Optional.of("cơ sở dữ liệu hủy giao dịch vì xung đột với một phiên khác [" + message + "]");
            }
            if (state.startsWith("53")) {
                return Optional.of("máy chủ cơ sở dữ liệu hết tài nguyên (bộ nhớ, đĩa hoặc số kết nối) [" + message + "]");
            }
        }
        return Optional.empty();
    }

    /** The failure and its causes, in order, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < MAX_CAUSES; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The throwable, its causes and what they suppressed, depth first. */
    private static void collect(Throwable t, List<Throwable> into) {
        if (t == null || into.contains(t) || into.size() > MAX_CAUSES) {
            return;
        }
        into.add(t);
        collect(t.getCause(), into);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, into);
        }
    }
}
