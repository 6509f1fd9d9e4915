package com.partnershipgovernance.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one range of dates the platform accepts anywhere a date is sent (bodies, query parameters, periods): from
 * 1900-01-01 to 2200-12-31. It holds every date of a partnership's records (inspections and certificates decades
 * back, agreements and milestones decades ahead) and refuses what PostgreSQL cannot store or a rule cannot reason
 * about (year 0, which PostgreSQL reads back as year 1, and years in the millions).
 */
public final class AcceptedDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    public static final LocalDate EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(LAST_YEAR, 12, 31);

    /** The refusal's wording, the same wherever a date is refused. */
    public static final String RANGE = "must be a date from " + EARLIEST + " to " + LATEST;

    private AcceptedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean containsYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
