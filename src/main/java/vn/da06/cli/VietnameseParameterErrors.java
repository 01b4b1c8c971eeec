package vn.da06.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Command-line mistakes in Vietnamese, one line, with a pointer to the command's help. */
class VietnameseParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return report(e);
    }

    /** Prints the mistake on one line and returns picocli's exit code for invalid input. */
    static int report(ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("Lỗi: " + message(e) + " Xem: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return "không hiểu tham số " + String.join(" ", unmatched.getUnmatched()) + ".";
        }
        if (e instanceof MissingParameterException missing) {
            return "thiếu " + String.join(", ", missing.getMissing().stream().map(VietnameseParameterErrors::name).toList()) + ".";
        }
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? "tùy chọn " + option.longestName() : "tham số " + arg.paramLabel();
    }
}
