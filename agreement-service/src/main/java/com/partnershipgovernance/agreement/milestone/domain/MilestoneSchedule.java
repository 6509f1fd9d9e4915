package com.partnershipgovernance.agreement.milestone.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The date and dependency rules of SOW milestones, free of persistence so that they are tested alone. */
public final class MilestoneSchedule {

    private MilestoneSchedule() {
    }

    /** Days from the due date to completion: positive when late, 0 on the day, negative when early. */
    public static long daysLate(LocalDate dueDate, LocalDate completedOn) {
        return ChronoUnit.DAYS.between(dueDate, completedOn);
    }

    /** Days from {@code today} to the due date (0 on the due date). */
    public static long daysLeft(LocalDate dueDate, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** A milestone is missed once its due date has passed (the day after it) and it was not completed. */
    public static boolean isMissed(LocalDate dueDate, MilestoneStatus status, LocalDate today) {
        return status == MilestoneStatus.OPEN && today.isAfter(dueDate);
    }

    /**
     * The milestones that depend on {@code decided}, directly or through other milestones, in breadth-first
     * order: those a NO_GO there puts on hold.
     *
     * @param dependsOn each milestone of the SOW with the ids it depends on
     */
    public static Set<UUID> dependentsOf(UUID decided, Map<UUID, ? extends Collection<UUID>> dependsOn) {
        Map<UUID, List<UUID>> dependents = dependsOn.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(on -> Map.entry(on, e.getKey())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> next = new ArrayDeque<>(List.of(decided));
        while (!next.isEmpty()) {
            for (UUID dependent : dependents.getOrDefault(next.poll(), List.of())) {
                if (!dependent.equals(decided) && found.add(dependent)) {
                    next.add(dependent);
                }
            }
        }
        return found;
    }

    /** {@link #dependentsOf(UUID, Map)} over milestones. */
    public static Set<UUID> dependentsOf(Milestone decided, Collection<Milestone> ofTheSow) {
        return dependentsOf(decided.id(), ofTheSow.stream().collect(Collectors.toMap(Milestone::id,
                Milestone::dependsOn, (a, b) -> a)));
    }

    /** Milestones by id. */
    public static Map<UUID, Milestone> byId(Collection<Milestone> milestones) {
        return milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
    }
}
