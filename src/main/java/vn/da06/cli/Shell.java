package vn.da06.cli;

import java.io.PrintWriter;
import java.lang.reflect.Modifier;

import org.springframework.objenesis.SpringObjenesis;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line before Spring starts. {@code --help}, {@code --version} and mistakes on the command line are
 * answered from the commands' annotations alone, in a fraction of a second, never starting Spring or the database;
 * only a command that is to run starts them (and is parsed again there, by {@link Cli}).
 *
 * <p>The commands come from {@link CommandIndex}. The objects picocli puts the options into are made without running their constructors
 * (Spring's Objenesis): their collaborators are Spring beans that do not exist yet, and these objects are never run.
 */
public final class Shell {

    /**
     * What the command line asks for: an answer already given (help, version, a mistake) with its exit code, or the
     * command to run with Spring.
     *
     * @param exitCode the exit code of the answer given, or null when a command is to run
     * @param command  the name of the command to run (e.g. {@code serve}), or null
     */
    public record Decision(Integer exitCode, String command) {

        public boolean answered() {
            return exitCode != null;
        }
    }

    private Shell() {
    }

    /** Parses {@code args} (settings such as {@code --da06.home=...} left out) and answers what needs no command. */
    public static Decision decide(String[] args, PrintWriter out, PrintWriter err) {
        String[] words = CommandArguments.withoutSettings(args);
        CommandLine commandLine = Cli.build(CommandIndex.commandClasses(), new OptionHolders());
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            ParseResult parsed = commandLine.parseArgs(words);
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return new Decision(help, null);
            }
            if (!parsed.hasSubcommand()) {
                throw new ParameterException(commandLine, "chưa chọn lệnh nào.");
            }
            ParseResult command = parsed.subcommand();
            CommandLine last = command.asCommandLineList().get(command.asCommandLineList().size() - 1);
            if (!last.getSubcommands().isEmpty()) {
                // A group of commands named without one of them ("da06 plan") shows what it holds.
                last.usage(out);
                out.flush();
                return new Decision(0, null);
            }
            return new Decision(null, command.commandSpec().name());
        } catch (ParameterException e) {
            return new Decision(VietnameseParameterErrors.report(e), null);
        }
    }

    /**
     * Makes option holders: classes with a no-argument constructor (converters, mixins) as picocli would, commands
     * that take collaborators without running their constructor.
     */
    private static final class OptionHolders implements IFactory {

        private final IFactory picocli = CommandLine.defaultFactory();
        private final SpringObjenesis objenesis = new SpringObjenesis();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                return picocli.create(type); // a collection or a map for an option's values
            }
            try {
                type.getDeclaredConstructor();
                return picocli.create(type);
            } catch (NoSuchMethodException e) {
                return objenesis.newInstance(type);
            }
        }
    }
}
