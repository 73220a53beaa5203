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
 * A day-count convention: how much of a period remains from a date on, as an exact {@link
 * Fraction}. Pluggable (RULES.md section 4): {@link #actualDays()} (the default), {@link
 * #thirty360()}, {@link #fixedMonth(int)}, {@link #wholeMonths()}, and {@link
 * #secondsRemaining(Instant, Instant, Instant)} for instants.
 *
 * <p>In every convention the change date counts as remaining, a change on the period's first day
 * leaves the whole period ({@code n/n}), and a change on its end leaves nothing.
 *
 * <p>Example, period {@code [2024-03-01, 2024-04-01)}, change on 2024-03-15: actual days {@code
 * 17/31 days}; 30/360 {@code 16/30 days}; fixed 30-day month {@code 17/30 days}; whole months
 * {@code 0/1 months}.
 */
public interface DayCount {

  /**
   * Returns the part of {@code period} from {@code from} (inclusive) to its end.
   *
   * @param period the period, not empty
   * @param from a date within {@code [period.start, period.endExclusive]}
   * @return the remaining fraction, between {@code 0/n} and {@code n/n}
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period
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
   * @return the convention
   */
  static DayCount actualDays() {
    return DayCounts.ACTUAL_DAYS;
  }

  /**
   * 30/360: every month counts 30 days (a month's last day counts as its 30th), so a monthly period
   * is {@code 30} and an annual one {@code 360}.
   *
   * @return the convention
   */
  static DayCount thirty360() {
    return DayCounts.THIRTY_360;
  }

  /**
   * A fixed month of {@code daysPerMonth} days: {@code min(actual remaining days, N x months) / (N
   * x months)}, where a period's months are counted 30/360 (Chargebee's documented examples use
   * 30).
   *
   * @param daysPerMonth the days of one month, 1 or more
   * @return the convention
   */
  static DayCount fixedMonth(int daysPerMonth) {
    if (daysPerMonth < 1) {
      throw new IllegalArgumentException("daysPerMonth must be 1 or more, was " + daysPerMonth);
    }
    return new DayCounts.FixedMonth(daysPerMonth);
  }

  /**
   * Whole remaining months: the whole months from {@code from} to the period's end (a partial month
   * does not count) over the period's months.
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
   * @param start the period's first instant
   * @param endExclusive the instant after the period
   * @param from an instant within {@code [start, endExclusive]}
   * @return the remaining fraction in seconds
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period
   */
  static Fraction secondsRemaining(Instant start, Instant endExclusive, Instant from) {
    if (from.isBefore(start) || from.isAfter(endExclusive) || !start.isBefore(endExclusive)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "from",
          from + " is outside [" + start + ", " + endExclusive + ")");
    }
    return Fraction.of(
        Duration.between(from, endExclusive).getSeconds(),
        Duration.between(start, endExclusive).getSeconds(),
        "seconds");
  }

  /**
   * Checks that {@code from} lies within {@code [period.start, period.endExclusive]}.
   *
   * @param period the period
   * @param from the date
   * @throws BillingException {@code DATE_OUT_OF_RANGE} otherwise
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
   * Returns the 30/360 day count between two dates: each month counts 30 days and a month's last
   * day counts as day 30.
   *
   * @param from the first date
   * @param to the second date
   * @return the days from {@code from} to {@code to}, 30/360
   */
  static long days360(LocalDate from, LocalDate to) {
    int d1 = from.getDayOfMonth() == from.lengthOfMonth() ? 30 : Math.min(from.getDayOfMonth(), 30);
    int d2 = to.getDayOfMonth() == to.lengthOfMonth() ? 30 : Math.min(to.getDayOfMonth(), 30);
    return 360L * (to.getYear() - from.getYear())
        + 30L * (to.getMonthValue() - from.getMonthValue())
        + (d2 - d1);
  }

  /**
   * Returns the whole months from {@code from} to {@code to}, counting a month as whole when {@code
   * from + m months} (month-end clamped) is not after {@code to}.
   *
   * @param from the first date
   * @param to the second date, not before {@code from}
   * @return the whole months
   */
  static long wholeMonthsBetween(LocalDate from, LocalDate to) {
    long months = ChronoUnit.MONTHS.between(from, to);
    while (months > 0 && from.plusMonths(months).isAfter(to)) {
      months--;
    }
    while (!from.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return months;
  }
}
