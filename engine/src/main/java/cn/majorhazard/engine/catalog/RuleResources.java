package cn.majorhazard.engine.catalog;

import java.util.List;

/** The files of the rules module (catalog YAML, DRL, cases), however they are packaged. */
public interface RuleResources {

    /** Every file path, e.g. {@code standards/chem2017/items.yaml}. */
    List<String> fileNames();

    byte[] read(String path);
}
