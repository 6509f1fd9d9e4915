package com.partnershipgovernance.deploy;

import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.ServiceDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the launcher prints once the platform is up: URLs, connection settings and an admin token. */
final class StartupSummary {

    private final LauncherOptions options;
    private final boolean defaultDataDir;
    private final double secondsSinceLaunch;

    StartupSummary(LauncherOptions options, boolean defaultDataDir, double secondsSinceLaunch) {
        this.options = options;
        this.defaultDataDir = defaultDataDir;
        this.secondsSinceLaunch = secondsSinceLaunch;
    }

    String render(List<ServiceProcess> services, String kafkaBootstrap, List<ServiceDatabase> databases,
                  Path publicKey, String adminToken, Duration tokenValidity, Path adminTokenFile) {
        StringBuilder out = new StringBuilder(System.lineSeparator());
        if (services.isEmpty()) {
            out.append("PostgreSQL and Kafka are up %.1f s after launch (no services started).%n"
                    .formatted(secondsSinceLaunch));
        } else {
            out.append("Partnership Governance is up: all services healthy %.1f s after launch.%n%n"
                    .formatted(secondsSinceLaunch));
            for (ServiceProcess s : services) {
                out.append("  %-18s %s   Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi%n"
                        .formatted(s.name(), s.url(), s.url(), s.url()));
            }
            services.stream().filter(s -> s.name().equals("kpi-service")).findFirst().ifPresent(kpi -> out.append(
                    "%n  Steering-committee dashboard %s/dashboard/ (sign in with the admin token below)%n"
                            .formatted(kpi.url())));
        }
        out.append("%n  Kafka       %s%n".formatted(kafkaBootstrap));
        for (ServiceDatabase db : databases) {
            out.append("  PostgreSQL  %-45s app %s/%s, owner (Flyway) %s/%s%n".formatted(db.jdbcUrl(),
                    db.appUser(), db.appPassword(), db.ownerUser(), db.ownerPassword()));
        }
        out.append("  JWT         issuer %s, public key %s%n".formatted(LocalTokens.ISSUER, publicKey));
        out.append("  Logs        %s%n".formatted(displayPath(options.dataDir().resolve("logs"))));

        String tokenPath = displayPath(adminTokenFile);
        out.append("%nAdmin token (valid %d h, also in %s):%n%s%n"
                .formatted(tokenValidity.toHours(), tokenPath, adminToken));
        if (!services.isEmpty()) {
            out.append("%nTry:%n  curl -H \"Authorization: Bearer $(cat %s)\" -H 'Content-Type: application/json'"
                    .formatted(tokenPath));
            out.append(" -d '{\"legalName\":\"Acme Biologics\",\"type\":\"CDMO\"}' %s/partners%n"
                    .formatted(services.get(0).url()));
        }
        String dataDirOption = defaultDataDir ? "" : " --data-dir " + displayPath(options.dataDir());
        out.append("%nMore tokens: deploy/run token%s --sub alice --name \"Alice Smith\" --roles quality,viewer%n"
                .formatted(dataDirOption));
        out.append("%nPress Ctrl-C to stop.%n".formatted());
        return out.toString();
    }

    /** A path relative to the working directory when it lies below it, as users would type it. */
    private static String displayPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
