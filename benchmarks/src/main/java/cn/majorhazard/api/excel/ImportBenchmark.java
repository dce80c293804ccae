package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kie.api.KieServices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming (SAX) import of a filled questionnaire of 100 and 10,000 units, against the baseline of loading the
 * same workbook as a POI cell tree (XSSFWorkbook). Run with {@code -prof gc} for bytes allocated per import;
 * {@link ImportHeapProbe} measures the peak heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ImportBenchmark {

    @Param({"100", "10000"})
    public int units;

    Catalog catalog;
    byte[] workbook;

    @Setup
    public void setUp() throws IOException {
        catalog = CatalogLoader.load(new KieModuleResources(KieServices.get().getKieClasspathContainer()));
        workbook = filledWorkbook(units);
    }

    @Benchmark
    public List<WorkbookImporter.Imported> streamingImport() {
        return new WorkbookImporter(catalog.dictionary()).read(workbook);
    }

    @Benchmark
    public int baselineCellTreeLoad() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return wb.getSheetAt(1).getLastRowNum();
        }
    }

    /** One enterprise with n storage tanks and warehouses, laid out as the template lays them out. */
    static byte[] filledWorkbook(int n) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet enterprises = wb.createSheet(WorkbookLayout.ENTERPRISES);
            header(enterprises, "enterpriseId", "enterpriseName", "assessmentDate", "allUnitsListed", "standards",
                    "isHazchemProducerOrTrader");
            row(enterprises, 3, "E1", "基准企业", "2026-05-20", "是", "chem-2017", "是");
            Sheet tanks = wb.createSheet("储罐 STORAGE_TANK");
            header(tanks, "enterpriseId", "unitId", "unitName", "fullyPressurizedLiquefiedHydrocarbonTank",
                    "waterInjectionProvidedPerStandard");
            Sheet stores = wb.createSheet("危险化学品仓库 HAZCHEM_WAREHOUSE");
            header(stores, "enterpriseId", "unitId", "unitName", "storedQuantity", "permittedQuantity",
                    "incompatibleSubstancesStoredTogether");
            for (int i = 0; i < n; i++) {
                if (i % 2 == 0) {
                    row(tanks, 3 + i / 2, "E1", "V-" + i, "储罐" + i, "是", i % 4 == 0 ? "是" : "否");
                } else {
                    Row r = row(stores, 3 + i / 2, "E1", "W-" + i, "仓库" + i);
                    r.createCell(3).setCellValue(8 + i % 5);
                    r.createCell(4).setCellValue(10);
                    r.createCell(5).setCellValue("否");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet, String... keys) {
        sheet.createRow(0);
        sheet.createRow(1);
        row(sheet, 2, keys);
    }

    private static Row row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
