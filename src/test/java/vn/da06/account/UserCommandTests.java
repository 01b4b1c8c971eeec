package vn.da06.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.cli.Cli;
import vn.da06.plan.PlanImporter;
import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

@Da06SpringTest
class UserCommandTests {

    @Autowired
    Cli cli;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanImporter plans;

    @BeforeEach
    void plan() {
        plans.importBundled();
    }

    @Test
    void addListDisableAndEnableAnAccount() throws IOException {
        Path password = Files.createTempFile("mat-khau-", ".txt");
        Files.writeString(password, "một mật khẩu dài\n");
        try {
            CliRun added = CliRun.run(cli, "user", "add", "Xa.PhuocSon", "--role", "unit", "--unit", "21952",
                    "--password-file", password.toString());

            assertThat(added.exitCode()).isZero();
            assertThat(added.out().strip()).isEqualTo("Đã tạo tài khoản xa.phuocson (đơn vị 21952).");
        } finally {
            Files.delete(password);
        }
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE login = 'xa.phuocson'").query(String.class).single();
        assertThat(hash).startsWith("$2a$10$").doesNotContain("mật khẩu");
        assertThat(CliRun.run(cli, "user", "list").out()).containsPattern("xa\\.phuocson +đơn vị +21952 +đang hoạt động +chưa");

        assertThat(CliRun.run(cli, "user", "disable", "xa.phuocson").out().strip()).isEqualTo("Đã vô hiệu hóa tài khoản xa.phuocson.");
        assertThat(CliRun.run(cli, "user", "list").out()).containsPattern("xa\\.phuocson +đơn vị +21952 +đã vô hiệu hóa");
        assertThat(CliRun.run(cli, "user", "enable", "xa.phuocson").exitCode()).isZero();
        assertThat(CliRun.run(cli, "user", "list").out()).containsPattern("xa\\.phuocson +đơn vị +21952 +đang hoạt động");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE detail LIKE '%xa.phuocson%' ORDER BY audit_key").query(String.class).list())
                .containsExactly("user_added", "user_disabled", "user_enabled");
    }

    @Test
    void thePasswordIsReadFromStandardInput() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("mat-khau-quan-tri\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun added = CliRun.run(cli, "user", "add", "quantri.cli", "--role", "admin");

            assertThat(added.exitCode()).isZero();
            assertThat(added.out().strip()).isEqualTo("Đã tạo tài khoản quantri.cli (quản trị).");
        } finally {
            System.setIn(stdin);
        }
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE login = 'quantri.cli'").query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void mistakesAreOneVietnameseLineAndCreateNothing() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            mistakes();
        } finally {
            System.setIn(stdin);
        }
    }

    private void mistakes() {
        assertThat(error("user", "add", "donvi.thieu", "--role", "unit")).isEqualTo(
                "Lỗi: tài khoản đơn vị cần mã đơn vị: thêm --unit <mã đơn vị>, ví dụ --unit 21952.");
        assertThat(error("user", "add", "donvi.la", "--role", "unit", "--unit", "99999")).startsWith(
                "Lỗi: không có đơn vị mã 99999 trong kho dữ liệu");
        assertThat(error("user", "add", "canbo.donvi", "--role", "staff", "--unit", "21952")).startsWith(
                "Lỗi: chỉ tài khoản vai trò unit mới gắn với một đơn vị");
        assertThat(error("user", "add", "ab", "--role", "staff")).startsWith("Lỗi: tên đăng nhập \"ab\" không hợp lệ");
        assertThat(error("user", "add", "vai.tro", "--role", "boss")).startsWith("Lỗi: vai trò \"boss\" không có; chọn một trong: "
                + "admin (quản trị), staff (cán bộ), leader (lãnh đạo), unit (đơn vị).");
        assertThat(error("user", "disable", "khong.co.ai")).isEqualTo(
                "Lỗi: không có tài khoản khong.co.ai; xem các tài khoản bằng: da06 user list");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE login IN ('donvi.thieu', 'donvi.la', 'canbo.donvi', 'ab')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aShortPasswordOrATakenLoginIsRefused() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("ngan\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(error("user", "add", "mat.khau.ngan", "--role", "leader")).isEqualTo(
                    "Lỗi: mật khẩu quá ngắn: cần ít nhất 10 ký tự.");
            System.setIn(new ByteArrayInputStream("du-dai-roi-day\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(CliRun.run(cli, "user", "add", "trung.ten", "--role", "leader").exitCode()).isZero();
            System.setIn(new ByteArrayInputStream("du-dai-roi-day\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(error("user", "add", "Trung.Ten", "--role", "staff")).isEqualTo(
                    "Lỗi: đã có tài khoản trung.ten; chọn tên đăng nhập khác.");
        } finally {
            System.setIn(stdin);
        }
    }

    private String error(String... args) {
        CliRun run = CliRun.run(cli, args);
        assertThat(run.exitCode()).isNotZero();
        return run.err().strip();
    }
}
