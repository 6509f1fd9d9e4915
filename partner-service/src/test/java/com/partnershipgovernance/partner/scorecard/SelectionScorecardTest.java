package com.partnershipgovernance.partner.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.partner.RecordsPartnerEvents;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.as;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.createTemplate;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.openSelection;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.quality;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.registerPartner;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.score;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.scoreBody;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.token;
import static com.partnershipgovernance.partner.scorecard.ScorecardFixtures.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A whole selection: three candidate CDMOs scored by evaluators of four functions (R&D, quality,
 * finance, supply chain), ranked with breakdowns and warnings, re-scored, then decided and announced.
 */
@QuarkusTest
class SelectionScorecardTest extends RecordsPartnerEvents {

    private static final String SELECTED = "com.partnershipgovernance.partner.selected.v1";

    private final String rnd = token("u-rnd", "Rita Research", "rnd");
    private final String quality = quality();
    private final String quality2 = token("u-quality2", "Quentin Quality", "quality");
    private final String finance = token("u-finance", "Fiona Finance", "finance");
    private final String supply = token("u-supply", "Sam Supply", "supply-chain");

    private String alpha;
    private String bravo;
    private String charlie;
    private String selection;

    @BeforeEach
    void scoreTheWorkedExample() {
        alpha = registerPartner("Alpha Aseptics AG");
        bravo = registerPartner("Bravo Biologics GmbH");
        charlie = registerPartner("Charlie Contract Manufacturing Ltd");
        selection = openSelection("Fill-finish CDMO for Phase II mAb", createTemplate("Fill-finish " + UUID.randomUUID()),
                alpha, bravo, charlie);
        // Alpha: cheap, middling on value; R&D and quality disagree on its expertise (5 against 2)
        score(rnd, selection, alpha, "EXPERTISE", "RND", 5).statusCode(201);
        score(quality, selection, alpha, "EXPERTISE", "QUALITY", 2).statusCode(201);
        score(quality, selection, alpha, "COMPLIANCE", "QUALITY", 3).statusCode(201);
        score(supply, selection, alpha, "CAPACITY", "SUPPLY_CHAIN", 3).statusCode(201);
        score(rnd, selection, alpha, "COMMUNICATION", "RND", 4).statusCode(201);
        score(finance, selection, alpha, "COST", "FINANCE", 4).statusCode(201);
        // Bravo: strong on value, expensive; two quality evaluators on compliance (5 and 3)
        score(rnd, selection, bravo, "EXPERTISE", "RND", 5).statusCode(201);
        score(quality, selection, bravo, "EXPERTISE", "QUALITY", 4).statusCode(201);
        score(quality, selection, bravo, "COMPLIANCE", "QUALITY", 5).statusCode(201);
        score(quality2, selection, bravo, "COMPLIANCE", "QUALITY", 3).statusCode(201);
        score(supply, selection, bravo, "CAPACITY", "SUPPLY_CHAIN", 4).statusCode(201);
        score(rnd, selection, bravo, "COMMUNICATION", "RND", 3).statusCode(201);
        score(finance, selection, bravo, "COST", "FINANCE", 1).statusCode(201);
        // Charlie: quality skipped expertise, supply chain did not score it at all
        score(rnd, selection, charlie, "EXPERTISE", "RND", 3).statusCode(201);
        score(quality, selection, charlie, "COMPLIANCE", "QUALITY", 4).statusCode(201);
        score(rnd, selection, charlie, "COMMUNICATION", "RND", 4).statusCode(201);
        score(finance, selection, charlie, "COST", "FINANCE", 3).statusCode(201);
        // finance received a better quote from Alpha: the re-score replaces 4 with 5, with a reason
        as(finance).header("X-Change-Reason", "Revised quote received")
                .body(scoreBody(alpha, "COST", "FINANCE", 5, "Revised quote: 12 % below budget"))
                .post("/selections/" + selection + "/scores").then().statusCode(200)
                .body("score", equalTo(5)).body("version", equalTo(1));
    }

    @Test
    void candidatesAreRankedByWeightedTotalWithPerCriterionAndPerFunctionBreakdown() {
        JsonPath ranking = as(viewer()).get("/selections/" + selection + "/ranking").then().statusCode(200)
                .body("candidates.partnerId", contains(alpha, bravo, charlie))
                .body("candidates.rank", contains(1, 2, 3))
                .body("candidates.legalName", contains("Alpha Aseptics AG", "Bravo Biologics GmbH",
                        "Charlie Contract Manufacturing Ltd"))
                .body("candidates.complete", contains(true, true, false))
                .body("scale.min", equalTo(1)).body("scale.max", equalTo(5))
                .extract().jsonPath();

        // Alpha: 12.5 (EXPERTISE 3.5) + 12.5 (COMPLIANCE 3) + 7.5 (CAPACITY 3) + 11.25 (COMMUNICATION 4) + 25 (COST 5)
        assertPoints(ranking, "candidates[0].total", "68.75");
        // Bravo: 17.5 + 18.75 (COMPLIANCE mean of 5 and 3) + 11.25 + 7.5 + 0
        assertPoints(ranking, "candidates[1].total", "55.00");
        // Charlie: 10 + 18.75 + 0 (nobody scored CAPACITY) + 11.25 + 12.5
        assertPoints(ranking, "candidates[2].total", "52.50");

        Map<String, Object> alphaExpertise = ranking.getMap("candidates[0].criteria.find { it.code == 'EXPERTISE' }");
        assertThat(alphaExpertise.get("scoreCount")).isEqualTo(2);
        assertThat((BigDecimal) alphaExpertise.get("mean")).isEqualByComparingTo("3.5");
        assertThat((BigDecimal) alphaExpertise.get("normalised")).isEqualByComparingTo("0.625");
        assertThat((BigDecimal) alphaExpertise.get("contribution")).isEqualByComparingTo("12.5");
        assertPoints(ranking, "candidates[0].criteria.find { it.code == 'EXPERTISE' }.byFunction.RND", "5");
        assertPoints(ranking, "candidates[0].criteria.find { it.code == 'EXPERTISE' }.byFunction.QUALITY", "2");
        assertPoints(ranking, "candidates[1].criteria.find { it.code == 'COMPLIANCE' }.byFunction.QUALITY", "4");
        assertThat(ranking.getList("candidates[2].criteria.find { it.code == 'CAPACITY' }.missingFunctions"))
                .containsExactly("SUPPLY_CHAIN");

        // per function, over the criteria it scored: R&D (20 + 11.25) / 35, quality (5 + 12.5) / 45
        assertPoints(ranking, "candidates[0].functions.find { it.function == 'RND' }.total", "89.29");
        assertPoints(ranking, "candidates[0].functions.find { it.function == 'QUALITY' }.total", "38.89");
        assertPoints(ranking, "candidates[0].functions.find { it.function == 'FINANCE' }.total", "100.00");
        assertPoints(ranking, "candidates[0].functions.find { it.function == 'SUPPLY_CHAIN' }.total", "50.00");
        assertPoints(ranking, "candidates[0].valueScore", "54.17");
        assertPoints(ranking, "candidates[1].valueScore", "79.17");
        assertPoints(ranking, "candidates[0].costScore", "100.00");
    }

    @Test
    void eachWarningIsRaised() {
        JsonPath ranking = as(token("u-sc", "Steve Committee", "steering-committee"))
                .get("/selections/" + selection + "/ranking").then().statusCode(200).extract().jsonPath();
        assertPoints(ranking, "thresholds.costDrivenMargin", "10");
        assertPoints(ranking, "thresholds.disagreementSpread", "0.5");

        // (a) regulatory never scored anyone; supply chain skipped Charlie; quality skipped Charlie's expertise
        List<Map<String, Object>> missing = ranking.getList("warnings.findAll { it.code == 'MISSING_FUNCTION' }");
        assertThat(missing).extracting(w -> w.get("candidatePartnerId"), w -> w.get("criterionCode"),
                        w -> w.get("functions"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(alpha, null, List.of("REGULATORY")),
                        org.assertj.core.groups.Tuple.tuple(bravo, null, List.of("REGULATORY")),
                        org.assertj.core.groups.Tuple.tuple(charlie, null, List.of("REGULATORY")),
                        org.assertj.core.groups.Tuple.tuple(charlie, null, List.of("SUPPLY_CHAIN")),
                        org.assertj.core.groups.Tuple.tuple(charlie, "EXPERTISE", List.of("QUALITY")));

        // (b) Alpha leads on cost while trailing Bravo by 25 value points (54.17 against 79.17)
        List<Map<String, Object>> costDriven = ranking.getList("warnings.findAll { it.code == 'COST_DRIVEN_CHOICE' }");
        assertThat(costDriven).hasSize(1);
        assertThat(costDriven.get(0).get("candidatePartnerId")).isEqualTo(alpha);
        assertThat(costDriven.get(0).get("comparedPartnerId")).isEqualTo(bravo);
        assertThat((BigDecimal) costDriven.get(0).get("difference")).isEqualByComparingTo("25");
        assertThat((String) costDriven.get(0).get("message")).contains("Alpha Aseptics AG leads because it wins on cost");

        // (c) R&D 5 against quality 2 on Alpha's expertise: 3 points apart, over half the 1..5 scale
        List<Map<String, Object>> disagreement = ranking.getList(
                "warnings.findAll { it.code == 'FUNCTION_DISAGREEMENT' }");
        assertThat(disagreement).hasSize(1);
        assertThat(disagreement.get(0).get("candidatePartnerId")).isEqualTo(alpha);
        assertThat(disagreement.get(0).get("criterionCode")).isEqualTo("EXPERTISE");
        assertThat(disagreement.get(0).get("functions")).isEqualTo(List.of("RND", "QUALITY"));
        assertThat((BigDecimal) disagreement.get(0).get("difference")).isEqualByComparingTo("3");
    }

    @Test
    void aRescoreReplacesTheScoreAndItsHistoryKeepsTheOldValue() {
        as(viewer()).get("/selections/" + selection + "/scores?candidatePartnerId=" + alpha + "&criterionCode=COST"
                        + "&function=FINANCE&evaluatorId=u-finance")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].score", equalTo(5)).body("items[0].evaluatorId", equalTo("u-finance"))
                .body("items[0].evaluatorName", equalTo("Fiona Finance"));

        as(viewer()).get("/selections/" + selection + "/scores/history?candidatePartnerId=" + alpha
                        + "&criterionCode=COST").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].evaluatorId", equalTo("u-finance"))
                .body("items[0].revisions", hasSize(2))
                .body("items[0].revisions[0].operation", equalTo("CREATED"))
                .body("items[0].revisions[0].by", equalTo("u-finance"))
                .body("items[0].revisions[1].operation", equalTo("UPDATED"))
                .body("items[0].revisions[1].reason", equalTo("Revised quote received"))
                .body("items[0].revisions[1].changes.find { it.field == 'score' }.from", equalTo(4))
                .body("items[0].revisions[1].changes.find { it.field == 'score' }.to", equalTo(5))
                .body("items[0].revisions[1].changes.field", hasItem("comment"));

        as(viewer()).get("/selections/" + selection + "/scores?function=SUPPLY_CHAIN").then().statusCode(200)
                .body("total", equalTo(2)).body("items.evaluatorId", contains("u-supply", "u-supply"));

        // replacing a score without saying why is refused, and changes nothing
        as(finance).body(scoreBody(alpha, "COST", "FINANCE", 3, "second thoughts"))
                .post("/selections/" + selection + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
        // the same score again is no change and needs no reason
        as(finance).body(scoreBody(alpha, "COST", "FINANCE", 5, "Revised quote: 12 % below budget"))
                .post("/selections/" + selection + "/scores").then().statusCode(200).body("version", equalTo(1));
        as(viewer()).get("/selections/" + selection + "/scores?candidatePartnerId=" + alpha + "&criterionCode=COST")
                .then().body("items[0].score", equalTo(5));
    }

    @Test
    void theSignedDecisionIsRecordedPublishedAndClosesTheScores() throws Exception {
        String etag = as(viewer()).get("/selections/" + selection).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().header("ETag");

        // the owner (quality) overrides the cost-driven leader, knowingly
        as(quality()).header("If-Match", etag)
                .body("{\"chosenPartnerId\":\"" + bravo + "\",\"rationale\":\"Compliance record outweighs the cost gap\","
                        + "\"signature\":{\"meaning\":\"APPROVAL\"}}")
                .post("/selections/" + selection + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.chosenPartnerId", equalTo(bravo))
                .body("decision.chosenPartnerName", equalTo("Bravo Biologics GmbH"))
                .body("decision.rationale", equalTo("Compliance record outweighs the cost gap"))
                .body("decision.decidedBy", equalTo("u-quality"))
                .body("decision.decidedByName", equalTo("Quinn Quality"))
                .body("decision.signature.signerId", equalTo("u-quality"))
                .body("decision.signature.signerName", equalTo("Quinn Quality"))
                .body("decision.signature.meaning", equalTo("APPROVAL"))
                .body("decision.signature.matchesRecord", equalTo(true));

        as(viewer()).get("/selections/" + selection + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].operation", equalTo("CREATED"))
                .body("items[1].reason", equalTo("Compliance record outweighs the cost gap"))
                .body("items[1].by", equalTo("u-quality"))
                .body("items[1].changes.find { it.field == 'status' }.from", equalTo("OPEN"))
                .body("items[1].changes.find { it.field == 'status' }.to", equalTo("DECIDED"))
                .body("items[1].changes.find { it.field == 'chosenPartnerId' }.to", equalTo(bravo));

        await().atMost(Duration.ofSeconds(20)).until(() -> selectedEvents().size() == 1);
        ConsumerRecord<String, String> event = selectedEvents().get(0);
        assertThat(event.topic()).isEqualTo("partner.events.v1");
        assertThat(event.key()).isEqualTo(bravo);
        assertThat(TopicRecorder.header(event, "ce_subject")).isEqualTo(bravo);
        JsonNode payload = new ObjectMapper().readTree(event.value());
        assertThat(payload.get("selectionId").asText()).isEqualTo(selection);
        assertThat(payload.get("partnerId").asText()).isEqualTo(bravo);
        List<String> candidates = List.of(alpha, bravo, charlie).stream().sorted().toList();
        assertThat(payload.get("candidatePartnerIds")).extracting(JsonNode::asText).containsExactlyElementsOf(candidates);
        assertThat(Instant.parse(payload.get("decidedAt").asText())).isBefore(Instant.now().plusSeconds(1));

        // a decided selection takes no more scores, and no second decision
        score(rnd, selection, charlie, "CAPACITY", "RND", 4).statusCode(409).contentType("application/problem+json");
        String decided = as(viewer()).get("/selections/" + selection).then().extract().header("ETag");
        as(quality()).header("If-Match", decided)
                .body("{\"chosenPartnerId\":\"" + alpha + "\",\"rationale\":\"cheaper\",\"signature\":{\"meaning\":\"APPROVAL\"}}")
                .post("/selections/" + selection + "/decision").then().statusCode(409)
                .body("type", equalTo("https://partnershipgovernance.com/problems/illegal-transition"));
        as(viewer()).get("/selections/" + selection).then().body("decision.chosenPartnerId", equalTo(bravo));
    }

    private List<ConsumerRecord<String, String>> selectedEvents() {
        return partnerEvents.matching(r -> SELECTED.equals(TopicRecorder.header(r, "ce_type"))
                && r.value().contains(selection));
    }

    /** Compares a JSON number (an integer or a decimal) by value. */
    private static void assertPoints(JsonPath json, String path, String expected) {
        Object value = json.get(path);
        assertThat(value).as(path).isInstanceOf(Number.class);
        assertThat(new BigDecimal(value.toString())).as(path).isEqualByComparingTo(expected);
    }
}
