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
package co.kafkaman.billing.model.time;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How often a plan is billed: every {@code n} months or every {@code n} weeks. A billing cycle is
 * one period counted from the anchor date, and boundary {@code k} is always {@code anchor + k x n}
 * months (month-end clamped) or weeks, never chained: monthly from 2024-01-31 gives 2024-02-29,
 * 2024-03-31, 2024-04-30.
 *
 * <p>The usual frequencies are constants ({@link #WEEKLY}, {@link #BIWEEKLY}, {@link #MONTHLY},
 * {@link #QUARTERLY}, {@link #SEMI_ANNUAL}, {@link #ANNUAL}); {@link #ofMonths(int)} and {@link
 * #ofWeeks(int)} return the constant where one exists, so equal frequencies print alike. {@link
 * #parse(String)} reads a constant's name or an ISO-8601 period such as {@code P3M}, {@code P2W} or
 * {@code P1Y}.
 *
 * <p>Immutable and thread-safe; ordered by length (a week is shorter than a month, 4 weeks are
 * shorter than a month, 5 weeks longer).
 *
 * @since 0.1.0
 */
public final class BillingFrequency implements Comparable<BillingFrequency> {
  /** The most months or weeks one period may have: 10 years of months, 10 years of weeks. */
  public static final int MAX_MONTHS = 120;

  /** The most weeks one period may have. */
  public static final int MAX_WEEKS = 520;

  /** One week per cycle. */
  public static final BillingFrequency WEEKLY = new BillingFrequency(1, false, "WEEKLY", "weekly");

  /** Two weeks per cycle. */
  public static final BillingFrequency BIWEEKLY =
      new BillingFrequency(2, false, "BIWEEKLY", "every 2 weeks");

  /** One month per cycle. */
  public static final BillingFrequency MONTHLY =
      new BillingFrequency(1, true, "MONTHLY", "monthly");

  /** Three months per cycle. */
  public static final BillingFrequency QUARTERLY =
      new BillingFrequency(3, true, "QUARTERLY", "quarterly");

  /** Six months per cycle. */
  public static final BillingFrequency SEMI_ANNUAL =
      new BillingFrequency(6, true, "SEMI_ANNUAL", "semi-annual");

  /** Twelve months per cycle. */
  public static final BillingFrequency ANNUAL = new BillingFrequency(12, true, "ANNUAL", "annual");

  private static final List<BillingFrequency> NAMED =
      List.of(WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL);

  private final int count;
  private final boolean months;
  private final String name;
  private final String adjective;

  private BillingFrequency(int count, boolean months, String name, String adjective) {
    this.count = count;
    this.months = months;
    this.name = name;
    this.adjective = adjective;
  }

  /**
   * Returns the frequency of {@code months} months per cycle.
   *
   * @param months 1 to {@link #MAX_MONTHS}
   * @return the frequency, a constant where one exists
   * @throws BillingException {@code INVALID_QUANTITY} outside 1 to {@link #MAX_MONTHS}
   */
  public static BillingFrequency ofMonths(int months) {
    return of(months, true);
  }

  /**
   * Returns the frequency of {@code weeks} weeks per cycle.
   *
   * @param weeks 1 to {@link #MAX_WEEKS}
   * @return the frequency, a constant where one exists
   * @throws BillingException {@code INVALID_QUANTITY} outside 1 to {@link #MAX_WEEKS}
   */
  public static BillingFrequency ofWeeks(int weeks) {
    return of(weeks, false);
  }

  private static BillingFrequency of(int count, boolean months) {
    int max = months ? MAX_MONTHS : MAX_WEEKS;
    BillingException.check(
        count >= 1 && count <= max,
        BillingErrorCode.INVALID_QUANTITY,
        months ? "months" : "weeks",
        () -> "must be 1 to " + max + ", was " + count);
    for (BillingFrequency named : NAMED) {
      if (named.count == count && named.months == months) {
        return named;
      }
    }
    String unit = months ? "MONTHS" : "WEEKS";
    return new BillingFrequency(
        count,
        months,
        "EVERY_" + count + "_" + unit,
        "every " + count + " " + unit.toLowerCase(Locale.ROOT));
  }

  /**
   * Reads a frequency: a constant's name ({@code MONTHLY}, {@code QUARTERLY}, ...), the name
   * another frequency prints ({@code EVERY_4_MONTHS}), or an ISO-8601 period of whole months, years
   * or weeks ({@code P4M}, {@code P1Y}, {@code P2W}).
   *
   * @param text the text
   * @return the frequency
   * @throws BillingException {@code MALFORMED_VALUE} if it is none of those
   */
  public static BillingFrequency parse(String text) {
    for (BillingFrequency named : NAMED) {
      if (named.name.equals(text)) {
        return named;
      }
    }
    @Nullable BillingFrequency parsed = parseCount(text);
    if (parsed == null) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          "frequency",
          "'"
              + text
              + "' is not a billing frequency (MONTHLY, ANNUAL, QUARTERLY, SEMI_ANNUAL, WEEKLY,"
              + " BIWEEKLY, EVERY_n_MONTHS, EVERY_n_WEEKS, or PnM, PnY, PnW)");
    }
    return parsed;
  }

  private static @Nullable BillingFrequency parseCount(String text) {
    String digits;
    char unit;
    if (text.startsWith("EVERY_") && (text.endsWith("_MONTHS") || text.endsWith("_WEEKS"))) {
      boolean monthUnit = text.endsWith("_MONTHS");
      digits = text.substring(6, text.length() - (monthUnit ? 7 : 6));
      unit = monthUnit ? 'M' : 'W';
    } else if (text.length() >= 3 && text.charAt(0) == 'P') {
      digits = text.substring(1, text.length() - 1);
      unit = text.charAt(text.length() - 1);
    } else {
      return null;
    }
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(digits);
    try {
      return switch (unit) {
        case 'M' -> ofMonths(n);
        case 'Y' -> ofMonths(Math.multiplyExact(n, 12));
        case 'W' -> ofWeeks(n);
        default -> null;
      };
    } catch (BillingException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Returns the months or weeks of one cycle.
   *
   * @return 1 or more
   */
  public int count() {
    return count;
  }

  /**
   * Returns the unit of {@link #count()}.
   *
   * @return {@link ChronoUnit#MONTHS} or {@link ChronoUnit#WEEKS}
   */
  public ChronoUnit unit() {
    return months ? ChronoUnit.MONTHS : ChronoUnit.WEEKS;
  }

  /**
   * Returns whether cycles are a whole number of months.
   *
   * @return true for monthly, quarterly, annual and other month-based frequencies
   */
  public boolean isMonthBased() {
    return months;
  }

  /**
   * Returns the length of one cycle in months.
   *
   * @return the months per cycle: 1 monthly, 3 quarterly, 12 annual
   * @throws BillingException {@code FREQUENCY_NOT_OFFERED} for a week-based frequency
   */
  public int months() {
    BillingException.check(
        months,
        BillingErrorCode.FREQUENCY_NOT_OFFERED,
        "frequency",
        () -> name + " is counted in weeks, not months");
    return count;
  }

  /**
   * Returns boundary {@code n} of the cycles from {@code anchor}: {@code anchor + n x count} months
   * (month-end clamped) or weeks. Example: quarterly from 2024-11-30, boundary 1 is 2025-02-28 and
   * boundary 2 is 2025-05-30.
   *
   * @param anchor boundary 0
   * @param n the boundary index, zero or more
   * @return the boundary date
   * @throws ArithmeticException if the date is out of range
   */
  public LocalDate boundary(LocalDate anchor, long n) {
    long units = Math.multiplyExact(n, (long) count);
    return months ? anchor.plusMonths(units) : anchor.plusWeeks(units);
  }

  /**
   * Returns the name: {@code "MONTHLY"}, {@code "ANNUAL"}, {@code "EVERY_4_MONTHS"}.
   *
   * @return the name, which {@link #parse(String)} reads back
   */
  public String name() {
    return name;
  }

  /**
   * Returns the frequency as invoice lines print it: {@code "monthly"}, {@code "annual"}, {@code
   * "every 2 weeks"}.
   *
   * @return the words
   */
  public String adjective() {
    return adjective;
  }

  // Lengths in 1/4800ths of a 400-year Gregorian cycle's average month: a month is 146097 / 4800
  // days, so a week is 7 x 4800 / 146097 months. Compared exactly in longs.
  private long length() {
    return months ? 146_097L * count : 7L * 4800 * count;
  }

  @Override
  public int compareTo(BillingFrequency other) {
    return Long.compare(length(), other.length());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BillingFrequency other && count == other.count && months == other.months;
  }

  @Override
  public int hashCode() {
    return months ? count : -count;
  }

  /**
   * Returns the name: {@code "MONTHLY"}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
