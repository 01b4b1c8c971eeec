package vn.da06.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.RunLast;

import vn.da06.base.UserException;

/**
 * Builds the {@code da06} command line: the root command, the {@link CliCommand}s, Vietnamese help and errors. The
 * commands are added as classes, so that Spring (lazy, see {@code Da06Application}) builds only what the command
 * that runs uses.
 */
@Component
public class Cli {

    private final List<Class<?>> commands;
    private final IFactory factory;

    Cli(ListableBeanFactory beans) {
        this.commands = ordered(Arrays.stream(beans.getBeanNamesForType(CliCommand.class, true, false))
                .<Class<?>>map(beans::getType).toList());
        this.factory = new BeanFactory(beans);
    }

    /** A new, ready command line with every command; run it with {@link #execute}. */
    public CommandLine commandLine() {
        return build(commands, factory);
    }

    /**
     * A command line with only the named command: picocli makes the object of a command with a {@code @Mixin} as soon
     * as the command is added, and each command's object is a Spring bean with all it uses.
     */
    CommandLine commandLine(String command) {
        return build(commands.stream().filter(c -> command.equals(c.getAnnotation(Command.class).name())).toList(), factory);
    }

    /**
     * Runs the command named by {@code args} and returns its exit code. Every failure, including one that happens
     * while the command's objects are made (a database that does not answer), is one "Lỗi: …" line; the details go
     * to the log.
     */
    public int execute(CommandLine commandLine, String... args) {
        try {
            return new RunLast().execute(commandLine.parseArgs(args));
        } catch (ParameterException e) {
            return VietnameseParameterErrors.report(e);
        } catch (ExecutionException e) {
            return reportFailure(e.getCause() == null ? e : e.getCause(), e.getCommandLine());
        } catch (RuntimeException e) {
            return reportFailure(e, commandLine);
        }
    }

    /** The command line of the given commands, their objects made by {@code factory} when a command runs. */
    static CommandLine build(List<Class<?>> commands, IFactory factory) {
        CommandLine commandLine = new CommandLine(RootCommand.class, factory);
        commands.forEach(commandLine::addSubcommand);
        commandLine.setResourceBundle(ResourceBundle.getBundle("vn.da06.cli.cli"));
        commandLine.setParameterExceptionHandler(new VietnameseParameterErrors());
        return commandLine;
    }

    /** Commands in the order of their {@code @Order}, which is the order {@code da06 --help} lists them in. */
    static List<Class<?>> ordered(List<Class<?>> commands) {
        List<Class<?>> sorted = new java.util.ArrayList<>(commands);
        AnnotationAwareOrderComparator.sort(sorted);
        return sorted;
    }

    /**
     * Commands (and their subcommands) are Spring beans, a new one each time (prototype scope: picocli keeps option
     * values in the object); converters and mixins are made by picocli. A bean that cannot be made (its database does
     * not answer) fails the run with its own cause.
     */
    private record BeanFactory(ListableBeanFactory beans) implements IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (beans.getBeanNamesForType(type, true, false).length > 0) {
                return beans.getBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    private static int reportFailure(Throwable e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        err.println("Lỗi: " + FailureLine.of(e));
        err.flush();
        // Not a static field: the command line is also built before logging starts (Shell), and must not start it.
        Logger log = LoggerFactory.getLogger(Cli.class);
        if (e instanceof UserException) {
            log.debug("User error", e);
        } else {
            log.error("Lệnh {} không thành công", cmd.getCommandSpec().qualifiedName(), e);
        }
        return 1;
    }
}
