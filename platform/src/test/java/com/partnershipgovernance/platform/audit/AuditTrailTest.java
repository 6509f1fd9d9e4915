package com.partnershipgovernance.platform.audit;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AuditTrailTest {

    @Test
    void historyShowsWhoWhenWhatAndWhyPerField() {
        UUID id = Specimens.createId("before");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").header("X-Change-Reason", "Typo in the name")
                .body("{\"name\":\"after\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.quality()).get("/specimens/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].operation", equalTo("CREATED"))
                .body("items[0].changes.field", hasItem("name"))
                .body("items[1].operation", equalTo("UPDATED"))
                .body("items[1].by", equalTo("u-quality"))
                .body("items[1].byName", equalTo("Quinn Quality"))
                .body("items[1].reason", equalTo("Typo in the name"))
                .body("items[1].changes", hasSize(1))
                .body("items[1].changes[0].field", equalTo("name"))
                .body("items[1].changes[0].from", equalTo("before"))
                .body("items[1].changes[0].to", equalTo("after"));
    }

    @Test
    void editWithoutAChangeReasonIsRefusedNamingTheHeader() {
        UUID id = Specimens.createId("needs-a-reason");
        given().auth().oauth2(Tokens.quality()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\":\"silently\",\"kind\":\"ALPHA\"}")
                .put("/specimens/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("X-Change-Reason"));
    }

    @Test
    void serviceDatabaseRoleCannotUpdateOrDeleteAuditRows() throws Exception {
        Specimens.createId("audited");
        String url = TestInfrastructure.get().postgres().jdbcUrl("platform");
        try (Connection app = DriverManager.getConnection(url, "platform_app", "platform_app");
             Statement s = app.createStatement()) {
            assertThat(s.executeQuery("SELECT count(*) FROM specimen_aud").next()).isTrue();
            assertThatThrownBy(() -> s.executeUpdate("UPDATE revinfo SET reason = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM specimen_aud"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE specimen_aud SET name = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE revinfo CASCADE"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
