package cn.majorhazard.api.system;

import cn.majorhazard.engine.evaluation.NoVersionInForceException;
import cn.majorhazard.engine.submission.InvalidSubmissionException;
import cn.majorhazard.engine.submission.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Client mistakes as RFC 9457 problem+json that name the field at fault and what was expected: a
 * {@code violations} list of {@code {field, message, expected}}. Never a 500 for a client's mistake.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalid(InvalidSubmissionException e) {
        return problem(HttpStatus.BAD_REQUEST, "提交内容有误 / invalid submission", e.violations());
    }

    @ExceptionHandler(NoVersionInForceException.class)
    ProblemDetail noVersion(NoVersionInForceException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        p.setTitle("评估日期没有施行中的标准版本 / no version in force on the assessment date");
        p.setProperty("violations", List.of(new Violation("assessmentDate", e.getMessage(),
                "a date on which a version of " + e.standardId() + " is in force")));
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "参数类型错误 / wrong parameter type", List.of(new Violation(e.getName(),
                "cannot read " + e.getValue(), e.getRequiredType() == null ? "another value"
                        : e.getRequiredType().getSimpleName())));
    }

    /** Broken JSON, a wrong type, an unknown top-level field: the JSON path of the fault, from Jackson. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation v;
        com.fasterxml.jackson.core.JsonParseException parse = parseError(e);
        if (parse != null) {
            String path = e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) + " " : "";
            String where = parse.getLocation() == null ? "body" : "line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr();
            v = new Violation(path + "(" + where + ")", "JSON 格式错误 / malformed JSON: "
                    + parse.getOriginalMessage().split("\n")[0], "well-formed JSON");
        } else if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m);
            String expected = m instanceof UnrecognizedPropertyException u
                    ? "one of the known fields " + u.getKnownPropertyIds()
                    : "a value of the declared type";
            v = new Violation(field, m.getOriginalMessage().split("\n")[0], expected);
        } else if (e.getCause() instanceof JsonProcessingException j) {
            String where = j.getLocation() == null ? "body"
                    : "body (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
            v = new Violation(where, "JSON 格式错误 / malformed JSON: " + j.getOriginalMessage().split("\n")[0],
                    "well-formed JSON");
        } else {
            v = new Violation("body", "请求体无法读取 / the request body cannot be read", "a JSON submission");
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "请求体有误 / unreadable request",
                List.of(v)));
    }

    private static com.fasterxml.jackson.core.JsonParseException parseError(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException p) {
                return p;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "缺少参数 / missing parameter",
                List.of(new Violation(e.getParameterName(), "缺少参数 / the parameter is missing",
                        "a value of type " + e.getParameterType()))));
    }

    /** A request beyond the multipart limit: the file is at fault, not the server. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "文件过大 / file too large",
                List.of(new Violation("file", "文件超过上传上限 / the upload exceeds the limit",
                        "at most " + e.getMaxUploadSize() + " bytes; split the workbook"))));
    }

    static String path(JsonMappingException m) {
        return m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    static ProblemDetail problem(HttpStatus status, String title, List<Violation> violations) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(title);
        if (!violations.isEmpty()) {
            p.setDetail(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
            p.setProperty("violations", violations);
        }
        return p;
    }
}
