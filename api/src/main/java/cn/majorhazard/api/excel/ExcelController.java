package cn.majorhazard.api.excel;

import cn.majorhazard.api.assessment.AssessmentRepository;
import cn.majorhazard.api.assessment.StoredAssessment;
import cn.majorhazard.api.catalog.VersionResolver;
import cn.majorhazard.api.system.NotFoundException;
import cn.majorhazard.engine.catalog.Catalog;
import cn.majorhazard.engine.catalog.StandardVersion;
import cn.majorhazard.engine.evaluation.Evaluation;
import cn.majorhazard.engine.evaluation.Evaluator;
import cn.majorhazard.engine.evaluation.NoVersionInForceException;
import cn.majorhazard.engine.evaluation.Verdict;
import cn.majorhazard.engine.questionnaire.Questionnaire;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Submission;
import cn.majorhazard.engine.submission.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel in and out: questionnaire templates, batch self-check import, printable findings reports. */
@RestController
@Tag(name = "excel", description = "调查表模板、批量导入、判定报告 / templates, import, reports")
class ExcelController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Catalog catalog;
    private final Evaluator evaluator;
    private final AssessmentRepository repository;
    private final long maxBytes;
    private final VersionResolver resolver;

    ExcelController(Catalog catalog, Evaluator evaluator, AssessmentRepository repository, VersionResolver resolver,
                    @Value("${hazard.import.max-bytes:10485760}") long maxBytes) {
        this.catalog = catalog;
        this.resolver = resolver;
        this.evaluator = evaluator;
        this.repository = repository;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/api/templates")
    @Operation(summary = "下载调查表模板 / the questionnaire as an .xlsx template",
            description = "One sheet per unit type, one column per fact, drop-downs for yes/no and choices.")
    ResponseEntity<byte[]> template(@Parameter(example = "chem") @RequestParam(required = false) String standard,
                                    @RequestParam(required = false) String unitType,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate date) throws IOException {
        resolver.requireUnitType(unitType);
        List<StandardVersion> versions = resolver.resolve(standard, date == null ? LocalDate.now() : date);
        List<Questionnaire.Section> sections = Questionnaire.build(catalog, versions, null).stream()
                .filter(s -> unitType == null || s.unitType().equals(unitType) || s.unitType().equals("ENTERPRISE"))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(versions, sections, out);
        return attachment(out.toByteArray(), "questionnaire-" + (standard == null ? "all" : standard) + ".xlsx");
    }

    /** One created assessment of an import. */
    record Created(String id, String enterpriseId, String enterpriseName, String sheet, int row,
                   Map<Verdict, Long> summary, List<String> hazardItems) {
    }

    @PostMapping(value = "/api/assessments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入填好的调查表 / import a filled template: every enterprise becomes a stored assessment",
            description = "All or nothing: any fault (named by sheet, row and column) rejects the whole workbook.")
    ResponseEntity<List<Created>> importWorkbook(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw InvalidSubmissionException.of("file", "文件为空 / the file is empty", "a filled .xlsx template");
        }
        if (file.getSize() > maxBytes) {
            throw InvalidSubmissionException.of("file", "文件过大 / the file is " + file.getSize() + " bytes",
                    "at most " + maxBytes + " bytes; split the workbook");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        List<WorkbookImporter.Imported> imported = new WorkbookImporter(catalog.dictionary()).read(bytes);
        List<Evaluation> evaluations = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (WorkbookImporter.Imported i : imported) {
            try {
                evaluations.add(evaluator.evaluate(i.submission()));
            } catch (InvalidSubmissionException e) {
                e.violations().forEach(v -> violations.add(locate(i, v)));
            } catch (NoVersionInForceException e) {
                violations.add(new Violation("sheet " + i.sheet() + ", row " + i.row() + " (assessmentDate)",
                        e.getMessage(), "a date on which the standard is in force"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidSubmissionException(violations);
        }
        List<Submission> submissions = imported.stream().map(WorkbookImporter.Imported::submission).toList();
        List<StoredAssessment> stored = repository.saveAll(submissions, evaluations);
        List<Created> created = new ArrayList<>();
        for (int k = 0; k < stored.size(); k++) {
            WorkbookImporter.Imported i = imported.get(k);
            created.add(new Created(stored.get(k).id(), i.enterpriseId(), i.submission().enterprise().name(),
                    i.sheet(), i.row(), evaluations.get(k).summary(), evaluations.get(k).hazardItems()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    /** The evaluator names faults by JSON path; a workbook user needs the sheet and row. */
    private static Violation locate(WorkbookImporter.Imported i, Violation v) {
        String field = v.field();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^units\\[(\\d+)\\](.*)$").matcher(field);
        if (m.matches()) {
            field = i.unitRows().get(Integer.parseInt(m.group(1))) + " " + m.group(2).replaceFirst("^\\.", "");
        } else {
            field = "sheet " + i.sheet() + ", row " + i.row() + " " + field;
        }
        return new Violation(field.trim(), v.message(), v.expected());
    }

    @GetMapping("/api/assessments/{id}/report.xlsx")
    @Operation(summary = "判定报告 / the findings report of a stored assessment (.xlsx, ready to print)")
    ResponseEntity<byte[]> report(@PathVariable String id) throws IOException {
        StoredAssessment assessment = repository.find(id)
                .orElseThrow(() -> new NotFoundException("没有该评估记录 / no assessment " + id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(assessment, out);
        return attachment(out.toByteArray(), "report-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> attachment(byte[] bytes, String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(XLSX);
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
    }
}
