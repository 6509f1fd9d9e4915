package com.partnershipgovernance.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the shared embedded PostgreSQL and Kafka broker:
 * its own database (init arg {@code database}), Flyway as the owner role, the service as the
 * application role, and JWT verification against the test key pair.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.get();
        ServiceDatabase db = infra.postgres().ensureServiceDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.appUser());
        config.put("quarkus.datasource.password", db.appPassword());
        config.put("quarkus.flyway.username", db.ownerUser());
        config.put("quarkus.flyway.password", db.ownerPassword());
        config.put("quarkus.flyway.placeholders.app_role", db.appUser());
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        config.put("mp.jwt.verify.publickey", infra.tokens().publicKeyPem());
        config.put("mp.jwt.verify.issuer", LocalTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the PostgreSQL server and the broker live as long as the test JVM: other test classes reuse them
    }
}
