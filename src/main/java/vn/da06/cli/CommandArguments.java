package vn.da06.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * The command line split into Spring Boot's settings ({@code --da06.home=/srv/da06}, anywhere on the line) and the
 * command's own words ({@code serve}, {@code import --dry-run}).
 */
public final class CommandArguments {

    private CommandArguments() {
    }

    /** The arguments without the settings, for the command to parse. */
    public static String[] withoutSettings(String... args) {
        return Arrays.stream(args).filter(arg -> !isSetting(arg)).toArray(String[]::new);
    }

    /** The command named: the first argument that is neither a setting nor an option. */
    public static Optional<String> command(String... args) {
        return Arrays.stream(withoutSettings(args)).filter(arg -> !arg.startsWith("-")).findFirst();
    }

    /** A Spring setting has a dotted name and a value: {@code --name.with.dots=value}. */
    private static boolean isSetting(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }
}
