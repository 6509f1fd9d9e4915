package com.partnershipgovernance.partner;

import com.partnershipgovernance.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of partner-service runs against the embedded PostgreSQL (database {@code partner}) and broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
public class TestInfrastructureResource {
}
