package com.partnershipgovernance.risk;

import com.partnershipgovernance.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of risk-service runs against the embedded PostgreSQL (database {@code risk}) and broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "risk"))
public class TestInfrastructureResource {
}
