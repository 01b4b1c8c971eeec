package vn.da06.sample;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFCell;

import vn.da06.workbook.WorkbookLayout;

/**
 * How a person fills in a cell: mostly as the template expects, now and then a number typed as text ("85%",
 * "85,5", "1.234"), a date typed as text, a status word without accents or in capitals, a sum typed as a formula.
 * Everything here is what the contract says the import accepts.
 */
final class Typing {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, List<String>> STATUS_VARIANTS = Map.of(
            "done", List.of("hoan thanh", "HOÀN THÀNH", "Đã hoàn thành", "hoàn thành"),
            "in_progress", List.of("dang trien khai", "ĐANG TRIỂN KHAI", "Đang thực hiện", "đang triển khai"),
            "not_started", List.of("chua trien khai", "Chưa thực hiện", "CHƯA TRIỂN KHAI"),
            "not_applicable", List.of("khong phat sinh", "KHÔNG PHÁT SINH"));

    private final Dice dice;

    Typing(Dice dice) {
        this.dice = dice;
    }

    void status(XSSFCell cell, String status) {
        if (status == null) {
            cell.setBlank();
            return;
        }
        String word = dice.chance(0.15) ? dice.pick(STATUS_VARIANTS.get(status)) : WorkbookLayout.statusLabel(status);
        // Text pasted from some sources arrives decomposed (NFD); it must read the same.
        cell.setCellValue(dice.chance(0.05) ? Normalizer.normalize(word, Normalizer.Form.NFD) : word);
    }

    void percent(XSSFCell cell, BigDecimal value) {
        if (value == null) {
            cell.setBlank();
        } else if (!dice.chance(0.12)) {
            cell.setCellValue(value.doubleValue());
        } else if (value.scale() > 0) {
            cell.setCellValue(value.toPlainString().replace('.', ','));
        } else {
            cell.setCellValue(dice.chance(0.5) ? value.toPlainString() + "%" : " " + value.toPlainString() + " ");
        }
    }

    void whole(XSSFCell cell, long value) {
        if (value >= 20 && dice.chance(0.03)) {
            long part = value / 3;
            cell.setCellFormula(part + "+" + (value - part));
        } else if (!dice.chance(0.1)) {
            cell.setCellValue(value);
        } else if (value >= 1000) {
            cell.setCellValue(String.format(Locale.ROOT, "%,d", value).replace(',', '.'));
        } else {
            cell.setCellValue(dice.chance(0.5) ? Long.toString(value) : " " + value + " ");
        }
    }

    void date(XSSFCell cell, LocalDate value) {
        if (value == null) {
            cell.setBlank();
        } else if (dice.chance(0.12)) {
            cell.setCellValue(DATE.format(value));
        } else {
            cell.setCellValue(value);
        }
    }

    static void text(XSSFCell cell, String value) {
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value);
        }
    }
}
