package com.partnershipgovernance.platform.scope;

import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture's consignment endpoints check nothing about partners (ConsignmentResource): whatever they query, a
 * partner user reads only their own partner's rows, by list, by id, by count and through a child's parent.
 */
@QuarkusTest
class PartnerScopeTest {

    private final UUID ours = UUID.randomUUID();
    private final UUID theirs = UUID.randomUUID();
    private String ourConsignment;
    private String theirConsignment;

    @BeforeEach
    void twoPartnersConsignments() {
        ourConsignment = create(ours, "ours-" + ours);
        theirConsignment = create(theirs, "theirs-" + theirs);
    }

    @Test
    void aListQueryReturnsOnlyThePartnerUsersOwnRows() {
        List<String> partners = given().auth().oauth2(partnerUser(ours)).get("/consignments").then().statusCode(200)
                .extract().jsonPath().getList("partnerId", String.class);

        assertThat(partners).isNotEmpty().allMatch(ours.toString()::equals);
    }

    @Test
    void anotherPartnersRecordIsNotFoundByItsId() {
        given().auth().oauth2(partnerUser(ours)).get("/consignments/" + theirConsignment).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(partnerUser(ours)).get("/consignments/" + ourConsignment).then().statusCode(200);
    }

    @Test
    void anAggregateCountsOnlyThePartnerUsersOwnRows() {
        long all = given().auth().oauth2(Tokens.viewer()).get("/consignments/count").then().statusCode(200)
                .extract().as(Long.class);
        long own = given().auth().oauth2(partnerUser(ours)).get("/consignments/count").then().statusCode(200)
                .extract().as(Long.class);

        assertThat(own).isEqualTo(1);
        assertThat(all).isGreaterThanOrEqualTo(2);
    }

    @Test
    void childRowsAreConfinedThroughTheirParent() {
        List<String> parents = given().auth().oauth2(partnerUser(ours)).get("/consignments/notes").then()
                .statusCode(200).extract().jsonPath().getList("consignmentId", String.class);

        assertThat(parents).containsExactly(ourConsignment);
    }

    @Test
    void sponsorUsersReadEveryPartnersRows() {
        List<String> ids = given().auth().oauth2(Tokens.viewer()).get("/consignments").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);

        assertThat(ids).contains(ourConsignment, theirConsignment);
    }

    @Test
    void aPartnerUserWhoseTokenNamesAnotherPartnerSeesThatPartnerOnly() {
        List<String> ids = given().auth().oauth2(partnerUser(theirs)).get("/consignments").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);

        assertThat(ids).containsExactly(theirConsignment);
    }

    private static String create(UUID partner, String label) {
        return given().auth().oauth2(Tokens.quality()).post("/consignments/" + partner + "/" + label).then()
                .statusCode(200).extract().path("id");
    }

    private static String partnerUser(UUID partner) {
        return TestInfrastructure.get().tokens().token("u-partner-" + partner).roles("partner-user")
                .partnerId(partner).sign();
    }
}
