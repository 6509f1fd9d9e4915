package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.ExpiresAgreements;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static com.partnershipgovernance.agreement.AgreementTestSupport.clearReviewFlag;
import static com.partnershipgovernance.agreement.AgreementTestSupport.awaitFlaggedForReview;
import static com.partnershipgovernance.agreement.AgreementTestSupport.count;
import static com.partnershipgovernance.agreement.AgreementTestSupport.legal;
import static com.partnershipgovernance.agreement.AgreementTestSupport.moveQualification;
import static com.partnershipgovernance.agreement.AgreementTestSupport.partner;
import static com.partnershipgovernance.agreement.AgreementTestSupport.viewer;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.draftQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.executeQualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.quality;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreement;
import static com.partnershipgovernance.agreement.quality.QualityTestSupport.qualityAgreementEtag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class QualityAgreementReviewsAndExpiryTest extends ExpiresAgreements {

    @Test
    void expiryJobExpiresAnExecutedQualityAgreementTheDayAfterItsExpiryDateOnce() {
        UUID partner = partner("Expiring Quality Pharma", "QUALIFIED");
        Map<String, Object> body = qualityAgreement(partner);
        body.put("expiresOn", LocalDate.now().plusDays(10).toString());
        String id = draftQualityAgreement(body);
        executeQualityAgreement(id);

        runExpiryAround(10, () -> given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then()
                .body("status", equalTo("EXECUTED")));

        given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().body("status", equalTo("EXPIRED"));
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id + "/versions/1").then()
                .body("statusChanges[3].to", equalTo("EXPIRED"))
                .body("statusChanges[3].changedBy", equalTo("system:agreement-service"));
        assertThat(count("SELECT count(*) FROM agreement_status_change WHERE agreement_id = '" + id
                + "' AND kind = 'QUALITY_AGREEMENT' AND to_status = 'EXPIRED'")).isEqualTo(1);
    }

    @Test
    void aSuspendedPartnerFlagsItsExecutedQualityAgreementUntilQualityClearsTheFlag() {
        UUID partner = partner("Suspended Quality Partner", "QUALIFIED");
        String id = draftQualityAgreement(qualityAgreement(partner));
        executeQualityAgreement(id);

        moveQualification(partner, "QUALIFIED", "SUSPENDED", "Data integrity findings");

        awaitFlaggedForReview("/quality-agreements/" + id, "Data integrity findings");
        given().auth().oauth2(viewer()).get("/agreements/reviews-overdue?size=500").then().statusCode(200)
                .body("items.find { it.agreementId == '" + id + "' }.kind", equalTo("QUALITY_AGREEMENT"));
        String url = "/quality-agreements/" + id;
        clearReviewFlag(url, qualityAgreementEtag(id), legal(), "Reviewed").statusCode(403);
        clearReviewFlag(url, qualityAgreementEtag(id), quality(), "Reviewed: CAPA plan accepted").statusCode(204);
        given().auth().oauth2(viewer()).get("/quality-agreements/" + id).then().body("flaggedForReview", equalTo(false));
    }
}
