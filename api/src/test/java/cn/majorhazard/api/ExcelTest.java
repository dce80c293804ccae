package cn.majorhazard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.majorhazard.api.assessment.AssessmentRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Excel in and out, as an enterprise uses it: download the template, fill it, import it, open the report. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExcelTest {

    static final Path FILLED_SAMPLE = Path.of("..", "samples", "excel", "chem-self-check-filled.xlsx");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AssessmentRepository repository;

    byte[] template() throws Exception {
        return mvc.perform(get("/api/templates").param("standard", "chem-2017"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Writes values under the columns whose key row (row 3) holds the given keys, in the given data row. */
    static void fill(XSSFWorkbook wb, String unitType, int dataRow, Map<String, Object> values) {
        Sheet sheet = null;
        for (Sheet s : wb) {
            if (s.getSheetName().endsWith(unitType)) {
                sheet = s;
            }
        }
        assertThat(sheet).as("sheet for %s", unitType).isNotNull();
        Row keys = sheet.getRow(2);
        Row row = sheet.getRow(3 + dataRow) == null ? sheet.createRow(3 + dataRow) : sheet.getRow(3 + dataRow);
        values.forEach((key, value) -> {
            int col = -1;
            for (Cell c : keys) {
                if (c.getStringCellValue().equals(key)) {
                    col = c.getColumnIndex();
                }
            }
            if (col < 0) {
                col = keys.getLastCellNum();
                keys.createCell(col).setCellValue(key);
            }
            Cell cell = row.createCell(col);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
    }

    /** The column letter of a fact in a unit type's sheet, read from the key row. */
    static String column(XSSFWorkbook wb, String unitType, String key) {
        for (Sheet s : wb) {
            if (s.getSheetName().endsWith(unitType)) {
                for (Cell c : s.getRow(2)) {
                    if (c.getStringCellValue().equals(key)) {
                        return org.apache.poi.ss.util.CellReference.convertNumToColString(c.getColumnIndex());
                    }
                }
            }
        }
        throw new AssertionError(key);
    }

    static byte[] bytes(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    byte[] filledWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            fill(wb, "ENTERPRISE", 0, Map.of("enterpriseId", "E1", "enterpriseName", "华东某精细化工有限公司",
                    "assessmentDate", "2026-05-20", "allUnitsListed", "否", "standards", "chem",
                    "isHazchemProducerOrTrader", "是", "principalAssessmentPassed", "否"));
            fill(wb, "ENTERPRISE", 1, Map.of("enterpriseId", "E2", "enterpriseName", "某危险化学品储运有限公司",
                    "assessmentDate", "2026-05-20", "standards", "chem"));
            fill(wb, "STORAGE_TANK", 0, Map.of("enterpriseId", "E1", "unitId", "V-101", "unitName", "1#丙烯球罐",
                    "fullyPressurizedLiquefiedHydrocarbonTank", "是", "waterInjectionProvidedPerStandard", "否"));
            fill(wb, "HAZCHEM_WAREHOUSE", 0, Map.of("enterpriseId", "E2", "unitId", "W-1", "unitName", "甲类仓库",
                    "storedQuantity", 12, "permittedQuantity", 10));
            return bytes(wb);
        }
    }

    ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/assessments/import").file(new MockMultipartFile("file", "self-check.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes)));
    }

    @Test
    void theTemplateHasAnInstructionsSheetOneSheetPerUnitTypeAndDropDownsForYesNo() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).contains("安监总管三〔2017〕121号");
            Sheet tanks = wb.getSheet("储罐 STORAGE_TANK");
            assertThat(tanks).isNotNull();
            assertThat(tanks.getRow(2).getCell(3).getStringCellValue()).isEqualTo("fullyPressurizedLiquefiedHydrocarbonTank");
            assertThat(tanks.getRow(0).getCell(3).getStringCellValue()).contains("全压力式液化烃储罐");
            assertThat(tanks.getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("是", "否"));
            Sheet warehouse = wb.getSheet("危险化学品仓库储存场所 HAZCHEM_WAREHOUSE");
            assertThat(warehouse.getRow(0).getCell(4).getStringCellValue()).contains("（t）");
        }
    }

    @Test
    void templateFillImportAndReportRoundTrip() throws Exception {
        long before = repository.count();
        String body = upload(filledWorkbook()).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].enterpriseId").value("E1"))
                .andExpect(jsonPath("$[0].hazardItems").value(org.hamcrest.Matchers.hasItems("CHEM-2017-01", "CHEM-2017-06")))
                .andExpect(jsonPath("$[1].hazardItems").value(org.hamcrest.Matchers.hasItem("CHEM-2017-20")))
                .andReturn().getResponse().getContentAsString();
        assertThat(repository.count()).isEqualTo(before + 2);
        String id = json.readTree(body).get(0).path("id").asText();
        byte[] report = mvc.perform(get("/api/assessments/" + id + "/report.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet hazards = wb.getSheet("隐患清单 Hazards");
            assertThat(hazards.getPaneInformation().isFreezePane()).isTrue();
            StringBuilder text = new StringBuilder();
            hazards.forEach(r -> r.forEach(c -> text.append(c.getStringCellValue()).append('|')));
            assertThat(text).contains("CHEM-2017-06", "安监总管三〔2017〕121号", "第（六）项",
                    "全压力式液化烃储罐未按国家标准设置注水措施。");
            Sheet undetermined = wb.getSheet("无法判定 Undetermined");
            assertThat(undetermined.getLastRowNum()).isGreaterThan(0);
            assertThat(wb.getSheet("汇总 Summary").getRow(0).getCell(0).getStringCellValue()).contains("报告");
        }
    }

    @Test
    void theFilledSampleWorkbookImports() throws Exception {
        upload(Files.readAllBytes(FILLED_SAMPLE)).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].hazardItems").isNotEmpty());
    }

    @Test
    void badWorkbooksAre400sNamingSheetRowAndColumnAndStoreNothing() throws Exception {
        long before = repository.count();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filledWorkbook()))) {
            fill(wb, "STORAGE_TANK", 1, Map.of("enterpriseId", "E1", "unitId", "V-102",
                    "waterInjectionProvidedPerStandard", "也许"));
            upload(bytes(wb)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("sheet 储罐 STORAGE_TANK, row 5, column "
                            + column(wb, "STORAGE_TANK", "waterInjectionProvidedPerStandard")
                            + " (waterInjectionProvidedPerStandard)"))
                    .andExpect(jsonPath("$.violations[0].expected").value("是 or 否"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filledWorkbook()))) {
            fill(wb, "HAZCHEM_WAREHOUSE", 1, Map.of("enterpriseId", "E2", "unitId", "W-2", "storedQuantity", "很多"));
            upload(bytes(wb)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value(containsString("row 5, column "
                            + column(wb, "HAZCHEM_WAREHOUSE", "storedQuantity") + " (storedQuantity)")));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filledWorkbook()))) {
            fill(wb, "STORAGE_TANK", 1, Map.of("enterpriseId", "E1", "unitName", "无编号的罐"));
            upload(bytes(wb)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value(containsString("row 5, column B (unitId)")));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filledWorkbook()))) {
            fill(wb, "STORAGE_TANK", 1, Map.of("enterpriseId", "E1", "unitId", "V-9", "colourOfTank", "红"));
            upload(bytes(wb)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].message").value(containsString("unknown column colourOfTank")));
        }
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void passwordProtectedCorruptOversizedAndZipBombFilesAre400s() throws Exception {
        upload(encrypted(filledWorkbook())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value(containsString("password")));
        byte[] valid = filledWorkbook();
        upload(java.util.Arrays.copyOf(valid, valid.length / 2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("file"));
        upload("just some text, not a workbook".getBytes()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value(containsString("not an Excel workbook")));
        upload(new byte[10 * 1024 * 1024 + 1]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value(containsString("bytes")));
        upload(zipBomb(valid)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value(containsString("zip bomb")));
    }

    static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The valid workbook with its first sheet replaced by 50 MB of spaces: it zips to a few kilobytes. */
    static byte[] zipBomb(byte[] xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 50; i++) {
                        zip.write(spaces);
                    }
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyStandardHasATemplateWithASheetForEachOfItsUnitTypes() throws Exception {
        for (String standard : List.of("chem", "chem-2017", "coal", "coal-2020", "industry-trade", "metal-nonmetal-mine",
                "city-gas")) {
            byte[] xlsx = mvc.perform(get("/api/templates").param("standard", standard).param("date", "2026-11-23"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).as(standard).isGreaterThan(3);
                for (Sheet sheet : wb) {
                    if (sheet.getSheetName().startsWith("_") || sheet.getSheetName().startsWith("说明")) {
                        continue;
                    }
                    assertThat(sheet.getRow(2).getLastCellNum()).as("%s %s", standard, sheet.getSheetName())
                            .isGreaterThan((short) 2);
                }
            }
        }
    }

    @Test
    void unknownStandardForATemplateIsA400() throws Exception {
        mvc.perform(get("/api/templates").param("standard", "fireworks")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("standard"));
    }
}
