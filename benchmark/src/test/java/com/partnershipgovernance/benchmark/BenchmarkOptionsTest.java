package com.partnershipgovernance.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    private static final Path DEFAULT_DIR = Path.of("/tmp/bench-default");

    @Test
    void defaultsAreThePortfolioAndRatesOfTheIssue() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[0], DEFAULT_DIR);

        assertThat(o.size()).isEqualTo(new Portfolio.Size(200, 10, 24, 20));
        assertThat(o.lagRate()).isEqualTo(200);
        assertThat(o.dataDir()).isEqualTo(DEFAULT_DIR);
        assertThat(o.restarts()).isTrue();
        assertThat(o.help()).isFalse();
    }

    @Test
    void readsEachOption() {
        BenchmarkOptions o = BenchmarkOptions.parse(new String[]{"--partners", "20", "--sow-partners", "5",
                "--duration", "3", "--write-rate", "12.5", "--connections", "4", "--pgbench", "/opt/pgbench", "--no-restarts"},
                DEFAULT_DIR);

        assertThat(o.size().partners()).isEqualTo(20);
        assertThat(o.size().partnersWithSow()).isEqualTo(5);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.writeRate()).isEqualTo(12.5);
        assertThat(o.connections()).isEqualTo(4);
        assertThat(o.pgbench()).isEqualTo(Path.of("/opt/pgbench"));
        assertThat(o.restarts()).isFalse();
    }

    @Test
    void refusesBadValuesNamingTheOption() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--partners", "0"}, DEFAULT_DIR))
                .hasMessageContaining("--partners");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--lag-rate", "fast"}, DEFAULT_DIR))
                .hasMessageContaining("--lag-rate");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--duration"}, DEFAULT_DIR))
                .hasMessageContaining("--duration needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--partners", "5"}, DEFAULT_DIR))
                .hasMessageContaining("--sow-partners");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--fast"}, DEFAULT_DIR))
                .hasMessageContaining("Unknown option --fast");
    }
}
