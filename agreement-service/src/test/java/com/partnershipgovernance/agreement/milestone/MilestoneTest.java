package com.partnershipgovernance.agreement.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import com.partnershipgovernance.platform.testing.TopicRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.MILESTONE_TOPIC;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.clinical;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.complete;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.decide;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.milestone;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.milestoneEtag;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.plan;
import static com.partnershipgovernance.agreement.milestone.MilestoneTestSupport.planOn;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MilestoneTest {

    private TopicRecorder milestoneEvents;

    @BeforeEach
    void recordEvents() {
        milestoneEvents = TopicRecorder.of(MILESTONE_TOPIC);
    }

    @AfterEach
    void stopRecording() {
        milestoneEvents.close();
    }

    @Test
    void completionIsPublishedWithDaysLateAndANoGoHoldsTheMilestonesDependingOnIt() throws Exception {
        UUID partner = partner("Milestone Biologics", "QUALIFIED");
        String sow = executedSow(partner, "MANUFACTURING");
        String msa = given().auth().oauth2(viewer()).get("/sows/" + sow).then().extract().path("msaId");
        LocalDate today = LocalDate.now();
        Map<String, Object> gateBody = milestone("Go/no-go for PPQ", today.plusDays(30), true);
        gateBody.put("deliverable", "Master batch record");
        String gate = given().auth().oauth2(clinical()).contentType(ContentType.JSON).body(gateBody)
                .post("/sows/" + sow + "/milestones").then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/milestones/"))
                .body("sowId", equalTo(sow)).body("msaId", equalTo(msa)).body("partnerId", equalTo(partner.toString()))
                .body("sowKind", equalTo("MANUFACTURING")).body("status", equalTo("OPEN"))
                .body("deliverable", equalTo("Master batch record")).body("decisionPoint", equalTo(true))
                .extract().path("id");
        String batch1 = plan(sow, milestone("PPQ batch 1", today.plusDays(60), false, gate));
        String batch2 = plan(sow, milestone("PPQ batch 2", today.plusDays(90), false, batch1));
        String report = plan(sow, milestone("Tech transfer report", today.plusDays(10), false));

        complete(report, today).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo(today.toString())).body("daysLate", equalTo(-10));
        complete(report, today).statusCode(409);

        decide(gate, "NO_GO", "Tech transfer failed comparability", clinical()).statusCode(200)
                .body("decision.decision", equalTo("NO_GO"))
                .body("decision.rationale", equalTo("Tech transfer failed comparability"))
                .body("decision.decidedBy", equalTo("u-clinical"))
                .body("decision.decidedByName", equalTo("Cleo Clinical"))
                .body("decision.signature.signerId", equalTo("u-clinical"))
                .body("decision.signature.meaning", equalTo("APPROVAL"))
                .body("decision.signature.matchesRecord", equalTo(true));
        decide(gate, "GO", "changed our mind", clinical()).statusCode(409);
        given().auth().oauth2(viewer()).get("/sows/" + sow + "/milestones").then().statusCode(200)
                .body("items.name", contains("Tech transfer report", "Go/no-go for PPQ", "PPQ batch 1", "PPQ batch 2"))
                .body("items.status", contains("COMPLETED", "OPEN", "ON_HOLD", "ON_HOLD"))
                .body("items[2].holdReason", containsString("NO_GO at milestone 'Go/no-go for PPQ'"));
        complete(batch2, today).statusCode(409);
        // re-planned: a held milestone is resumed with a reason, and completed like any other
        given().auth().oauth2(clinical()).contentType(ContentType.JSON).header("If-Match", milestoneEtag(batch1))
                .body(Map.of("reason", "Re-planned after the repeat comparability study"))
                .post("/milestones/" + batch1 + "/resume").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("holdReason", nullValue());
        given().auth().oauth2(clinical()).contentType(ContentType.JSON).header("If-Match", milestoneEtag(batch1))
                .body(Map.of("reason", "again")).post("/milestones/" + batch1 + "/resume").then().statusCode(409);
        given().auth().oauth2(viewer()).get("/milestones/" + batch2).then().body("status", equalTo("ON_HOLD"));
        given().auth().oauth2(viewer()).get("/milestones/" + gate + "/history").then().statusCode(200)
                .body("items.reason", hasItem("NO_GO: Tech transfer failed comparability"))
                .body("items.changes.flatten().field", hasItem("decision"));

        await().atMost(Duration.ofSeconds(20)).until(() -> events(sow).size() == 2);
        List<ConsumerRecord<String, String>> events = events(sow);
        ConsumerRecord<String, String> completed = events.get(0);
        assertThat(completed.key()).isEqualTo(sow);
        assertThat(TopicRecorder.header(completed, "ce_type"))
                .isEqualTo("com.partnershipgovernance.milestone.completed.v1");
        assertThat(TopicRecorder.header(completed, "ce_source")).isEqualTo("/agreement-service");
        assertThat(TopicRecorder.header(completed, "ce_subject")).isEqualTo(sow);
        assertThat(TopicRecorder.header(completed, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(TopicRecorder.header(completed, "ce_id"))).isNotNull();
        JsonNode c = new ObjectMapper().readTree(completed.value());
        assertThat(fields(c)).containsExactly("milestoneId", "sowId", "msaId", "partnerId", "sowKind", "name",
                "dueDate", "completedOn", "daysLate");
        assertThat(c.get("milestoneId").asText()).isEqualTo(report);
        assertThat(c.get("sowId").asText()).isEqualTo(sow);
        assertThat(c.get("msaId").asText()).isEqualTo(msa);
        assertThat(c.get("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(c.get("sowKind").asText()).isEqualTo("MANUFACTURING");
        assertThat(c.get("name").asText()).isEqualTo("Tech transfer report");
        assertThat(c.get("dueDate").asText()).isEqualTo(today.plusDays(10).toString());
        assertThat(c.get("completedOn").asText()).isEqualTo(today.toString());
        assertThat(c.get("daysLate").asLong()).isEqualTo(-10);

        ConsumerRecord<String, String> decided = events.get(1);
        assertThat(TopicRecorder.header(decided, "ce_type"))
                .isEqualTo("com.partnershipgovernance.milestone.go-no-go-decided.v1");
        JsonNode d = new ObjectMapper().readTree(decided.value());
        assertThat(fields(d)).containsExactly("milestoneId", "sowId", "msaId", "partnerId", "sowKind", "name",
                "dueDate", "decision", "decidedBy", "decidedAt", "rationale");
        assertThat(d.get("milestoneId").asText()).isEqualTo(gate);
        assertThat(d.get("decision").asText()).isEqualTo("NO_GO");
        assertThat(d.get("decidedBy").asText()).isEqualTo("u-clinical");
        assertThat(Instant.parse(d.get("decidedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(d.get("rationale").asText()).isEqualTo("Tech transfer failed comparability");
        // the resumption publishes nothing: two events only
        assertThat(events(sow)).hasSize(2);
    }

    @Test
    void aDependencyOnAnotherSowsMilestoneOrAnUnknownDeliverableIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID partner = partner("Cross Sow Pharma", "QUALIFIED");
        String sow = executedSow(partner, "CLINICAL");
        String other = executedSow(partner, "CLINICAL");
        String foreign = plan(other, milestone("First patient in", LocalDate.now().plusDays(20), false));
        String own = plan(sow, milestone("Site initiation", LocalDate.now().plusDays(10), false));

        planOn(sow, milestone("Last patient out", LocalDate.now().plusDays(200), false, own, foreign))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dependsOn[1]"));
        Map<String, Object> unknownDeliverable = milestone("CSR", LocalDate.now().plusDays(300), false);
        unknownDeliverable.put("deliverable", "Clinical study report");
        planOn(sow, unknownDeliverable).statusCode(422).body("errors[0].field", equalTo("deliverable"));
        Map<String, Object> noName = milestone("x", LocalDate.now(), false);
        noName.remove("name");
        planOn(sow, noName).statusCode(400).body("errors.field", hasItem("name"));
        planOn(UUID.randomUUID().toString(), milestone("Nowhere", LocalDate.now(), false)).statusCode(404);
        assertThat(count("SELECT count(*) FROM milestone WHERE sow_id = '" + sow + "'")).isEqualTo(1);

        complete(own, LocalDate.now().plusDays(1)).statusCode(400).body("errors[0].field", equalTo("completedOn"));
        decide(own, "GO", "fine", clinical()).statusCode(422).body("errors[0].field", equalTo("decisionPoint"));
        given().auth().oauth2(viewer()).get("/milestones/" + own).then().body("status", equalTo("OPEN"))
                .body("decision", nullValue()).header("ETag", "\"0\"");
    }

    @Test
    void goNoGoNeedsAFreshSignatureAnOwningRoleAndTheCurrentETag() {
        String sow = executedSow(partner("Signature Gate Bio", "QUALIFIED"), "DEVELOPMENT");
        String gate = plan(sow, milestone("Candidate selection", LocalDate.now().plusDays(5), true));
        String stale = TestInfrastructure.get().tokens().token("u-clinical").roles("clinical")
                .authenticatedAt(Instant.now().minus(Duration.ofHours(1))).sign();
        decide(gate, "GO", "Data package complete", stale).statusCode(401);
        decide(gate, "GO", "Data package complete", viewer()).statusCode(403);
        String board = TestInfrastructure.get().tokens().token("u-board").name("Sam Steering")
                .roles("steering-committee").sign();
        given().auth().oauth2(board).contentType(ContentType.JSON)
                .body(milestone("Not theirs", LocalDate.now(), false)).post("/sows/" + sow + "/milestones").then()
                .statusCode(403);
        given().auth().oauth2(board).contentType(ContentType.JSON).body(Map.of("decision", "GO",
                        "rationale", "No", "signature", Map.of("meaning", "APPROVAL")))
                .post("/milestones/" + gate + "/go-no-go").then().statusCode(428);
        given().auth().oauth2(board).contentType(ContentType.JSON).header("If-Match", milestoneEtag(gate))
                .body(Map.of("decision", "GO", "rationale", "No signature"))
                .post("/milestones/" + gate + "/go-no-go").then().statusCode(400)
                .body("errors.field", hasItem("signature"));
        decide(gate, "GO_WITH_CONDITIONS", "Repeat the tox study", board).statusCode(200)
                .body("decision.decision", equalTo("GO_WITH_CONDITIONS"))
                .body("decision.decidedByName", equalTo("Sam Steering"));
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnPartnersMilestonesAndQueriesFilter() {
        UUID own = partner("Own Milestone Partner", "QUALIFIED");
        UUID other = partner("Other Milestone Partner", "QUALIFIED");
        String ownSow = executedSow(own, "ANALYTICAL");
        String otherSow = executedSow(other, "ANALYTICAL");
        LocalDate today = LocalDate.now();
        String soon = plan(ownSow, milestone("Method validated", today.plusDays(3), false));
        String later = plan(ownSow, milestone("Stability 6 months", today.plusDays(200), false));
        String foreign = plan(otherSow, milestone("Other method", today.plusDays(3), false));
        String token = partnerUser(own);

        given().auth().oauth2(token).get("/milestones/" + soon).then().statusCode(200);
        given().auth().oauth2(token).get("/milestones/" + foreign).then().statusCode(404);
        given().auth().oauth2(token).get("/milestones/" + foreign + "/history").then().statusCode(404);
        given().auth().oauth2(token).get("/sows/" + otherSow + "/milestones").then().statusCode(404);
        List<String> partners = given().auth().oauth2(token).get("/milestones?size=500").then().statusCode(200)
                .extract().path("items.partnerId");
        assertThat(partners).isNotEmpty().containsOnly(own.toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("completedOn", today.toString())).post("/milestones/" + soon + "/completion").then()
                .statusCode(403);

        given().auth().oauth2(viewer()).get("/milestones?sowId=" + ownSow + "&dueBefore=" + today.plusDays(30))
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(soon));
        given().auth().oauth2(viewer()).get("/milestones?partnerId=" + own + "&status=OPEN").then().statusCode(200)
                .body("items.id", contains(soon, later));
        given().auth().oauth2(viewer()).get("/milestones?status=LATE").then().statusCode(400);
    }

    @Test
    void milestonesArePlannedOnADraftSowAndAreNotMissedBeforeTheirDueDate() {
        String sow = draftSow(sow(executedMsa(partner("Draft Plan Ltd", "QUALIFIED")), "REGULATORY"));
        plan(sow, milestone("IND submission", LocalDate.now().plusDays(40), false));
        given().auth().oauth2(viewer()).get("/sows/" + sow + "/milestones").then().statusCode(200)
                .body("items[0].missed", equalTo(false));
    }

    private List<ConsumerRecord<String, String>> events(String sowId) {
        return milestoneEvents.matching(r -> sowId.equals(r.key()));
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
