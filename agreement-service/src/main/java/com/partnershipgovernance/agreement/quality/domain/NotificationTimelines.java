package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.platform.problem.ValidationException;

import java.time.LocalDate;

/**
 * Within how many hours of a deviation occurring the partner must notify the sponsor, per severity.
 * Deviations carry dates, not instants, so the deadline is a date: {@code occurredOn} plus the hours rounded
 * up to whole days (24 h: by the next day; 5 days: 120 h).
 */
public record NotificationTimelines(int criticalHours, int majorHours, int minorHours) {

    static final int MAX_HOURS = 24 * 366;

    /**
     * @throws ValidationException (400) naming the field when an hour count is not positive, over a year, or
     *                             a less severe deviation must be notified sooner than a more severe one
     */
    public NotificationTimelines {
        requireRange("notificationTimelines.criticalHours", criticalHours);
        requireRange("notificationTimelines.majorHours", majorHours);
        requireRange("notificationTimelines.minorHours", minorHours);
        if (majorHours < criticalHours) {
            throw new ValidationException("notificationTimelines.majorHours",
                    "must not be shorter than criticalHours (" + criticalHours + ")");
        }
        if (minorHours < majorHours) {
            throw new ValidationException("notificationTimelines.minorHours",
                    "must not be shorter than majorHours (" + majorHours + ")");
        }
    }

    /** Critical within 24 hours, major within 5 days, minor within 30 days. */
    public static NotificationTimelines template() {
        return new NotificationTimelines(24, 5 * 24, 30 * 24);
    }

    public int hoursFor(DeviationSeverity severity) {
        return switch (severity) {
            case CRITICAL -> criticalHours;
            case MAJOR -> majorHours;
            case MINOR -> minorHours;
        };
    }

    /** The last day on which a deviation of {@code severity} that occurred on {@code occurredOn} is notified on time. */
    public LocalDate deadline(DeviationSeverity severity, LocalDate occurredOn) {
        int hours = hoursFor(severity);
        return occurredOn.plusDays((hours + 23) / 24);
    }

    /** Whether reporting on {@code reportedOn} met the timeline for {@code severity}. */
    public boolean isOnTime(DeviationSeverity severity, LocalDate occurredOn, LocalDate reportedOn) {
        return !reportedOn.isAfter(deadline(severity, occurredOn));
    }

    private static void requireRange(String field, int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new ValidationException(field, "must be from 1 to " + MAX_HOURS + " hours");
        }
    }
}
