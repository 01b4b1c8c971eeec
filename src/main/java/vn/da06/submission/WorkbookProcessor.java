package vn.da06.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.Da06Properties;
import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;

/**
 * Decides what becomes of one inbox file, writing nothing: the same content loaded before is a duplicate; a file an
 * interrupted run had recorded but not yet moved only needs moving; anything else is read (streaming, within
 * limits) and checked against the contract.
 */
@Component
class WorkbookProcessor {

    private static final Set<String> SHEETS = Set.of(WorkbookLayout.COVER_SHEET, WorkbookLayout.TASK_SHEET,
            WorkbookLayout.INDICATOR_SHEET, WorkbookLayout.MARKER_SHEET);

    private final SubmissionStore store;
    private final StoredFiles storedFiles;
    private final MarkerKey markerKey;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final CrashPoints crashPoints;
    private final SignedMarkers signedMarkers;

    WorkbookProcessor(SubmissionStore store, StoredFiles storedFiles, MarkerKey markerKey, JdbcClient jdbc,
                      Da06Properties properties, CrashPoints crashPoints, SignedMarkers signedMarkers) {
        this.crashPoints = crashPoints;
        this.signedMarkers = signedMarkers;
        this.store = store;
        this.storedFiles = storedFiles;
        this.markerKey = markerKey;
        this.jdbc = jdbc;
        this.zone = properties.zone();
    }

    /** Reference data for one run: read once, shared by every file of the run. */
    ReferenceData referenceData() {
        return ReferenceData.load(jdbc);
    }

    ImportOutcome process(InboxFile file, ReferenceData reference) {
        InboxFile filed = filedByMarker(file);
        ImportOutcome outcome = decide(filed, reference);
        if (outcome.kind() != ImportOutcome.Kind.REJECT || filed.folder() == null) {
            return outcome;
        }
        java.time.YearMonth arrival = java.time.YearMonth.from(filed.receivedAt().atZone(zone));
        return outcome.withUnitIfMissing(reference.unit(filed.folder(), arrival).map(ReferenceData.UnitInfo::key).orElse(null));
    }

    /**
     * A workbook dropped at the top of the inbox (an e-mail attachment, a file saved there by hand) is taken as if it
     * lay in the folder of the unit its signed marker names: the marker, not the sender or the file name, says whose
     * it is. Without an authentic marker it stays outside any unit folder and is rejected for that.
     */
    private InboxFile filedByMarker(InboxFile file) {
        if (file.folder() != null || !file.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || !Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            return file;
        }
        return signedMarkers.read(file.path()).map(marker -> file.filedUnder(marker.unitCode())).orElse(file);
    }

    private ImportOutcome decide(InboxFile file, ReferenceData reference) {
        boolean plainFile = Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS);
        String hash = SubmissionStore.NO_HASH;
        if (plainFile) {
            try {
                hash = hash(file);
            } catch (IOException e) {
                return ImportOutcome.rejected(file, null, ValidationError.ofFile(Rule.FILE_UNREADABLE,
                        "không đọc được tệp (" + e.getMessage() + "); hãy gửi lại."));
            }
        }
        List<SubmissionStore.Earlier> earlier = store.withHash(hash);
        // Whatever the entry is, if an interrupted run recorded it but did not move it, only the move is left to do.
        Optional<ImportOutcome> unfinished = unfinishedMove(file, hash, earlier);
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        if (Files.isSymbolicLink(file.path())) {
            return ImportOutcome.rejected(file, null, ValidationError.ofFile(Rule.FILE_NAME,
                    "đây là một liên kết tượng trưng (symlink), không phải tệp; da06 không theo liên kết ra ngoài hộp thư. "
                            + "Hãy chép chính tệp báo cáo vào thư mục."));
        }
        if (Files.isDirectory(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            return ImportOutcome.rejected(file, null, ValidationError.ofFile(Rule.FILE_NOT_XLSX,
                    "đây là một thư mục, không phải tệp Excel .xlsx; hãy đặt tệp báo cáo trực tiếp trong thư mục của đơn vị."));
        }
        if (!plainFile) {
            // A named pipe or a device: reading it would block or never end.
            return ImportOutcome.rejected(file, null, ValidationError.ofFile(Rule.FILE_NOT_XLSX,
                    "đây không phải một tệp thông thường (ống dẫn, thiết bị hay tệp đặc biệt khác); hãy đặt tệp báo cáo "
                            + ".xlsx vào thư mục của đơn vị."));
        }
        if (file.folder() == null) {
            return ImportOutcome.rejected(file, hash, ValidationError.ofFile(Rule.FILE_OUTSIDE_UNIT_FOLDER,
                    "tệp nằm ngay trong hộp thư, không trong thư mục mã đơn vị, và không mang dấu nhận dạng mẫu da06 cho "
                            + "biết của đơn vị nào; hãy điền vào mẫu da06 gửi cho đơn vị, hoặc đặt tệp vào inbox/<mã đơn vị>/."));
        }
        String nameProblem = nameProblem(file.fileName());
        if (nameProblem != null) {
            return ImportOutcome.rejected(file, hash, ValidationError.ofFile(Rule.FILE_NAME, "tên tệp \""
                    + StoredFiles.safeName(file.fileName()) + "\" " + nameProblem + "; hãy đặt lại tên tệp chỉ gồm chữ, số, "
                    + "dấu cách, dấu gạch ngang hoặc gạch dưới rồi gửi lại."));
        }
        Optional<ImportOutcome> copy = loadedCopy(file, hash, earlier);
        if (copy.isPresent()) {
            return copy.get();
        }
        if (!reference.isUnitCode(file.folder())) {
            return ImportOutcome.rejected(file, hash, ValidationError.ofFile(Rule.UNIT_UNKNOWN, "thư mục \""
                    + file.folder() + "\" không phải mã của đơn vị nào; mỗi đơn vị gửi vào thư mục mang mã của mình."));
        }
        try {
            crashPoints.reach("parse");
            WorkbookCells cells = XlsxCellReader.read(file.path(), SHEETS);
            return ImportOutcome.of(file, hash, WorkbookCheck.check(file, cells, reference, markerKey.bytes(), zone));
        } catch (WorkbookUnreadableException e) {
            return ImportOutcome.rejected(file, hash, ValidationError.ofFile(Rule.valueOf(e.rule()), e.getMessage()));
        }
    }

    /**
     * What is wrong with a file name that is legal on Linux but not a name a person gives a report: bytes that are
     * not UTF-8 (Java shows them as U+FFFD), a backslash (a path separator on Windows) or a control character.
     */
    private static String nameProblem(String name) {
        if (name.indexOf('\uFFFD') >= 0) {
            return "có ký tự không đọc được (không phải mã UTF-8)";
        }
        if (name.indexOf('\\') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            return "có dấu \\ hoặc ký tự điều khiển (xuống dòng, tab...)";
        }
        return null;
    }

    /** The record an interrupted run made for this very entry (same place, same content) whose move it did not make. */
    private Optional<ImportOutcome> unfinishedMove(InboxFile file, String hash, List<SubmissionStore.Earlier> earlier) {
        String folder = file.folder() == null ? "" : file.folder();
        for (SubmissionStore.Earlier e : earlier) {
            boolean samePlace = e.inboxFolder().equals(folder) && e.fileName().equals(file.fileName());
            // A released workbook left its held place on purpose: it is back in the inbox to load, not to move again.
            if (samePlace && e.storedPath() != null && !e.status().equals("released")
                    && !Files.exists(storedFiles.resolve(e.storedPath()), LinkOption.NOFOLLOW_LINKS)) {
                List<ValidationError> errors = e.status().equals("rejected") ? store.errorsOf(e.key()) : List.of();
                return Optional.of(ImportOutcome.finishMove(file, hash, e.key(), e.storedPath(), errors));
            }
        }
        return Optional.empty();
    }

    /** A loaded submission with the same content: this file is a duplicate of it. */
    private static Optional<ImportOutcome> loadedCopy(InboxFile file, String hash, List<SubmissionStore.Earlier> earlier) {
        return earlier.stream().filter(SubmissionStore.Earlier::loaded).findFirst()
                .map(e -> ImportOutcome.duplicate(file, hash, e.key()));
    }

    private static String hash(InboxFile file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file.path(), LinkOption.NOFOLLOW_LINKS),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
