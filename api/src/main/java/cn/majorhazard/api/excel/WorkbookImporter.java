package cn.majorhazard.api.excel;

import cn.majorhazard.engine.catalog.AllowedValue;
import cn.majorhazard.engine.catalog.FactDefinition;
import cn.majorhazard.engine.catalog.FactDictionary;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.SubmissionValidator;
import cn.majorhazard.engine.submission.Unit;
import cn.majorhazard.engine.submission.UnitSubmission;
import cn.majorhazard.engine.submission.Violation;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * 批量导入 — reads a filled questionnaire workbook as a stream of rows (SAX), so a 10,000-unit workbook never sits in
 * memory as a cell tree. Every fault is collected with its sheet, row and column and what was expected; if there is
 * any, nothing is returned (and so nothing stored).
 */
final class WorkbookImporter {

    /** One enterprise read from the workbook, and the rows its units came from (to locate later faults). */
    record Imported(String enterpriseId, String sheet, int row, Submission submission, List<String> unitRows) {
    }

    private final FactDictionary dictionary;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, EnterpriseRow> enterprises = new LinkedHashMap<>();
    private final Map<String, List<UnitRow>> unitsByEnterprise = new LinkedHashMap<>();

    private record EnterpriseRow(String sheet, int row, String id, String name, LocalDate date, boolean allListed,
                                 List<String> standards, Map<String, Object> facts) {
    }

    private record UnitRow(String where, String enterpriseId, UnitSubmission unit) {
    }

    WorkbookImporter(FactDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Imported> read(byte[] bytes) {
        checkFormat(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean sawEnterprises = false;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.equals(WorkbookLayout.INSTRUCTIONS) || name.equals(WorkbookLayout.LISTS)) {
                        continue;
                    }
                    String unitType = name.equals(WorkbookLayout.ENTERPRISES) ? Unit.ENTERPRISE_TYPE
                            : WorkbookLayout.unitTypeOf(name);
                    if (dictionary.unitType(unitType).isEmpty()) {
                        violations.add(new Violation("sheet " + name, "未知的工作表 / unknown sheet",
                                "the sheets of the template: " + WorkbookLayout.ENTERPRISES + " and one per unit type"));
                        continue;
                    }
                    sawEnterprises |= Unit.ENTERPRISE_TYPE.equals(unitType);
                    parse(sheet, styles, strings, new SheetReader(name, unitType));
                }
            }
            if (!sawEnterprises) {
                violations.add(new Violation("sheet " + WorkbookLayout.ENTERPRISES, "缺少企业表 / no enterprise sheet",
                        "the template's sheet " + WorkbookLayout.ENTERPRISES));
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw InvalidSubmissionException.of("file", message.contains("Zip bomb")
                    ? "疑似压缩炸弹 / the file expands too much (zip bomb)"
                    : "文件已损坏 / the workbook cannot be read: " + message, "an .xlsx saved by Excel or WPS");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof InvalidSubmissionException i) {
                throw i;
            }
            throw InvalidSubmissionException.of("file",
                    "文件已损坏 / the workbook cannot be read: " + e.getMessage(), "an .xlsx saved by Excel or WPS");
        }
        return assemble();
    }

    private List<Imported> assemble() {
        for (Map.Entry<String, List<UnitRow>> e : unitsByEnterprise.entrySet()) {
            if (!enterprises.containsKey(e.getKey())) {
                UnitRow first = e.getValue().get(0);
                violations.add(new Violation(first.where() + " (" + WorkbookLayout.ENTERPRISE_ID + ")",
                        "企业编号在企业表中不存在 / no enterprise " + e.getKey(),
                        "an enterprise id listed in sheet " + WorkbookLayout.ENTERPRISES));
            }
        }
        if (enterprises.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("sheet " + WorkbookLayout.ENTERPRISES, "没有企业 / no enterprise row",
                    "at least one enterprise from row " + (WorkbookLayout.FIRST_DATA_ROW + 1)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        List<Imported> result = new ArrayList<>();
        for (EnterpriseRow e : enterprises.values()) {
            List<UnitRow> units = unitsByEnterprise.getOrDefault(e.id(), List.of());
            Submission submission = new Submission(e.date(), e.standards(),
                    new UnitSubmission(Unit.ENTERPRISE_ID, Unit.ENTERPRISE_TYPE, e.name(), e.facts()),
                    units.stream().map(UnitRow::unit).toList(), e.allListed());
            result.add(new Imported(e.id(), e.sheet(), e.row(), submission,
                    units.stream().map(UnitRow::where).toList()));
        }
        return result;
    }

    /** Turns the rows of one sheet into enterprises or units, collecting every fault. */
    private final class SheetReader implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final String unitType;
        private final Map<Integer, String> keys = new TreeMap<>();
        private Map<Integer, String> cells = new TreeMap<>();

        SheetReader(String sheet, String unitType) {
            this.sheet = sheet;
            this.unitType = unitType;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (value != null && !value.isBlank()) {
                cells.put(new CellReference(ref).getCol() & 0xFFFF, value.trim());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == WorkbookLayout.KEY_ROW) {
                readKeys();
            } else if (rowNum >= WorkbookLayout.FIRST_DATA_ROW && !cells.isEmpty()) {
                if (keys.isEmpty()) {
                    violations.add(new Violation(where(rowNum, -1), "缺少字段名表头行 / the key header row is missing",
                            "the template's three header rows"));
                    return;
                }
                readRow(rowNum);
            }
        }

        private void readKeys() {
            List<String> fixed = (Unit.ENTERPRISE_TYPE.equals(unitType) ? WorkbookLayout.ENTERPRISE_COLUMNS
                    : WorkbookLayout.UNIT_COLUMNS).stream().map(WorkbookLayout.Column::key).toList();
            cells.forEach((col, key) -> {
                if (!fixed.contains(key) && dictionary.find(unitType, key).isEmpty()) {
                    violations.add(new Violation(where(WorkbookLayout.KEY_ROW, col), "未知的列 / unknown column " + key,
                            "a column of the template for " + unitType));
                } else {
                    keys.put(col, key);
                }
            });
        }

        private void readRow(int rowNum) {
            Map<String, Object> facts = new LinkedHashMap<>();
            Map<String, String> fixed = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                String key = keys.get(cell.getKey());
                if (key == null) {
                    violations.add(new Violation(where(rowNum, cell.getKey()), "该列没有字段名 / a value in a column"
                            + " without header", "values only under the template's columns"));
                    continue;
                }
                FactDefinition d = dictionary.find(unitType, key).orElse(null);
                if (d == null) {
                    fixed.put(key, cell.getValue());
                    continue;
                }
                try {
                    facts.put(key, SubmissionValidator.coerce(d, parse(d, cell.getValue())));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation(where(rowNum, cell.getKey()) + " (" + key + ")",
                            e.getMessage() + ": " + cell.getValue(), expected(d)));
                }
            }
            String enterpriseId = fixed.get(WorkbookLayout.ENTERPRISE_ID);
            if (enterpriseId == null) {
                violations.add(new Violation(where(rowNum, 0) + " (" + WorkbookLayout.ENTERPRISE_ID + ")",
                        "缺少企业编号 / the enterprise id is empty", "the id of the enterprise (required)"));
                return;
            }
            if (Unit.ENTERPRISE_TYPE.equals(unitType)) {
                readEnterprise(rowNum, enterpriseId, fixed, facts);
            } else {
                String unitId = fixed.get(WorkbookLayout.UNIT_ID);
                if (unitId == null) {
                    violations.add(new Violation(where(rowNum, 1) + " (" + WorkbookLayout.UNIT_ID + ")",
                            "缺少单元编号 / the unit id is empty", "an id unique within the enterprise (required)"));
                    return;
                }
                unitsByEnterprise.computeIfAbsent(enterpriseId, k -> new ArrayList<>()).add(new UnitRow(
                        where(rowNum, -1), enterpriseId,
                        new UnitSubmission(unitId, unitType, fixed.get(WorkbookLayout.UNIT_NAME), toJsonLike(facts))));
            }
        }

        private void readEnterprise(int rowNum, String id, Map<String, String> fixed, Map<String, Object> facts) {
            if (enterprises.containsKey(id)) {
                violations.add(new Violation(where(rowNum, 0), "企业编号重复 / duplicate enterprise id " + id,
                        "one row per enterprise"));
                return;
            }
            LocalDate date = null;
            String dateText = fixed.get(WorkbookLayout.ASSESSMENT_DATE);
            try {
                date = dateText == null ? null : LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                violations.add(new Violation(where(rowNum, 2) + " (" + WorkbookLayout.ASSESSMENT_DATE + ")",
                        "不是日期 / not a date: " + dateText, "a date yyyy-MM-dd"));
            }
            if (dateText == null) {
                violations.add(new Violation(where(rowNum, 2) + " (" + WorkbookLayout.ASSESSMENT_DATE + ")",
                        "缺少评估日期 / the assessment date is empty", "a date yyyy-MM-dd (required)"));
            }
            String listed = fixed.get(WorkbookLayout.ALL_UNITS_LISTED);
            Boolean allListed = listed == null ? Boolean.FALSE : yesNo(listed);
            if (allListed == null) {
                violations.add(new Violation(where(rowNum, 3) + " (" + WorkbookLayout.ALL_UNITS_LISTED + ")",
                        "不是可选值 / not an allowed value: " + listed, "是 or 否"));
            }
            String standards = fixed.get(WorkbookLayout.STANDARDS);
            List<String> list = standards == null ? List.of()
                    : Arrays.stream(standards.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
            enterprises.put(id, new EnterpriseRow(sheet, rowNum + 1, id, fixed.get(WorkbookLayout.ENTERPRISE_NAME),
                    date, Boolean.TRUE.equals(allListed), list, toJsonLike(facts)));
        }

        private String where(int rowNum, int col) {
            return "sheet " + sheet + ", row " + (rowNum + 1) + (col < 0 ? "" : ", column "
                    + WorkbookLayout.columnLetter(col));
        }
    }

    /** The coerced values back in the JSON-like form the evaluator validates (sets as lists). */
    private static Map<String, Object> toJsonLike(Map<String, Object> facts) {
        Map<String, Object> out = new LinkedHashMap<>();
        facts.forEach((k, v) -> out.put(k, v instanceof java.util.Set<?> s ? new ArrayList<>(s)
                : v instanceof LocalDate d ? d.toString() : v));
        return out;
    }

    /** A cell's text as the value the fact's type expects: 是/否, a number, a choice by label or code. */
    private static Object parse(FactDefinition d, String text) {
        return switch (d.type()) {
            case BOOLEAN -> {
                Boolean b = yesNo(text);
                if (b == null) {
                    throw new IllegalArgumentException("不是可选值 / not an allowed value");
                }
                yield b;
            }
            case NUMBER, INTEGER -> {
                try {
                    yield new BigDecimal(text.replace(",", "")).doubleValue();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("应为数值 / expected a number");
                }
            }
            case ENUM -> choice(d, text);
            case SET -> Arrays.stream(text.split("[,，、;；]+")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> choice(d, s)).toList();
            case UNITS -> Arrays.stream(text.split("[,，、;；\\s]+")).filter(s -> !s.isEmpty()).toList();
            default -> text;
        };
    }

    private static String choice(FactDefinition d, String text) {
        return d.allowedValues().stream().filter(v -> v.code().equals(text) || v.zh().equals(text))
                .map(AllowedValue::code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("不是下拉选项 / not one of the drop-down choices"));
    }

    private static Boolean yesNo(String text) {
        return switch (text.trim().toLowerCase()) {
            case "是", "true", "yes", "y" -> Boolean.TRUE;
            case "否", "false", "no", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String expected(FactDefinition d) {
        return switch (d.type()) {
            case BOOLEAN -> "是 or 否";
            case ENUM -> "one of " + d.allowedValues().stream().map(AllowedValue::zh).toList();
            case SET -> "comma-separated choices of " + d.allowedValues().stream().map(AllowedValue::zh).toList();
            default -> SubmissionValidator.expected(d);
        };
    }

    private static void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                              XSSFSheetXMLHandler.SheetContentsHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new RawFormatter(), false));
        parser.parse(new InputSource(sheet));
    }

    /** Numbers as plain decimals and dates as ISO dates, whatever display format the user gave the cell. */
    static final class RawFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Password-protected workbooks are OLE2 containers holding an EncryptionInfo stream; old .xls are OLE2 too. */
    private static void checkFormat(byte[] bytes) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw InvalidSubmissionException.of("file", "文件无法读取 / the file cannot be read",
                    "an .xlsx workbook");
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException e) {
                encrypted = false;
            }
            throw InvalidSubmissionException.of("file",
                    encrypted ? "文件设有密码保护 / the workbook is password-protected"
                            : "不支持旧版 .xls 格式 / the old .xls format is not supported",
                    encrypted ? "an .xlsx without a password (remove it: File > Info > Protect Workbook)"
                            : "an .xlsx (save as Excel Workbook)");
        }
        if (magic != FileMagic.OOXML) {
            throw InvalidSubmissionException.of("file", "不是 Excel 工作簿 / not an Excel workbook (" + magic + ")",
                    "an .xlsx workbook");
        }
    }

    static {
        // Zip-bomb guards: refuse entries that inflate more than 100x or beyond 100 MB.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }
}
