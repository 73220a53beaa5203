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
package co.kafkaman.billing.rules.calendar;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods of a fixed number of months or weeks counted from an anchor date: billing cycles (of any
 * {@link BillingFrequency}), auto-flex quarters of an annual term (3 months) and usage months (1
 * month) are all schedules.
 *
 * <p>Boundary {@code n} is always {@code anchor + n x months}, with the day clamped to the month's
 * last day, and is never reached by chaining one period after another. So an anchor of 2024-01-31,
 * monthly, gives boundaries 2024-02-29, 2024-03-31, 2024-04-30; an annual anchor of 2024-02-29
 * gives 2025-02-28 and, four years on, 2028-02-29.
 *
 * <p>Periods tile time from the anchor on, with no gap and no overlap: every date on or after the
 * anchor is in exactly one period. Week-based periods are {@code anchor + n x 7 x weeks} days.
 * Immutable and thread-safe.
 *
 * @param anchor the first boundary (boundary 0)
 * @param period the length of one period
 * @since 0.1.0
 */
public record CycleSchedule(LocalDate anchor, BillingFrequency period) {

  /**
   * Returns periods of {@code monthsPerPeriod} months from {@code anchor}.
   *
   * @param anchor the first boundary (boundary 0)
   * @param monthsPerPeriod the length of one period in months, 1 or more
   * @throws IllegalArgumentException if {@code monthsPerPeriod} is less than 1
   */
  public CycleSchedule(LocalDate anchor, int monthsPerPeriod) {
    this(anchor, months(monthsPerPeriod));
  }

  private static BillingFrequency months(int monthsPerPeriod) {
    if (monthsPerPeriod < 1 || monthsPerPeriod > BillingFrequency.MAX_MONTHS) {
      throw new IllegalArgumentException(
          "monthsPerPeriod must be 1 to "
              + BillingFrequency.MAX_MONTHS
              + ", was "
              + monthsPerPeriod);
    }
    return BillingFrequency.ofMonths(monthsPerPeriod);
  }

  /**
   * Returns the billing cycles of {@code frequency} from {@code anchor}: 1 month per period for
   * monthly, 12 for annual. Example: annual from 2024-02-29 gives {@code [2024-02-29, 2025-02-28)},
   * {@code [2025-02-28, 2026-02-28)}, ..., {@code [2027-02-28, 2028-02-29)}.
   *
   * @param anchor the anchor date
   * @param frequency monthly or annual
   * @return the schedule
   */
  public static CycleSchedule billingCycles(LocalDate anchor, BillingFrequency frequency) {
    return new CycleSchedule(anchor, frequency);
  }

  /**
   * Returns the auto-flex quarters of an annual term anchored at {@code termAnchor}: boundaries at
   * anchor + 3, 6, 9 and 12 months. Example: from 2024-11-30 the quarters end on 2025-02-28,
   * 2025-05-30, 2025-08-30 and 2025-11-30 (the term's renewal).
   *
   * @param termAnchor the annual term's anchor
   * @return the schedule
   */
  public static CycleSchedule quarters(LocalDate termAnchor) {
    return new CycleSchedule(termAnchor, BillingFrequency.QUARTERLY);
  }

  /**
   * Returns the usage months aligned to {@code anchor} (also on annual plans). Example: from
   * 2024-01-31, 2024-03-30 is in the usage month {@code [2024-02-29, 2024-03-31)}.
   *
   * @param anchor the anchor date
   * @return the schedule
   */
  public static CycleSchedule usageMonths(LocalDate anchor) {
    return new CycleSchedule(anchor, BillingFrequency.MONTHLY);
  }

  /**
   * Returns the latest date on or before {@code date} whose day of the month is exactly {@code
   * day}: the anchor that aligns cycles to a billing day, so that boundaries clamp to shorter
   * months and come back to {@code day} in longer ones. Example: day 1 before 2024-03-15 is
   * 2024-03-01; day 31 before 2024-03-15 is 2024-01-31 (February has no 31st), from which the
   * monthly cycle containing 2024-03-15 is {@code [2024-02-29, 2024-03-31)}.
   *
   * @param date the date
   * @param day the day of the month, 1 to 31
   * @return the latest such date
   * @throws IllegalArgumentException if {@code day} is outside 1 to 31
   * @since 0.1.0
   */
  public static LocalDate latestDayOnOrBefore(LocalDate date, int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("day must be 1 to 31, was " + day);
    }
    LocalDate month = date.withDayOfMonth(1);
    while (true) {
      if (month.lengthOfMonth() >= day) {
        LocalDate candidate = month.withDayOfMonth(day);
        if (!candidate.isAfter(date)) {
          return candidate;
        }
      }
      month = month.minusMonths(1);
    }
  }

  /**
   * Returns the anchor that moves a schedule of {@code frequency} to billing day {@code day} from
   * {@code from} on, as a bill-cycle-day change does: a date on or before {@code from} whose day of
   * the month is exactly {@code day} (or the last day of a month every period ends in, when that
   * month is shorter: February for a yearly period on day 30), whose schedule has its first
   * boundary on or after {@code from} on the first {@code day} (month-end clamped) on or after
   * {@code from}. The period containing {@code from} is then the new day's period that contains the
   * bridge from {@code from} to that day. Examples: monthly from 2024-07-01 to day 11 is 2024-06-11
   * (period {@code [2024-06-11, 2024-07-11)}); quarterly from 2024-07-01 to day 11 is 2024-04-11
   * (bridge {@code [2024-07-01, 2024-07-11)} of {@code [2024-04-11, 2024-07-11)}); monthly from
   * 2024-03-15 to day 31 is 2024-01-31 (bridge {@code [2024-03-15, 2024-03-31)} of {@code
   * [2024-02-29, 2024-03-31)}).
   *
   * @param from the first day of the bridge (the renewal date)
   * @param day the new billing day, 1 to 31
   * @param frequency a month-based frequency
   * @return the anchor
   * @throws IllegalArgumentException if {@code day} is outside 1 to 31 or {@code frequency} counts
   *     weeks
   * @since 0.1.0
   */
  public static LocalDate bridgeAnchor(LocalDate from, int day, BillingFrequency frequency) {
    if (!frequency.isMonthBased()) {
      throw new IllegalArgumentException(
          "a billing day aligns month-based periods, not " + frequency);
    }
    LocalDate latest = latestDayOnOrBefore(from, day);
    LocalDate first = from;
    if (!latest.equals(from)) {
      DateRange month = usageMonths(latest).periodContaining(from);
      first = month.start().equals(from) ? from : month.endExclusive();
    }
    YearMonth firstMonth = YearMonth.from(first);
    // a longer month one or more periods back, so later boundaries come back to the day; eight
    // years back always hold a February 29th
    for (long k = 1; k * frequency.months() <= 96; k++) {
      YearMonth month = firstMonth.minusMonths(k * frequency.months());
      if (month.lengthOfMonth() >= day) {
        return month.atDay(day);
      }
    }
    // every period ends in the same short month (a yearly period in February, day 30 or 31): the
    // last day of its longest occurrence, so the boundaries fall on each year's last day of it
    YearMonth longest = firstMonth.minusMonths(frequency.months());
    for (long k = 2; k * frequency.months() <= 96; k++) {
      YearMonth month = firstMonth.minusMonths(k * frequency.months());
      if (month.lengthOfMonth() > longest.lengthOfMonth()) {
        longest = month;
      }
    }
    return longest.atEndOfMonth();
  }

  /**
   * Returns boundary {@code n}: {@code anchor + n x monthsPerPeriod} months, month-end clamped.
   * Example: monthly from 2024-01-31, boundary 1 is 2024-02-29, boundary 2 is 2024-03-31 (not
   * 2024-03-29, as chaining would give).
   *
   * @param n the boundary index, zero or more
   * @return the boundary date
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate boundary(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("boundary index must not be negative, was " + n);
    }
    return period.boundary(anchor, n);
  }

  /**
   * Returns period {@code n}: {@code [boundary(n), boundary(n + 1))}. Example: monthly from
   * 2024-01-31, period 1 is {@code [2024-02-29, 2024-03-31)} (31 days).
   *
   * @param n the period index, zero or more
   * @return the period, never empty
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public DateRange period(long n) {
    return DateRange.of(boundary(n), boundary(n + 1));
  }

  /**
   * Returns the index of the period containing {@code date}. Example: monthly from 2024-01-31,
   * 2024-02-28 is in period 0 and 2024-02-29 in period 1.
   *
   * @param date a date on or after the anchor
   * @return the index {@code n} with {@code period(n).contains(date)}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date before the anchor
   */
  public long indexOf(LocalDate date) {
    if (date.isBefore(anchor)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "date",
          date + " is before the schedule's anchor " + anchor);
    }
    // MONTHS.between never overshoots (anchor + between months is never after the date), but
    // month-end clamping can make it one short: 2024-01-30 to 2024-02-29 is 0 months, though the
    // first boundary is 2024-02-29. Settle the estimate upwards, exactly.
    long n =
        period.isMonthBased()
            ? ChronoUnit.MONTHS.between(anchor, date) / period.count()
            : ChronoUnit.DAYS.between(anchor, date) / (7L * period.count());
    while (!boundary(n + 1).isAfter(date)) {
      n++;
    }
    return n;
  }

  /**
   * Returns the period containing {@code date}. Example: annual from 2024-02-29, 2025-02-27 is in
   * {@code [2024-02-29, 2025-02-28)}.
   *
   * @param date a date on or after the anchor
   * @return the period
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date before the anchor
   */
  public DateRange periodContaining(LocalDate date) {
    return period(indexOf(date));
  }

  /**
   * Returns the boundaries inside {@code range} (start inclusive, end exclusive), in order; the
   * dates a scheduler must act on. Example: monthly from 2024-01-31, {@code [2024-02-29,
   * 2024-05-31)} holds 2024-02-29, 2024-03-31 and 2024-04-30; dates before the anchor hold none.
   *
   * @param range the dates to look at
   * @return the boundaries that fall in it, possibly none
   */
  public List<LocalDate> boundariesIn(DateRange range) {
    List<LocalDate> result = new ArrayList<>();
    LocalDate from = range.start().isBefore(anchor) ? anchor : range.start();
    if (!from.isBefore(range.endExclusive())) {
      return result;
    }
    long n = indexOf(from);
    if (boundary(n).isBefore(from)) {
      n++;
    }
    for (LocalDate b = boundary(n); b.isBefore(range.endExclusive()); b = boundary(++n)) {
      result.add(b);
    }
    return result;
  }
}
