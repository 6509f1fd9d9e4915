package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.AgreementTestSupport.TwoPartners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.draft;
import static com.partnershipgovernance.agreement.AgreementTestSupport.finance;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.msa;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partnerUser;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MsaDraftingTest {

    @Test
    void badInputGets400NamingTheFieldAndNothingIsStored() {
        UUID partner = partner("Validation Biologics", "QUALIFIED");
        LocalDate today = LocalDate.now();
        rejected(partner, b -> b.put("expiresOn", today.minusDays(1).toString()), "expiresOn");
        rejected(partner, b -> b.put("expiresOn", today.toString()), "expiresOn");
        rejected(partner, b -> b.put("paymentTerms", Map.of("days", 30, "currency", "XYZ")), "paymentTerms.currency");
        rejected(partner, b -> b.put("paymentTerms", Map.of("days", 30, "currency", "euro")), "paymentTerms.currency");
        rejected(partner, b -> b.put("paymentTerms", Map.of("days", -1, "currency", "EUR")), "paymentTerms.days");
        rejected(partner, b -> b.put("liabilityCap", Map.of("amount", "-1.00", "currency", "EUR")),
                "liabilityCap.amount");
        rejected(partner, b -> b.put("liabilityCap", Map.of("amount", "10.00", "currency", "QQQ")),
                "liabilityCap.currency");
        rejected(partner, b -> b.put("documents", List.of(Map.of("title", "d", "uri", "https://dms.example.com/x",
                "sha256", "not-a-hash"))), "documents[0].sha256");
        rejected(partner, b -> b.put("documents", List.of(Map.of("title", "d", "uri", "contracts/x.pdf",
                "sha256", "ab".repeat(32)))), "documents[0].uri");
        rejected(partner, b -> b.remove("title"), "title");
        rejected(partner, b -> b.remove("reviewOn"), "reviewOn");
        rejected(partner, b -> b.put("effectiveOn", "2027-02-30"), "effectiveOn");
        assertThat(count("SELECT count(*) FROM msa WHERE partner_id = '" + partner + "'")).isZero();
    }

    @Test
    void anUnknownPartnerGets422NamingPartnerIdAndNothingIsStored() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(msa(unknown)).post("/msas").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("partnerId"));
        assertThat(count("SELECT count(*) FROM msa WHERE partner_id = '" + unknown + "'")).isZero();
    }

    @Test
    void legalAndFinanceDraftAndEditOthersOnlyRead() {
        UUID partner = partner("Roles Pharma", "QUALIFIED");
        String quality = com.partnershipgovernance.platform.testing.TestInfrastructure.get().tokens()
                .token("u-quality").roles("quality").sign();
        given().auth().oauth2(quality).contentType(ContentType.JSON).body(msa(partner)).post("/msas").then()
                .statusCode(403);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).body(msa(partner)).post("/msas").then()
                .statusCode(403);
        given().auth().oauth2(partnerUser(partner)).contentType(ContentType.JSON).body(msa(partner)).post("/msas")
                .then().statusCode(403);
        Map<String, Object> body = msa(partner);
        String id = given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body).post("/msas").then()
                .statusCode(201).extract().path("id");
        body.put("governingLaw", "Switzerland");
        given().auth().oauth2(quality).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/msas/" + id).then().statusCode(403);
        // a draft never in review is edited without a reason, but with the current ETag
        given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body).put("/msas/" + id).then()
                .statusCode(428);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(body)
                .put("/msas/" + id).then().statusCode(412);
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/msas/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("governingLaw", equalTo("Switzerland"));
        body.put("partnerId", partner("Other Partner AG", "QUALIFIED").toString());
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/msas/" + id).then().statusCode(422).body("errors[0].field", equalTo("partnerId"));
        given().auth().oauth2(viewer()).get("/msas/" + id + "/history").then().statusCode(200)
                .body("items[1].by", equalTo("u-legal"))
                .body("items[1].changes.field", contains("versions[1].governingLaw"))
                .body("items[1].changes[0].from", equalTo("England and Wales"))
                .body("items[1].changes[0].to", equalTo("Switzerland"));
    }

    @Test
    void aRetriedDraftWithTheSameIdempotencyKeyCreatesOneMsa() {
        UUID partner = partner("Retry Biotech", "QUALIFIED");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(legal()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(msa(partner)).post("/msas").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(legal()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(msa(partner)).post("/msas").then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM msa WHERE partner_id = '" + partner + "'")).isEqualTo(1);
    }

    @Test
    void aPartnerUserSeesOnlyTheirOwnPartnersMsas() {
        TwoPartners partners = TwoPartners.withAgreements("Biologics", p -> draft(msa(p)));
        partners.assertPartnerUserConfined("/msas");
        String token = partners.token();
        given().auth().oauth2(token).get("/msas/" + partners.ownId() + "/versions/1").then().statusCode(200);
        given().auth().oauth2(token).get("/msas/" + partners.otherId() + "/versions").then().statusCode(404);
        given().auth().oauth2(token).get("/msas/" + partners.otherId() + "/versions/1/compare/1").then()
                .statusCode(404);
        given().auth().oauth2(token).get("/msas?partnerId=" + partners.other()).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(viewer()).get("/msas?partnerId=" + partners.other()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(partners.otherId()));
    }

    @Test
    void listsFilterByStatusAndRejectAnUnknownSort() {
        UUID partner = partner("Filter Pharma", "QUALIFIED");
        String drafted = draft(msa(partner));
        String inReview = draft(msa(partner));
        given().auth().oauth2(legal()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"to\":\"IN_REVIEW\",\"reason\":\"Ready\"}").post("/msas/" + inReview + "/status").then()
                .statusCode(200);
        given().auth().oauth2(viewer()).get("/msas?partnerId=" + partner + "&status=IN_REVIEW").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(inReview))
                .body("items.id", not(hasItem(drafted)));
        given().auth().oauth2(viewer()).get("/msas?sort=title").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(viewer()).get("/msas?status=SIGNED").then().statusCode(400)
                .body("detail", containsString("status"));
    }

    private static void rejected(UUID partner, Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> body = msa(partner);
        spoil.accept(body);
        ValidatableResponse response = given().auth().oauth2(legal()).contentType(ContentType.JSON).body(body)
                .post("/msas").then();
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
