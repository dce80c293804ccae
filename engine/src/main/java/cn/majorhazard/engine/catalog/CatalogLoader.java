package cn.majorhazard.engine.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the catalog from the rules module: {@code standards/common/facts.yaml}, then for every folder
 * {@code standards/<version>/} its {@code standard.yaml}, {@code facts.yaml} and {@code items.yaml}.
 * Fails loudly on anything inconsistent, because a half-loaded catalog would give wrong verdicts quietly.
 */
public final class CatalogLoader {

    public static final String ROOT = "standards/";
    private static final Pattern VERSION_FOLDER = Pattern.compile("^standards/([a-z0-9]+)/standard\\.yaml$");

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogLoader() {
    }

    public static ObjectMapper yaml() {
        return YAML;
    }

    public static Catalog load(RuleResources resources) {
        // Sources only: the executable model compiles classes into the same package folders, and their names
        // depend on the build, not on the knowledge.
        List<String> files = resources.fileNames().stream().filter(f -> f.startsWith(ROOT))
                .filter(f -> f.endsWith(".drl") || f.endsWith(".yaml")).sorted().toList();
        FactDictionary dictionary = new FactDictionary();
        for (String common : filesLike(files, ROOT + "common/", "facts")) {
            readFacts(resources, common, dictionary);
        }

        Map<String, StandardVersion> versions = new LinkedHashMap<>();
        for (String file : files) {
            Matcher m = VERSION_FOLDER.matcher(file);
            if (!m.matches()) {
                continue;
            }
            String folder = ROOT + m.group(1) + "/";
            for (String factsFile : filesLike(files, folder, "facts")) {
                readFacts(resources, factsFile, dictionary);
            }
            StandardVersion version = readVersion(resources, folder, filesLike(files, folder, "items"));
            if (!folderOf(version.versionId()).equals(m.group(1))) {
                throw new CatalogException(file + ": versionId " + version.versionId()
                        + " must live in folder standards/" + folderOf(version.versionId()));
            }
            versions.put(version.versionId(), version);
        }
        dictionary.checkUnitTypesDeclared();
        versions.values().forEach(v -> checkItems(v, dictionary));
        return new Catalog(versions, dictionary, rulesetVersion(resources), contentHash(resources, files));
    }

    /** {@code chem-2017} lives in {@code standards/chem2017}: Drools packages cannot contain hyphens. */
    public static String folderOf(String versionId) {
        return versionId.replaceAll("[^a-zA-Z0-9]", "").toLowerCase();
    }

    private static void readFacts(RuleResources resources, String path, FactDictionary dictionary) {
        if (!resources.fileNames().contains(path)) {
            return;
        }
        FactsFile file = parse(resources, path, FactsFile.class);
        file.unitTypes().forEach(t -> dictionary.addUnitType(t, path));
        file.facts().forEach(f -> {
            if (f.key() == null || f.type() == null || f.zh() == null || f.unitTypes().isEmpty()) {
                throw new CatalogException(path + ": fact " + f.key() + " needs key, type, zh and unitTypes");
            }
            dictionary.add(f, path);
        });
    }

    /**
     * {@code facts.yaml} or {@code facts-*.yaml} (likewise items): a large standard may split its dictionary and
     * items by article group, read in file-name order.
     */
    private static List<String> filesLike(List<String> files, String folder, String stem) {
        Pattern p = Pattern.compile(Pattern.quote(folder + stem) + "(-[A-Za-z0-9-]+)?\\.yaml");
        return files.stream().filter(f -> p.matcher(f).matches()).sorted().toList();
    }

    private static StandardVersion readVersion(RuleResources resources, String folder, List<String> itemFiles) {
        try {
            JsonNode standard = YAML.readTree(resources.read(folder + "standard.yaml"));
            var merged = (com.fasterxml.jackson.databind.node.ObjectNode) standard.deepCopy();
            var articles = merged.putArray("articles");
            var items = merged.putArray("items");
            if (itemFiles.isEmpty()) {
                throw new CatalogException(folder + " has no items.yaml");
            }
            for (String file : itemFiles) {
                JsonNode node = YAML.readTree(resources.read(file));
                node.path("articles").forEach(articles::add);
                node.path("items").forEach(items::add);
            }
            return YAML.treeToValue(merged, StandardVersion.class);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(folder + ": " + e.getMessage(), e);
        }
    }

    private static void checkItems(StandardVersion version, FactDictionary dictionary) {
        Set<String> ids = new HashSet<>();
        for (Item item : version.items()) {
            String where = version.versionId() + " item " + item.id();
            if (!ids.add(item.id())) {
                throw new CatalogException(where + " is declared twice");
            }
            if (item.label() == null || item.unitTypes().isEmpty()) {
                throw new CatalogException(where + " needs label and unitTypes");
            }
            if (item.isEncoded() && (item.text() == null || item.text().isBlank())) {
                throw new CatalogException(where + " is encoded but has no verbatim text");
            }
            if (!item.isEncoded() && item.notEncodedReason() == null) {
                throw new CatalogException(where + " is not encoded and does not say why (notEncodedReason)");
            }
            if (item.article() != null && version.article(item.article()).isEmpty()) {
                throw new CatalogException(where + " names unknown article " + item.article());
            }
            for (String type : item.unitTypes()) {
                if (dictionary.unitType(type).isEmpty()) {
                    throw new CatalogException(where + " names undeclared unit type " + type);
                }
            }
            for (String fact : item.facts()) {
                if (dictionary.find(fact).isEmpty()) {
                    throw new CatalogException(where + " reads undeclared fact " + fact);
                }
            }
        }
        for (Item item : version.items()) {
            if (item.parent() != null && !ids.contains(item.parent())) {
                throw new CatalogException(version.versionId() + " item " + item.id() + " names unknown parent "
                        + item.parent());
            }
        }
    }

    private static <T> T parse(RuleResources resources, String path, Class<T> type) {
        try {
            return YAML.readValue(resources.read(path), type);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(path + ": " + e.getMessage(), e);
        }
    }

    private static String rulesetVersion(RuleResources resources) {
        String path = "ruleset.properties";
        if (!resources.fileNames().contains(path)) {
            return "unversioned";
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(resources.read(path), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new CatalogException(path + ": " + e.getMessage(), e);
        }
        return p.getProperty("ruleset.version", "unversioned");
    }

    /** SHA-256 over every source file under standards/ (DRL, YAML, cases) by path, so a replay can prove sameness. */
    private static String contentHash(RuleResources resources, List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(resources.read(file));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shape of a facts.yaml file. */
    record FactsFile(List<UnitType> unitTypes, List<FactDefinition> facts) {
        FactsFile {
            unitTypes = unitTypes == null ? new ArrayList<>() : unitTypes;
            facts = facts == null ? new ArrayList<>() : facts;
        }
    }
}
