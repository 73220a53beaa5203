package co.kafkaman.billing.rules.calendar;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Periods of a fixed number of months counted from an anchor date: billing cycles (1 or 12 months),
 * auto-flex quarters of an annual term (3 months) and usage months (1 month) are all schedules.
 *
 * <p>Boundary {@code n} is always {@code anchor + n x months}, with the day clamped to the month's
 * last day, and is never reached by chaining one period after another. So an anchor of 2024-01-31,
 * monthly, gives boundaries 2024-02-29, 2024-03-31, 2024-04-30; an annual anchor of 2024-02-29
 * gives 2025-02-28 and, four years on, 2028-02-29.
 *
 * <p>Periods tile time from the anchor on, with no gap and no overlap: every date on or after the
 * anchor is in exactly one period. Immutable and thread-safe.
 *
 * @param anchor the first boundary (boundary 0)
 * @param monthsPerPeriod the length of one period in months, 1 or more
 */
public record CycleSchedule(LocalDate anchor, int monthsPerPeriod) {

  /** Validates the period length. */
  public CycleSchedule {
    if (monthsPerPeriod < 1) {
      throw new IllegalArgumentException(
          "monthsPerPeriod must be 1 or more, was " + monthsPerPeriod);
    }
  }

  /**
   * Returns the billing cycles of {@code frequency} from {@code anchor}.
   *
   * @param anchor the anchor date
   * @param frequency monthly or annual
   * @return the schedule
   */
  public static CycleSchedule billingCycles(LocalDate anchor, BillingFrequency frequency) {
    return new CycleSchedule(anchor, frequency.months());
  }

  /**
   * Returns the auto-flex quarters of an annual term anchored at {@code termAnchor}: boundaries at
   * anchor + 3, 6, 9 and 12 months.
   *
   * @param termAnchor the annual term's anchor
   * @return the schedule
   */
  public static CycleSchedule quarters(LocalDate termAnchor) {
    return new CycleSchedule(termAnchor, 3);
  }

  /**
   * Returns the usage months aligned to {@code anchor} (also on annual plans).
   *
   * @param anchor the anchor date
   * @return the schedule
   */
  public static CycleSchedule usageMonths(LocalDate anchor) {
    return new CycleSchedule(anchor, 1);
  }

  /**
   * Returns boundary {@code n}: {@code anchor + n x monthsPerPeriod} months, month-end clamped.
   *
   * @param n the boundary index, zero or more
   * @return the boundary date
   */
  public LocalDate boundary(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("boundary index must not be negative, was " + n);
    }
    return anchor.plusMonths(Math.multiplyExact(n, (long) monthsPerPeriod));
  }

  /**
   * Returns period {@code n}: {@code [boundary(n), boundary(n + 1))}.
   *
   * @param n the period index, zero or more
   * @return the period
   */
  public DateRange period(long n) {
    return DateRange.of(boundary(n), boundary(n + 1));
  }

  /**
   * Returns the index of the period containing {@code date}.
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
    long n = ChronoUnit.MONTHS.between(anchor, date) / monthsPerPeriod;
    // month-end clamping can put the estimate one period off either way; settle it exactly
    while (n > 0 && boundary(n).isAfter(date)) {
      n--;
    }
    while (!boundary(n + 1).isAfter(date)) {
      n++;
    }
    return n;
  }

  /**
   * Returns the period containing {@code date}.
   *
   * @param date a date on or after the anchor
   * @return the period
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date before the anchor
   */
  public DateRange periodContaining(LocalDate date) {
    return period(indexOf(date));
  }

  /**
   * Returns the boundaries inside {@code range} (start inclusive, end exclusive), in order.
   *
   * @param range the dates to look at
   * @return the boundaries that fall in it
   */
  public java.util.List<LocalDate> boundariesIn(DateRange range) {
    java.util.List<LocalDate> result = new java.util.ArrayList<>();
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
