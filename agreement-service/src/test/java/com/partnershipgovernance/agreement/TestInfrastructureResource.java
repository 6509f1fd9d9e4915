package com.partnershipgovernance.agreement;

import com.partnershipgovernance.platform.testing.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of agreement-service runs against the embedded PostgreSQL (database {@code agreement}) and broker. */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "agreement"))
public class TestInfrastructureResource {
}
