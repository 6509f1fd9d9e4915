package com.partnershipgovernance.platform.security;

import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.fixture.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class VerifiedTokensWiringTest {

    @Inject
    JWTParser parser;

    @Test
    void theServiceVerifiesBearerTokensThroughTheRememberingParser() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aRememberedTokenStillAuthenticatesAndAForgedOneStillDoesNot() {
        UUID id = Specimens.createId("remembered");
        String token = Tokens.quality();
        given().auth().oauth2(token).get("/specimens/{id}", id).then().statusCode(200);
        given().auth().oauth2(token).get("/specimens/{id}", id).then().statusCode(200);

        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(forged).get("/specimens/{id}", id).then().statusCode(401);
    }
}
