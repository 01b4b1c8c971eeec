package vn.da06.cli;

/**
 * Marks a top-level {@code da06} subcommand. Beans that implement it are registered under the root command in
 * their {@link org.springframework.core.annotation.Order} (which is the order {@code da06 --help} lists them in).
 * Command beans are {@code @Scope("prototype")}: picocli keeps option values in the command object, so each
 * command line gets fresh ones.
 */
public interface CliCommand {
}
