package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.CatalogLoader;
import cn.majorhazard.engine.catalog.RuleResources;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One import in a JVM whose heap is capped by {@code -Xmx}: prints OK (and the heap retained by the result) or dies
 * with OutOfMemoryError. {@code benchmarks/run heap} searches the smallest heap in which each reader copes with
 * 1,000 and 10,000 units: the streaming import against the cell-tree baseline.
 * Usage: {@code ImportHeapProbe streaming|tree <units>}.
 */
public final class ImportHeapProbe {

    private ImportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean streaming = args[0].equals("streaming");
        int units = Integer.parseInt(args[1]);
        // The catalog straight from the rules jar, without building any KieBase: the heap floor is then the import's.
        Catalog catalog = CatalogLoader.load(new ClasspathRuleResources());
        byte[] workbook = ImportBenchmark.filledWorkbook(units);
        System.gc();
        long before = used();
        Object result;
        if (streaming) {
            result = new WorkbookImporter(catalog.dictionary()).read(workbook);
        } else {
            result = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        }
        System.gc();
        long retained = used() - before;
        System.out.printf("OK %s %d units, %.1f MB retained by the result%n", args[0], units, retained / 1e6);
        if (result == null) {
            throw new IllegalStateException();
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The rules module's files read from the classpath (a jar or a classes folder), no Drools involved. */
    static final class ClasspathRuleResources implements RuleResources {
        private final Path root;
        private final List<String> names;

        ClasspathRuleResources() throws Exception {
            URI uri = ImportHeapProbe.class.getResource("/META-INF/kmodule.xml").toURI();
            if (uri.getScheme().equals("jar")) {
                root = FileSystems.newFileSystem(uri, Map.of()).getPath("/");
            } else {
                root = Path.of(uri).getParent().getParent();
            }
            try (Stream<Path> files = Files.walk(root)) {
                names = files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                        .toList();
            }
        }

        @Override
        public List<String> fileNames() {
            return names;
        }

        @Override
        public byte[] read(String path) {
            try {
                return Files.readAllBytes(root.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
