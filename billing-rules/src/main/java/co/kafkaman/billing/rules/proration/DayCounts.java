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
import java.time.temporal.ChronoUnit;

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

        @Override
        public String toString() {
          return name();
        }
      };

  static final DayCount THIRTY_360 =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long whole = 30 * monthsOf(period);
          if (from.equals(period.start())) {
            return Fraction.of(whole, whole, "days");
          }
          LocalDate end = period.endExclusive();
          long months = monthsBack(end, from);
          long days = ChronoUnit.DAYS.between(from, end.minusMonths(months));
          return Fraction.of(Math.min(whole, 30 * months + Math.min(30, days)), whole, "days");
        }

        @Override
        public String name() {
          return "30-day months (30/360)";
        }

        @Override
        public String toString() {
          return name();
        }
      };

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

  /**
   * The largest {@code k} with {@code end - k months} (month-end clamped) not before {@code from}.
   */
  static long monthsBack(LocalDate end, LocalDate from) {
    // end - between months is never before from; clamping can make between one short
    long months = Math.max(0, ChronoUnit.MONTHS.between(from, end));
    while (!end.minusMonths(months + 1).isBefore(from)) {
      months++;
    }
    return months;
  }

  record FixedMonth(int daysPerMonth) implements DayCount {
    @Override
    public Fraction remaining(DateRange period, LocalDate from) {
      DayCount.requireWithin(period, from);
      long whole = daysPerMonth * monthsOf(period);
      if (from.equals(period.start())) {
        return Fraction.of(whole, whole, "days");
      }
      long actualLeft = ChronoUnit.DAYS.between(from, period.endExclusive());
      return Fraction.of(Math.min(whole, actualLeft), whole, "days");
    }

    @Override
    public String name() {
      return "fixed " + daysPerMonth + "-day month";
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
