package vn.da06.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import vn.da06.base.Da06Properties;
import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;
import vn.da06.support.EmptyWarehouse;
import vn.da06.support.TestMail;
import vn.da06.workbook.MarkerKey;

/**
 * What every mail test shares: da06 pointed at the GreenMail servers of {@link TestMail}, an empty warehouse, mailbox
 * and reply box before each test, Thị trấn Tuy Phước (21952) allowed to send from {@link #UNIT_ADDRESS}, and
 * helpers to send a unit's workbook and read da06's answers as the unit gets them.
 */
@Da06SpringTest
abstract class MailTest {

    static final String UNIT = "21952";
    static final String OTHER_UNIT = "21955";
    static final String UNIT_ADDRESS = "vanthu.tuyphuoc@gmail.test";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;
    @Autowired
    MarkerKey markerKey;
    @Autowired
    PlanImporter plans;
    @Autowired
    Cli cli;

    Path work;

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @BeforeEach
    void emptyWarehouseAndMailboxes() throws IOException {
        plans.importBundled();
        EmptyWarehouse.reset(jdbc, properties);
        jdbc.sql("TRUNCATE mail_reply, mail_attachment, mail_message, mail_sender").update();
        FileSystemUtils.deleteRecursively(properties.home().resolve("mail"));
        TestMail.startSmtp();
        TestMail.reset();
        work = Files.createTempDirectory("da06-mail-");
        assertSucceeded(CliRun.run(cli, "unit", "mail", UNIT, UNIT_ADDRESS));
    }

    @AfterEach
    void removeWork() throws IOException {
        FileSystemUtils.deleteRecursively(work);
    }

    /** Tuy Phước's March workbook, filled in correctly. */
    TestWorkbook march() {
        return TestWorkbook.of(UNIT, "2024-03", markerKey.bytes())
                .task("NV01", "Hoàn thành", 100, LocalDate.of(2024, 2, 20), "Kế hoạch số 15/KH-UBND", null, null)
                .task("NV13", "Đang triển khai", 60, null, null, "Thiếu máy quét", "Đề nghị cấp thêm máy quét")
                .indicator("CT02", 45, 50, null)
                .indicator("CT04", 30, 40, "Số liệu từ hệ thống một cửa");
    }

    Path file(TestWorkbook workbook, String name) throws IOException {
        return workbook.write(work.resolve(name), Instant.now());
    }

    /** A unit's message with files attached, delivered into the mailbox; returns its Message-ID. */
    String send(String from, String subject, Path... files) {
        String id = "<" + System.nanoTime() + "." + subject.hashCode() + "@gmail.test>";
        TestMail.deliver(TestMail.message(from, subject, id, "Kính gửi Công an huyện, đơn vị gửi báo cáo tháng.", files));
        return id;
    }

    CliRun fetch() {
        return CliRun.run(cli, "mail", "fetch");
    }

    static CliRun assertSucceeded(CliRun run) {
        if (run.exitCode() != 0) {
            throw new AssertionError("exit " + run.exitCode() + ": " + run.out() + run.err());
        }
        return run;
    }

    /** The replies da06 sent, oldest first. */
    static List<MimeMessage> replies() {
        return Arrays.asList(TestMail.replies());
    }

    /** The text a unit reads in a reply. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart multipart = (Multipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") && part.getFileName() == null) {
                    return (String) part.getContent();
                }
                if (part.isMimeType("multipart/*")) {
                    Multipart inner = (Multipart) part.getContent();
                    for (int j = 0; j < inner.getCount(); j++) {
                        if (inner.getBodyPart(j).isMimeType("text/plain")) {
                            return (String) inner.getBodyPart(j).getContent();
                        }
                    }
                }
            }
            throw new AssertionError("no text in the reply");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the files attached to a reply. */
    static List<String> attachmentNames(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof Multipart multipart)) {
                return List.of();
            }
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                String name = multipart.getBodyPart(i).getFileName();
                if (name != null) {
                    names.add(jakarta.mail.internet.MimeUtility.decodeText(name));
                }
            }
            return names;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int submissions() {
        return jdbc.sql("SELECT count(*) FROM fact_submission").query(Integer.class).single();
    }
}
