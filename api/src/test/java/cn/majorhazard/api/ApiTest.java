package cn.majorhazard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.majorhazard.api.assessment.AssessmentRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The service end to end, as a user drives it over HTTP: one Spring context for the whole API (kept to one so
 * CI stays fast), an in-memory H2 database migrated by Flyway.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiTest {

    static final Path SAMPLES = Path.of("..", "samples");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AssessmentRepository repository;

    static final String TANK = """
            {"assessmentDate": "2026-05-20", "standards": ["chem"],
             "enterprise": {"name": "示例化工", "facts": {"isHazchemProducerOrTrader": true}},
             "units": [{"id": "V-101", "type": "STORAGE_TANK", "name": "1#丙烯球罐",
                        "facts": {"fullyPressurizedLiquefiedHydrocarbonTank": true, %s}}]}
            """;

    @Test
    void aTankWithoutWaterInjectionIsAHazardCitedWithDocumentNumberLabelAndVerbatimClause() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjectionProvidedPerStandard\": false")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentHash").value(containsString("sha256:")))
                .andExpect(jsonPath("$.standards[0].versionId").value("chem-2017"))
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].verdict").value(hasItem("HAZARD")))
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].citation.documentNumber")
                        .value(hasItem("安监总管三〔2017〕121号")))
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].citation.label")
                        .value(hasItem("第（六）项")))
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].citation.clause")
                        .value(hasItem("全压力式液化烃储罐未按国家标准设置注水措施。")));
    }

    @Test
    void aFactLeftOutGivesUndeterminedNamingItNeverNotHazard() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjectionProvidedPerStandard\": null")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].verdict")
                        .value(hasItem("UNDETERMINED")))
                .andExpect(jsonPath("$.determinations[?(@.itemId=='CHEM-2017-06')].missingFacts[0].key")
                        .value(hasItem("waterInjectionProvidedPerStandard")));
    }

    @Test
    void anUnknownFactKeyIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjection\": false")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[0].field").value("units[0].facts.waterInjection"));
    }

    @Test
    void aStringWhereABooleanBelongsIsA400NamingTheFieldAndTheExpectedType() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjectionProvidedPerStandard\": \"否\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("units[0].facts.waterInjectionProvidedPerStandard"))
                .andExpect(jsonPath("$.violations[0].expected").value("true or false"));
    }

    @Test
    void brokenJsonIsA400SayingWhere() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"units\": [ {\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value(containsString("line")));
    }

    @Test
    void aBadDateAndAnUnknownTopLevelFieldAre400sNamingTheField() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-13-40\", \"enterprise\": {\"facts\": {}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("assessmentDate"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"enterprize\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("enterprize"));
    }

    @Test
    void anUnknownStandardOrUnitTypeIsA400() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"standards\": [\"fireworks\"],"
                                + " \"enterprise\": {\"facts\": {}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("standards[0]"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"standards\": [\"chem\"],"
                                + " \"enterprise\": {\"facts\": {}}, \"units\": [{\"id\": \"X\", \"type\": \"ROCKET\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("units[0].type"));
    }

    @Test
    void aNullUnitOrStandardIsA400NamingItsPosition() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"standards\": [\"chem\"],"
                                + " \"enterprise\": {\"facts\": {}}, \"units\": [null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("units[0]"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessmentDate\": \"2026-05-20\", \"standards\": [null],"
                                + " \"enterprise\": {\"facts\": {}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("standards[0]"));
        mvc.perform(post("/api/evaluations/diff").param("from", "coal-2020").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("to"));
    }

    @Test
    void askingForTheSupersededChemicalListAfterSeptember2026LabelsIt() throws Exception {
        String body = "{\"assessmentDate\": \"2026-10-15\", \"standards\": [\"chem-2017\"],"
                + " \"enterprise\": {\"facts\": {\"isHazchemProducerOrTrader\": true}}}";
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standards[0].versionId").value("chem-2017"))
                .andExpect(jsonPath("$.standards[0].inForce").value(false))
                .andExpect(jsonPath("$.standards[0].noteZh").value(containsString("已被替代")));
    }

    @Test
    void anAssessmentIsStoredWithItsInputVerdictsAndHashAndReplaysToTheSameVerdicts() throws Exception {
        long before = repository.count();
        MvcResult created = mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjectionProvidedPerStandard\": false")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/assessments/")))
                .andReturn();
        String id = json.readTree(created.getResponse().getContentAsString()).path("id").asText();
        mvc.perform(get("/api/assessments/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submission.units[0].id").value("V-101"))
                .andExpect(jsonPath("$.evaluation.determinations[?(@.itemId=='CHEM-2017-06')].verdict")
                        .value(hasItem("HAZARD")))
                .andExpect(jsonPath("$.contentHash").value(containsString("sha256:")));
        mvc.perform(post("/api/assessments/" + id + "/replay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sameRuleset").value(true))
                .andExpect(jsonPath("$.sameVerdicts").value(true));
        assertThat(repository.count()).isEqualTo(before + 1);
        mvc.perform(get("/api/assessments/no-such-id")).andExpect(status().isNotFound());
    }

    @Test
    void aRejectedSubmissionStoresNothing() throws Exception {
        long before = repository.count();
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                        .content(TANK.formatted("\"waterInjection\": false")))
                .andExpect(status().isBadRequest());
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void theCatalogServesStandardsItemsWithVerbatimClausesAndTheQuestionnaire() throws Exception {
        mvc.perform(get("/api/standards"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.standardId=='chem')].versions[*].versionId").value(hasItem("chem-2017")));
        mvc.perform(get("/api/standards/chem"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].items[?(@.id=='CHEM-2017-10')].text")
                        .value(hasItem("在役化工装置未经正规设计且未进行安全设计诊断。")));
        mvc.perform(get("/api/items/CHEM-2017-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factDefinitions[0].key").value("inService"))
                .andExpect(jsonPath("$.rules").value(hasItem(containsString("CHEM-2017-10 hazard"))))
                .andExpect(jsonPath("$.examples[0].kind").value("hazard"));
        mvc.perform(get("/api/items/NOPE-1")).andExpect(status().isNotFound());
        mvc.perform(get("/api/items/CHEM-2017-17"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.notes").isNotEmpty());
        mvc.perform(get("/api/questionnaire").param("standard", "chem-2017").param("unitType", "STORAGE_TANK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].questions[0].key").value("fullyPressurizedLiquefiedHydrocarbonTank"));
        mvc.perform(get("/api/questionnaire").param("unitType", "ROCKET")).andExpect(status().isBadRequest());
    }

    /** The coal sample re-dated: the assessment date alone must choose the version. */
    String coalSampleOn(String date) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode sample = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Files.readString(SAMPLES.resolve("coal2026/high-gas-mine-2026.json")));
        sample.put("assessmentDate", date);
        sample.putArray("standards").add("coal");
        return json.writeValueAsString(sample);
    }

    @Test
    void theSameCoalMineOnJune30AndJuly1In2026IsJudgedUnderOrder4AndOrder21() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(coalSampleOn("2026-06-30")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standards[0].versionId").value("coal-2020"))
                .andExpect(jsonPath("$.determinations[0].citation.documentNumber").value("中华人民共和国应急管理部令第4号"));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(coalSampleOn("2026-07-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standards[0].versionId").value("coal-2026"))
                .andExpect(jsonPath("$.determinations[0].citation.documentNumber").value("中华人民共和国应急管理部令第21号"));
    }

    @Test
    void aCoalMineBefore2021HasNoStandardHereAndSaysSoWith422() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(coalSampleOn("2020-12-31")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.violations[0].field").value("assessmentDate"));
    }

    @Test
    void theDiffJudgesOneMineUnderBothCoalVersionsAndListsAddedRemovedAndChangedItems() throws Exception {
        mvc.perform(post("/api/evaluations/diff").param("from", "coal-2020").param("to", "coal-2026")
                        .contentType(MediaType.APPLICATION_JSON).content(coalSampleOn("2026-11-23")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.standards[0].versionId").value("coal-2020"))
                .andExpect(jsonPath("$.to.standards[0].versionId").value("coal-2026"))
                .andExpect(jsonPath("$.counts.ADDED").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.counts.REMOVED").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.lines[?(@.toItemId=='COAL-2026-04-01')].fromItemId").value(hasItem("COAL-2020-04-01")));
        mvc.perform(post("/api/evaluations/diff").param("from", "coal-2020").param("to", "chem-2017")
                        .contentType(MediaType.APPLICATION_JSON).content(coalSampleOn("2026-11-23")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("to"));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/evaluations']").exists())
                .andExpect(jsonPath("$.paths['/api/assessments/{id}']").exists());
    }

    /** Every sample in samples/, posted as a user would, answers with the verdicts listed beside it. */
    @TestFactory
    Stream<DynamicTest> everySamplePostedOverHttpGivesTheVerdictsListedBesideIt() throws Exception {
        if (!Files.isDirectory(SAMPLES)) {
            return Stream.empty();
        }
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return samples.stream().map(p -> DynamicTest.dynamicTest(SAMPLES.relativize(p).toString(), () -> {
            MvcResult result = mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                    .content(Files.readString(p))).andExpect(status().isOk()).andReturn();
            JsonNode answer = json.readTree(result.getResponse().getContentAsString());
            JsonNode expected = new YAMLMapper().readTree(
                    p.resolveSibling(p.getFileName().toString().replace(".json", ".expected.yaml")).toFile());
            for (JsonNode line : expected.path("expect")) {
                String verdict = null;
                for (JsonNode d : answer.path("determinations")) {
                    if (d.path("itemId").asText().equals(line.path("item").asText())
                            && d.path("unitId").asText().equals(line.path("unit").asText())) {
                        verdict = d.path("verdict").asText();
                        assertThat(d.path("citation").path("documentNumber").asText()).isNotBlank();
                        assertThat(d.path("citation").path("label").asText()).isNotBlank();
                        if (d.path("citation").path("clause").asText().isBlank()) {
                            // only a clause whose wording is not in the catalog may lack it, and it says so
                            assertThat(d.path("verdict").asText()).isEqualTo("UNDETERMINED");
                            assertThat(d.path("reasonZh").asText()).contains("原文");
                        }
                    }
                }
                assertThat(verdict).as("%s on %s in %s", line.path("item").asText(), line.path("unit").asText(), p)
                        .isEqualTo(line.path("verdict").asText());
            }
        }));
    }
}
