package vn.da06.cli;

import picocli.CommandLine.Option;

/** {@code --plan MÃ}, shared by every command that works on one plan; blank means the latest year's plan. */
public final class PlanOption {

    @Option(names = "--plan", paramLabel = "MÃ", description = "Mã kế hoạch (mặc định: kế hoạch năm gần nhất).")
    private String code;

    /** The plan code given, or null for the latest year's plan. */
    public String code() {
        return code;
    }
}
