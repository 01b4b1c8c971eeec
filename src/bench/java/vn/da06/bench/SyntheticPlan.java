package vn.da06.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan folder for N reporting units, in the format of {@code src/main/resources/plan/tuy-phuoc-2024/}: the real
 * district's 32 tasks and 14 indicators, its offices and outside bodies (15 reporting units), and N - 15 communes
 * in the group "UBND các xã, thị trấn", so each commune is assigned what a real commune has (about 20 tasks and
 * 6 indicators). Unit codes carry a prefix of their own, so plans of several sizes live in one warehouse side by
 * side (units are shared between plans by code).
 */
final class SyntheticPlan {

    /** Reporting units of the real district that are not communes (offices and outside bodies). */
    static final int OFFICES = 15;
    private static final String BUNDLED = "/plan/tuy-phuoc-2024/";
    private static final String[] PLACES = {"Phước Thắng", "Phước Hưng", "Phước Quang", "Phước Hòa", "Phước Sơn",
            "Phước Hiệp", "Phước Lộc", "Phước Nghĩa", "Phước Thuận", "Phước An", "Phước Thành", "Diêu Trì", "Cát Tiến"};

    private SyntheticPlan() {
    }

    static String planCode(int units, int year) {
        return "BENCH" + units + "-" + year;
    }

    /** Unit code prefix of the plan for {@code units} units: "U30-", "U3000-"... */
    static String prefix(int units) {
        return "U" + units + "-";
    }

    /** Writes the plan for {@code units} reporting units and the given year into {@code dir}. */
    static Path write(Path dir, int units, int year) {
        return write(dir, units, year, units - OFFICES);
    }

    static String communeCode(int units, int i) {
        return prefix(units) + String.format("%05d", i);
    }

    static String communeName(int i) {
        return "Xã " + PLACES[i % PLACES.length] + " " + i;
    }

    /** The plan of {@code units} units with only its first {@code communes} communes (the plan grows later). */
    static Path write(Path dir, int units, int year, int communes) {
        if (units <= OFFICES) {
            throw new IllegalArgumentException("a plan needs more than " + OFFICES + " units");
        }
        String p = prefix(units);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("plan.yml"), """
                    code: %s
                    name: Kế hoạch thực hiện Đề án 06 năm %d (kế hoạch tổng hợp cho đo hiệu năng, %d đơn vị)
                    decision: Quyết định số /QĐ-UBND năm %d
                    year: %d
                    starts_on: %d-01-01
                    ends_on: %d-12-31
                    issuing_body: ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC
                    place_name: Tuy Phước
                    district_unit: "%s550"
                    report_due_day: 12
                    """.formatted(planCode(units, year), year, units, year, year, year, year, p));
            Files.writeString(dir.resolve("tasks.csv"), bundled("tasks.csv").replace("2024", String.valueOf(year)));
            Files.writeString(dir.resolve("indicators.csv"), bundled("indicators.csv"));

            List<String> unitLines = new ArrayList<>();
            List<String> offices = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            // The bundled file opens with comment lines (its sources) before the header.
            List<String> lines = bundled("units.csv").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            unitLines.add(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f[2].equals("commune") || f[2].equals("town") || f[6].startsWith("2025")) {
                    continue; // the real communes are replaced by synthetic ones; the units after the 2025 merger dropped
                }
                f[0] = p + f[0];
                f[4] = f[4].isEmpty() ? "" : p + f[4];
                f[7] = ""; // valid to: open
                f[8] = "";
                unitLines.add(String.join(",", f));
                if (f[2].equals("district_office")) {
                    offices.add(f[0]);
                } else if (f[2].equals("external")) {
                    outside.add(f[0]);
                }
            }
            List<String> communeCodes = new ArrayList<>();
            for (int i = 1; i <= communes; i++) {
                String code = communeCode(units, i);
                communeCodes.add(code);
                unitLines.add(code + "," + communeName(i) + ",commune,," + p + "550,,2000-01-01,,");
            }
            Files.write(dir.resolve("units.csv"), unitLines, StandardCharsets.UTF_8);

            List<String> offices13 = new ArrayList<>(offices);
            offices13.add(p + "BHXH");
            List<String> all = new ArrayList<>(offices);
            all.addAll(outside);
            all.addAll(communeCodes);
            Files.writeString(dir.resolve("unit-groups.csv"), String.join("\n",
                    "code,name,aliases,members",
                    "XA,\"UBND các xã, thị trấn\",\"Các xã, thị trấn|UBND xã, thị trấn\"," + String.join(" ", communeCodes),
                    "PBN,\"Các phòng, ban, ngành liên quan\",\"Các phòng, ban, ngành|Các phòng, ban, ngành huyện\","
                            + String.join(" ", offices13),
                    "CQDV,\"Các cơ quan, đơn vị\",\"Các cơ quan, đơn vị liên quan\"," + String.join(" ", all),
                    "CSKCB,Các cơ sở khám chữa bệnh trên địa bàn huyện,,",
                    "TCTXA,Tổ công tác triển khai đề án 06 cấp xã,Tổ công tác Đề án 06 cấp xã,") + "\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = SyntheticPlan.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IOException("missing bundled plan file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
