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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day-count convention: how much of a period remains from a date on, as an exact, unreduced
 * {@link Fraction}. Pluggable (RULES.md section 4): {@link #actualDays()} (the default), {@link
 * #thirty360()}, {@link #fixedMonth(int)}, {@link #wholeMonths()}, and {@link
 * #secondsRemaining(Instant, Instant, Instant)} for instants. A host may implement its own.
 *
 * <p>Every built-in convention obeys the same laws, which the property tests check: a change on the
 * period's first day leaves the whole period ({@code n/n}); a change on its end leaves nothing
 * ({@code 0/n}); the remaining part never grows as the date moves on; and, for the day-based
 * conventions, the change date counts as remaining, so a change on the last day leaves at least one
 * day. Consecutive pieces telescope: with one denominator per period, the part between two dates is
 * the difference of their numerators.
 *
 * <p>Example, period {@code [2024-03-01, 2024-04-01)} (31 days), change on 2024-03-15:
 *
 * <table>
 *   <caption>Remaining part by convention</caption>
 *   <tr><th>convention</th><th>remaining</th><th>x 12.00</th></tr>
 *   <tr><td>actual days</td><td>{@code 17/31 days}</td><td>6.58</td></tr>
 *   <tr><td>30-day months (30/360)</td><td>{@code 17/30 days}</td><td>6.80</td></tr>
 *   <tr><td>fixed 30-day month</td><td>{@code 17/30 days}</td><td>6.80</td></tr>
 *   <tr><td>whole months</td><td>{@code 0/1 months}</td><td>0.00</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public interface DayCount {

  /**
   * Returns the part of {@code period} from {@code from} (inclusive) to its end.
   *
   * @param period the period, not empty
   * @param from a date within {@code [period.start, period.endExclusive]}
   * @return the remaining fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period,
   *     {@code INVALID_DATE_RANGE} if the period is empty
   */
  Fraction remaining(DateRange period, LocalDate from);

  /**
   * Returns the convention's name, such as {@code "actual days"}.
   *
   * @return the name
   */
  String name();

  /**
   * Actual days: {@code days(from, end) / days(start, end)}. The kafkaman default.
   *
   * <p>Example: {@code [2024-02-01, 2024-03-01)} from 2024-02-15 is {@code 15/29 days} (a leap
   * February); {@code [2024-01-31, 2024-02-29)} from 2024-02-15 is {@code 14/29 days}.
   *
   * @return the convention
   */
  static DayCount actualDays() {
    return DayCounts.ACTUAL_DAYS;
  }

  /**
   * 30-day months (30/360): every month of the period counts 30 days, so a monthly period is {@code
   * 30} and an annual one {@code 360}, whatever its actual length. What remains is 30 for each
   * whole month left before the period's end, plus the actual days of the partial month left (at
   * most 30); a change on the period's first day leaves all of it.
   *
   * <p>Example: {@code [2024-03-01, 2024-04-01)} from 2024-03-15 is {@code 17/30 days}; the annual
   * {@code [2024-01-01, 2025-01-01)} from 2024-03-15 is {@code 287/360 days} (9 whole months left,
   * 2024-04-01 to 2025-01-01, plus 17 days); a February cycle {@code [2023-02-28, 2023-03-28)}
   * counts 30, not 28.
   *
   * @return the convention
   */
  static DayCount thirty360() {
    return DayCounts.THIRTY_360;
  }

  /**
   * A fixed month of {@code daysPerMonth} days (Chargebee's documented examples use 30): the period
   * counts {@code N x months} days and what remains is the actual days left, at most that ({@code
   * min(actual days left, N x months) / (N x months)}); a change on the period's first day leaves
   * all of it.
   *
   * <p>Example, {@code fixedMonth(30)}: {@code [2024-03-01, 2024-04-01)} from 2024-03-15 is {@code
   * 17/30 days}, from 2024-03-02 {@code 30/30 days} (31 days left, capped); {@code [2023-02-01,
   * 2023-03-01)} from 2023-02-15 is {@code 14/30 days}.
   *
   * @param daysPerMonth the days of one month, 1 or more
   * @return the convention
   * @throws IllegalArgumentException if {@code daysPerMonth} is less than 1
   */
  static DayCount fixedMonth(int daysPerMonth) {
    if (daysPerMonth < 1) {
      throw new IllegalArgumentException("daysPerMonth must be 1 or more, was " + daysPerMonth);
    }
    return new DayCounts.FixedMonth(daysPerMonth);
  }

  /**
   * Whole remaining months: the whole months from {@code from} to the period's end (a partial month
   * does not count) over the period's months. GitLab-style true-ups count this way.
   *
   * <p>Example: the annual {@code [2024-01-01, 2025-01-01)} from 2024-03-15 is {@code 9/12 months}
   * (2024-03-15 + 9 months = 2024-12-15, + 10 months is past the end); a monthly period from any
   * day but its first is {@code 0/1 months}.
   *
   * @return the convention
   */
  static DayCount wholeMonths() {
    return DayCounts.WHOLE_MONTHS;
  }

  /**
   * Seconds (Stripe style): the seconds from {@code from} to {@code endExclusive} over the seconds
   * of {@code [start, endExclusive)}.
   *
   * <p>Example: {@code [2024-04-01T00:00Z, 2024-05-01T00:00Z)} (2,592,000 s) from {@code
   * 2024-04-16T12:00Z} is {@code 1252800/2592000 seconds} (14.5 days).
   *
   * @param start the period's first instant
   * @param endExclusive the instant after the period, after {@code start}
   * @param from an instant within {@code [start, endExclusive]}
   * @return the remaining fraction in seconds
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period or the
   *     period is empty
   */
  static Fraction secondsRemaining(Instant start, Instant endExclusive, Instant from) {
    if (from.isBefore(start) || from.isAfter(endExclusive) || !start.isBefore(endExclusive)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "from",
          from + " is outside [" + start + ", " + endExclusive + ")");
    }
    return Fraction.of(
        Duration.between(from, endExclusive).toSeconds(),
        Duration.between(start, endExclusive).toSeconds(),
        "seconds");
  }

  /**
   * Checks that {@code from} lies within {@code [period.start, period.endExclusive]} and that the
   * period is not empty: the precondition of {@link #remaining(DateRange, LocalDate)}, for
   * implementations.
   *
   * @param period the period
   * @param from the date
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date outside the period, {@code
   *     INVALID_DATE_RANGE} for an empty period
   */
  static void requireWithin(DateRange period, LocalDate from) {
    if (from.isBefore(period.start()) || from.isAfter(period.endExclusive())) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE, "date", from + " is outside " + period);
    }
    if (period.isEmpty()) {
      throw new BillingException(
          BillingErrorCode.INVALID_DATE_RANGE, "period", period + " is empty");
    }
  }

  /**
   * Returns the whole months from {@code from} to {@code to}: the largest {@code m} with {@code
   * from + m months} (month-end clamped) not after {@code to}.
   *
   * <p>Example: 2024-01-31 to 2024-02-29 is 1 (2024-01-31 + 1 month = 2024-02-29); 2024-03-15 to
   * 2025-01-01 is 9; 2024-03-15 to 2024-04-14 is 0.
   *
   * @param from the first date
   * @param to the second date, not before {@code from}
   * @return the whole months, zero or more
   */
  static long wholeMonthsBetween(LocalDate from, LocalDate to) {
    // MONTHS.between never overshoots; month-end clamping can make it one short (2024-01-30 to
    // 2024-02-29 is 0 by ChronoUnit, 1 here)
    long months = Math.max(0, ChronoUnit.MONTHS.between(from, to));
    while (!from.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return months;
  }
}
