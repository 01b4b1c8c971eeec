package vn.da06.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.da06.Da06Application;
import vn.da06.account.Accounts;
import vn.da06.account.Role;
import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.TestWorkbook;
import vn.da06.support.CliRun;
import vn.da06.support.TestMail;
import vn.da06.support.TestPostgres;
import vn.da06.workbook.MarkerKey;

/** {@code da06 serve} with a mailbox set up reads it on its own, every {@code da06.mail.poll}, and answers. */
class ServeMailTests {

    @Test
    void serveReadsTheMailboxOnItsPollAndAnswers() throws Exception {
        TestMail.startSmtp();
        TestMail.reset();
        TestPostgres.Database db = TestPostgres.newDatabase();
        Path home = Files.createTempDirectory("da06-serve-mail-");
        List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                "--da06.home=" + home));
        TestMail.settings().forEach(s -> settings.add("--" + s[0] + "=" + s[1]));
        try {
            Path workbook;
            try (ConfigurableApplicationContext setup = new SpringApplicationBuilder(Da06Application.class)
                    .web(WebApplicationType.NONE).run(with(settings, "--da06.cli.enabled=false"))) {
                setup.getBean(PlanImporter.class).importBundled();
                setup.getBean(Accounts.class).add("quantri", Role.ADMIN, null, "mat-khau-quan-tri");
                assertThat(CliRun.run(setup.getBean(Cli.class), "unit", "mail", "21952", "vanthu@tuyphuoc.test").exitCode()).isZero();
                workbook = TestWorkbook.of("21952", "2024-03", setup.getBean(MarkerKey.class).bytes())
                        .indicator("CT02", 45, 50, null).write(home.resolve("bc.xlsx"), Instant.now());
            }
            TestMail.deliver(TestMail.message("vanthu@tuyphuoc.test", "Báo cáo tháng 3", "<serve-1@tuyphuoc.test>",
                    "Báo cáo tháng 3", workbook));

            try (ConfigurableApplicationContext serve = new SpringApplicationBuilder(Da06Application.class)
                    .web(WebApplicationType.SERVLET)
                    .run(with(settings, "serve", "--server.port=0", "--management.server.port=0", "--da06.mail.poll=1s"))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (TestMail.replies().length == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(TestMail.replies()).as("serve answered the message on its poll").hasSize(1);
                assertThat(TestMail.replies()[0].getHeader("In-Reply-To")[0]).isEqualTo("<serve-1@tuyphuoc.test>");
            }
        } finally {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    private static String[] with(List<String> settings, String... more) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
