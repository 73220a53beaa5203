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
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a change "Immediately" is prorated, as one selectable value: the {@link DayCount}, the {@link
 * RoundingPolicy} applied once per line, whether the day fraction is itself rounded first, and
 * whether a plain termination credits its own day. It is the one place proration arithmetic lives:
 * seat changes, add-ons, plan changes and new terms all go through {@link #charge(Amount, long,
 * DateRange, LocalDate)} and {@link #credit(BilledItem, LocalDate)}; an ending without a
 * replacement goes through {@link #terminationCredit(BilledItem, LocalDate)}.
 *
 * <p>The change day belongs to the new terms: a replaced item is credited from the change day on
 * (the day included) and its replacement charged from the same day, so no day is billed twice or
 * not at all, under every preset.
 *
 * <p>The presets reproduce other engines:
 *
 * <ul>
 *   <li>{@link #KAFKAMAN} (default): actual days, the change day counts as remaining for the
 *       charge, the credit and a termination, the exact fraction, {@code HALF_UP} once per line.
 *   <li>{@link #KILL_BILL}: actual days over {@code [start, end)}; the denominator is the length of
 *       the bill-cycle-day-aligned period containing the stretch (here always the current cycle:
 *       every prorated stretch runs from the change day to the cycle's end, and a new term is
 *       anchored on its first day, so there are no leading stubs); the fraction is rounded to 9
 *       decimals {@code HALF_UP} first, then multiplied by the price and rounded {@code HALF_UP};
 *       credits are removed days over the days of the billed item's span, times the billed amount,
 *       capped at the item's amount minus earlier credits.
 *   <li>{@link #LAGO}: Lago's rule. A fee is the day price ({@code plan amount / days of the full
 *       period}) times the days, each fee rounded to the currency. On an upgrade Lago credits the
 *       unused days of the old plan counting the upgrade day itself and bills the new plan from the
 *       upgrade day; on a plain termination the termination day counts as used and is not credited
 *       (the unused days are the period's last day minus the termination day; for an upgrade Lago
 *       counts them from the day before). Source: Lago's "Upgrades and downgrades" and "Terminate a
 *       subscription" guides and its credit note from termination.
 *   <li>{@link #THIRTY_DAY_MONTH}: every month counts 30 days ({@link DayCount#thirty360()},
 *       30E/360).
 * </ul>
 *
 * <p>{@link #withRounding(RoundingPolicy)} swaps the line rounding of any preset, for example to
 * {@code HALF_EVEN}; {@link #withDayCount(DayCount)} swaps the day count. With {@link
 * DayCount#seconds(java.time.ZoneId)} a preset prorates by seconds: {@code
 * BillingEngine.apply(Team, Command, Instant)} pins the count at the command's instant, so an
 * upgrade of 12.00 to 29.00 at {@code 2024-04-16T12:00:00Z} in the UTC cycle {@code [2024-04-01,
 * 2024-05-01)} credits {@code -12.00 x 1252800/2592000 seconds = -5.80} and charges {@code 29.00 x
 * 1252800/2592000 seconds = 14.02} (14.5 of 30 days).
 *
 * <p>Credits are always based on what was billed for the replaced item: {@code billed x remaining
 * part of the item's own service period}, capped at what is left to credit ({@code billed -
 * credited}), so two changes in one cycle never refund twice. The service of an item bought at an
 * instant starts at that instant ({@link BilledItem#serviceStart()}, from {@link
 * DayCount#startInstant(DateRange, LocalDate)}): 2 Basic seats bought for 11.60 at {@code
 * 2024-04-16T12:00:00Z} and removed at {@code 2024-04-20T18:00:00Z} credit {@code -11.60 x
 * 885600/1252800 seconds = -8.20}. For an item billed for the whole cycle this is exactly the
 * cycle's remaining fraction of RULES.md section 4.
 *
 * <p>Worked example, $10 a month upgraded to $20 on 2024-04-16, day 16 of the 30-day cycle {@code
 * [2024-04-01, 2024-05-01)}: 15 days are left (04-16 to 04-30, the upgrade day included).
 *
 * <table>
 *   <caption>Credit and charge lines by preset</caption>
 *   <tr><th>preset</th><th>credit</th><th>charge</th><th>net</th></tr>
 *   <tr><td>kafkaman</td><td>{@code -10.00 x 15/30 = -5.00}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.00</td></tr>
 *   <tr><td>Kill Bill</td><td>{@code -10.00 x 0.500000000 = -5.00}</td>
 *       <td>{@code 20.00 x 0.500000000 = 10.00}</td><td>5.00</td></tr>
 *   <tr><td>Lago</td><td>{@code -10.00 x 15/30 = -5.00}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.00</td></tr>
 *   <tr><td>30-day month</td><td>{@code -10.00 x 15/30 = -5.00}</td>
 *       <td>{@code 20.00 x 15/30 = 10.00}</td><td>5.00</td></tr>
 * </table>
 *
 * <p>Terminating the $10 plan on the same day instead credits {@code -10.00 x 15/30 = -5.00} under
 * kafkaman and {@code -10.00 x 14/30 = -4.67} under Lago (04-17 to 04-30; Lago keeps the
 * termination day).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the preset's name
 * @param dayCount how the parts of a period are counted
 * @param rounding how each line is rounded, once
 * @param fractionDecimals 0 for an exact fraction, or the decimals the fraction is rounded to first
 *     ({@code HALF_UP}, as Kill Bill does with 9)
 * @param terminationDayCredited whether a plain termination credits its own day (false for Lago); a
 *     replaced item is always credited from the change day on, that day included
 * @since 0.1.0
 */
public record ProrationConvention(
    String name,
    DayCount dayCount,
    RoundingPolicy rounding,
    int fractionDecimals,
    boolean terminationDayCredited) {

  /** The kafkaman policy: actual days, change day remaining, exact fraction, HALF_UP per line. */
  public static final ProrationConvention KAFKAMAN =
      new ProrationConvention("kafkaman", DayCount.actualDays(), RoundingPolicy.HALF_UP, 0, true);

  /** Kill Bill compatible: actual days, fraction rounded to 9 decimals HALF_UP, then HALF_UP. */
  public static final ProrationConvention KILL_BILL =
      new ProrationConvention(
          "Kill Bill compatible", DayCount.actualDays(), RoundingPolicy.HALF_UP, 9, true);

  /**
   * Lago compatible: actual days over the full period, HALF_UP per fee; an upgrade credits the old
   * plan from the upgrade day on (that day included) and charges the new one from the same day; a
   * plain termination does not credit the termination day.
   *
   * <p>Example, Lago's calendar-billed 100.00 a month paid in advance, upgraded to 200.00 on
   * 2024-01-15 (17 of 31 days left, the 15th included): credit {@code -100.00 x 17/31 = -54.84},
   * charge {@code 200.00 x 17/31 = 109.68}; the old plan keeps {@code 100.00 - 54.84 = 45.16},
   * Lago's {@code 14/31 x 100} for January 1 to 14. Terminated on 2024-01-15 instead: {@code
   * -100.00 x 16/31 = -51.61}.
   */
  public static final ProrationConvention LAGO =
      new ProrationConvention(
          "Lago compatible", DayCount.actualDays(), RoundingPolicy.HALF_UP, 0, false);

  /** 30-day month: every month counts 30 days (30E/360). */
  public static final ProrationConvention THIRTY_DAY_MONTH =
      new ProrationConvention(
          "30-day month", DayCount.thirty360(), RoundingPolicy.HALF_UP, 0, true);

  /**
   * Validates the decimals.
   *
   * @param name the preset's name
   * @param dayCount how the parts of a period are counted
   * @param rounding how each line is rounded, once
   * @param fractionDecimals 0 for an exact fraction, or the decimals the fraction is rounded to
   *     first ({@code HALF_UP}, as Kill Bill does with 9)
   * @param terminationDayCredited whether a plain termination credits its own day (false for Lago)
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
    return new ProrationConvention(
        name, dayCount, policy, fractionDecimals, terminationDayCredited);
  }

  /**
   * Returns a copy counting days with {@code convention}. Example: {@code
   * KAFKAMAN.withDayCount(DayCount.fixedMonth(30))} charges 2 seats at 12.00 from 2024-03-15 in
   * {@code [2024-03-01, 2024-04-01)} as {@code 2 x 12.00 x 16/30 days = 12.80}.
   *
   * @param convention the day count
   * @return the copy
   */
  public ProrationConvention withDayCount(DayCount convention) {
    return new ProrationConvention(
        name, convention, rounding, fractionDecimals, terminationDayCredited);
  }

  /**
   * Prorates a charge for the rest of a period: {@code quantity x unitPrice x remaining part of
   * period from from}, rounded once.
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
    return prorate(unitPrice, quantity, dayCount.remaining(period, from));
  }

  /**
   * Prorates a charge for any stretch of a period (a leading stub, a bridge, a stretch that ends
   * before the period does): {@code quantity x unitPrice x part of period}, rounded once.
   *
   * <p>Example: a first partial period {@code [2024-03-20, 2024-04-01)} billed on the 1st at 31.00
   * a month, counted over March {@code [2024-03-01, 2024-04-01)}: {@code 1 x 31.00 x 12/31 days =
   * 12.00}; under 30E/360 {@code 1 x 31.00 x 11/30 days = 11.37} (the 20th to the 30th).
   *
   * @param unitPrice the price of one for the whole period
   * @param quantity how many
   * @param period the period the price is for
   * @param stretch the days charged, inside the period
   * @return the fraction and the rounded amount, zero or more for a non-negative price
   * @throws BillingException {@code DATE_OUT_OF_RANGE} naming {@code stretch} if it is not inside
   *     the period
   */
  public Prorated charge(Amount unitPrice, long quantity, DateRange period, DateRange stretch) {
    return prorate(unitPrice, quantity, dayCount.part(period, stretch));
  }

  private Prorated prorate(Amount unitPrice, long quantity, Fraction exact) {
    Fraction applied = applied(exact);
    return new Prorated(
        applied, unitPrice.multipliedBy(quantity, applied, rounding), note(exact, applied));
  }

  /**
   * Prorates the credit for an item billed this cycle and replaced from {@code from} on (a plan
   * change, fewer seats or blocks): {@code -(billed x remaining part of the item's service
   * period)}, the change day included, rounded once and capped at what is left to credit. The
   * replacement is charged from the same day, so the change day is billed once, by the new item.
   *
   * <p>Example: 1 seat billed 10.00 for a 30-day cycle, replaced on day 16: {@code -10.00 x 15/30
   * days = -5.00}. The same seat billed 13.16 for {@code [2024-03-15, 2024-04-01)} (17 days) and
   * replaced on 2024-03-20 is credited {@code -13.16 x 12/17 days = -9.29}. When earlier credits
   * leave less to credit than that, the credit is capped and its note says so.
   *
   * <p>An item bought at an instant ({@link BilledItem#serviceStart()}, under proration by seconds)
   * is credited over what was bought, from that instant: {@link DayCount#remaining(DateRange,
   * Instant, LocalDate)}. Example, UTC: 1 Professional seat billed {@code 29.00 x 1252800/2592000
   * seconds = 14.02} at {@code 2024-04-16T12:00:00Z} for {@code [2024-04-16, 2024-05-01)}, replaced
   * at {@code 2024-04-20T18:00:00Z} (the count pinned there): {@code -14.02 x 885600/1252800
   * seconds = -9.91} (10.25 of the 14.5 days bought).
   *
   * @param item the billed item replaced
   * @param from the first day no longer used; a date before the item's service period credits all
   *     of it, one after credits nothing
   * @return the fraction and the rounded credit, zero or negative, never more than {@code
   *     item.creditable()}
   */
  public Prorated credit(BilledItem item, LocalDate from) {
    return creditFrom(item, from);
  }

  /**
   * Prorates the credit for an item whose subscription ends on {@code terminatedOn} with nothing
   * replacing it (an immediate cancellation): as {@link #credit(BilledItem, LocalDate)}, except
   * that a convention that does not credit the termination day ({@link #LAGO}) credits from the day
   * after.
   *
   * <p>Example: 1 seat billed 10.00 for {@code [2024-04-01, 2024-05-01)}, terminated on 2024-04-16:
   * {@code -10.00 x 15/30 days = -5.00} under kafkaman, {@code -10.00 x 14/30 days = -4.67} under
   * Lago.
   *
   * @param item the billed item that ends
   * @param terminatedOn the termination day; a date before the item's service period credits all of
   *     it (less the termination day under Lago), one after credits nothing
   * @return the fraction and the rounded credit, zero or negative, never more than {@code
   *     item.creditable()}
   */
  public Prorated terminationCredit(BilledItem item, LocalDate terminatedOn) {
    if (terminationDayCredited) {
      return creditFrom(item, terminatedOn);
    }
    DateRange period = item.servicePeriod();
    LocalDate start = terminatedOn.isBefore(period.start()) ? period.start() : terminatedOn;
    return creditFrom(item, start.isBefore(period.endExclusive()) ? start.plusDays(1) : start);
  }

  private Prorated creditFrom(BilledItem item, LocalDate firstUnused) {
    DateRange period = item.servicePeriod();
    LocalDate start = firstUnused.isBefore(period.start()) ? period.start() : firstUnused;
    if (start.isAfter(period.endExclusive())) {
      start = period.endExclusive();
    }
    Instant serviceStart = item.serviceStart();
    Fraction exact =
        serviceStart == null
            ? dayCount.remaining(period, start)
            : dayCount.remaining(period, serviceStart, start);
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
