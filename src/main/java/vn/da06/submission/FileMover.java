package vn.da06.submission;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.da06.base.DurableFiles;
import vn.da06.base.UserException;

/**
 * Moves recorded files out of the inbox, after their records are committed (a crash before the move leaves the
 * file in the inbox and its record says where it belongs; the next run finishes the move). Never overwrites.
 */
@Component
class FileMover {

    private static final Logger log = LoggerFactory.getLogger(FileMover.class);

    private final SubmissionStore store;
    private final StoredFiles storedFiles;
    private final TransactionTemplate newTransaction;
    private final CrashPoints crashPoints;

    FileMover(SubmissionStore store, StoredFiles storedFiles, PlatformTransactionManager transactionManager,
              CrashPoints crashPoints) {
        this.crashPoints = crashPoints;
        this.store = store;
        this.storedFiles = storedFiles;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Moves the files, then makes the moves durable before marking them done: the rejected files' error reports
     * written and synced first; then every file moved; then each moved file's contents synced, then every folder a
     * name left or entered. A power cut before the end leaves the files in the inbox or unmarked, with their records
     * committed, and the next run finishes them ({@code WorkbookProcessor}, {@link #markInterruptedMoves}); none is
     * loaded twice. The syncs come after all the moves so that the file system commits its journal once for them
     * (a sync right after each move made it commit once per file).
     */
    List<String> moveAll(List<PendingMove> moves) {
        List<String> failed = new ArrayList<>();
        try {
            List<PendingMove> renamed = rename(withErrorReports(moves, failed), failed);
            List<Long> moved = new ArrayList<>();
            Set<Path> folders = new LinkedHashSet<>();
            for (PendingMove move : renamed) {
                try {
                    if (Files.isRegularFile(move.target(), LinkOption.NOFOLLOW_LINKS)) {
                        // Not a link, pipe or folder from the inbox: opening a pipe to sync it would wait for a writer.
                        DurableFiles.syncFile(move.target());
                    }
                    folders.add(move.target().getParent());
                    folders.add(move.file().path().getParent());
                    moved.add(move.submissionKey());
                } catch (IOException | RuntimeException e) {
                    failed.add(failure(move, e));
                }
            }
            for (Path folder : folders) {
                DurableFiles.syncFolder(folder);
            }
            crashPoints.reach("moved");
            newTransaction.executeWithoutResult(status -> store.markMoved(moved));
        } catch (IOException e) {
            // Not marked: the next run checks each file where it lies.
            log.error("Không ghi bền được việc chuyển tệp ra khỏi hộp thư: {}", e.toString());
            failed.add("ghi bền việc chuyển tệp (" + reason(e) + ")");
        } finally {
            moves.forEach(move -> storedFiles.release(move.target()));
        }
        return failed;
    }

    /**
     * Makes the target folders and writes the rejected files' error reports, synced before any file moves: a crash
     * before a move leaves the file in the inbox, and the rerun writes its report again. Returns the moves that can
     * go on.
     */
    private List<PendingMove> withErrorReports(List<PendingMove> moves, List<String> failed) {
        Map<PendingMove, Optional<Path>> written = new LinkedHashMap<>();
        for (PendingMove move : moves) {
            try {
                Files.createDirectories(move.target().getParent());
                Optional<Path> report = Optional.empty();
                if (!move.errors().isEmpty()) {
                    report = Optional.of(StoredFiles.errorReportFor(move.target()));
                    ErrorReportWriter.write(move.file().path(), move.file().display(), move.errors(), move.annotate(),
                            report.get());
                }
                written.put(move, report);
            } catch (IOException | RuntimeException e) {
                failed.add(failure(move, e));
            }
        }
        List<PendingMove> ready = new ArrayList<>();
        written.forEach((move, report) -> {
            try {
                if (report.isPresent()) {
                    DurableFiles.syncFile(report.get());
                }
                ready.add(move);
            } catch (IOException | RuntimeException e) {
                failed.add(failure(move, e));
            }
        });
        return ready;
    }

    private List<PendingMove> rename(List<PendingMove> moves, List<String> failed) {
        List<PendingMove> renamed = new ArrayList<>();
        for (PendingMove move : moves) {
            try {
                crashPoints.reach("move");
                Files.move(move.file().path(), move.target(), LinkOption.NOFOLLOW_LINKS);
                renamed.add(move);
            } catch (IOException | RuntimeException e) {
                failed.add(failure(move, e));
            }
        }
        return renamed;
    }

    private static String failure(PendingMove move, Exception e) {
        log.error("Không chuyển được tệp {} tới {}: {}; lần nhập sau sẽ chuyển lại.", move.file().display(),
                move.target(), e.toString());
        return move.file().display() + " tới " + move.target().getParent() + " (" + reason(e) + ")";
    }

    /**
     * {@link #moveAll}, for the import: a file that cannot be stored fails the run, so that the operator hears of it
     * (its record is committed; the next run moves it once the folder can be written).
     */
    void moveAllOrFail(List<PendingMove> moves) {
        List<String> failed = moveAll(moves);
        if (!failed.isEmpty()) {
            throw new UserException("không chuyển được " + failed.size() + " tệp ra khỏi hộp thư, ví dụ " + failed.get(0)
                    + ". Hãy cho người chạy da06 quyền ghi các thư mục archive/ và rejected/ (và kiểm tra chỗ trống trên "
                    + "đĩa) rồi chạy lại da06 import; số liệu đã nạp được giữ nguyên, các tệp sẽ được chuyển khi nhập lại.");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof AccessDeniedException ? "không có quyền ghi" : String.valueOf(e.getMessage());
    }

    /**
     * Marks as moved the records whose file already lies where it was to be stored: a run that died between moving
     * files and marking them left them unmarked (its other files are still in the inbox and get moved on sight).
     */
    void markInterruptedMoves() {
        List<Long> moved = store.unmoved().entrySet().stream()
                .filter(e -> Files.exists(storedFiles.resolve(e.getValue()), LinkOption.NOFOLLOW_LINKS))
                .map(java.util.Map.Entry::getKey).toList();
        if (!moved.isEmpty()) {
            log.info("Ghi nhận {} tệp đã được chuyển bởi một lần nhập bị ngắt", moved.size());
            newTransaction.executeWithoutResult(status -> store.markMoved(moved));
        }
    }

    void forget(List<PendingMove> moves) {
        moves.forEach(m -> storedFiles.release(m.target()));
    }
}
