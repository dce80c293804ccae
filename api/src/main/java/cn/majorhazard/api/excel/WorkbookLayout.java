package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.UnitType;
import java.util.List;

/**
 * The shape of a questionnaire workbook, shared by the template writer and the importer: an instructions sheet,
 * an enterprise sheet, one sheet per unit type. Every data sheet has three header rows — the Chinese question
 * (with the unit), the English label, and the machine key the importer reads — and data from the fourth row.
 */
final class WorkbookLayout {

    static final String INSTRUCTIONS = "说明 Instructions";
    static final String ENTERPRISES = "企业 ENTERPRISE";
    static final String LISTS = "_lists";
    static final int KEY_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    static final String ENTERPRISE_ID = "enterpriseId";
    static final String ENTERPRISE_NAME = "enterpriseName";
    static final String ASSESSMENT_DATE = "assessmentDate";
    static final String ALL_UNITS_LISTED = "allUnitsListed";
    static final String STANDARDS = "standards";
    static final String UNIT_ID = "unitId";
    static final String UNIT_NAME = "unitName";

    /** The fixed leading columns: key, Chinese header, English header. */
    record Column(String key, String zh, String en) {
    }

    static final List<Column> ENTERPRISE_COLUMNS = List.of(
            new Column(ENTERPRISE_ID, "企业编号（必填）", "Enterprise id (required)"),
            new Column(ENTERPRISE_NAME, "企业名称", "Enterprise name"),
            new Column(ASSESSMENT_DATE, "评估日期（必填，yyyy-MM-dd）", "Assessment date (required)"),
            new Column(ALL_UNITS_LISTED, "已列明全部单元", "All units listed"),
            new Column(STANDARDS, "判定标准（可空，逗号分隔，如 chem）", "Standards (optional, comma-separated)"));

    static final List<Column> UNIT_COLUMNS = List.of(
            new Column(ENTERPRISE_ID, "企业编号（必填）", "Enterprise id (required)"),
            new Column(UNIT_ID, "单元编号（必填）", "Unit id (required)"),
            new Column(UNIT_NAME, "单元名称", "Unit name"));

    private WorkbookLayout() {
    }

    /** "罐区 TANK_FARM", or the id alone when the name would pass Excel's 31-character limit. */
    static String sheetName(UnitType type) {
        String name = type.zh().replaceAll("[\\\\/?*\\[\\]:（）()]", "") + " " + type.id();
        return name.length() <= 31 ? name : type.id();
    }

    /** The unit type id is the last word of a sheet name. */
    static String unitTypeOf(String sheetName) {
        String[] words = sheetName.trim().split("\\s+");
        return words[words.length - 1];
    }

    static String columnLetter(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
