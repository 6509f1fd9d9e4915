package com.partnershipgovernance.kpi.definition.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month written {@code 2026-07} or a quarter written {@code 2026-Q3}.
 * Each KPI has one periodicity; its measurements are of periods of that length.
 */
public record Period(Periodicity periodicity, int year, int number) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        int max = periodicity == Periodicity.MONTHLY ? 12 : 4;
        if (year < 1900 || year > 9999 || number < 1 || number > max) {
            throw new IllegalArgumentException("No such period: " + year + "/" + number);
        }
    }

    /** The period written as {@code text}, if it is a month {@code YYYY-MM} or a quarter {@code YYYY-Qn}. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            return Optional.of(new Period(Periodicity.MONTHLY, Integer.parseInt(month.group(1)),
                    Integer.parseInt(month.group(2))));
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(new Period(Periodicity.QUARTERLY, Integer.parseInt(quarter.group(1)),
                    Integer.parseInt(quarter.group(2))));
        }
        return Optional.empty();
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
