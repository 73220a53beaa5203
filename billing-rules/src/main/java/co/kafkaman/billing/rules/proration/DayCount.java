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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A day-count convention: how much of a period a stretch of it is, as an exact, unreduced {@link
 * Fraction}. Pluggable (RULES.md section 4): {@link #actualDays()} (the default), {@link
 * #thirty360()} (30E/360), {@link #fixedMonth(int)}, {@link #wholeMonths()}, {@link
 * #seconds(ZoneId)} (seconds between the midnights of a zone, or from a command's instant once
 * pinned with {@link SecondsDayCount#at(Instant)}), and {@link #secondsRemaining(Instant, Instant,
 * Instant)} for instants. A host may implement its own.
 *
 * <p>The API follows {@code java.time}: {@link #part(DateRange, DateRange)} is the part of any
 * stretch {@code [a, b)} inside the period; {@link #remaining(DateRange, LocalDate)} is the
 * trailing stub {@code [from, period.end)} (what a change from {@code from} on charges or credits)
 * and {@link #elapsed(DateRange, LocalDate)} the leading stub {@code [period.start, until)} (a
 * first partial period, what was used before a change).
 *
 * <p>Every built-in convention obeys the same laws, which the property tests check:
 *
 * <ul>
 *   <li>one denominator per period: every part of a period is {@code k/n} with the same {@code n};
 *   <li>the whole period is {@code n/n}, an empty stretch {@code 0/n};
 *   <li>parts telescope: for {@code a <= b <= c} in the period, {@code part[a, b) + part[b, c) =
 *       part[a, c)}, so a leading and a trailing stub split at the same day add up to {@code n/n};
 *   <li>a part never shrinks when its stretch grows;
 *   <li>a stretch that is not inside the period is refused with a {@link BillingException} {@code
 *       DATE_OUT_OF_RANGE} naming the field {@code stretch} and its value.
 * </ul>
 *
 * <p>Under {@link #actualDays()} every day counts, so a change on the period's last day leaves
 * {@code 1/n}; under 30/360 the 31st of a month counts no day of its own (see {@link
 * #thirty360()}).
 *
 * <p>Example, period {@code [2024-03-01, 2024-04-01)} (31 days), change on 2024-03-15:
 *
 * <table>
 *   <caption>Remaining part by convention</caption>
 *   <tr><th>convention</th><th>remaining</th><th>x 12.00</th></tr>
 *   <tr><td>actual days</td><td>{@code 17/31 days}</td><td>6.58</td></tr>
 *   <tr><td>30E/360</td><td>{@code 16/30 days} (15th to 30th; the 31st counts as the 30th)</td>
 *       <td>6.40</td></tr>
 *   <tr><td>fixed 30-day month</td><td>{@code 16/30 days}</td><td>6.40</td></tr>
 *   <tr><td>whole months</td><td>{@code 0/1 months}</td><td>0.00</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public interface DayCount {

  /**
   * Returns the part of {@code period} from {@code from} (inclusive) to its end: the trailing stub
   * {@code [from, period.endExclusive)}.
   *
   * @param period the period, not empty
   * @param from a date within {@code [period.start, period.endExclusive]}
   * @return the remaining fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period,
   *     {@code INVALID_DATE_RANGE} if the period is empty
   */
  Fraction remaining(DateRange period, LocalDate from);

  /**
   * Returns the part of {@code period} that {@code stretch} covers: a leading stub, a trailing stub
   * or any stretch inside it, over the period's one denominator.
   *
   * <p>The built-in conventions count each stretch directly. This default, for a host's own
   * convention that implements only {@link #remaining(DateRange, LocalDate)}, telescopes: {@code
   * remaining(a) - remaining(b)} over their common denominator.
   *
   * <p>Example, actual days: {@code part([2024-03-01, 2024-04-01), [2024-03-10, 2024-03-20))} is
   * {@code 10/31 days}; 30E/360: {@code part([2023-02-10, 2023-03-10), [2023-02-10, 2023-03-05))}
   * is {@code 25/30 days} (20 days to the 30th of February, 5 in March; the actual count is 23).
   *
   * @param period the period, not empty
   * @param stretch a range inside {@code period} (it may be empty, or touch either end)
   * @return the fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} naming {@code stretch} if the stretch is not
   *     inside the period, {@code INVALID_DATE_RANGE} if the period is empty
   * @throws IllegalStateException if this convention's {@code remaining} breaks the laws (two
   *     denominators in one period, or a remaining part that grows as the date moves on)
   */
  default Fraction part(DateRange period, DateRange stretch) {
    requireInside(period, stretch);
    Fraction from = remaining(period, stretch.start());
    Fraction to = remaining(period, stretch.endExclusive());
    if (from.denominator() != to.denominator() || from.numerator() < to.numerator()) {
      throw new IllegalStateException(
          name() + " does not telescope in " + period + ": " + from + " then " + to);
    }
    return Fraction.of(from.numerator() - to.numerator(), from.denominator(), from.unit());
  }

  /**
   * Returns the part of {@code period} before {@code untilExclusive}: the leading stub {@code
   * [period.start, untilExclusive)}. With {@link #remaining(DateRange, LocalDate)} from the same
   * day it adds up to the whole period.
   *
   * <p>Example, actual days: {@code [2024-03-01, 2024-04-01)} until 2024-03-15 is {@code 14/31
   * days}, and from 2024-03-15 on {@code 17/31 days} remain.
   *
   * @param period the period, not empty
   * @param untilExclusive a date within {@code [period.start, period.endExclusive]}
   * @return the elapsed fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} naming {@code stretch} if the date is
   *     outside the period, {@code INVALID_DATE_RANGE} if the period is empty
   */
  default Fraction elapsed(DateRange period, LocalDate untilExclusive) {
    if (untilExclusive.isBefore(period.start())) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "stretch",
          "[" + period.start() + ", " + untilExclusive + ") is not inside " + period);
    }
    return part(period, DateRange.of(period.start(), untilExclusive));
  }

  /**
   * Returns the instant a charge for the rest of {@code period} from {@code from} starts at, when
   * this count starts it at an instant rather than with the date: what an item bought then records
   * as its {@code BilledItem.serviceStart()}, so that a later credit of it counts from the same
   * instant ({@link #remaining(DateRange, Instant, LocalDate)}).
   *
   * <p>Empty for every count of dates (this default). A {@link SecondsDayCount} pinned at an
   * instant on {@code from}, strictly inside the period, returns that instant: pinned at {@code
   * 2024-04-16T12:00:00Z}, {@code [2024-04-01, 2024-05-01)} from 2024-04-16 starts at noon; from
   * the period's first date a charge is the whole period and starts with the date (empty).
   *
   * @param period the period the charge is prorated over
   * @param from the first day charged, within {@code [period.start, period.endExclusive]}
   * @return the instant the charge counts from, or empty when it counts from the date
   * @since 0.1.0
   */
  default Optional<Instant> startInstant(DateRange period, LocalDate from) {
    return Optional.empty();
  }

  /**
   * Returns the part of {@code period} from {@code from} on, for a service that started at the
   * instant {@code serviceStart} on the period's first date rather than with that date: the credit
   * of an item bought at an instant ({@code BilledItem.serviceStart()}) is its unused part over
   * what was bought, from that instant on.
   *
   * <p>A count of dates has no instants: this default is {@link #remaining(DateRange, LocalDate)}.
   * {@link SecondsDayCount} counts the seconds from {@code from} (from its pinned instant on that
   * date, never from before {@code serviceStart}) to the period's end over the seconds from {@code
   * serviceStart} to the end. Example, UTC: {@code [2024-04-16, 2024-05-01)} started at {@code
   * 2024-04-16T12:00:00Z} lasts 1,252,800 s; pinned at {@code 2024-04-20T18:00:00Z}, from
   * 2024-04-20 {@code 885600/1252800 seconds} remain (10.25 of 14.5 days), unpinned {@code
   * 950400/1252800 seconds}.
   *
   * @param period the service period, not empty
   * @param serviceStart the instant the service started
   * @param from a date within {@code [period.start, period.endExclusive]}
   * @return the remaining fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period,
   *     {@code INVALID_DATE_RANGE} if the period is empty
   * @since 0.1.0
   */
  default Fraction remaining(DateRange period, Instant serviceStart, LocalDate from) {
    return remaining(period, from);
  }

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
   * 30-day months, the 30E/360 rule (ISDA 2006 section 4.16(g), "Eurobond basis"; ICMA's "30/360"):
   * every month counts 30 days and a year 360. A date {@code Y-M-D} counts as day {@code min(D,
   * 30)} of its month, so the days between two dates are {@code 360 x (Y2 - Y1) + 30 x (M2 - M1) +
   * (min(D2, 30) - min(D1, 30))}. A part is the days of its stretch over the days of the period.
   *
   * <ul>
   *   <li>The 31st counts as the 30th: the stretch from the 30th to the 31st counts no day, the one
   *       from the 31st to the 1st of the next month one day.
   *   <li>Nothing happens on the last day of February: 2023-02-28 is day 28, so February carries
   *       two days it does not have (29 and 30, one in a leap year), and a stretch that crosses its
   *       end counts them ({@code [2023-02-27, 2023-03-01)} is 4 days).
   *   <li>Each date is adjusted on its own, so the count of a stretch is the difference of the
   *       counts of its ends and stretches add up exactly (the telescoping law). This is why
   *       30E/360 and not the US/Bond basis rule (ISDA 4.16(f)), which adjusts the end date's 31
   *       only when the start is the 30th or 31st and so counts {@code [03-15, 03-31) + [03-31,
   *       04-01)} as 16 + 1 days but {@code [03-15, 04-01)} as 16; and not 30E/360 (ISDA)
   *       (4.16(h)), whose exception for a February termination date depends on which date ends the
   *       deal.
   *   <li>A period counts its own 30E/360 days: 30 for a month whose start day is 30 or less on
   *       both ends ({@code [2024-01-15, 2024-02-15)}, {@code [2023-02-28, 2023-03-28)}), 360 for a
   *       year from the same day. A month-end-clamped cycle that crosses February counts what its
   *       ends give: {@code [2024-01-31, 2024-02-29)} is 29 ({@code 30 + 29 - 30}), {@code
   *       [2024-02-29, 2024-03-31)} 31, the two together 60. A period that counts no day at all (it
   *       lies between the 30th and the 31st of one month) is counted in actual days.
   * </ul>
   *
   * <p>Worked examples (by the formula above):
   *
   * <table>
   *   <caption>30E/360 parts</caption>
   *   <tr><th>period</th><th>stretch</th><th>part</th></tr>
   *   <tr><td>{@code [2023-02-10, 2023-03-10)}</td><td>{@code [2023-02-10, 2023-03-05)}</td>
   *       <td>{@code 25/30}: {@code 30 x 1 + (5 - 10)}; the actual count is 23</td></tr>
   *   <tr><td>{@code [2024-02-10, 2024-03-10)}</td><td>{@code [2024-02-10, 2024-03-05)}</td>
   *       <td>{@code 25/30}: the same in a leap year (actual 24)</td></tr>
   *   <tr><td>{@code [2024-03-01, 2024-04-01)}</td><td>{@code [2024-03-15, 2024-04-01)}</td>
   *       <td>{@code 16/30}: {@code 30 x 1 + (1 - 15)}</td></tr>
   *   <tr><td>{@code [2024-03-01, 2024-04-01)}</td><td>{@code [2024-03-31, 2024-04-01)}</td>
   *       <td>{@code 1/30}; {@code [2024-03-30, 2024-04-01)} is also {@code 1/30}</td></tr>
   *   <tr><td>{@code [2024-01-01, 2025-01-01)}</td><td>{@code [2024-03-15, 2025-01-01)}</td>
   *       <td>{@code 286/360}: {@code 360 x 1 + 30 x (1 - 3) + (1 - 15)}</td></tr>
   * </table>
   *
   * @return the convention
   */
  static DayCount thirty360() {
    return DayCounts.THIRTY_360;
  }

  /**
   * A fixed month of {@code daysPerMonth} days: the 30E/360 rule of {@link #thirty360()} with
   * {@code N} in place of 30. Every month counts {@code N} days and a date {@code Y-M-D} counts as
   * day {@code min(D, N)} of its month, so the days between two dates are {@code 12N x (Y2 - Y1) +
   * N x (M2 - M1) + (min(D2, N) - min(D1, N))}; a part is the days of its stretch over the days of
   * the period. {@code fixedMonth(30)} counts exactly as {@code thirty360()} (Chargebee's
   * documented examples use a 30-day month).
   *
   * <p>For {@code N < 28} the days after the {@code N}th of every month count nothing; for {@code N
   * = 31} every calendar day counts one and short months carry the days they lack, counted by a
   * stretch that crosses their end. A period that counts no day is counted in actual days.
   *
   * <p>Example, {@code fixedMonth(30)}: {@code [2024-03-01, 2024-04-01)} from 2024-03-15 is {@code
   * 16/30 days}; {@code [2023-02-01, 2023-03-01)} from 2023-02-15 is {@code 16/30 days} (15th to
   * the 30th of February). {@code fixedMonth(28)}: {@code [2024-03-01, 2024-04-01)} from 2024-03-15
   * is {@code 14/28 days} ({@code 28 + 1 - 15}).
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
   * <p>A stretch {@code [a, b)} is {@code remaining(a) - remaining(b)}: the whole months left at
   * {@code a} that are no longer left at {@code b}. So the leading stub before a mid-month date
   * holds the partial month: the annual period above until 2024-03-15 is {@code 3/12 months}.
   *
   * @return the convention
   */
  static DayCount wholeMonths() {
    return DayCounts.WHOLE_MONTHS;
  }

  /**
   * Seconds (Stripe style) over dates: a date {@code d} means the instant {@code
   * d.atStartOfDay(zone)}, and a part is the seconds of its stretch over the seconds of the period,
   * so a day counts 86,400 seconds, or 82,800 and 90,000 on the days the clocks of {@code zone}
   * move. {@link SecondsDayCount#at(Instant)} pins it at a command's instant, and {@code
   * BillingEngine.apply(Team, Command, Instant)} does so for every command it applies.
   *
   * <p>Example: UTC, {@code [2024-04-01, 2024-05-01)} from 2024-04-16 is {@code 1296000/2592000
   * seconds}; pinned at {@code 2024-04-16T12:00:00Z}, {@code 1252800/2592000 seconds} (14.5 days).
   * Europe/Berlin, {@code [2024-03-01, 2024-04-01)} from 2024-03-31 is {@code 82800/2674800
   * seconds} (the 23 hours of the day the clocks go forward, of 743).
   *
   * @param zone the zone whose midnights the dates mean
   * @return the day count, not pinned
   * @throws NullPointerException if {@code zone} is null
   */
  static SecondsDayCount seconds(ZoneId zone) {
    return new SecondsDayCount(zone, null);
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
    // each condition tested here, its message built apart: every day count inlines this
    if (from.isBefore(period.start()) || from.isAfter(period.endExclusive())) {
      throw BillingException.refusal(
          BillingErrorCode.DATE_OUT_OF_RANGE, "date", from, " is outside " + period);
    }
    if (period.isEmpty()) {
      throw BillingException.refusal(
          BillingErrorCode.INVALID_DATE_RANGE, "period", period, " is empty");
    }
  }

  /**
   * Checks that {@code stretch} lies inside {@code period} and that the period is not empty: the
   * precondition of {@link #part(DateRange, DateRange)}, for implementations.
   *
   * @param period the period
   * @param stretch the stretch
   * @throws BillingException {@code DATE_OUT_OF_RANGE} naming {@code stretch} for a stretch not
   *     inside the period, {@code INVALID_DATE_RANGE} for an empty period
   */
  static void requireInside(DateRange period, DateRange stretch) {
    if (!period.encloses(stretch)) {
      throw BillingException.refusal(
          BillingErrorCode.DATE_OUT_OF_RANGE, "stretch", stretch, " is not inside " + period);
    }
    if (period.isEmpty()) {
      throw BillingException.refusal(
          BillingErrorCode.INVALID_DATE_RANGE, "period", period, " is empty");
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
