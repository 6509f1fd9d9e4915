package com.partnershipgovernance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the platform's processes from {@code /proc/<pid>/stat} (user + system, all threads): each
 * service's JVM, PostgreSQL (the postmaster and its backends) and this JVM (the Kafka broker and the load
 * generators). Taken before and after a measurement, it says where the two cores went per request.
 */
final class ProcessCpu {

    static final String POSTGRES = "PostgreSQL";
    static final String BENCHMARK = "benchmark JVM";
    /** USER_HZ, the unit of {@code /proc/<pid>/stat}'s times: 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU seconds per process group. */
    record Sample(Map<String, Double> seconds) {

        /** What each group spent since {@code earlier}. */
        Sample since(Sample earlier) {
            Map<String, Double> spent = new LinkedHashMap<>();
            seconds.forEach((group, s) -> spent.put(group, s - earlier.seconds.getOrDefault(group, 0.0)));
            return new Sample(spent);
        }
    }

    private ProcessCpu() {
    }

    /**
     * The CPU seconds so far of the services (by name and pid), of PostgreSQL (the postmaster's pid and every
     * process whose parent it is) and of this JVM. A backend that exits between two samples takes its time
     * with it; the services' pooled connections keep theirs.
     */
    static Sample take(Map<String, Long> services, long postmaster) {
        Map<Long, String> groups = new LinkedHashMap<>();
        services.forEach((name, pid) -> groups.put(pid, name));
        groups.put(postmaster, POSTGRES);
        groups.put(ProcessHandle.current().pid(), BENCHMARK);
        Map<String, Double> seconds = new LinkedHashMap<>();
        services.keySet().forEach(name -> seconds.put(name, 0.0));
        seconds.put(POSTGRES, 0.0);
        seconds.put(BENCHMARK, 0.0);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                Stat stat = read(p.resolve("stat"));
                if (stat == null) {
                    return;
                }
                String group = groups.getOrDefault(stat.pid(), stat.parent() == postmaster ? POSTGRES : null);
                if (group != null) {
                    seconds.merge(group, stat.ticks() / TICKS_PER_SECOND, Double::sum);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("Could not list /proc: " + e.getMessage(), e);
        }
        return new Sample(seconds);
    }

    /** The fields of one {@code /proc/<pid>/stat} line this class needs. */
    record Stat(long pid, long parent, long ticks) {

        /** Parses {@code pid (comm) state ppid ... utime stime ...}; comm may hold spaces and parentheses. */
        static Stat parse(String line) {
            int open = line.indexOf(" (");
            String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new Stat(Long.parseLong(line.substring(0, open)), Long.parseLong(after[1]),
                    Long.parseLong(after[11]) + Long.parseLong(after[12]));
        }
    }

    private static Stat read(Path stat) {
        try {
            return Stat.parse(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
