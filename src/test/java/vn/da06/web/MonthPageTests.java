package vn.da06.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.da06.cli.Cli;
import vn.da06.ops.MonthStatus;
import vn.da06.support.Browser;
import vn.da06.support.CliRun;

/** The month page shows what {@code da06 status} prints: each unit's state, the overdue tasks, the latest runs. */
class MonthPageTests extends PortalTest {

    @Autowired
    MonthStatus status;
    @Autowired
    Cli cli;

    @BeforeEach
    void aMonthOfWorkbooks() throws IOException {
        aMonthOfSampleWorkbooks(YearMonth.of(2024, 5));
    }

    @Test
    void theMonthPageShowsEachUnitsStateTheOverdueTasksAndTheRunsAsStatusDoes() {
        List<MonthStatus.UnitState> expected = status.units("TUYPHUOC-2024", YearMonth.of(2024, 5));
        try (Browser browser = new Browser(port)) {
            browser.signIn(PortalAccounts.LEADER, PortalAccounts.PASSWORD);

            HtmlPage page = browser.open("/?thang=2024-05");

            assertThat(page.getTitleText()).isEqualTo("Tháng 05/2024 · da06");
            assertThat(UploadFunctionalTests.rows(page, "don-vi")).extracting(r -> r.get(0) + " " + r.get(2))
                    .containsExactlyElementsOf(expected.stream().map(u -> u.code() + " " + u.state().label()).toList());
            assertThat(expected).extracting(MonthStatus.UnitState::state).contains(MonthStatus.State.ON_TIME);
            List<MonthStatus.OverdueTask> overdue = status.overdue("TUYPHUOC-2024", YearMonth.of(2024, 5));
            assertThat(page.getElementById("qua-han").getTextContent())
                    .isEqualTo("Nhiệm vụ quá hạn tính đến 31/05/2024: " + overdue.size());
            assertThat(UploadFunctionalTests.rows(page, "lan-chay")).first()
                    .satisfies(r -> assertThat(r.get(1) + " " + r.get(4)).isEqualTo("Nhập báo cáo hoàn tất"));
        }
        String printed = CliRun.run(cli, "status", "--month", "2024-05").out();
        expected.forEach(u -> assertThat(printed).containsPattern(u.code() + " .*" + u.state().label()));
        assertThat(printed).contains("Nhiệm vụ quá hạn tính đến 31/05/2024: " + status.overdue("TUYPHUOC-2024",
                YearMonth.of(2024, 5)).size());
    }
}
