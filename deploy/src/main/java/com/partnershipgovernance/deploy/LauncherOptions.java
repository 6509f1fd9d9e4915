package com.partnershipgovernance.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The command line of {@code deploy/run}: either start the platform (the default), mint a token
 * ({@code token ...}) or print the usage ({@code --help}).
 *
 * @param command          what to do
 * @param dataDir          where PostgreSQL, Kafka, the signing keys and the logs live (absolute)
 * @param pgPort           PostgreSQL port
 * @param kafkaPort        Kafka broker port; the KRaft controller listens on the next port
 * @param firstServicePort partner-service's HTTP port; agreement, kpi and risk take the next three
 * @param infraOnly        start only PostgreSQL and Kafka (to run a service from the IDE or in dev mode)
 * @param demo             once the services are ready, seed the demo portfolio through their APIs (once per
 *                         data directory)
 * @param token            the token to mint, only for {@link Command#TOKEN}
 */
public record LauncherOptions(Command command, Path dataDir, int pgPort, int kafkaPort, int firstServicePort,
                              boolean infraOnly, boolean demo, TokenRequest token) {

    /** What the launcher was asked to do. */
    public enum Command { RUN, TOKEN, HELP }

    /** The claims of a token minted by {@code deploy/run token}. */
    public record TokenRequest(String subject, String name, List<String> roles, UUID partnerId, Duration validity) {
    }

    private static final Set<String> VALUED_OPTIONS = Set.of("--data-dir", "--pg-port", "--kafka-port", "--http-port",
            "--sub", "--name", "--roles", "--partner-id", "--hours");

    public static final int DEFAULT_PG_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_FIRST_SERVICE_PORT = 8081;

    /** The usage text; {@code defaultDataDir} is shown as the default of {@code --data-dir}. */
    public static String usage(Path defaultDataDir) {
        return """
                Usage:
                  deploy/run [--rebuild] [--data-dir DIR] [--pg-port N] [--kafka-port N] [--http-port N]
                             [--infra-only | --demo]
                      Starts PostgreSQL, Kafka and the four services; Ctrl-C stops everything.
                  deploy/run token --sub ID [--name "Full Name"] [--roles r1,r2] [--partner-id UUID] [--hours N]
                                   [--data-dir DIR]
                      Prints a token signed with the key in the data directory (starts nothing).

                Options:
                  --rebuild         run ./mvnw -DskipTests install first, even if the jars exist
                  --data-dir DIR    data kept across restarts (default %s)
                  --pg-port N       PostgreSQL port (default %d)
                  --kafka-port N    Kafka port; the KRaft controller uses N+1 (default %d)
                  --http-port N     partner-service port; agreement, kpi and risk use N+1..N+3 (default %d)
                  --infra-only      start only PostgreSQL and Kafka and print their settings
                  --demo            once the services are ready, fill them through their APIs with a demo
                                    portfolio (partners, agreements, KPIs, deviations, risks); only the first
                                    time for a data directory
                  --help            this text
                """.formatted(defaultDataDir, DEFAULT_PG_PORT, DEFAULT_KAFKA_PORT, DEFAULT_FIRST_SERVICE_PORT);
    }

    /**
     * Parses {@code args}; relative paths are resolved against the current directory.
     *
     * @throws IllegalArgumentException with a message for the user if the arguments are wrong
     */
    public static LauncherOptions parse(String[] args, Path defaultDataDir) {
        List<String> rest = Arrays.asList(args);
        Command command = Command.RUN;
        if (!rest.isEmpty() && rest.get(0).equals("token")) {
            command = Command.TOKEN;
            rest = rest.subList(1, rest.size());
        }
        Path dataDir = defaultDataDir;
        int pgPort = DEFAULT_PG_PORT;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        int httpPort = DEFAULT_FIRST_SERVICE_PORT;
        boolean infraOnly = false;
        boolean demo = false;
        String subject = null;
        String name = null;
        List<String> roles = null;
        UUID partnerId = null;
        Long hours = null;
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                return new LauncherOptions(Command.HELP, dataDir, pgPort, kafkaPort, httpPort, false, false, null);
            }
            if (option.equals("--infra-only")) {
                infraOnly = true;
                continue;
            }
            if (option.equals("--demo")) {
                demo = true;
                continue;
            }
            if (!VALUED_OPTIONS.contains(option)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (i + 1 >= rest.size()) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = rest.get(++i);
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--pg-port" -> pgPort = port(option, value);
                case "--kafka-port" -> kafkaPort = port(option, value);
                case "--http-port" -> httpPort = port(option, value);
                case "--sub" -> subject = value;
                case "--name" -> name = value;
                case "--roles" -> roles = Arrays.stream(value.split(",")).map(String::trim)
                        .filter(r -> !r.isEmpty()).toList();
                case "--partner-id" -> partnerId = uuid(value);
                case "--hours" -> hours = number(option, value, 1, 24 * 365);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        boolean tokenClaims = subject != null || name != null || roles != null || partnerId != null || hours != null;
        if (command == Command.RUN) {
            if (tokenClaims) {
                throw new IllegalArgumentException("--sub, --name, --roles, --partner-id and --hours belong to 'token'");
            }
            if (infraOnly && demo) {
                throw new IllegalArgumentException("--demo needs the services, so it does not go with --infra-only");
            }
            return new LauncherOptions(command, dataDir.toAbsolutePath(), pgPort, kafkaPort, httpPort, infraOnly, demo,
                    null);
        }
        if (infraOnly || demo) {
            throw new IllegalArgumentException("--infra-only and --demo do not go with 'token'");
        }
        if (subject == null) {
            throw new IllegalArgumentException("token needs --sub");
        }
        TokenRequest token = new TokenRequest(subject, name == null ? subject : name,
                roles == null ? List.of() : roles, partnerId, Duration.ofHours(hours == null ? 12 : hours));
        return new LauncherOptions(command, dataDir.toAbsolutePath(), pgPort, kafkaPort, httpPort, false, false, token);
    }

    private static int port(String option, String value) {
        // the controller listens on kafka port + 1 and the services on http port + 3
        return (int) number(option, value, 1024, 65531);
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--partner-id needs a UUID, not '" + value + "'");
        }
    }
}
