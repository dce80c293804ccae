package cn.majorhazard.engine.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 标准目录 — every standard version the rules module holds, with its items and the merged fact dictionary,
 * and the fingerprint (ruleset version + content hash) that every evaluation carries for replay.
 */
public final class Catalog {

    private final Map<String, StandardVersion> versions;
    private final FactDictionary dictionary;
    private final String rulesetVersion;
    private final String contentHash;

    Catalog(Map<String, StandardVersion> versions, FactDictionary dictionary, String rulesetVersion,
            String contentHash) {
        this.versions = new LinkedHashMap<>(versions);
        this.dictionary = dictionary;
        this.rulesetVersion = rulesetVersion;
        this.contentHash = contentHash;
    }

    public Collection<StandardVersion> versions() {
        return versions.values();
    }

    public Optional<StandardVersion> version(String versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    /** The versions of one standard, oldest first. */
    public List<StandardVersion> versionsOf(String standardId) {
        return versions.values().stream().filter(v -> v.standardId().equals(standardId))
                .sorted(Comparator.comparing(StandardVersion::effectiveFrom)).toList();
    }

    public List<String> standardIds() {
        return versions.values().stream().map(StandardVersion::standardId).distinct().toList();
    }

    /** The version in force on the date: the latest one whose dates cover it. */
    public Optional<StandardVersion> inForce(String standardId, LocalDate date) {
        return versionsOf(standardId).stream().filter(v -> v.inForceOn(date))
                .max(Comparator.comparing(StandardVersion::effectiveFrom));
    }

    public Optional<Located> item(String itemId) {
        for (StandardVersion v : versions.values()) {
            Optional<Item> item = v.item(itemId);
            if (item.isPresent()) {
                return Optional.of(new Located(v, item.get()));
            }
        }
        return Optional.empty();
    }

    public FactDictionary dictionary() {
        return dictionary;
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public String contentHash() {
        return contentHash;
    }

    /** An item together with the version it belongs to. */
    public record Located(StandardVersion version, Item item) {
    }
}
