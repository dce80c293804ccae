package cn.majorhazard.api.excel;

import cn.majorhazard.api.assessment.StoredAssessment;
import cn.majorhazard.engine.evaluation.Determination;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.FactValue;
import cn.majorhazard.engine.evaluation.MissingFact;
import cn.majorhazard.engine.evaluation.StandardApplication;
import cn.majorhazard.engine.evaluation.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 隐患判定报告 — the findings of a stored assessment as a printable workbook: a summary, the hazards with 文号,
 * 条/项, verbatim clause and basis facts, the items still undetermined with the facts to collect, and every verdict.
 * Written with SXSSF so a report of many units streams instead of filling memory.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    static void write(StoredAssessment assessment, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle header = header(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Evaluation e = assessment.evaluation();
            summary(wb, assessment, header, wrap);

            List<Determination> hazards = e.determinations().stream().filter(d -> d.verdict() == Verdict.HAZARD).toList();
            Sheet h = table(wb, "隐患清单 Hazards", header, List.of("序号", "条款编号 Item", "单元 Unit", "标准 Standard",
                    "文号", "条/项", "条款原文 Clause", "判定依据 Basis", "待核实 Flags"), new int[]{6, 16, 18, 30, 24, 16, 50, 45, 16});
            int r = 1;
            for (Determination d : hazards) {
                row(h, r, wrap, String.valueOf(r), d.itemId(), unit(d), d.citation().title(),
                        d.citation().documentNumber(), d.citation().label(), d.citation().clause(), basis(d.basis()),
                        flags(d));
                r++;
            }

            List<Determination> open = e.determinations().stream().filter(d -> d.verdict() == Verdict.UNDETERMINED).toList();
            Sheet u = table(wb, "无法判定 Undetermined", header, List.of("序号", "条款编号 Item", "单元 Unit", "条/项",
                    "条款原文 Clause", "需补充的事实 Facts to collect", "说明 Reason"), new int[]{6, 16, 18, 16, 50, 55, 30});
            r = 1;
            for (Determination d : open) {
                row(u, r, wrap, String.valueOf(r), d.itemId(), unit(d), d.citation().label(), d.citation().clause(),
                        missing(d.missingFacts()) + (d.missingUnitTypes().isEmpty() ? ""
                                : "单元类型 unit types: " + d.missingUnitTypes()), d.reasonZh());
                r++;
            }

            Sheet all = table(wb, "全部判定 All", header, List.of("条款编号 Item", "单元 Unit", "结论 Verdict",
                    "文号", "条/项", "依据或缺少的事实 Basis / missing"), new int[]{16, 18, 18, 24, 16, 60});
            r = 1;
            for (Determination d : e.determinations()) {
                row(all, r++, wrap, d.itemId(), unit(d), d.verdictZh(), d.citation().documentNumber(),
                        d.citation().label(), d.verdict() == Verdict.UNDETERMINED ? missing(d.missingFacts())
                                : basis(d.basis()) + (d.reasonZh() == null ? "" : d.reasonZh()));
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void summary(SXSSFWorkbook wb, StoredAssessment a, CellStyle header, CellStyle wrap) {
        Sheet s = wb.createSheet("汇总 Summary");
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 80 * 256);
        Evaluation e = a.evaluation();
        String enterprise = a.submission().enterprise() == null ? "" : String.valueOf(a.submission().enterprise().name());
        int r = 0;
        r = pair(s, r, header, wrap, "重大事故隐患判定报告", "Major accident hazard findings");
        r = pair(s, r, null, wrap, "企业 Enterprise", enterprise);
        r = pair(s, r, null, wrap, "评估日期 Assessment date", String.valueOf(e.assessmentDate()));
        r = pair(s, r, null, wrap, "记录编号 Assessment id", a.id());
        for (StandardApplication sa : e.standards()) {
            r = pair(s, r, null, wrap, "判定标准 Standard", "《" + sa.title() + "》（" + sa.documentNumber() + "）"
                    + (sa.inForce() ? "" : " — " + sa.noteZh()));
        }
        for (Verdict v : Verdict.values()) {
            r = pair(s, r, null, wrap, v.zh() + " " + v.name(), String.valueOf(e.summary().get(v)));
        }
        r = pair(s, r, null, wrap, "规则版本 Ruleset", e.rulesetVersion());
        pair(s, r, null, wrap, "规则内容摘要 Content hash", e.contentHash());
        landscape(s);
    }

    private static int pair(Sheet s, int r, CellStyle style, CellStyle wrap, String a, String b) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(a);
        row.createCell(1).setCellValue(b);
        row.getCell(0).setCellStyle(style == null ? wrap : style);
        row.getCell(1).setCellStyle(style == null ? wrap : style);
        return r + 1;
    }

    private static Sheet table(SXSSFWorkbook wb, String name, CellStyle header, List<String> titles, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        Row row = s.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
            row.getCell(i).setCellStyle(header);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        s.setRepeatingRows(new CellRangeAddress(0, 0, 0, titles.size() - 1));
        landscape(s);
        return s;
    }

    private static void landscape(Sheet s) {
        PrintSetup print = s.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    private static void row(Sheet s, int r, CellStyle wrap, String... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
            row.getCell(i).setCellStyle(wrap);
        }
    }

    private static CellStyle header(SXSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static String unit(Determination d) {
        return d.unitName() == null ? d.unitId() : d.unitName() + "（" + d.unitId() + "）";
    }

    private static String basis(List<FactValue> basis) {
        return basis.stream().map(f -> (f.zh() == null ? f.key() : f.zh()) + "：" + (f.valueZh() == null
                ? f.value() : f.valueZh())).collect(Collectors.joining("\n"));
    }

    private static String missing(List<MissingFact> missing) {
        return missing.stream().map(m -> "· " + (m.question() == null ? m.zh() : m.question())
                + (m.unitId().equals("enterprise") ? "" : "（" + m.unitId() + "）")).collect(Collectors.joining("\n"));
    }

    private static String flags(Determination d) {
        StringBuilder b = new StringBuilder();
        if (d.unconfirmed()) {
            b.append("[UNCONFIRMED] 条文待核实 ");
        }
        if (d.reviewRequired()) {
            b.append("需人工复核 ");
        }
        if (d.interpretation() != null) {
            b.append("解读：").append(d.interpretation()).append(' ');
        }
        if (d.notes() != null) {
            b.append("说明：").append(d.notes());
        }
        return b.toString().trim();
    }
}
