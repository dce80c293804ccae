package cn.majorhazard.api.catalog;

import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.evaluation.NoVersionInForceException;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The versions a questionnaire or template covers: a version id names itself, a standard id the version in force on
 * the date, nothing every standard in force.
 */
@Component
public class VersionResolver {

    private final Catalog catalog;

    VersionResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<StandardVersion> resolve(String standard, LocalDate on) {
        if (standard == null) {
            return catalog.standardIds().stream().map(s -> catalog.inForce(s, on)).flatMap(Optional::stream).toList();
        }
        if (catalog.version(standard).isPresent()) {
            return List.of(catalog.version(standard).get());
        }
        if (!catalog.standardIds().contains(standard)) {
            throw InvalidSubmissionException.of("standard",
                    "未知的标准 / unknown standard " + standard, "one of " + catalog.standardIds());
        }
        return List.of(catalog.inForce(standard, on).orElseThrow(() -> new NoVersionInForceException(standard,
                "no version of " + standard + " is in force on " + on)));
    }

    public void requireUnitType(String unitType) {
        if (unitType != null && catalog.dictionary().unitType(unitType).isEmpty()) {
            throw InvalidSubmissionException.of("unitType",
                    "未知的单元类型 / unknown unit type " + unitType,
                    "one of " + catalog.dictionary().unitTypes().keySet());
        }
    }
}
