package vn.da06.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import vn.da06.support.CliRun;
import vn.da06.support.Da06SpringTest;

/**
 * Help is answered before Spring starts, from command objects whose constructors never ran ({@link Shell}): it must
 * read exactly as the help of the commands Spring makes (defaults included), for every command and subcommand.
 */
@Da06SpringTest
class HelpWithoutSpringTests {

    @Autowired
    Cli cli;

    @Test
    void everyCommandsHelpWithoutSpringIsTheHelpWithSpring() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        collect(cli.commandLine(), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(10);

        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            StringWriter out = new StringWriter();
            Shell.Decision decision = Shell.decide(args.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));

            assertThat(decision.answered()).as(String.join(" ", args)).isTrue();
            assertThat(out.toString()).as("help of da06 " + String.join(" ", command))
                    .isEqualTo(CliRun.run(cli, args.toArray(String[]::new)).out());
        }
    }

    private static void collect(CommandLine commandLine, List<String> path, List<List<String>> into) {
        commandLine.getSubcommands().forEach((name, sub) -> {
            List<String> command = new ArrayList<>(path);
            command.add(name);
            into.add(command);
            collect(sub, command, into);
        });
    }
}
