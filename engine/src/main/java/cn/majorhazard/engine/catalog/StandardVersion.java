package cn.majorhazard.engine.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 标准版本 — one version of one standard, as its {@code standard.yaml} and {@code items.yaml} describe it.
 * A version is in force from {@code effectiveFrom} to {@code effectiveUntil} inclusive (open-ended if null).
 */
public record StandardVersion(
        String standardId,
        String versionId,
        String title,
        String titleEn,
        String documentNumber,
        String issuer,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        boolean effectiveFromInferred,
        LocalDate effectiveUntil,
        String supersededBy,
        String legalNature,
        List<String> sectors,
        String scopeClause,
        String leadIn,
        String notes,
        List<Article> articles,
        List<Item> items) {

    public StandardVersion {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        articles = articles == null ? List.of() : List.copyOf(articles);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Article> article(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    @JsonIgnore
    public Map<String, Item> itemsById() {
        return items.stream().collect(Collectors.toMap(Item::id, Function.identity()));
    }

    /** Items that have sub-items of their own take their verdict from them. */
    public List<Item> children(String itemId) {
        return items.stream().filter(i -> itemId.equals(i.parent())).toList();
    }

    /**
     * 第四条第（七）项: the article label followed by the item label, when the standard has articles. A label that
     * names a whole clause itself (第5.1.1条, 第八条) stands alone: its group heading is not part of the citation.
     */
    public String citationLabel(Item item) {
        if (item.article() == null || item.label().endsWith("条")) {
            return item.label();
        }
        return article(item.article()).map(Article::label).orElse("") + item.label();
    }
}
