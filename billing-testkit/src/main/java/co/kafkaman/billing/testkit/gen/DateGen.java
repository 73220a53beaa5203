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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of billing dates and ranges with the calendar's traps weighted in: the 29th, 30th and
 * 31st of a month, month ends, February 29 of leap years, the first of a month, and the first and
 * last day of a range.
 *
 * <p>Dates lie in the years 2000 to 2099, so a simulated life of years never leaves the ordinary
 * calendar. Example: in 2,000 {@link #anchors()}, several hundred fall on the 29th to 31st and
 * dozens on a February 29, where uniform dates would give about 130 and 3.
 *
 * @since 0.1.0
 */
public final class DateGen {
  /** The first year generated. */
  public static final int FIRST_YEAR = 2000;

  /** The last year generated. */
  public static final int LAST_YEAR = 2099;

  private DateGen() {}

  /**
   * Returns billing dates: any date, month ends, the 29th to 31st, February 29, the first of a
   * month.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Generate.frequency(
        List.of(
            Pair.of(5, anyDate()),
            Pair.of(2, monthEnds()),
            Pair.of(2, lateInMonth()),
            Pair.of(1, leapDays()),
            Pair.of(1, yearMonths().map(month -> month.atDay(1)))));
  }

  /**
   * Returns anchor dates: as {@link #dates()} but with the 29th to 31st and February 29 more
   * likely, since anchors there are what month-end clamping is about.
   *
   * @return the generator
   */
  public static Gen<LocalDate> anchors() {
    return Generate.frequency(
        List.of(
            Pair.of(3, anyDate()),
            Pair.of(2, monthEnds()),
            Pair.of(3, lateInMonth()),
            Pair.of(1, leapDays())));
  }

  /**
   * Returns the billing frequencies the generated catalogs price (monthly and annual), each equally
   * likely.
   *
   * @return the generator
   */
  public static Gen<BillingFrequency> frequencies() {
    return Generate.pick(List.of(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL));
  }

  /**
   * Returns half-open ranges from a {@link #dates()} start, 0 to 400 days long (28 to 31 and 365 to
   * 366 days weighted in).
   *
   * @return the generator
   */
  public static Gen<DateRange> dateRanges() {
    Gen<Long> lengths =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(4, Generate.pick(List.of(28L, 29L, 30L, 31L, 365L, 366L))),
                Pair.of(4, Generate.longRange(1, 400))));
    return dates().zip(lengths, DateRange::ofDays);
  }

  /**
   * Returns dates inside {@code range}: its first day, its last day, or any day of it, equally
   * likely. A change on the first or on the last day of a cycle is where proration breaks.
   *
   * @param range a non-empty range
   * @return the generator
   * @throws IllegalArgumentException if {@code range} is empty
   */
  public static Gen<LocalDate> datesIn(DateRange range) {
    if (range.isEmpty()) {
      throw new IllegalArgumentException("range " + range + " is empty");
    }
    long days = range.lengthInDays();
    return Generate.frequency(
        List.of(
            Pair.of(1, Generate.constant(range.start())),
            Pair.of(1, Generate.constant(range.endExclusive().minusDays(1))),
            Pair.of(1, Generate.longRange(0, days - 1).map(range.start()::plusDays))));
  }

  private static Gen<LocalDate> anyDate() {
    long first = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
    return Generate.longRange(first, last).map(LocalDate::ofEpochDay);
  }

  private static Gen<YearMonth> yearMonths() {
    return Generate.range(FIRST_YEAR, LAST_YEAR)
        .zip(Generate.range(1, 12), (year, month) -> YearMonth.of(year, month));
  }

  private static Gen<LocalDate> monthEnds() {
    return yearMonths().map(YearMonth::atEndOfMonth);
  }

  private static Gen<LocalDate> lateInMonth() {
    return yearMonths()
        .zip(
            Generate.range(29, 31),
            (month, day) -> month.atDay(Math.min(day, month.lengthOfMonth())));
  }

  private static Gen<LocalDate> leapDays() {
    return Generate.range(FIRST_YEAR / 4, LAST_YEAR / 4)
        .map(quadrennium -> LocalDate.of(quadrennium * 4, 2, 29));
  }
}
