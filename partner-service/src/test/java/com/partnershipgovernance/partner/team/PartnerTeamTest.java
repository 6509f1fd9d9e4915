package com.partnershipgovernance.partner.team;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PartnerTeamTest {

    @Test
    void aDepartureMovesThePersonToFormerOpensTheKeyRoleAndIsNotedAsTurnover() {
        String partner = registerPartner();
        String pm = addMember(partner, "PROJECT_MANAGER", "Ana Costa", "2023-04-01");
        addMember(partner, "QUALITY_LEAD", "Dr. Lena Weiss", "2022-01-10");
        addMember(partner, "KEY_SCIENTIST", "Dr. Kenji Mori", "2024-06-01");
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/team").then().statusCode(200)
                .body("current", hasSize(3)).body("vacantKeyRoles", hasSize(0));

        LocalDate leftOn = LocalDate.now().minusDays(10);
        given().auth().oauth2(supplyChain()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"leftOn\":\"" + leftOn + "\",\"note\":\"Moved to another client; deputy covers\"}")
                .post("/partners/" + partner + "/team/" + pm + "/departure").then().statusCode(200)
                .body("leftOn", equalTo(leftOn.toString())).header("ETag", "\"1\"");

        given().auth().oauth2(viewer()).get("/partners/" + partner + "/team").then().statusCode(200)
                .body("current", hasSize(2)).body("former.name", contains("Ana Costa"))
                .body("vacantKeyRoles", contains("PROJECT_MANAGER")).body("departuresLast12Months", equalTo(1));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/continuity-notes").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("TURNOVER"))
                .body("items[0].teamMemberId", equalTo(pm))
                .body("items[0].note", equalTo("Moved to another client; deputy covers"))
                .body("items[0].recordedByName", equalTo("Sam Supply"));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/team/" + pm + "/history").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items[1].changes.find { it.field == 'leftOn' }.to", equalTo(leftOn.toString()));

        given().auth().oauth2(supplyChain()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"leftOn\":\"" + leftOn + "\"}")
                .post("/partners/" + partner + "/team/" + pm + "/departure").then().statusCode(409);
    }

    @Test
    void continuityNotesAreListedLatestFirstAndBadInputNamesTheField() {
        String partner = registerPartner();
        addNote(partner, "2026-01-05", "CAPACITY", "Second shift added to the fill line").then().statusCode(201);
        addNote(partner, "2026-03-20", "CONTINUITY_PLAN", "Deputy QA lead named").then().statusCode(201);
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/continuity-notes").then().statusCode(200)
                .body("items.notedOn", equalTo(List.of("2026-03-20", "2026-01-05")));

        addNote(partner, LocalDate.now().plusDays(1).toString(), "OTHER", "from the future").then()
                .statusCode(400).body("errors[0].field", equalTo("notedOn"));
        addNote(partner, "2026-01-05", "GOSSIP", "not a kind").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"role\":\"PROJECT_MANAGER\",\"name\":\"X\",\"email\":\"not-an-email\",\"joinedOn\":\"2024-01-01\"}")
                .post("/partners/" + partner + "/team").then().statusCode(400).body("errors[0].field", equalTo("email"));
        String member = addMember(partner, "KEY_SCIENTIST", "Dr. Omar Haddad", "2025-02-01");
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"leftOn\":\"2025-01-01\"}").post("/partners/" + partner + "/team/" + member + "/departure")
                .then().statusCode(400).body("errors[0].field", equalTo("leftOn"));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/team/" + member).then()
                .body("leftOn", equalTo(null));
        given().auth().oauth2(viewer()).get("/partners/" + partner + "/continuity-notes").then()
                .body("items", hasSize(2));
        given().auth().oauth2(viewer()).contentType(ContentType.JSON)
                .body("{\"notedOn\":\"2026-01-05\",\"kind\":\"OTHER\",\"note\":\"n\"}")
                .post("/partners/" + partner + "/continuity-notes").then().statusCode(403);
    }

    @Test
    void aPersonJoiningOnALaterDayIsListedAsUpcomingAndDoesNotYetFillTheirKeyRole() {
        String partner = registerPartner();
        addMember(partner, "PROJECT_MANAGER", "Ana Costa", "2023-04-01");
        LocalDate joinsOn = LocalDate.now().plusDays(30);
        String lead = addMember(partner, "QUALITY_LEAD", "Dr. Lena Weiss", joinsOn.toString());

        given().auth().oauth2(viewer()).get("/partners/" + partner + "/team").then().statusCode(200)
                .body("current.name", contains("Ana Costa"))
                .body("upcoming.id", contains(lead)).body("upcoming[0].joinedOn", equalTo(joinsOn.toString()))
                .body("former", hasSize(0)).body("vacantKeyRoles", contains("QUALITY_LEAD"));
    }

    @Test
    void aCorrectionNeedsAReasonAndAPartnerUserSeesOnlyTheirOwnTeam() {
        String own = registerPartner();
        String other = registerPartner();
        String member = addMember(own, "QUALITY_LEAD", "Dr. Lena Wiess", "2022-01-10");
        String body = "{\"role\":\"QUALITY_LEAD\",\"name\":\"Dr. Lena Weiss\",\"joinedOn\":\"2022-01-10\"}";
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/partners/" + own + "/team/" + member).then().statusCode(400);
        given().auth().oauth2(quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Change-Reason", "name misspelt").body(body)
                .put("/partners/" + own + "/team/" + member).then().statusCode(200)
                .body("name", equalTo("Dr. Lena Weiss"));

        String partnerUser = TestInfrastructure.get().tokens().token("p-user").roles("partner-user")
                .partnerId(UUID.fromString(own)).sign();
        given().auth().oauth2(partnerUser).get("/partners/" + own + "/team").then().statusCode(200)
                .body("current.name", contains("Dr. Lena Weiss"));
        given().auth().oauth2(partnerUser).get("/partners/" + other + "/team").then().statusCode(404);
        given().auth().oauth2(partnerUser).get("/partners/" + other + "/continuity-notes").then().statusCode(404);
        given().auth().oauth2(quality()).get("/partners/" + own + "/team/" + UUID.randomUUID()).then()
                .statusCode(404);
        given().auth().oauth2(quality()).get("/partners/" + other + "/team/" + member).then().statusCode(404);
    }

    private static io.restassured.response.Response addNote(String partner, String notedOn, String kind, String note) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"notedOn\":\"" + notedOn + "\",\"kind\":\"" + kind + "\",\"note\":\"" + note + "\"}")
                .post("/partners/" + partner + "/continuity-notes");
    }

    private static String addMember(String partner, String role, String name, String joinedOn) {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"role\":\"" + role + "\",\"name\":\"" + name + "\",\"title\":\"t\",\"joinedOn\":\""
                        + joinedOn + "\"}")
                .post("/partners/" + partner + "/team").then().statusCode(201).extract().path("id");
    }

    private static String registerPartner() {
        return given().auth().oauth2(quality()).contentType(ContentType.JSON)
                .body("{\"legalName\":\"Iberia Clinical Research S.L.\",\"type\":\"CRO\"}")
                .post("/partners").then().statusCode(201).extract().path("id");
    }

    private static String quality() {
        return TestInfrastructure.get().tokens().token("u-quality").name("Quinn Quality").roles("quality").sign();
    }

    private static String supplyChain() {
        return TestInfrastructure.get().tokens().token("u-sc").name("Sam Supply").roles("supply-chain").sign();
    }

    private static String viewer() {
        return TestInfrastructure.get().tokens().token("u-viewer").roles("viewer").sign();
    }
}
