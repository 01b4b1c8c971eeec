package vn.da06.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that names a group of subcommands ({@code da06 plan}, {@code da06 user}, …): alone, it prints its help. */
public abstract class CommandGroup implements CliCommand, Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
