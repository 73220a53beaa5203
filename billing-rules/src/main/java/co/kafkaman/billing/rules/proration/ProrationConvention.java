package co.kafkaman.billing.rules.proration;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/**
 * How a change "Immediately" is prorated, as one selectable value: the {@link DayCount}, the {@link
 * RoundingPolicy} applied once per line, whether the day fraction is itself rounded first, and
 * whether the change day is credited. The presets reproduce other engines:
 *
 * <ul>
 *   <li>{@link #KAFKAMAN} (default): actual days, the change day counts as remaining for both the
 *       charge and the credit, exact fraction, {@code HALF_UP} once per line.
 *   <li>{@link #KILL_BILL}: actual days over {@code [start, end)}; the fraction is rounded to 9
 *       decimals {@code HALF_UP} first, then multiplied by the price and rounded {@code HALF_UP}.
 *   <li>{@link #LAGO}: days counted with both ends inclusive, so the change day is billed by both
 *       the old and the new item: the charge counts it, the credit does not.
 *   <li>{@link #THIRTY_DAY_MONTH}: every month counts 30 days (30/360).
 * </ul>
 *
 * <p>Credits are always based on what was billed for the replaced item: {@code billed x remaining
 * part of the item's own service period}, capped at what is left to credit ({@code billed -
 * credited}), so two changes in one cycle never refund twice.
 *
 * <p>Worked example (kafkaman): $10 a month upgraded to $20 on day 16 of a 30-day cycle: credit
 * {@code -10.00 x 15/30 days = -5.00}, charge {@code 20.00 x 15/30 days = 10.00}, net +5.00. Under
 * Kill Bill the fraction is {@code 0.500000000}, with the same amounts; under Lago the credit is
 * {@code -10.00 x 14/30 = -4.67}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the preset's name
 * @param dayCount how the remaining part of a period is counted
 * @param rounding how each line is rounded, once
 * @param fractionDecimals 0 for an exact fraction, or the decimals the fraction is rounded to first
 *     ({@code HALF_UP}, as Kill Bill does with 9)
 * @param changeDayCredited whether the change day counts as unused for the credit
 */
public record ProrationConvention(
    String name,
    DayCount dayCount,
    RoundingPolicy rounding,
    int fractionDecimals,
    boolean changeDayCredited) {

  /** The kafkaman policy: actual days, change day remaining, exact fraction, HALF_UP per line. */
  public static final ProrationConvention KAFKAMAN =
      new ProrationConvention("kafkaman", DayCount.actualDays(), RoundingPolicy.HALF_UP, 0, true);

  /** Kill Bill compatible: actual days, fraction rounded to 9 decimals HALF_UP, then HALF_UP. */
  public static final ProrationConvention KILL_BILL =
      new ProrationConvention(
          "Kill Bill compatible", DayCount.actualDays(), RoundingPolicy.HALF_UP, 9, true);

  /** Lago compatible: both ends inclusive (the change day is not credited), HALF_UP per fee. */
  public static final ProrationConvention LAGO =
      new ProrationConvention(
          "Lago compatible", DayCount.actualDays(), RoundingPolicy.HALF_UP, 0, false);

  /** 30-day month: every month counts 30 days. */
  public static final ProrationConvention THIRTY_DAY_MONTH =
      new ProrationConvention(
          "30-day month", DayCount.thirty360(), RoundingPolicy.HALF_UP, 0, true);

  /** Validates the decimals. */
  public ProrationConvention {
    if (fractionDecimals < 0 || fractionDecimals > 18) {
      throw new IllegalArgumentException(
          "fractionDecimals must be between 0 and 18, was " + fractionDecimals);
    }
  }

  /**
   * Returns a copy rounding lines with {@code policy} (for example {@code HALF_EVEN}).
   *
   * @param policy the rounding policy
   * @return the copy
   */
  public ProrationConvention withRounding(RoundingPolicy policy) {
    return new ProrationConvention(name, dayCount, policy, fractionDecimals, changeDayCredited);
  }

  /**
   * Returns a copy counting days with {@code convention}.
   *
   * @param convention the day count
   * @return the copy
   */
  public ProrationConvention withDayCount(DayCount convention) {
    return new ProrationConvention(name, convention, rounding, fractionDecimals, changeDayCredited);
  }

  /**
   * Prorates a charge: {@code quantity x unitPrice x remaining part of period from from}, rounded
   * once.
   *
   * <p>Example: 2 seats at 12.00 for {@code [2024-03-01, 2024-04-01)} from 2024-03-15: {@code 2 x
   * 12.00 x 17/31 days = 13.16}.
   *
   * @param unitPrice the price of one for the whole period
   * @param quantity how many
   * @param period the period the price is for
   * @param from the first day charged
   * @return the fraction and the rounded amount
   */
  public Prorated charge(Amount unitPrice, long quantity, DateRange period, LocalDate from) {
    Fraction exact = dayCount.remaining(period, from);
    Fraction applied = applied(exact);
    return new Prorated(
        applied, unitPrice.multipliedBy(quantity, applied, rounding), note(exact, applied));
  }

  /**
   * Prorates the credit for an item billed this cycle and replaced from {@code from} on: {@code
   * -(billed x remaining part of the item's service period)}, rounded once and capped at what is
   * left to credit.
   *
   * <p>Example: 1 seat billed 10.00 for a 30-day cycle, replaced on day 16: {@code -10.00 x 15/30
   * days = -5.00}.
   *
   * @param item the billed item replaced
   * @param from the first day no longer used
   * @return the fraction and the rounded credit, zero or negative
   */
  public Prorated credit(BilledItem item, LocalDate from) {
    DateRange period = item.servicePeriod();
    LocalDate start = from.isBefore(period.start()) ? period.start() : from;
    if (!changeDayCredited && start.isBefore(period.endExclusive())) {
      start = start.plusDays(1);
    }
    if (start.isAfter(period.endExclusive())) {
      start = period.endExclusive();
    }
    Fraction exact = dayCount.remaining(period, start);
    Fraction applied = applied(exact);
    Amount credit = item.billed().multipliedBy(1, applied, rounding);
    String note = note(exact, applied);
    if (credit.compareTo(item.creditable()) > 0) {
      credit = item.creditable();
      String cap = "capped at " + item.creditable().toPlainString() + " left to credit";
      note = note.isEmpty() ? cap : note + ", " + cap;
    }
    return new Prorated(applied, credit.negated(), note);
  }

  private Fraction applied(Fraction exact) {
    if (fractionDecimals == 0 || exact.isWhole() || exact.isZero()) {
      return exact;
    }
    long scale = pow10(fractionDecimals);
    long rounded =
        RoundingPolicy.HALF_UP
            .divide(
                java.math.BigInteger.valueOf(exact.numerator())
                    .multiply(java.math.BigInteger.valueOf(scale)),
                java.math.BigInteger.valueOf(exact.denominator()))
            .longValueExact();
    return Fraction.of(rounded, scale, "");
  }

  private String note(Fraction exact, Fraction applied) {
    if (exact.equals(applied)) {
      return "";
    }
    return exact + " rounded to " + fractionDecimals + " decimals";
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /**
   * Returns the preset's name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
