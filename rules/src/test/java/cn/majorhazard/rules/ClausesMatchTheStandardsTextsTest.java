package cn.majorhazard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.majorhazard.engine.catalog.Article;
import cn.majorhazard.engine.catalog.Item;
import cn.majorhazard.engine.catalog.StandardVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every clause and lead-in in the catalog appears word for word in the transcribed standards texts
 * ({@code ../shared/standards/<versionId>*.md}, or {@code -Dstandards.dir=...}). Those texts live outside the
 * repository, so on a clone without them this check is skipped rather than passed.
 */
class ClausesMatchTheStandardsTextsTest {

    static final Path TEXTS = Path.of(System.getProperty("standards.dir", "../../shared/standards"));

    @Test
    void everyClauseIsQuotedVerbatimFromItsStandardsText() {
        assumeTrue(Files.isDirectory(TEXTS), "standards texts not present at " + TEXTS.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (StandardVersion v : RulesFixture.CATALOG.versions()) {
            String source = sourceOf(v);
            if (source.isEmpty()) {
                problems.add(v.versionId() + ": no standards text " + v.versionId() + "*.md");
                continue;
            }
            for (Item item : v.items()) {
                if (item.isEncoded() && !containsVerbatim(source, item.text())) {
                    problems.add(item.id() + ": \"" + item.text() + "\"");
                }
            }
            for (Article article : v.articles()) {
                // headings we composed (e.g. the 5.x groups of AQ 3067) carry ids the text does not have
                boolean official = source.contains(article.id());
                if (official && article.text() != null && !containsVerbatim(source, article.text())) {
                    problems.add(article.id() + ": \"" + article.text() + "\"");
                }
            }
        }
        assertThat(problems).as("clauses not found word for word in ../shared/standards").isEmpty();
    }

    /**
     * A clause quoted in parts (joined by ／ where the source quotes sentences separately, or followed by its 注) must
     * match part by part. A table (表N) is written on one line as its caption and its cells: the caption and every cell
     * must appear.
     */
    static boolean containsVerbatim(String source, String text) {
        if (text.startsWith("表")) {
            int open = text.indexOf('（');
            String caption = open < 0 ? text : text.substring(0, open);
            return source.contains(caption.strip()) && java.util.Arrays.stream(
                            text.substring(caption.length()).split("[：；，（）／。]"))
                    .map(String::strip).filter(cell -> !cell.isEmpty()).allMatch(source::contains);
        }
        for (String part : text.split("／|注：")) {
            if (!part.isBlank() && !source.contains(part.strip())) {
                return false;
            }
        }
        return true;
    }

    static String sourceOf(StandardVersion v) {
        try (Stream<Path> files = Files.list(TEXTS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(v.versionId()))
                    .map(ClausesMatchTheStandardsTextsTest::read).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
