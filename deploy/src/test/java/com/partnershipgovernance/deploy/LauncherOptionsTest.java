package com.partnershipgovernance.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's command line as far as {@code --demo} and the token's data directory are concerned. */
class LauncherOptionsTest {

    private static final Path DEFAULT_DATA = Path.of("/tmp/pg-default");

    @Test
    void demoIsOffUnlessAsked() {
        assertThat(LauncherOptions.parse(new String[0], DEFAULT_DATA).demo()).isFalse();
        LauncherOptions demo = LauncherOptions.parse(new String[]{"--demo", "--http-port", "18081"}, DEFAULT_DATA);
        assertThat(demo.command()).isEqualTo(LauncherOptions.Command.RUN);
        assertThat(demo.demo()).isTrue();
        assertThat(demo.firstServicePort()).isEqualTo(18081);
    }

    @Test
    void demoNeedsTheServices() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"--demo", "--infra-only"}, DEFAULT_DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--infra-only");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[]{"token", "--sub", "a", "--demo"}, DEFAULT_DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'token'");
    }

    @Test
    void usageDescribesDemo() {
        assertThat(LauncherOptions.usage(DEFAULT_DATA)).contains("--demo");
    }

    @Test
    void usageOffersTheDataDirectoryWhoseKeySignsAToken() {
        String usage = LauncherOptions.usage(DEFAULT_DATA);
        String tokenCommand = usage.substring(usage.indexOf("deploy/run token"), usage.indexOf("Prints a token"));

        assertThat(tokenCommand).contains("[--data-dir DIR]");
    }
}
