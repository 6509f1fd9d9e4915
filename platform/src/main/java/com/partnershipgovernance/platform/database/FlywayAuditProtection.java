package com.partnershipgovernance.platform.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Optional;

/** Adds the {@link ApplicationRoleGrants} callback to the service's Flyway, for its datasource user. */
@ApplicationScoped
public class FlywayAuditProtection implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> applicationRole;

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new ApplicationRoleGrants(applicationRole.orElse(null)));
    }
}
