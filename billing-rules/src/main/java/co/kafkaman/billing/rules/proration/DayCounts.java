package co.kafkaman.billing.rules.proration;

import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/** The built-in day-count conventions behind the factories of {@link DayCount}. */
final class DayCounts {
  private DayCounts() {}

  static final DayCount ACTUAL_DAYS =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long end = period.endExclusive().toEpochDay();
          return Fraction.of(end - from.toEpochDay(), end - period.start().toEpochDay(), "days");
        }

        @Override
        public String name() {
          return "actual days";
        }
      };

  static final DayCount THIRTY_360 =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long whole = Math.max(1, DayCount.days360(period.start(), period.endExclusive()));
          long left = Math.max(0, Math.min(whole, DayCount.days360(from, period.endExclusive())));
          return Fraction.of(left, whole, "days");
        }

        @Override
        public String name() {
          return "30/360";
        }
      };

  static final DayCount WHOLE_MONTHS =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long whole = Math.max(1, monthsOf(period));
          long left = Math.min(whole, DayCount.wholeMonthsBetween(from, period.endExclusive()));
          return Fraction.of(left, whole, "months");
        }

        @Override
        public String name() {
          return "whole months";
        }
      };

  /** The months of a period, counted 30/360 and rounded to the nearest month (at least 1). */
  static long monthsOf(DateRange period) {
    return Math.max(1, (DayCount.days360(period.start(), period.endExclusive()) + 15) / 30);
  }

  record FixedMonth(int daysPerMonth) implements DayCount {
    @Override
    public Fraction remaining(DateRange period, LocalDate from) {
      DayCount.requireWithin(period, from);
      long whole = daysPerMonth * monthsOf(period);
      long actualLeft = period.lengthInDays() - period.endingBefore(from).lengthInDays();
      if (from.equals(period.start())) {
        return Fraction.of(whole, whole, "days");
      }
      return Fraction.of(Math.min(whole, actualLeft), whole, "days");
    }

    @Override
    public String name() {
      return "fixed " + daysPerMonth + "-day month";
    }
  }
}
