package vn.da06.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.da06.support.CliRun;

/** {@code da06 mail remind}: only units that have not sent the month's workbook get a reminder, once. */
class MailReminderTests extends MailTest {

    static final String OTHER_ADDRESS = "vanthu.dieutri@gmail.test";

    @BeforeEach
    void tuyPhuocHasReportedMarchDieuTriHasNot() throws Exception {
        assertSucceeded(CliRun.run(cli, "unit", "mail", OTHER_UNIT, OTHER_ADDRESS));
        march().write(properties.inbox().resolve(UNIT).resolve("bc.xlsx"), Instant.parse("2024-04-05T02:00:00Z"));
        assertSucceeded(CliRun.run(cli, "import"));
    }

    @Test
    void remindersGoOnlyToUnitsThatHaveNotReportedWithTheirTemplateAndOnlyOnce() throws Exception {
        CliRun run = assertSucceeded(CliRun.run(cli, "mail", "remind", "--month", "2024-03"));

        assertThat(run.out()).contains(OTHER_UNIT + " Thị trấn Diêu Trì: " + OTHER_ADDRESS).doesNotContain(UNIT + " Thị trấn Tuy Phước");
        assertThat(replies()).extracting(MailReminderTests::recipient).containsExactly(OTHER_ADDRESS);
        MimeMessage reminder = replies().get(0);
        assertThat(reminder.getSubject()).isEqualTo("Nhắc gửi báo cáo Đề án 06 tháng 03/2024 — Thị trấn Diêu Trì");
        assertThat(text(reminder)).contains("Kính gửi Thị trấn Diêu Trì,").contains("chưa nhận được báo cáo tháng 03/2024");
        assertThat(attachmentNames(reminder)).containsExactly(OTHER_UNIT + "_2024-03.xlsx");

        assertSucceeded(CliRun.run(cli, "mail", "remind", "--month", "2024-03"));
        assertThat(replies()).hasSize(1);
    }

    @Test
    void onTheOverdueDayUnitsStillMissingGetANoticeAndStaffTheList() {
        assertSucceeded(CliRun.run(cli, "mail", "remind", "--month", "2024-03", "--overdue"));

        List<MimeMessage> sent = replies();
        assertThat(sent).extracting(MailReminderTests::recipient).containsExactlyInAnyOrder(OTHER_ADDRESS, "canbo@da06.test");
        MimeMessage toStaff = sent.stream().filter(m -> recipient(m).equals("canbo@da06.test")).findFirst().orElseThrow();
        assertThat(text(toStaff)).contains(OTHER_UNIT + "  Thị trấn Diêu Trì").doesNotContain(UNIT + "  Thị trấn Tuy Phước");
        MimeMessage toUnit = sent.stream().filter(m -> recipient(m).equals(OTHER_ADDRESS)).findFirst().orElseThrow();
        assertThat(text(toUnit)).contains("đã QUÁ HẠN nộp");
    }

    @Test
    void aDryRunListsTheUnitsAndSendsNothing() {
        CliRun run = assertSucceeded(CliRun.run(cli, "mail", "remind", "--month", "2024-03", "--dry-run"));

        assertThat(run.out()).contains("(chạy thử, không gửi gì)").contains(OTHER_UNIT + " Thị trấn Diêu Trì");
        assertThat(replies()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_reply").query(Integer.class).single()).isZero();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
