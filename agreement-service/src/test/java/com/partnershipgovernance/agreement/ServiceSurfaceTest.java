package com.partnershipgovernance.agreement;

import com.partnershipgovernance.platform.testing.ServiceSurface;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceSurfaceTest {

    @Test
    void healthIsUpWithDatabaseAndKafkaChecks() {
        ServiceSurface.assertHealthUpWithDatabaseAndKafka();
    }

    @Test
    void openApiSwaggerUiAndMetricsAreServedWithoutAToken() {
        ServiceSurface.assertOpenApiSwaggerAndMetrics("agreement-service", "/partners");
    }

    @Test
    void everyOperationIsDocumentedInOpenApi() {
        ServiceSurface.assertEveryOperationIsDocumented();
    }
}
