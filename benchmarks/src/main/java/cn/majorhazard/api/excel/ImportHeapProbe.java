package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.KieModuleResources;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kie.api.KieServices;

/**
 * Peak heap while importing 1,000 and 10,000 units: streaming import against the cell-tree baseline. Peaks are read
 * from the JVM's memory pools after a GC, so they show what an import holds, not what it churned through.
 * Run: {@code benchmarks/run heap}.
 */
public final class ImportHeapProbe {

    private ImportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = CatalogLoader.load(new KieModuleResources(KieServices.get().getKieClasspathContainer()));
        System.out.println("units\tstreaming peak MB\tcell-tree peak MB");
        for (int n : new int[]{1000, 10000}) {
            byte[] workbook = ImportBenchmark.filledWorkbook(n);
            long streaming = peak(() -> new WorkbookImporter(catalog.dictionary()).read(workbook));
            long tree = peak(() -> {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                    return wb.getSheetAt(1).getLastRowNum();
                }
            });
            System.out.printf("%d\t%.1f\t%.1f%n", n, streaming / 1e6, tree / 1e6);
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    private static long peak(Work work) throws Exception {
        System.gc();
        long base = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                base += pool.getUsage().getUsed();
            }
        }
        Object keep = work.run();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        if (keep == null) {
            throw new IllegalStateException();
        }
        return peak - base;
    }
}
