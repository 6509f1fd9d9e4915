package com.partnershipgovernance.agreement;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code agreement.*} setting the service reads is in the README's configuration table. */
class ConfigurationDocumentationTest {

    private static final Pattern SETTING = Pattern.compile("(?:\\$\\{|name = \")(agreement\\.[a-z0-9.-]+)");

    @Test
    void everyAgreementSettingReadByTheServiceIsInTheReadmesConfigurationTable() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        String table = readme.substring(start, readme.indexOf("\n## ", start + 1));

        assertThat(settingsRead()).isNotEmpty()
                .allSatisfy(setting -> assertThat(table).as(setting).contains("`" + setting + "`"));
    }

    private static Set<String> settingsRead() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = SETTING.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
