package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.ExpiresAgreements;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.draftSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executeSow;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.executedMsa;
import static com.partnershipgovernance.agreement.sow.SowTestSupport.sow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SowExpiryTest extends ExpiresAgreements {

    @Test
    void theExpiryJobExpiresAnExecutedSowTheDayAfterItsTimelineEndsOnceAndAnnouncesIt() throws Exception {
        UUID partner = partner("Ending Trials GmbH", "QUALIFIED");
        String msa = executedMsa(partner);
        LocalDate today = LocalDate.now();
        Map<String, Object> ending = sow(msa, "CLINICAL");
        ending.put("timeline", Map.of("startOn", today.minusMonths(2).toString(),
                "endOn", today.plusDays(10).toString()));
        ending.put("reviewOn", today.plusDays(5).toString());
        String ends = draftSow(ending);
        String lasts = draftSow(sow(msa, "ANALYTICAL"));
        executeSow(ends);
        executeSow(lasts);

        runExpiryAround(10, () -> status(ends, "EXECUTED")); // the last day of the timeline is still in force

        status(ends, "EXPIRED");
        status(lasts, "EXECUTED");
        given().auth().oauth2(viewer()).get("/sows/" + ends + "/history").then().statusCode(200)
                .body("items[-1].by", equalTo("system:agreement-service"));
        await().atMost(Duration.ofSeconds(20)).until(() -> expired(ends).size() == 1);
        JsonNode payload = new ObjectMapper().readTree(expired(ends).get(0).value());
        assertThat(payload.get("kind").asText()).isEqualTo("SOW");
        assertThat(payload.get("msaId").asText()).isEqualTo(msa);
        assertThat(payload.get("sowKind").asText()).isEqualTo("CLINICAL");
        assertThat(payload.get("reason").asText()).isEqualTo("Timeline ended on " + today.plusDays(10));
        assertThat(expired(lasts)).isEmpty();
    }

    private static void status(String sow, String expected) {
        given().auth().oauth2(viewer()).get("/sows/" + sow).then().statusCode(200)
                .body("status", equalTo(expected));
    }

    private List<ConsumerRecord<String, String>> expired(String sow) {
        return statusChanges(sow).stream().filter(r -> r.value().contains("\"to\":\"EXPIRED\"")).toList();
    }
}
