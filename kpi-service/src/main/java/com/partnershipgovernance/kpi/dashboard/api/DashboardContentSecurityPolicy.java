package com.partnershipgovernance.kpi.dashboard.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Content-Security-Policy of the steering-committee dashboard page ({@code /dashboard/...}).
 * <p>
 * The page keeps a bearer token in session storage, so nothing but its own files may run in it: scripts and
 * style sheets only from this server (ECharts comes from its webjar here), no inline script or style, no
 * plugins, no framing, no form posts. It calls kpi-service and, by the URLs of {@code /dashboard/config.json},
 * agreement-service and risk-service: {@code connect-src} allows exactly those origins. Written in code rather
 * than in configuration because an origin is derived from each configured URL (which may carry a path or a
 * trailing slash, which a CSP source would read as a path to match). The other security headers of the page
 * are configuration ({@code quarkus.http.filter.dashboard.*}).
 */
@ApplicationScoped
public class DashboardContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @ConfigProperty(name = "dashboard.agreement-service-url")
    String agreementServiceUrl;

    @ConfigProperty(name = "dashboard.risk-service-url")
    String riskServiceUrl;

    void addToDashboardPages(@Observes Router router) {
        String policy = policy();
        router.routeWithRegex("/dashboard(/.*)?").order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, policy));
            context.next();
        });
    }

    /** The policy for the configured service URLs. */
    String policy() {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(origin("dashboard.agreement-service-url", agreementServiceUrl));
        connect.add(origin("dashboard.risk-service-url", riskServiceUrl));
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src "
                + String.join(" ", connect) + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL; a start with anything else fails, naming the key. */
    static String origin(String key, String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalStateException(key + " must be an absolute http(s) URL: " + url);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
