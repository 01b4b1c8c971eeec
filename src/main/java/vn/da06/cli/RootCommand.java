package vn.da06.cli;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "da06", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "LỆNH", versionProvider = VersionProvider.class,
        description = "Kho dữ liệu báo cáo Đề án 06: nạp kế hoạch, tạo mẫu báo cáo cho đơn vị, nhập báo cáo tháng "
                + "và lập báo cáo tháng, sơ kết 6 tháng, tổng kết năm.")
class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Hãy chọn một lệnh (xem da06 --help).");
    }
}
