package vn.da06.plan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.da06.cli.CommandGroup;
import vn.da06.cli.PlanOption;
import vn.da06.cli.TextColumns;

@Component
@Scope("prototype")
@Order(10)
@Command(name = "plan", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH",
        description = "Nạp và xem kế hoạch thực hiện Đề án 06 (nhiệm vụ, đơn vị, chỉ tiêu).",
        subcommands = {PlanCommand.Import.class, PlanCommand.ListPlans.class, PlanCommand.Show.class})
class PlanCommand extends CommandGroup {

    @Component
    @Scope("prototype")
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Nạp hoặc cập nhật một kế hoạch từ thư mục dữ liệu (plan.yml, units.csv, unit-groups.csv, "
                    + "tasks.csv, indicators.csv).",
                    "Nạp lại kế hoạch không đổi thì không thay đổi gì; kế hoạch đã sửa được cập nhật tại chỗ và lưu lịch sử thay đổi.",
                    "Tệp có lỗi thì không nạp gì và báo tệp, dòng, nội dung sai."})
    static class Import implements Runnable {

        private final PlanImporter importer;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "THƯ_MỤC",
                description = "Thư mục kế hoạch. Bỏ trống: nạp kế hoạch có sẵn trong da06 (--bundled).")
        Path dir;

        @Option(names = "--bundled", paramLabel = "MÃ", defaultValue = BundledPlan.CODE,
                description = "Kế hoạch có sẵn trong da06 được nạp khi không ghi thư mục: TUYPHUOC-2024 (kế hoạch năm "
                        + "2024 của huyện Tuy Phước, mặc định) hoặc GIALAI-2025 (kế hoạch mẫu 6 tháng cuối năm 2025 của "
                        + "tỉnh Gia Lai).")
        String bundled;

        Import(PlanImporter importer) {
            this.importer = importer;
        }

        @Override
        public void run() {
            PlanStore.LoadResult result = dir == null ? importer.importBundled(bundled) : importer.importFrom(dir);
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Integer> counts = importer.counts(result.planCode());
            String content = counts.get("tasks") + " nhiệm vụ trong " + counts.get("task_groups") + " nhóm, "
                    + counts.get("indicators") + " chỉ tiêu, " + counts.get("units") + " đơn vị thực hiện, "
                    + counts.get("unit_groups") + " nhóm đơn vị";
            if (!result.changed()) {
                out.println("Kế hoạch " + result.planCode() + " không thay đổi so với lần nạp trước, không ghi gì (" + content + ").");
            } else if (result.revision() == 1) {
                out.println("Đã nạp kế hoạch " + result.planCode() + ": " + content + ".");
            } else {
                out.println("Đã cập nhật kế hoạch " + result.planCode() + " (lần " + result.revision() + "), "
                        + result.changes().size() + " thay đổi:");
                result.changes().forEach(c -> out.println("  - " + c.entity() + " " + c.code() + ", " + c.field() + ": "
                        + (c.oldValue() == null ? "(mới)" : "\"" + c.oldValue() + "\"") + " → "
                        + (c.newValue() == null ? "(bỏ)" : "\"" + c.newValue() + "\"")));
            }
            out.flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "In các kế hoạch đã nạp: mã, đơn vị ban hành, thời gian, số nhiệm vụ và chỉ tiêu, tên kế hoạch.")
    static class ListPlans implements Runnable {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private final PlanCatalog catalog;

        @Spec
        CommandSpec spec;

        ListPlans(PlanCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public void run() {
            List<PlanCatalog.PlanLine> plans = catalog.plans();
            PrintWriter out = spec.commandLine().getOut();
            if (plans.isEmpty()) {
                out.println("Chưa nạp kế hoạch nào. Nạp kế hoạch có sẵn bằng lệnh: da06 plan import");
                out.flush();
                return;
            }
            TextColumns table = new TextColumns(16, 18, 25, 10, 9, 60);
            StringBuilder text = new StringBuilder();
            table.append(text, "Mã", "Đơn vị", "Thời gian", "Nhiệm vụ", "Chỉ tiêu", "Tên kế hoạch");
            for (PlanCatalog.PlanLine p : plans) {
                table.append(text, p.code(), p.unitName() == null ? "" : p.unitName(),
                        DATE.format(p.startsOn()) + " – " + DATE.format(p.endsOn()), Integer.toString(p.tasks()),
                        Integer.toString(p.indicators()), p.name());
            }
            out.print(text);
            out.flush();
        }
    }

    @Component
    @Scope("prototype")
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "In các nhiệm vụ của kế hoạch theo nhóm, với đơn vị chủ trì, phối hợp, kết quả sản phẩm và thời "
                    + "hạn, rồi các mục tiêu (mục II của kế hoạch).")
    static class Show implements Runnable {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private final PlanCatalog catalog;

        @Spec
        CommandSpec spec;

        @Mixin
        PlanOption plan;

        @Option(names = "--width", paramLabel = "SỐ_KÝ_TỰ", defaultValue = "150",
                description = "Độ rộng bảng (mặc định: ${DEFAULT-VALUE} ký tự).")
        int width;

        Show(PlanCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public void run() {
            String code = catalog.resolve(plan.code());
            int rest = Math.max(width - 7 - 25, 60);
            int content = rest * 34 / 100;
            int lead = rest * 20 / 100;
            int cooperating = rest * 22 / 100;
            TextColumns table = new TextColumns(5, content, lead, cooperating, rest - content - lead - cooperating, 24);
            StringBuilder text = new StringBuilder();
            table.append(text, "STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Kết quả sản phẩm", "Thời hạn");
            String group = null;
            int count = 0;
            for (PlanCatalog.TaskLine t : catalog.tasks(code)) {
                if (!t.groupCode().equals(group)) {
                    group = t.groupCode();
                    text.append(System.lineSeparator());
                    text.append(String.format("%-6s%s%n", t.groupCode() + ".", t.groupName()));
                }
                table.append(text, Integer.toString(t.number()), t.content(), t.leads(), t.cooperating(),
                        t.product().isBlank() ? "(không ghi)" : t.product(), deadline(t));
                count++;
            }
            List<PlanCatalog.TargetLine> targets = catalog.targets(code);
            text.append(System.lineSeparator()).append("Mục tiêu (").append(targets.size()).append("):")
                    .append(System.lineSeparator());
            TextColumns targetTable = new TextColumns(5, Math.max(width - 6 - 12 - 48, 40), 12, 48);
            targetTable.append(text, "TT", "Mục tiêu", "Chỉ tiêu", "Cách tính");
            for (PlanCatalog.TargetLine t : targets) {
                targetTable.append(text, Integer.toString(t.seq()), t.name() + " (báo cáo: " + t.reporters() + ")",
                        (t.direction().equals("at_most") ? "≤ " : "≥ ") + t.targetPct().stripTrailingZeros().toPlainString() + "%",
                        ("stock".equals(t.aggregation()) ? "số cuối kỳ" : "cộng dồn trong kỳ") + "; "
                                + ("per_unit".equals(t.combine()) ? "xem từng đơn vị, không cộng chung" : "cộng các đơn vị")
                                + "; đơn vị tính: " + t.unitNoun());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Kế hoạch " + code + ": " + count + " nhiệm vụ, " + targets.size() + " mục tiêu");
            out.print(text);
            out.flush();
        }

        private static String deadline(PlanCatalog.TaskLine t) {
            String rule = switch (t.deadlineKind()) {
                case "due_date" -> "hạn " + DATE.format(t.dueDate());
                case "monthly" -> t.monthlyDay() == null ? "hằng tháng" : "ngày " + t.monthlyDay() + " hằng tháng";
                case "continuous" -> t.startsOn() == null ? "thường xuyên" : "thường xuyên từ " + DATE.format(t.startsOn());
                default -> "chờ điều kiện";
            };
            return t.deadlineText() + " (" + rule + ")";
        }
    }
}
