package vn.da06.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.da06.base.UserException;

/** A workbook file appears whole or not at all: written under a temporary name, then renamed. */
class TemplateFilesTests {

    @TempDir
    Path folder;

    @Test
    void aSavedWorkbookIsWholeAndNoTemporaryFileIsLeft() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Chỉ tiêu").createRow(0).createCell(0).setCellValue("Tỷ lệ");

        TemplateFiles.save(workbook, folder.resolve("21952_2024-03.xlsx"));

        try (InputStream in = Files.newInputStream(folder.resolve("21952_2024-03.xlsx"));
             XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertThat(read.getSheet("Chỉ tiêu").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỷ lệ");
        }
        assertThat(names()).containsExactly("21952_2024-03.xlsx");
    }

    @Test
    void aWorkbookThatCannotTakeItsNameLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        Path taken = Files.createDirectories(folder.resolve("21952_2024-03.xlsx"));
        Files.writeString(taken.resolve("giu-nguyen.txt"), "đã có");

        assertThatThrownBy(() -> TemplateFiles.save(new XSSFWorkbook(), taken)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("không ghi được tệp " + taken);

        assertThat(names()).containsExactly("21952_2024-03.xlsx");
        assertThat(taken.resolve("giu-nguyen.txt")).hasContent("đã có");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
