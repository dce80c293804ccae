package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.AllowedValue;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.questionnaire.Questionnaire;
import cn.majorhazard.engine.submission.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 调查表模板 — the questionnaire as an .xlsx: an instructions sheet citing the standards it covers, an enterprise
 * sheet, one sheet per unit type with one column per fact, drop-downs for yes/no and enumerations, units in the
 * headers. Generated from the fact dictionary, so it always matches what the importer accepts.
 */
final class TemplateWriter {

    static final String YES = "是";
    static final String NO = "否";
    private static final int DATA_ROWS = 1000;

    private TemplateWriter() {
    }

    static void write(List<StandardVersion> versions, List<Questionnaire.Section> sections, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb, versions, styles);
            Sheet lists = wb.createSheet(WorkbookLayout.LISTS);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            int[] nextListColumn = {0};
            for (Questionnaire.Section section : sections) {
                boolean enterprise = Unit.ENTERPRISE_TYPE.equals(section.unitType());
                String name = enterprise ? WorkbookLayout.ENTERPRISES
                        : WorkbookLayout.sheetName(new cn.majorhazard.engine.catalog.UnitType(section.unitType(),
                        section.unitTypeZh(), section.unitTypeEn()));
                Sheet sheet = wb.createSheet(name);
                List<WorkbookLayout.Column> fixed = enterprise ? WorkbookLayout.ENTERPRISE_COLUMNS
                        : WorkbookLayout.UNIT_COLUMNS;
                Row zh = sheet.createRow(0);
                Row en = sheet.createRow(1);
                Row key = sheet.createRow(WorkbookLayout.KEY_ROW);
                int col = 0;
                for (WorkbookLayout.Column c : fixed) {
                    header(zh, en, key, col++, c.zh(), c.en(), c.key(), styles);
                }
                if (enterprise) {
                    dropDown(sheet, 3, List.of(YES, NO), null);
                }
                for (Questionnaire.Question q : section.questions()) {
                    String unit = q.unit() == null ? "" : "（" + q.unit() + "）";
                    header(zh, en, key, col, q.question() == null ? q.zh() + unit : q.question() + unit,
                            q.en() + (q.unit() == null ? "" : " [" + q.unit() + "]"), q.key(), styles);
                    switch (q.type()) {
                        case "boolean" -> dropDown(sheet, col, List.of(YES, NO), null);
                        case "enum" -> dropDown(sheet, col, q.values().stream().map(AllowedValue::zh).toList(),
                                namedList(wb, lists, nextListColumn, q.values()));
                        default -> { }
                    }
                    col++;
                }
                for (int c = 0; c < col; c++) {
                    sheet.setColumnWidth(c, c < fixed.size() ? 16 * 256 : 22 * 256);
                }
                sheet.createFreezePane(fixed.size() == 5 ? 2 : 3, WorkbookLayout.FIRST_DATA_ROW);
            }
            wb.write(out);
        }
    }

    private static void instructions(XSSFWorkbook wb, List<StandardVersion> versions, Styles styles) {
        Sheet sheet = wb.createSheet(WorkbookLayout.INSTRUCTIONS);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = new ArrayList<>();
        lines.add("重大事故隐患自查调查表 — Major accident hazard self-check questionnaire");
        lines.add("本表覆盖的判定标准 / Standards covered:");
        versions.forEach(v -> lines.add("  《" + v.title() + "》（" + v.documentNumber() + "），" + v.effectiveFrom()
                + " 起施行" + (v.effectiveUntil() == null ? "" : "，至 " + v.effectiveUntil())));
        lines.add("");
        lines.add("填写方法 / How to fill in:");
        lines.add("1. 在“企业”表每行填写一家企业：企业编号、评估日期必填。One enterprise per row; id and date are required.");
        lines.add("2. 在各单元类型表中每行填写一个单元，并填写其所属企业编号。One unit per row, with its enterprise id.");
        lines.add("3. 是/否 与选项列请使用下拉选择；数值列只填数字，单位见表头。Use the drop-downs; numbers only in number columns.");
        lines.add("4. 不清楚的事实请留空：留空的事实判定为“无法判定”，绝不会当作“否”。Leave unknown facts empty: they give 无法判定, never 否.");
        lines.add("5. 多选项用逗号分隔。Separate several choices with commas.");
        lines.add("6. 前三行是表头（中文、英文、字段名），请勿修改。Do not edit the three header rows.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
        }
    }

    private static String namedList(XSSFWorkbook wb, Sheet lists, int[] nextColumn, List<AllowedValue> values) {
        int col = nextColumn[0]++;
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(col).setCellValue(values.get(i).zh());
        }
        Name name = wb.createName();
        name.setNameName("list" + col);
        String letter = WorkbookLayout.columnLetter(col);
        name.setRefersToFormula("'" + WorkbookLayout.LISTS + "'!$" + letter + "$1:$" + letter + "$" + values.size());
        return name.getNameName();
    }

    private static void dropDown(Sheet sheet, int col, List<String> values, String namedRange) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = namedRange != null ? helper.createFormulaListConstraint(namedRange)
                : helper.createExplicitListConstraint(values.toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(
                WorkbookLayout.FIRST_DATA_ROW, WorkbookLayout.FIRST_DATA_ROW + DATA_ROWS, col, col));
        validation.setShowErrorBox(true);
        validation.createErrorBox("无效的选项 / invalid choice", "请从下拉列表中选择 / choose from the list");
        sheet.addValidationData(validation);
    }

    private static void header(Row zh, Row en, Row key, int col, String zhText, String enText, String keyText,
                               Styles styles) {
        Cell a = zh.createCell(col);
        a.setCellValue(zhText);
        a.setCellStyle(styles.header);
        Cell b = en.createCell(col);
        b.setCellValue(enText);
        b.setCellStyle(styles.subHeader);
        Cell c = key.createCell(col);
        c.setCellValue(keyText);
        c.setCellStyle(styles.key);
    }

    /** The few cell styles the template uses. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle subHeader;
        final CellStyle key;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            subHeader = wb.createCellStyle();
            subHeader.setWrapText(true);
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setFontHeightInPoints((short) 8);
            key = wb.createCellStyle();
            key.setFont(grey);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }
    }
}
