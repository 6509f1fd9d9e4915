package com.partnershipgovernance.kpi;

import com.partnershipgovernance.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of kpi-service runs against the embedded PostgreSQL (database {@code kpi}) and broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "kpi"))
public class TestInfrastructureResource {
}
