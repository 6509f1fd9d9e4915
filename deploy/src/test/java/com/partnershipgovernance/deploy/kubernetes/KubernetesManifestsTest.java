package com.partnershipgovernance.deploy.kubernetes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks deploy/kubernetes: every file is valid YAML of an expected kind, every kustomization renders,
 * and the rendered overlays run every service with probes, limits and a restricted security context
 * (two replicas and a PodDisruptionBudget in production), give every topic the code uses a KafkaTopic,
 * point every service at the read-write service of its own CloudNativePG cluster, and set every
 * property a service needs in production from a ConfigMap or a Secret.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final Path README = ROOT.resolve("README.md");

    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Kustomization", "kustomize.config.k8s.io/v1beta1"),
            Map.entry("Namespace", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("ServiceAccount", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("Kafka", "kafka.strimzi.io/v1"),
            Map.entry("KafkaNodePool", "kafka.strimzi.io/v1"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1"),
            Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("ScheduledBackup", "postgresql.cnpg.io/v1"));

    private static final Pattern TOPIC_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z-]+)*\\.v\\d+(?:\\.[a-z-]+\\.dlq)?)\"");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::\\d+)?/([^?]+).*");

    @Test
    void everyManifestIsValidYamlOfAnExpectedKindAndApiVersion() {
        List<Path> files = YamlFiles.under(KUBERNETES);
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            List<Manifest> manifests = YamlFiles.manifests(file);
            assertThat(manifests).as(file.toString()).isNotEmpty();
            for (Manifest manifest : manifests) {
                assertThat(API_VERSIONS).as("kinds allowed, found in " + file).containsKey(manifest.kind());
                assertThat(manifest.apiVersion()).as(manifest.toString()).isEqualTo(API_VERSIONS.get(manifest.kind()));
                if (!"Kustomization".equals(manifest.kind())) {
                    assertThat(manifest.name()).as("metadata.name in " + file).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyKustomizationRefersToExistingFilesAndEveryFileIsUsed() {
        Set<Path> used = new HashSet<>();
        for (Path file : YamlFiles.under(KUBERNETES)) {
            if (file.getFileName().toString().equals(Kustomization.FILE)) {
                used.add(file);
                for (Path reference : Kustomization.in(file.getParent()).references()) {
                    assertThat(reference).as("referred to by " + file).exists();
                    used.add(Files.isDirectory(reference) ? reference.resolve(Kustomization.FILE) : reference);
                }
            }
        }
        assertThat(YamlFiles.under(KUBERNETES)).as("files no kustomization uses").allMatch(used::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceRunsWithProbesResourcesAndARestrictedSecurityContext(String overlay) {
        Rendered rendered = render(overlay);
        for (String service : services()) {
            Manifest deployment = rendered.one("Deployment", service);
            Map<String, Object> pod = deployment.map("spec", "template", "spec");
            Map<String, Object> container = onlyContainer(deployment);
            String describe = overlay + " " + service;

            Object port = namedPort(container, "http");
            assertThat(port).as(describe + " http port").isEqualTo(httpPortOf(service));
            assertProbe(container, "startupProbe", "/q/health/started", describe);
            assertProbe(container, "livenessProbe", "/q/health/live", describe);
            assertProbe(container, "readinessProbe", "/q/health/ready", describe);

            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(Manifest.at(container, "resources", kind, resource))
                            .as(describe + " resources." + kind + "." + resource).isNotNull();
                }
            }
            assertThat(memoryBytes(Manifest.at(container, "resources", "requests", "memory")))
                    .as(describe + ": memory request = limit, so the pod is never evicted for memory it was given")
                    .isEqualTo(memoryBytes(Manifest.at(container, "resources", "limits", "memory")));

            assertThat(Manifest.at(pod, "securityContext", "runAsNonRoot")).as(describe + " runAsNonRoot").isEqualTo(true);
            assertThat(Manifest.at(pod, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
            assertThat(Manifest.at(container, "securityContext", "readOnlyRootFilesystem"))
                    .as(describe + " readOnlyRootFilesystem").isEqualTo(true);
            assertThat(Manifest.at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(Manifest.at(container, "securityContext", "capabilities", "drop"))
                    .as(describe + " drops all capabilities").isEqualTo(List.of("ALL"));
            assertThat(mountPaths(container)).as(describe + ": a writable /tmp").contains("/tmp");
            assertThat((List<?>) pod.get("topologySpreadConstraints")).as(describe + " topology spread").isNotEmpty();
            assertThat(pod.get("serviceAccountName")).isEqualTo(service);
            rendered.one("ServiceAccount", service);

            Map<String, Object> annotations = deployment.map("spec", "template", "metadata", "annotations");
            assertThat(annotations).as(describe + " Prometheus scrape annotations")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(httpPortOf(service)));

            Manifest kubernetesService = rendered.one("Service", service);
            assertThat(selects(kubernetesService.map("spec", "selector"), deployment))
                    .as(describe + ": its Service selects its pods").isTrue();
        }
    }

    @Test
    void productionRunsTwoReplicasOfEveryServiceWithADisruptionBudget() {
        Rendered production = render("production");
        for (String service : services()) {
            Manifest deployment = production.one("Deployment", service);
            assertThat(deployment.at("spec", "replicas")).as(service + " replicas").isEqualTo(2);
            List<Manifest> budgets = production.all("PodDisruptionBudget").stream()
                    .filter(pdb -> selects(pdb.map("spec", "selector", "matchLabels"), deployment))
                    .toList();
            assertThat(budgets).as(service + " PodDisruptionBudget").hasSize(1);
            Manifest budget = budgets.get(0);
            boolean keepsOneUp = Integer.valueOf(1).equals(budget.at("spec", "maxUnavailable"))
                    || Integer.valueOf(1).equals(budget.at("spec", "minAvailable"));
            assertThat(keepsOneUp).as(budget + " lets one of the two pods go at a time").isTrue();
        }
    }

    @Test
    void devRunsOneReplicaOfEveryServiceAndNoDisruptionBudget() {
        Rendered dev = render("dev");
        for (String service : services()) {
            assertThat(dev.one("Deployment", service).at("spec", "replicas")).as(service + " replicas").isEqualTo(1);
        }
        // with one replica, a budget of one would block every node drain
        assertThat(dev.all("PodDisruptionBudget")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void theJvmIsSizedToTheMemoryLimit(String overlay) {
        Rendered rendered = render(overlay);
        for (String service : services()) {
            Manifest deployment = rendered.one("Deployment", service);
            Map<String, String> environment = rendered.environment(deployment);
            String options = environment.get("JDK_JAVA_OPTIONS");
            assertThat(options).as(overlay + " " + service + " JDK_JAVA_OPTIONS").isNotNull();
            Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([\\d.]+)").matcher(options);
            assertThat(percentage.find()).as("MaxRAMPercentage in " + options).isTrue();
            long limit = memoryBytes(Manifest.at(onlyContainer(deployment), "resources", "limits", "memory"));
            long heap = (long) (limit * Double.parseDouble(percentage.group(1)) / 100);
            assertThat(heap).as(overlay + " " + service + " heap").isGreaterThanOrEqualTo(256L << 20);
            // metaspace, code cache, thread stacks and Kafka/Netty buffers live outside the heap
            assertThat(limit - heap).as(overlay + " " + service + " memory beside the heap")
                    .isGreaterThanOrEqualTo(192L << 20);
            assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyTopicTheCodeUsesHasAKafkaTopicAndNoOther(String overlay) {
        Rendered rendered = render(overlay);
        Manifest kafka = rendered.only("Kafka");
        Set<String> declared = new TreeSet<>();
        for (Manifest topic : rendered.all("KafkaTopic")) {
            assertThat(topic.labels()).as(topic + " belongs to the Kafka cluster")
                    .containsEntry("strimzi.io/cluster", kafka.name());
            assertThat(topic.at("spec", "partitions")).as(topic + " partitions").isInstanceOf(Integer.class);
            assertThat(topic.string("spec", "config", "retention.ms")).as(topic + " retention").isNotNull();
            assertThat(topic.string("spec", "config", "cleanup.policy")).as(topic + ": events are facts")
                    .isEqualTo("delete");
            declared.add(topic.string("spec", "topicName") != null ? topic.string("spec", "topicName") : topic.name());
        }
        assertThat(declared).as(overlay + " KafkaTopics").isEqualTo(topicsTheCodeUses());
        assertThat(kafka.at("spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo(false);
    }

    @Test
    void topicsTheCodeUsesIncludeEveryDomainTopicAndDeadLetterTopic() {
        // guards the scan itself: if it found nothing, the KafkaTopic check would prove nothing
        assertThat(topicsTheCodeUses()).contains("partner.events.v1", "agreement.events.v1", "agreement.milestones.v1",
                "agreement.deviations.v1", "kpi.events.v1", "risk.events.v1", "partner.events.v1.risk-service.dlq");
    }

    @Test
    void productionKafkaHasThreeControllersThreeBrokersAndThreeReplicas() {
        Rendered production = render("production");
        Manifest kafka = production.only("Kafka");
        assertThat(nodes(production, "controller")).as("KRaft controllers").isEqualTo(3);
        assertThat(nodes(production, "broker")).as("brokers").isEqualTo(3);
        Map<String, Object> config = kafka.map("spec", "kafka", "config");
        assertThat(config).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3)
                .containsEntry("transaction.state.log.min.isr", 2);
        for (Manifest topic : production.all("KafkaTopic")) {
            Object replicas = topic.at("spec", "replicas");
            assertThat(replicas == null || Integer.valueOf(3).equals(replicas)).as(topic + " replicas").isTrue();
        }
    }

    @Test
    void devKafkaIsOneDualRoleNode() {
        Rendered dev = render("dev");
        List<Manifest> pools = dev.all("KafkaNodePool");
        assertThat(pools).hasSize(1);
        assertThat(pools.get(0).at("spec", "replicas")).isEqualTo(1);
        assertThat(pools.get(0).list("spec", "roles")).containsExactlyInAnyOrder("controller", "broker");
        assertThat(dev.only("Kafka").map("spec", "kafka", "config")).containsEntry("default.replication.factor", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceUsesTheReadWriteServiceOfItsOwnDatabaseCluster(String overlay) {
        Rendered rendered = render(overlay);
        Set<String> clustersUsed = new HashSet<>();
        for (String service : services()) {
            Manifest deployment = rendered.one("Deployment", service);
            Map<String, String> environment = rendered.environment(deployment);
            Matcher url = JDBC_URL.matcher(String.valueOf(environment.get("QUARKUS_DATASOURCE_JDBC_URL")));
            assertThat(url.matches()).as(service + " JDBC URL " + environment.get("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
            String host = url.group(1);
            assertThat(host).as(service + " connects to a -rw service").endsWith("-rw");
            Manifest cluster = rendered.one("Cluster", host.substring(0, host.length() - "-rw".length()));
            assertThat(clustersUsed.add(cluster.name())).as(cluster + " serves one service only").isTrue();
            assertThat(cluster.string("spec", "bootstrap", "initdb", "database")).isEqualTo(url.group(2));

            // Flyway migrates as the owner (CloudNativePG's generated secret), the service runs as its application role
            String owner = cluster.string("spec", "bootstrap", "initdb", "owner");
            assertThat(rendered.secretReference(deployment, "QUARKUS_FLYWAY_USERNAME"))
                    .isEqualTo(cluster.name() + "-app/username");
            assertThat(rendered.secretReference(deployment, "QUARKUS_FLYWAY_PASSWORD"))
                    .isEqualTo(cluster.name() + "-app/password");
            String applicationSecret = rendered.secretReference(deployment, "QUARKUS_DATASOURCE_USERNAME");
            assertThat(rendered.secretReference(deployment, "QUARKUS_DATASOURCE_PASSWORD"))
                    .isEqualTo(applicationSecret.replace("/username", "/password"));
            List<Object> roles = cluster.list("spec", "managed", "roles");
            assertThat(roles).as(cluster + " managed roles").isNotNull();
            Map<String, Object> role = roles.stream().map(Manifest::asMap)
                    .filter(r -> applicationSecret.equals(Manifest.at(r, "passwordSecret", "name") + "/username"))
                    .findFirst().orElseThrow(() -> new AssertionError(cluster + " has no role with the secret "
                            + applicationSecret));
            assertThat(role.get("name")).as("application role").isNotEqualTo(owner);
            assertThat(role.get("login")).isEqualTo(true);
        }
    }

    @Test
    void productionDatabasesHaveThreeInstancesAndBackups() {
        Rendered production = render("production");
        assertThat(production.all("Cluster")).hasSize(services().size());
        for (Manifest cluster : production.all("Cluster")) {
            assertThat(cluster.at("spec", "instances")).as(cluster + " instances").isEqualTo(3);
            Map<String, Object> store = cluster.map("spec", "backup", "barmanObjectStore");
            assertThat(store).as(cluster + " barmanObjectStore").isNotNull();
            assertThat(String.valueOf(store.get("destinationPath"))).as(cluster + " destinationPath")
                    .matches("(s3|gs|https)://.+");
            assertThat(Manifest.at(store, "s3Credentials", "accessKeyId", "name")).as(cluster + " credentials")
                    .isNotNull();
            assertThat(cluster.string("spec", "backup", "retentionPolicy")).isNotBlank();
            long scheduled = production.all("ScheduledBackup").stream()
                    .filter(b -> cluster.name().equals(b.string("spec", "cluster", "name")))
                    .count();
            assertThat(scheduled).as(cluster + " ScheduledBackup").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyPropertyAServiceNeedsInProductionComesFromAConfigMapOrSecret(String overlay) {
        Rendered rendered = render(overlay);
        ConfigurationContract contract = new ConfigurationContract(ROOT);
        for (String service : services()) {
            Set<String> required = contract.requiredBy(ROOT.resolve(service));
            assertThat(required).containsAll(ConfigurationContract.ALWAYS_FROM_ENVIRONMENT);
            Manifest deployment = rendered.one("Deployment", service);
            Map<String, String> fromConfigMapsOrSecrets = rendered.environment(deployment);
            for (String property : required) {
                String variable = property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
                assertThat(fromConfigMapsOrSecrets).as(overlay + " " + service + " needs " + property)
                        .containsKey(variable);
                assertThat(fromConfigMapsOrSecrets.get(variable)).as(overlay + " " + service + " " + variable)
                        .isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everySecretIsGeneratedOrDocumented(String overlay) {
        Rendered rendered = render(overlay);
        Set<String> available = new TreeSet<>();
        rendered.all("Secret").forEach(s -> available.add(s.name()));
        rendered.all("Cluster").forEach(c -> available.add(c.name() + "-app"));
        String documented = deployingSection();
        for (String secret : rendered.secretsReferred()) {
            assertThat(available.contains(secret) || documented.contains("`" + secret + "`"))
                    .as(overlay + ": secret " + secret + " is generated or named in the README's Deploying to Kubernetes")
                    .isTrue();
        }
    }

    private static Rendered render(String overlay) {
        return new Rendered(Kustomization.in(KUBERNETES.resolve("overlays").resolve(overlay)).render());
    }

    /** The service modules: the repository's directories named *-service with an application.properties. */
    static List<String> services() {
        try (Stream<Path> children = Files.list(ROOT)) {
            List<String> services = children
                    .filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.exists(d.resolve("src/main/resources/application.properties")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(services).as("services found").hasSizeGreaterThanOrEqualTo(4);
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topics in the services' application.properties (channels and dead-letter topics) and their code. */
    static Set<String> topicsTheCodeUses() {
        Set<String> topics = new TreeSet<>();
        for (String service : services()) {
            Properties properties = ConfigurationContract.properties(
                    ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            topics.addAll(channelTopics(properties, properties.getProperty("quarkus.application.name")));
            if (usesKnownPartners(service)) {
                // the known-partners module's channel, its dead-letter topic named after the service
                topics.addAll(channelTopics(ConfigurationContract.properties(ROOT.resolve(
                        "platform-partners/src/main/resources/META-INF/microprofile-config.properties")),
                        properties.getProperty("quarkus.application.name")));
            }
            try (Stream<Path> sources = Files.walk(ROOT.resolve(service).resolve("src/main/java"))) {
                for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher literal = TOPIC_LITERAL.matcher(Files.readString(source));
                    while (literal.find()) {
                        topics.add(literal.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return topics;
    }

    private static Set<String> channelTopics(Properties properties, String applicationName) {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                topics.add(properties.getProperty(key).trim().replace("${quarkus.application.name}", applicationName));
            }
        }
        return topics;
    }

    private static boolean usesKnownPartners(String service) {
        try {
            return Files.readString(ROOT.resolve(service).resolve("pom.xml")).contains("<artifactId>platform-partners<");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nodes(Rendered rendered, String role) {
        return rendered.all("KafkaNodePool").stream()
                .filter(pool -> pool.list("spec", "roles").contains(role))
                .mapToInt(pool -> (Integer) pool.at("spec", "replicas"))
                .sum();
    }

    private static int httpPortOf(String service) {
        Properties properties = ConfigurationContract.properties(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    private static Map<String, Object> onlyContainer(Manifest deployment) {
        List<Object> containers = deployment.list("spec", "template", "spec", "containers");
        assertThat(containers).as(deployment + " containers").hasSize(1);
        return Manifest.asMap(containers.get(0));
    }

    private static Object namedPort(Map<String, Object> container, String name) {
        for (Object port : (List<?>) container.get("ports")) {
            if (name.equals(Manifest.asMap(port).get("name"))) {
                return Manifest.asMap(port).get("containerPort");
            }
        }
        return null;
    }

    private static List<Object> mountPaths(Map<String, Object> container) {
        List<Object> paths = new ArrayList<>();
        Object mounts = container.get("volumeMounts");
        if (mounts instanceof List<?> list) {
            list.forEach(m -> paths.add(Manifest.asMap(m).get("mountPath")));
        }
        return paths;
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, String describe) {
        assertThat(Manifest.at(container, probe, "httpGet", "path")).as(describe + " " + probe).isEqualTo(path);
        Object port = Manifest.at(container, probe, "httpGet", "port");
        assertThat(port.equals("http") || port.equals(namedPort(container, "http")))
                .as(describe + " " + probe + " port " + port).isTrue();
    }

    private static boolean selects(Map<String, Object> selector, Manifest deployment) {
        Map<String, Object> labels = deployment.map("spec", "template", "metadata", "labels");
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    static long memoryBytes(Object quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(String.valueOf(quantity));
        if (!m.matches()) {
            throw new IllegalArgumentException("memory quantity " + quantity);
        }
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "Ki" -> 10;
            case "Mi" -> 20;
            default -> 30;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    /** The README's section "Deploying to Kubernetes". */
    private static String deployingSection() {
        try {
            String readme = Files.readString(README);
            int start = readme.indexOf("\n## Deploying to Kubernetes");
            assertThat(start).as("README section Deploying to Kubernetes").isNotNegative();
            int end = readme.indexOf("\n## ", start + 1);
            return readme.substring(start, end < 0 ? readme.length() : end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects an overlay renders to, with look-ups by kind and name. */
    record Rendered(List<Manifest> objects) {

        List<Manifest> all(String kind) {
            return objects.stream().filter(o -> kind.equals(o.kind())).toList();
        }

        Manifest one(String kind, String name) {
            return all(kind).stream().filter(o -> name.equals(o.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }

        Manifest only(String kind) {
            List<Manifest> all = all(kind);
            assertThat(all).as(kind).hasSize(1);
            return all.get(0);
        }

        /**
         * The container's environment variables that come from a ConfigMap (its value) or a Secret
         * ({@code secret:<name>/<key>}); literal values are left out, as configuration must come by reference.
         */
        Map<String, String> environment(Manifest deployment) {
            Map<String, Object> container = onlyContainer(deployment);
            Map<String, String> environment = new java.util.LinkedHashMap<>();
            Object envFrom = container.get("envFrom");
            if (envFrom instanceof List<?> sources) {
                for (Object source : sources) {
                    Object configMap = Manifest.at(source, "configMapRef", "name");
                    if (configMap != null) {
                        one("ConfigMap", configMap.toString()).map("data")
                                .forEach((k, v) -> environment.put(k, String.valueOf(v)));
                    }
                }
            }
            Object env = container.get("env");
            if (env instanceof List<?> variables) {
                for (Object variable : variables) {
                    String name = String.valueOf(Manifest.at(variable, "name"));
                    Object configMap = Manifest.at(variable, "valueFrom", "configMapKeyRef");
                    Object secret = Manifest.at(variable, "valueFrom", "secretKeyRef");
                    if (configMap != null) {
                        Object value = one("ConfigMap", String.valueOf(Manifest.at(configMap, "name")))
                                .at("data", String.valueOf(Manifest.at(configMap, "key")));
                        assertThat(value).as(deployment + " " + name + " from " + configMap).isNotNull();
                        environment.put(name, String.valueOf(value));
                    } else if (secret != null) {
                        environment.put(name, "secret:" + Manifest.at(secret, "name") + "/" + Manifest.at(secret, "key"));
                    }
                }
            }
            return environment;
        }

        /** {@code <secret>/<key>} of the variable set from a Secret, failing if it is not. */
        String secretReference(Manifest deployment, String variable) {
            String value = environment(deployment).get(variable);
            assertThat(value).as(deployment + " " + variable + " from a Secret").startsWith("secret:");
            return value.substring("secret:".length());
        }

        /** The names of the secrets the objects refer to. */
        Set<String> secretsReferred() {
            Set<String> names = new TreeSet<>();
            for (Manifest object : objects) {
                collectSecretNames(object.content(), null, names);
            }
            return names;
        }

        private static void collectSecretNames(Object node, String key, Set<String> names) {
            if (node instanceof Map<?, ?> map) {
                if (key != null && (key.equals("secretKeyRef") || key.equals("passwordSecret") || key.equals("secretRef")
                        || key.equals("accessKeyId") || key.equals("secretAccessKey"))) {
                    names.add(String.valueOf(map.get("name")));
                }
                if ("secret".equals(key) && map.get("secretName") != null) {
                    names.add(String.valueOf(map.get("secretName")));
                }
                map.forEach((k, v) -> collectSecretNames(v, String.valueOf(k), names));
            } else if (node instanceof List<?> list) {
                list.forEach(item -> collectSecretNames(item, key, names));
            }
        }
    }
}
