package cn.majorhazard.engine.evaluation;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.submission.Fact;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Unit;
import cn.majorhazard.engine.submission.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the standard versions to judge against, explicitly by the assessment date (never by the Drools session
 * clock). A request may name a standard ({@code coal}: the version in force) or a version ({@code chem-2017}:
 * that one, labelled when it is not the law in force). Without a list, the enterprise's sectors choose.
 */
final class VersionSelector {

    static final String SECTORS = "sectors";

    private final Catalog catalog;

    VersionSelector(Catalog catalog) {
        this.catalog = catalog;
    }

    record Selected(StandardVersion version, StandardApplication application) {
    }

    List<Selected> select(LocalDate date, List<String> requested, List<Fact> facts) {
        Map<String, Selected> chosen = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            Set<String> sectors = facts.stream()
                    .filter(f -> f.getUnitId().equals(Unit.ENTERPRISE_ID) && f.getKey().equals(SECTORS))
                    .findFirst().map(Fact::getValues).orElse(null);
            if (sectors == null) {
                throw InvalidSubmissionException.of("enterprise.facts.sectors",
                        "未说明企业所属行业，也未指定标准 / neither the enterprise's sectors nor the standards are given",
                        "enterprise.facts.sectors (e.g. [\"CHEMICAL\"]) or standards (e.g. [\"chem\"])");
            }
            for (String standardId : catalog.standardIds()) {
                boolean relevant = catalog.versionsOf(standardId).stream()
                        .anyMatch(v -> v.sectors().stream().anyMatch(sectors::contains));
                if (relevant) {
                    catalog.inForce(standardId, date).ifPresent(v -> chosen.put(v.versionId(),
                            new Selected(v, inForce(v, false))));
                }
            }
            return new ArrayList<>(chosen.values());
        }
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String id = requested.get(i);
            if (id == null) {
                unknown.add(new Violation("standards[" + i + "]", "标准为空 / the standard is null",
                        "a standard id such as chem or a version id such as chem-2017"));
            } else if (catalog.version(id).isPresent()) {
                StandardVersion v = catalog.version(id).get();
                chosen.put(v.versionId(), new Selected(v, asRequested(v, date)));
            } else if (catalog.standardIds().contains(id)) {
                StandardVersion v = catalog.inForce(id, date).orElseThrow(() -> noVersion(id, date));
                chosen.put(v.versionId(), new Selected(v, inForce(v, true)));
            } else {
                unknown.add(new Violation("standards[" + i + "]", "未知的标准 / unknown standard " + id,
                        "one of " + catalog.standardIds() + " or a version id "
                                + catalog.versions().stream().map(StandardVersion::versionId).toList()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSubmissionException(unknown);
        }
        return new ArrayList<>(chosen.values());
    }

    private NoVersionInForceException noVersion(String standardId, LocalDate date) {
        List<StandardVersion> versions = catalog.versionsOf(standardId);
        String title = versions.get(0).title();
        String span = versions.stream().map(v -> v.versionId() + " " + v.effectiveFrom() + "~"
                + (v.effectiveUntil() == null ? "" : v.effectiveUntil())).toList().toString();
        return new NoVersionInForceException(standardId, "《" + title + "》在 " + date
                + " 没有施行中的版本 / no version of " + standardId + " is in force on " + date
                + "; versions held: " + span);
    }

    private static StandardApplication inForce(StandardVersion v, boolean requested) {
        return application(v, true, requested, "评估日期施行的版本", "the version in force on the assessment date");
    }

    private StandardApplication asRequested(StandardVersion v, LocalDate date) {
        if (v.inForceOn(date)) {
            return inForce(v, true);
        }
        if (date.isBefore(v.effectiveFrom())) {
            return application(v, false, true,
                    "按请求使用；该版本自 " + v.effectiveFrom() + " 起施行，评估日期尚未施行",
                    "used as requested; this version only applies from " + v.effectiveFrom());
        }
        String successor = v.supersededBy() == null ? null
                : catalog.version(v.supersededBy()).map(s -> s.documentNumber() + "《" + s.title() + "》").orElse(null);
        return application(v, false, true,
                "已被替代的版本（" + (successor == null ? "施行至 " + v.effectiveUntil() : "现行为 " + successor)
                        + "），结论仅供对照，不是评估日期施行的判定依据",
                "superseded list" + (successor == null ? "" : ", replaced by " + v.supersededBy())
                        + ": for comparison only, not the law in force on the assessment date");
    }

    private static StandardApplication application(StandardVersion v, boolean inForce, boolean requested,
                                                   String zh, String en) {
        return new StandardApplication(v.standardId(), v.versionId(), v.title(), v.documentNumber(),
                v.effectiveFrom(), v.effectiveUntil(), inForce, requested, zh, en);
    }
}
