package vn.da06.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --out THƯ_MỤC}: where a command writes its files. Each command states its default in the help through the
 * key {@code <command>.out} of {@code cli.properties}.
 */
public final class OutputFolder {

    @Option(names = "--out", paramLabel = "THƯ_MỤC", descriptionKey = "out")
    private Path folder;

    /** The folder given, made absolute, or {@code otherwise} when none was. */
    public Path orElse(Path otherwise) {
        return folder == null ? otherwise : folder.toAbsolutePath().normalize();
    }
}
