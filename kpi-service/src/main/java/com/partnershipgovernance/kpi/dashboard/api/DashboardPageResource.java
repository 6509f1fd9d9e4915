package com.partnershipgovernance.kpi.dashboard.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the steering-committee dashboard page ({@code /dashboard/}, static files in
 * {@code META-INF/resources/dashboard}) finds the other services' APIs.
 * <p>
 * The page calls agreement-service and risk-service straight from the browser with the user's own
 * token, rather than through a proxy in kpi-service: each service then applies its own authorization
 * (a partner's user sees only their partner) and kpi-service forwards no one's credentials. Those two
 * services allow this page's origin by CORS ({@code quarkus.http.cors.origins}, set by {@code deploy/run}).
 * Asked with a token, so a rejected token shows on the first call the page makes.
 */
@Path("/dashboard/config.json")
@Tag(name = "Dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardPageResource {

    @ConfigProperty(name = "dashboard.agreement-service-url")
    String agreementServiceUrl;

    @ConfigProperty(name = "dashboard.risk-service-url")
    String riskServiceUrl;

    /** The base URLs the dashboard page calls, without a trailing slash. */
    @Schema(name = "DashboardPageConfig")
    public record PageConfig(@Schema(example = "http://localhost:8082") String agreementServiceUrl,
                             @Schema(example = "http://localhost:8084") String riskServiceUrl) {
    }

    @GET
    @Operation(summary = "The dashboard page's configuration", description = "The base URLs of agreement-service "
            + "and risk-service as the browser reaches them (`dashboard.agreement-service-url`, "
            + "`dashboard.risk-service-url`).")
    public PageConfig config() {
        return new PageConfig(withoutTrailingSlash(agreementServiceUrl), withoutTrailingSlash(riskServiceUrl));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
