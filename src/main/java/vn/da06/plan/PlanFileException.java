package vn.da06.plan;

import java.util.List;

import vn.da06.base.UserException;

/** A plan folder with mistakes: every problem found, each naming its file, row and text. Nothing was loaded. */
public class PlanFileException extends UserException {

    private final List<String> problems;

    PlanFileException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String head = problems.size() == 1 ? "kế hoạch có 1 lỗi, chưa nạp gì: "
                : "kế hoạch có " + problems.size() + " lỗi, chưa nạp gì: ";
        return head + String.join(" | ", problems);
    }
}
