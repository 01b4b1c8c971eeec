package vn.da06.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import vn.da06.cli.Cli;

/** A command run in-process as a user would type it, with what it printed and its exit code. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(Cli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(commandLine, args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
