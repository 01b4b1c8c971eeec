package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentTextTests {

    @Test
    void daysUnderTenAndMonthsOneAndTwoGetALeadingZero() {
        assertThat(DocumentText.placeAndDate("Tuy Phước", LocalDate.of(2024, 7, 5))).isEqualTo("Tuy Phước, ngày 05 tháng 7 năm 2024");
        assertThat(DocumentText.placeAndDate("Tuy Phước", LocalDate.of(2024, 2, 15))).isEqualTo("Tuy Phước, ngày 15 tháng 02 năm 2024");
        assertThat(DocumentText.placeAndDate("Tuy Phước", LocalDate.of(2024, 12, 22))).isEqualTo("Tuy Phước, ngày 22 tháng 12 năm 2024");
    }

    @Test
    void documentNumbersUnderTenGetALeadingZeroAndABlankLeavesRoom() {
        assertThat(DocumentText.documentNumber("5")).isEqualTo("Số: 05/BC-UBND");
        assertThat(DocumentText.documentNumber("123")).isEqualTo("Số: 123/BC-UBND");
        assertThat(DocumentText.documentNumber("")).matches("Số: +/BC-UBND");
    }

    @Test
    void theIssuingBodyIsSplitBeforeItsAdministrativeUnit() {
        assertThat(DocumentText.issuingBodyLines("Ủy ban nhân dân huyện Tuy Phước"))
                .containsExactly("ỦY BAN NHÂN DÂN", "HUYỆN TUY PHƯỚC");
        assertThat(DocumentText.issuingBodyLines("ỦY BAN NHÂN DÂN THỊ XÃ AN NHƠN")).containsExactly("ỦY BAN NHÂN DÂN", "THỊ XÃ AN NHƠN");
    }

    @Test
    void countsInSentencesGroupThousandsWithADot() {
        // A province's review counts thousands of units and reports: "Còn 2.985 đơn vị khác", not "2985".
        assertThat(ReportText.count(2985)).isEqualTo("2.985");
        assertThat(ReportText.count(1_446_773)).isEqualTo("1.446.773");
        assertThat(ReportText.count(336)).isEqualTo("336");
    }

    @Test
    void recipientsEndWithTheFilingLine() {
        assertThat(DocumentText.recipients(List.of("Công an tỉnh", "UBND các xã, thị trấn"), "VT, CAH"))
                .isEqualTo("- Công an tỉnh;\n- UBND các xã, thị trấn;\n- Lưu: VT, CAH.");
    }
}
