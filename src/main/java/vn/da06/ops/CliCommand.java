package vn.da06.ops;

/**
 * Marks a top-level {@code da06} subcommand. Beans that implement it are registered under the root command in
 * their {@link org.springframework.core.annotation.Order} (which is the order {@code da06 --help} lists them in).
 */
public interface CliCommand {
}
