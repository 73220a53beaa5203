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

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.time.DateRange;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * How a change "Immediately" is prorated, as one selectable value: the {@link DayCount}, the {@link
 * RoundingPolicy} applied once per line, whether the day fraction is itself rounded first, and
 * whether the change day is credited. It is the one place proration arithmetic lives: seat changes,
 * add-ons, plan changes and new terms all go through {@link #charge(Amount, long, DateRange,
 * LocalDate)} and {@link #credit(BilledItem, LocalDate)}.
 *
 * <p>The presets reproduce other engines:
 *
 * <ul>
 *   <li>{@link #KAFKAMAN} (default): actual days, the change day counts as remaining for both the
 *       charge and the credit, the exact fraction, {@code HALF_UP} once per line.
 *   <li>{@link #KILL_BILL}: actual days over {@code [start, end)}; the denominator is the length of
 *       the bill-cycle-day-aligned period containing the stretch (here always the current cycle:
 *       every prorated stretch runs from the change day to the cycle's end, and a new term is
 *       anchored on its first day, so there are no leading stubs); the fraction is rounded to 9
 *       decimals {@code HALF_UP} first, then multiplied by the price and rounded {@code HALF_UP};
 *       credits are removed days over the days of the billed item's span, times the billed amount,
 *       capped at the item's amount minus earlier credits.
 *   <li>{@link #LAGO}: days counted with both ends inclusive, so the change day is billed by both
 *       the old and the new item: the charge counts it, the credit does not; denominator the days
 *       of the full period; each fee rounded to the currency.
 *   <li>{@link #THIRTY_DAY_MONTH}: every month counts 30 days ({@link DayCount#thirty360()}).
 * </ul>
 *
 * <p>{@link #withRounding(RoundingPolicy)} swaps the line rounding of any preset, for example to
 * {@code HALF_EVEN}; {@link #withDayCount(DayCount)} swaps the day count.
 *
 * <p>Credits are always based on what was billed for the replaced item: {@code billed x remaining
 * part of the item's own service period}, capped at what is left to credit ({@code billed -
 * credited}), so two changes in one cycle never refund twice. For an item billed for the whole
 * cycle this is exactly the cycle's remaining fraction of RULES.md section 4.
 *
 * <p>Worked example, $10 a month upgraded to $20 on day 16 of the 30-day cycle {@code [2024-04-01,
 * 2024-05-01)}:
 *
 * <table>
 *   <caption>Credit and charge lines by preset</caption>
 *   <tr><th>preset</th><th>credit</th><th>charge</th><th>net</th></tr>
 *   <tr><td>kafkaman</td><td>{@code -10.00 x 15/30 = -5.00}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.00</td></tr>
 *   <tr><td>Kill Bill</td><td>{@code -10.00 x 0.500000000 = -5.00}</td>
 *       <td>{@code 20.00 x 0.500000000 = 10.00}</td><td>5.00</td></tr>
 *   <tr><td>Lago</td><td>{@code -10.00 x 14/30 = -4.67}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.33</td></tr>
 *   <tr><td>30-day month</td><td>{@code -10.00 x 15/30 = -5.00}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.00</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the preset's name
 * @param dayCount how the remaining part of a period is counted
 * @param rounding how each line is rounded, once
 * @param fractionDecimals 0 for an exact fraction, or the decimals the fraction is rounded to first
 *     ({@code HALF_UP}, as Kill Bill does with 9)
 * @param changeDayCredited whether the change day counts as unused for the credit (false for Lago)
 * @since 0.1.0
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

  /**
   * Validates the decimals.
   *
   * @param name the preset's name
   * @param dayCount how the remaining part of a period is counted
   * @param rounding how each line is rounded, once
   * @param fractionDecimals 0 for an exact fraction, or the decimals the fraction is rounded to
   *     first ({@code HALF_UP}, as Kill Bill does with 9)
   * @param changeDayCredited whether the change day counts as unused for the credit (false for
   *     Lago)
   * @throws IllegalArgumentException if {@code fractionDecimals} is outside {@code [0, 18]}
   */
  public ProrationConvention {
    if (fractionDecimals < 0 || fractionDecimals > 18) {
      throw new IllegalArgumentException(
          "fractionDecimals must be between 0 and 18, was " + fractionDecimals);
    }
  }

  /**
   * Returns a copy rounding lines with {@code policy}. Example: {@code
   * KAFKAMAN.withRounding(HALF_EVEN)} prorates 1 seat at 0.05 over 15/30 days to {@code 0.02} (2.5
   * cents, half to even), where {@code HALF_UP} gives {@code 0.03}.
   *
   * @param policy the rounding policy
   * @return the copy
   */
  public ProrationConvention withRounding(RoundingPolicy policy) {
    return new ProrationConvention(name, dayCount, policy, fractionDecimals, changeDayCredited);
  }

  /**
   * Returns a copy counting days with {@code convention}. Example: {@code
   * KAFKAMAN.withDayCount(DayCount.fixedMonth(30))} charges 2 seats at 12.00 from 2024-03-15 in
   * {@code [2024-03-01, 2024-04-01)} as {@code 2 x 12.00 x 17/30 days = 13.60}.
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
   * @param from the first day charged, within {@code [period.start, period.endExclusive]}
   * @return the fraction and the rounded amount, zero or more for a non-negative price
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code from} is outside the period
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
   * days = -5.00}. The same seat billed 13.16 for {@code [2024-03-15, 2024-04-01)} (17 days) and
   * replaced on 2024-03-20 is credited {@code -13.16 x 12/17 days = -9.29}. When earlier credits
   * leave less to credit than that, the credit is capped and its note says so.
   *
   * @param item the billed item replaced
   * @param from the first day no longer used; a date before the item's service period credits all
   *     of it, one after credits nothing
   * @return the fraction and the rounded credit, zero or negative, never more than {@code
   *     item.creditable()}
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
                BigInteger.valueOf(exact.numerator()).multiply(BigInteger.valueOf(scale)),
                BigInteger.valueOf(exact.denominator()))
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
