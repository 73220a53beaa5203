/*
 * Copyright 2026 the kafkaman-billing authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package co.kafkaman.billing.rules.proration;

import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/** The built-in day-count conventions behind the factories of {@link DayCount}. */
final class DayCounts {
  private DayCounts() {}

  /**
   * A convention that numbers the days of the calendar: a stretch counts the difference of its
   * ends' numbers, over the period's. Stretches add up by construction (the telescoping law).
   */
  interface Numbered extends DayCount {

    /**
     * Returns the number of {@code date}; never smaller for a later date.
     *
     * @param date the date
     * @return its number
     */
    long dayNumber(LocalDate date);

    @Override
    default Fraction part(DateRange period, DateRange stretch) {
      DayCount.requireInside(period, stretch);
      long whole = dayNumber(period.endExclusive()) - dayNumber(period.start());
      if (whole == 0) {
        // a period between the 30th and the 31st of one month counts no 30E/360 day
        return ACTUAL_DAYS.part(period, stretch);
      }
      return Fraction.of(
          dayNumber(stretch.endExclusive()) - dayNumber(stretch.start()), whole, "days");
    }

    @Override
    default Fraction remaining(DateRange period, LocalDate from) {
      DayCount.requireWithin(period, from);
      return part(period, DateRange.of(from, period.endExclusive()));
    }
  }

  /** Actual days: the epoch day. */
  record ActualDays() implements Numbered {
    @Override
    public long dayNumber(LocalDate date) {
      return date.toEpochDay();
    }

    /** The days left over the period's days: what {@link #part} gives, without the stretch. */
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

    @Override
    public String toString() {
      return name();
    }
  }

  /**
   * Months of {@code daysPerMonth} days, each date counted on its own (30E/360 for 30): {@code
   * Y-M-D} is day {@code N x (12 Y + M - 1) + min(D, N)}.
   */
  record FixedMonth(int daysPerMonth, String name) implements Numbered {
    FixedMonth(int daysPerMonth) {
      this(daysPerMonth, "fixed " + daysPerMonth + "-day month");
    }

    @Override
    public long dayNumber(LocalDate date) {
      return Math.addExact(
          Math.multiplyExact(date.getYear() * 12L + date.getMonthValue() - 1, daysPerMonth),
          Math.min(date.getDayOfMonth(), daysPerMonth));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final DayCount ACTUAL_DAYS = new ActualDays();

  static final DayCount THIRTY_360 = new FixedMonth(30, "30-day months (30E/360)");

  static final DayCount WHOLE_MONTHS =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long whole = monthsOf(period);
          if (from.equals(period.start())) {
            return Fraction.of(whole, whole, "months");
          }
          long left = Math.min(whole, DayCount.wholeMonthsBetween(from, period.endExclusive()));
          return Fraction.of(left, whole, "months");
        }

        @Override
        public String name() {
          return "whole months";
        }

        @Override
        public String toString() {
          return name();
        }
      };

  /**
   * The months of a period (at least 1): {@code [2024-01-31, 2024-02-29)} and {@code [2024-02-29,
   * 2024-03-31)} are 1 month each, {@code [2024-02-29, 2025-02-28)} 12.
   */
  static long monthsOf(DateRange period) {
    return Math.max(1, DayCount.wholeMonthsBetween(period.start(), period.endExclusive()));
  }
}
