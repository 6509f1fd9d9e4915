package com.partnershipgovernance.kpi.definition.domain;

import com.partnershipgovernance.platform.time.AcceptedDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A reporting period: a month written {@code 2026-07} or a quarter written {@code 2026-Q3}.
 * Each KPI has one periodicity; its measurements are of periods of that length.
 */
public record Period(Periodicity periodicity, int year, int number) implements Comparable<Period> {

    public Period {
        int max = periodicity == Periodicity.MONTHLY ? 12 : 4;
        if (!AcceptedDates.containsYear(year) || number < 1 || number > max) {
            throw new IllegalArgumentException("No such period: " + year + "/" + number);
        }
    }

    /** The period written as {@code text}, if it is a month {@code YYYY-MM} or a quarter {@code YYYY-Qn}. */
    public static Optional<Period> parse(String text) {
        // read character by character, not with a regular expression: the portfolio parses thousands per request
        if (text == null || text.length() != 7 || text.charAt(4) != '-') {
            return Optional.empty();
        }
        int year = digits(text, 0, 4);
        if (!AcceptedDates.containsYear(year)) {
            return Optional.empty();
        }
        if (text.charAt(5) == 'Q') {
            int quarter = digits(text, 6, 7);
            return quarter >= 1 && quarter <= 4 ? Optional.of(new Period(Periodicity.QUARTERLY, year, quarter))
                    : Optional.empty();
        }
        int month = digits(text, 5, 7);
        return month >= 1 && month <= 12 ? Optional.of(new Period(Periodicity.MONTHLY, year, month)) : Optional.empty();
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The period of {@code periodicity} that contains {@code date}. */
    public static Period containing(LocalDate date, Periodicity periodicity) {
        return periodicity == Periodicity.MONTHLY
                ? new Period(periodicity, date.getYear(), date.getMonthValue())
                : new Period(periodicity, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        int firstMonth = periodicity == Periodicity.MONTHLY ? number : (number - 1) * 3 + 1;
        return LocalDate.of(year, firstMonth, 1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        YearMonth lastMonth = YearMonth.from(start()).plusMonths(periodicity == Periodicity.MONTHLY ? 0 : 2);
        return lastMonth.atEndOfMonth();
    }

    /** The period just before this one. */
    public Period previous() {
        return containing(start().minusDays(1), periodicity);
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        // concatenation, not String.format: dashboards label every cell with it; the year has four digits
        return periodicity == Periodicity.MONTHLY ? year + (number < 10 ? "-0" : "-") + number : year + "-Q" + number;
    }
}
