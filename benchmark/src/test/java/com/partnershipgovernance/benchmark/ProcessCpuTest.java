package com.partnershipgovernance.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

    @Test
    void readsPidParentAndUserPlusSystemTicksEvenWithParenthesesInTheCommand() {
        String line = "4242 (java (pg) x) S 17 4242 4242 0 -1 4194560 1234 0 0 0 250 75 0 0 20 0 31 0 99 0 0";

        ProcessCpu.Stat stat = ProcessCpu.Stat.parse(line);

        assertThat(stat.pid()).isEqualTo(4242);
        assertThat(stat.parent()).isEqualTo(17);
        assertThat(stat.ticks()).isEqualTo(325);
    }

    @Test
    void chargesTheCpuThisJvmBurnsToTheBenchmarkGroup() {
        ProcessCpu.Sample before = ProcessCpu.take(Map.of(), -1);
        long end = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < end) {
            sink += Math.sqrt(sink + System.nanoTime());
        }
        ProcessCpu.Sample spent = ProcessCpu.take(Map.of(), -1).since(before);

        assertThat(sink).isPositive();
        assertThat(spent.seconds().get(ProcessCpu.BENCHMARK)).isGreaterThan(0.15);
        assertThat(spent.seconds().get(ProcessCpu.POSTGRES)).isZero();
    }
}
