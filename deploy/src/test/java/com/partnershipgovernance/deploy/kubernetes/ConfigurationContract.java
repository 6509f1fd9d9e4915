package com.partnershipgovernance.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration properties a service needs from its environment in production: the properties
 * whose built-in value is only good on a developer's machine (database, Kafka, token issuer), plus
 * whatever its sources and the platform's require without a value: {@code %prod.} properties left
 * empty and {@code ${...}} expressions without a default in its application.properties, and
 * {@code @ConfigProperty} injections and {@code @ConfigMapping} members with no default that no
 * properties file sets.
 */
final class ConfigurationContract {

    /** Every service needs these from the deployment; their built-in values point at localhost. */
    static final List<String> ALWAYS_FROM_ENVIRONMENT = List.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.flyway.username",
            "quarkus.flyway.password",
            "kafka.bootstrap.servers",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(([^)]*)\\)\\s*((?:[\\w.]+)(?:<[^;=]*>)?)\\s+\\w+\\s*;");
    private static final Pattern NAME = Pattern.compile("name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("interface\\s+(\\w+)[^{]*\\{");
    private static final Pattern MEMBER = Pattern.compile(
            "((?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*)([\\w.]+(?:<[^>]*>)?)\\s+(\\w+)\\(\\)\\s*;");

    private final Path platform;

    /** @param root the repository root */
    ConfigurationContract(Path root) {
        this.platform = root.resolve("platform");
    }

    /** What {@code service} (its module directory) needs from the deployment in production. */
    Set<String> requiredBy(Path service) {
        Properties properties = properties(service.resolve("src/main/resources/application.properties"));
        Set<String> set = new TreeSet<>(properties.stringPropertyNames());
        set.addAll(properties(platform.resolve("src/main/resources/META-INF/microprofile-config.properties"))
                .stringPropertyNames());

        Set<String> required = new TreeSet<>(ALWAYS_FROM_ENVIRONMENT);
        for (String key : properties.stringPropertyNames()) {
            // an empty value in the prod profile says "the deployment sets this"
            if (key.startsWith("%prod.") && properties.getProperty(key).isBlank()) {
                required.add(key.substring("%prod.".length()));
            }
            Matcher expression = EXPRESSION.matcher(properties.getProperty(key));
            while (expression.find()) {
                required.add(expression.group(1));
            }
        }
        for (Path source : javaSources(service, platform)) {
            String code = withoutComments(read(source));
            required.addAll(injectedWithoutDefault(code));
            required.addAll(mappedWithoutDefault(code));
        }
        required.removeIf(key -> !ALWAYS_FROM_ENVIRONMENT.contains(key)
                && (set.contains(key) || properties.containsKey("%prod." + key))
                && !properties.getProperty("%prod." + key, "x").isBlank());
        return required;
    }

    private static Set<String> injectedWithoutDefault(String code) {
        Set<String> required = new TreeSet<>();
        Matcher injection = CONFIG_PROPERTY.matcher(code);
        while (injection.find()) {
            Matcher name = NAME.matcher(injection.group(1));
            boolean optional = injection.group(2).startsWith("Optional");
            if (name.find() && !injection.group(1).contains("defaultValue") && !optional) {
                required.add(name.group(1));
            }
        }
        return required;
    }

    /** The leaves of a {@code @ConfigMapping} interface with no {@code @WithDefault} that are not optional. */
    private static Set<String> mappedWithoutDefault(String code) {
        Matcher mapping = CONFIG_MAPPING.matcher(code);
        Set<String> required = new TreeSet<>();
        if (mapping.find()) {
            Matcher root = INTERFACE.matcher(code);
            if (root.find(mapping.end())) {
                collect(code, root.group(1), mapping.group(1), required);
            }
        }
        return required;
    }

    private static void collect(String code, String type, String prefix, Set<String> required) {
        Matcher member = MEMBER.matcher(ownBody(code, type));
        while (member.find()) {
            String returnType = member.group(2);
            String property = prefix + "." + kebab(member.group(3));
            if (declaresInterface(code, returnType)) {
                collect(code, returnType, property, required);
            } else if (!member.group(1).contains("@WithDefault") && !returnType.startsWith("Optional")) {
                required.add(property);
            }
        }
    }

    /** The body of interface {@code type} without the bodies of interfaces nested in it. */
    private static String ownBody(String code, String type) {
        Matcher declaration = Pattern.compile("interface\\s+" + type + "\\b[^{]*\\{").matcher(code);
        if (!declaration.find()) {
            throw new IllegalArgumentException("no interface " + type);
        }
        StringBuilder body = new StringBuilder();
        int depth = 1;
        for (int i = declaration.end(); i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 1) {
                    body.append(';');
                }
            } else if (depth == 1) {
                body.append(c);
            }
        }
        // what preceded a nested body ("interface Rag") is no member
        return body.toString().replaceAll("interface\\s+\\w+[^;]*;", ";");
    }

    private static boolean declaresInterface(String code, String type) {
        return Pattern.compile("interface\\s+" + type + "\\b").matcher(code).find();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//[^\\n]*", "");
    }

    private static List<Path> javaSources(Path... modules) {
        List<Path> sources = new ArrayList<>();
        for (Path module : modules) {
            try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
