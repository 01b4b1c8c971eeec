package vn.da06.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The {@link CliCommand} classes, found on the class path as Spring's component scan finds them. Scanning reads
 * every class file of da06 (seconds on a busy machine), so the build does it once (Maven {@code process-classes}
 * runs {@link #main}) and writes the names into {@value #RESOURCE}; a run reads that, and scans only when it is
 * missing (classes compiled by an IDE).
 */
public final class CommandIndex {

    static final String RESOURCE = "vn/da06/cli/commands.index";
    private static final String PACKAGE = "vn.da06";

    private CommandIndex() {
    }

    /** Build step. Argument: the class output folder to write the index into. */
    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(index.getParent());
        Files.write(index, scan().stream().map(Class::getName).toList(), StandardCharsets.UTF_8);
    }

    /** The command classes, in their {@code @Order} (the index is written in that order). */
    static List<Class<?>> commandClasses() {
        ClassLoader loader = CommandIndex.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return scan();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Class<?>> scan() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(CliCommand.class));
        ClassLoader loader = CommandIndex.class.getClassLoader();
        return Cli.ordered(scan.findCandidateComponents(PACKAGE).stream().map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, loader)).toList());
    }
}
