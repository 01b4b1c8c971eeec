package vn.da06.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandArgumentsTests {

    @Test
    void theCommandIsTheFirstWordThatIsNeitherASettingNorAnOption() {
        assertThat(CommandArguments.command("serve")).contains("serve");
        assertThat(CommandArguments.command("--da06.home=/srv/da06", "serve")).contains("serve");
        assertThat(CommandArguments.command("--spring.datasource.url=jdbc:postgresql://h/d", "--da06.home=x", "import", "--dry-run"))
                .contains("import");
        assertThat(CommandArguments.command("--help")).isEmpty();
    }

    @Test
    void settingsAnywhereOnTheLineAreLeftToSpringBoot() {
        assertThat(CommandArguments.withoutSettings("--da06.home=x", "status", "--month", "2024-03", "--server.port=9000"))
                .containsExactly("status", "--month", "2024-03");
        assertThat(CommandArguments.withoutSettings("user", "add", "a", "--password-file=/tmp/p")).containsExactly(
                "user", "add", "a", "--password-file=/tmp/p");
    }
}
