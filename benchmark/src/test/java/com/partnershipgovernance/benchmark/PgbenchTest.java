package com.partnershipgovernance.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgbenchTest {

    @Test
    void readsTheTpsOfPgbenchsReport() {
        String report = """
                pgbench (15.10 (Debian 15.10-0+deb12u1), server 17.11)
                transaction type: /tmp/script.sql
                number of clients: 8
                latency average = 3.105 ms
                initial connection time = 20.118 ms
                tps = 2576.404108 (without initial connection time)
                """;

        assertThat(Pgbench.tps(report)).hasValue(2576.404108);
        assertThat(Pgbench.tps("pgbench: error: connection refused")).isEmpty();
    }
}
