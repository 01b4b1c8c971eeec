package vn.da06.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import vn.da06.submission.TestWorkbook;
import vn.da06.support.CliRun;
import vn.da06.support.TestMail;

/**
 * Units send their workbooks by e-mail: {@code da06 mail fetch} reads the mailbox, imports each workbook through the
 * inbox and the import job, and answers each sender in the same thread.
 */
class MailFunctionalTests extends MailTest {

    @Test
    void aValidWorkbookFromAnAllowedAddressIsImportedAndAnsweredWithItsFigures() throws Exception {
        String id = send(UNIT_ADDRESS, "Báo cáo tháng 3/2024 - TT Tuy Phước", file(march(), "Báo cáo tháng 3.xlsx"));

        CliRun run = assertSucceeded(fetch());

        assertThat(run.out()).contains("Đã đọc 1 thư mới: 1 tệp báo cáo đưa vào nhập").contains("Thư trả lời: đã gửi 1.");
        assertThat(jdbc.sql("SELECT inbox_folder || ' ' || status FROM fact_submission").query(String.class).single())
                .isEqualTo(UNIT + " accepted");
        List<String> archived = archived();
        assertThat(archived).hasSize(2).allMatch(p -> p.startsWith(UNIT + "/2024-03/mail"));
        assertThat(archived).anyMatch(p -> p.endsWith("-Báo cáo tháng 3.xlsx")).anyMatch(p -> p.endsWith("-Báo cáo tháng 3.eml"));
        assertThat(inboxLeft()).isEmpty();

        MimeMessage reply = replies().get(0);
        assertThat(reply.getAllRecipients()[0].toString()).isEqualTo(UNIT_ADDRESS);
        assertThat(reply.getSubject()).isEqualTo("Re: Báo cáo tháng 3/2024 - TT Tuy Phước");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(id);
        assertThat(reply.getHeader("References")[0]).contains(id);
        String text = text(reply);
        assertThat(text).contains("\"Báo cáo tháng 3.xlsx\": ĐÃ NHẬN VÀ NẠP.", "Đơn vị: Thị trấn Tuy Phước (mã 21952)",
                "Kỳ báo cáo: tháng 03/2024", "Thời điểm nhận:", "Hạn nộp:");
        assertThat(text.lines().filter(l -> l.strip().startsWith("CT0")).map(l -> List.of(l.strip().split("\\s+"))))
                .containsExactly(List.of("CT02", "45", "50", "90", "%"), List.of("CT04", "30", "40", "75", "%"));
        assertThat(text).containsPattern("NV01\\s+Phối hợp\\s+Hoàn thành\\s+100 %");
        assertThat(TestMail.inbox()).singleElement().satisfies(m -> assertThat(m.getFlags().contains(Mailbox.DONE_FLAG)).isTrue());
    }

    @Test
    void anInvalidWorkbookIsAnsweredWithEachReasonAndTheErrorWorkbookAttached() throws Exception {
        send(UNIT_ADDRESS, "Báo cáo tháng 3", file(march().indicator("CT05", 60, 50, null), "sai.xlsx"));

        assertSucceeded(fetch());

        assertThat(jdbc.sql("SELECT status FROM fact_submission").query(String.class).single()).isEqualTo("rejected");
        MimeMessage reply = replies().get(0);
        String text = text(reply);
        assertThat(text).contains("\"sai.xlsx\": BỊ TỪ CHỐI, chưa nạp số liệu nào.")
                .contains("Chỉ tiêu!E6 — Tử số không được lớn hơn mẫu số: ").contains("tử số 60 lớn hơn mẫu số 50");
        assertThat(attachmentNames(reply)).containsExactly("sai_LOI.xlsx");
        assertThat(text).contains("Báo cáo lỗi đính kèm: sai_LOI.xlsx (");
    }

    @Test
    void aResubmissionIsAnsweredWithTheCellsThatChanged() throws Exception {
        send(UNIT_ADDRESS, "Báo cáo tháng 3", file(march(), "bc.xlsx"));
        assertSucceeded(fetch());
        send(UNIT_ADDRESS, "Báo cáo tháng 3 (gửi lại)", file(TestWorkbook.of(UNIT, "2024-03", markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 15/KH-UBND", null, null)
                .task("NV13", "Hoàn thành", 100, LocalDate.of(2024, 3, 28), "Đã nhận máy quét", null, null)
                .indicator("CT02", 48, 50, null)
                .indicator("CT04", 30, 40, "Số liệu từ hệ thống một cửa"), "bc.xlsx"));

        assertSucceeded(fetch());

        assertThat(jdbc.sql("SELECT status FROM fact_submission ORDER BY submission_key").query(String.class).list())
                .containsExactly("superseded", "accepted");
        String text = text(replies().get(1));
        assertThat(text).contains("ĐÃ NHẬN BẢN GỬI LẠI, thay cho bản trước.")
                .contains("Chỉ tiêu!E4 (CT02, Tử số): \"45\" → \"48\"")
                .contains("(NV13, Tình trạng): \"Đang triển khai\" → \"Hoàn thành\"")
                .contains("(NV13, Tiến độ (%)): \"60\" → \"100\"")
                .doesNotContain("CT04, Tử số");
    }

    @Test
    void aWorkbookForAnotherUnitOrFromAStrangerIsNotImportedAndItsSenderIsToldWhy() throws Exception {
        send(UNIT_ADDRESS, "Báo cáo hộ Diêu Trì", file(march().markerFor(OTHER_UNIT, "2024-03")
                .cover(vn.da06.workbook.WorkbookLayout.CoverField.UNIT_CODE, OTHER_UNIT), "dieutri.xlsx"));
        send("nguoi.la@example.test", "Báo cáo", file(march(), "bc.xlsx"));

        CliRun run = assertSucceeded(fetch());

        assertThat(submissions()).isZero();
        assertThat(inboxLeft()).isEmpty();
        assertThat(run.out()).contains("2 tệp không nhập vì người gửi chưa được đăng ký cho đơn vị");
        assertThat(replies()).hasSize(2);
        MimeMessage toUnit = replies().stream().filter(r -> recipient(r).equals(UNIT_ADDRESS)).findFirst().orElseThrow();
        assertThat(text(toUnit)).contains("\"dieutri.xlsx\": KHÔNG NHẬP.")
                .contains("Tệp là báo cáo tháng 03/2024 của Thị trấn Diêu Trì (mã 21955), nhưng địa chỉ " + UNIT_ADDRESS
                        + " chưa được đăng ký gửi báo cáo cho đơn vị này.");
        MimeMessage toStranger = replies().stream().filter(r -> recipient(r).equals("nguoi.la@example.test")).findFirst().orElseThrow();
        assertThat(text(toStranger)).contains("Tệp là báo cáo tháng 03/2024 của Thị trấn Tuy Phước (mã 21952), nhưng địa chỉ nguoi.la@example.test");

        CliRun status = assertSucceeded(CliRun.run(cli, "status", "--month", "2024-03"));
        assertThat(status.out()).contains("nguoi.la@example.test").contains("bc.xlsx").contains("dieutri.xlsx");
    }

    @Test
    void aMessageFromAStrangerWithoutAWorkbookIsLeftAlone() throws Exception {
        send("quang.cao@example.test", "Khuyến mãi", file(march(), "x.txt"));

        assertSucceeded(fetch());

        assertThat(replies()).isEmpty();
        assertThat(TestMail.inbox()).singleElement().satisfies(m -> assertThat(m.getFlags().getUserFlags()).isEmpty());
    }

    @Test
    void otherFilesThanWorkbooksAreAnsweredWithWhatToSend() throws Exception {
        Path pdf = Files.writeString(work.resolve("bao-cao.pdf"), "%PDF-1.4");
        send(UNIT_ADDRESS, "Báo cáo", pdf);

        assertSucceeded(fetch());

        assertThat(submissions()).isZero();
        assertThat(text(replies().get(0))).contains("\"bao-cao.pdf\": KHÔNG NHẬP.")
                .contains("không phải bảng tính Excel .xlsx").contains("Xin gửi lại tệp .xlsx.");
    }

    @Test
    void theSameMessageReadTwiceLoadsOnceAndIsAnsweredOnce() throws Exception {
        Path workbook = file(march(), "bc.xlsx");
        String id = "<mot-lan@gmail.test>";
        TestMail.deliver(TestMail.message(UNIT_ADDRESS, "Báo cáo", id, "Báo cáo tháng 3", workbook));
        assertSucceeded(fetch());
        // The same message again, unmarked (a copy left by a mail program, or a mailbox restored from backup).
        TestMail.deliver(TestMail.message(UNIT_ADDRESS, "Báo cáo", id, "Báo cáo tháng 3", workbook));

        assertSucceeded(fetch());

        assertThat(submissions()).isEqualTo(1);
        assertThat(replies()).hasSize(1);
        assertThat(TestMail.inbox()).hasSize(2).allSatisfy(m -> assertThat(m.getFlags().contains(Mailbox.DONE_FLAG)).isTrue());
    }

    @Test
    void whenTheMailServerIsDownTheReplyIsSentOnTheNextRun() throws Exception {
        send(UNIT_ADDRESS, "Báo cáo tháng 3", file(march(), "bc.xlsx"));
        TestMail.stopSmtp();

        CliRun first = assertSucceeded(fetch());

        assertThat(first.out()).contains("còn chờ gửi 1");
        assertThat(submissions()).isEqualTo(1);
        TestMail.startSmtp();

        CliRun second = assertSucceeded(fetch());

        assertThat(second.out()).contains("Đã đọc 0 thư mới").contains("Thư trả lời: đã gửi 1.");
        assertThat(replies()).singleElement().satisfies(r -> assertThat(text(r)).contains("ĐÃ NHẬN VÀ NẠP."));
        assertSucceeded(fetch());
        assertThat(replies()).hasSize(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> archived() throws IOException {
        try (Stream<Path> files = Files.walk(properties.archive())) {
            return files.filter(Files::isRegularFile).map(p -> properties.archive().relativize(p).toString()).sorted().toList();
        }
    }

    private List<Path> inboxLeft() throws IOException {
        try (Stream<Path> files = Files.walk(properties.inbox())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
