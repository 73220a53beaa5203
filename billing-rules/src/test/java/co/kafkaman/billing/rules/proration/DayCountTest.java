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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountTest {

  static DayCount named(String name) {
    return switch (name) {
      case "actual" -> DayCount.actualDays();
      case "30/360" -> DayCount.thirty360();
      case "fixed30" -> DayCount.fixedMonth(30);
      case "fixed28" -> DayCount.fixedMonth(28);
      case "fixed31" -> DayCount.fixedMonth(31);
      case "months" -> DayCount.wholeMonths();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0}: [{1}, {2}) from {3} leaves {4}")
  @CsvSource({
    // actual days: days(from, end) / days(start, end); the change day counts as remaining
    "actual,  2024-03-01, 2024-04-01, 2024-03-01, 31/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-15, 17/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-31, 1/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-04-01, 0/31 days",
    "actual,  2024-04-01, 2024-05-01, 2024-04-16, 15/30 days",
    "actual,  2024-02-01, 2024-03-01, 2024-02-15, 15/29 days",
    "actual,  2023-02-01, 2023-03-01, 2023-02-15, 14/28 days",
    "actual,  2024-01-31, 2024-02-29, 2024-02-15, 14/29 days",
    "actual,  2024-02-29, 2025-02-28, 2024-08-29, 183/365 days",
    // 30E/360, worked by hand from 360 x dY + 30 x dM + (min(D2, 30) - min(D1, 30))
    "30/360,  2024-03-01, 2024-04-01, 2024-03-01, 30/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-02, 29/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-15, 16/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-30, 1/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-31, 1/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-04-01, 0/30 days",
    // across February, non-leap and leap: the month still counts 30
    "30/360,  2023-02-28, 2023-03-28, 2023-02-28, 30/30 days",
    "30/360,  2023-02-28, 2023-03-28, 2023-03-01, 27/30 days",
    "30/360,  2023-02-10, 2023-03-10, 2023-02-20, 20/30 days",
    "30/360,  2024-02-10, 2024-03-10, 2024-02-20, 20/30 days",
    "30/360,  2023-02-10, 2023-03-10, 2023-03-05, 5/30 days",
    "30/360,  2025-01-28, 2025-02-28, 2025-01-28, 30/30 days",
    "30/360,  2025-01-28, 2025-02-28, 2025-02-15, 13/30 days",
    // day 31 counts as the 30th
    "30/360,  2024-01-15, 2024-02-15, 2024-01-30, 15/30 days",
    "30/360,  2024-01-15, 2024-02-15, 2024-01-31, 15/30 days",
    "30/360,  2024-03-31, 2024-04-30, 2024-04-15, 15/30 days",
    // month-end-clamped cycles crossing February count what their ends give
    "30/360,  2024-01-31, 2024-02-29, 2024-02-15, 14/29 days",
    "30/360,  2024-02-29, 2024-03-31, 2024-02-29, 31/31 days",
    "30/360,  2024-02-29, 2024-03-31, 2024-03-30, 0/31 days",
    // annual periods
    "30/360,  2024-01-01, 2025-01-01, 2024-03-15, 286/360 days",
    "30/360,  2024-02-29, 2025-02-28, 2024-08-29, 179/359 days",
    // fixed N-day month: 30E/360 with N in place of 30
    "fixed30, 2024-03-01, 2024-04-01, 2024-03-01, 30/30 days",
    "fixed30, 2024-03-01, 2024-04-01, 2024-03-02, 29/30 days",
    "fixed30, 2024-03-01, 2024-04-01, 2024-03-15, 16/30 days",
    "fixed30, 2023-02-01, 2023-03-01, 2023-02-01, 30/30 days",
    "fixed30, 2023-02-01, 2023-03-01, 2023-02-02, 29/30 days",
    "fixed30, 2023-02-01, 2023-03-01, 2023-02-15, 16/30 days",
    "fixed30, 2024-01-01, 2025-01-01, 2024-03-15, 286/360 days",
    "fixed28, 2024-03-01, 2024-04-01, 2024-03-15, 14/28 days",
    "fixed28, 2024-03-01, 2024-04-01, 2024-03-04, 25/28 days",
    "fixed28, 2024-03-01, 2024-04-01, 2024-03-29, 1/28 days",
    "fixed31, 2023-02-01, 2023-03-01, 2023-02-15, 17/31 days",
    "fixed31, 2024-03-01, 2024-04-01, 2024-03-15, 17/31 days",
    // whole remaining months: a partial month does not count
    "months,  2024-03-01, 2024-04-01, 2024-03-01, 1/1 months",
    "months,  2024-03-01, 2024-04-01, 2024-03-02, 0/1 months",
    "months,  2024-01-01, 2025-01-01, 2024-01-01, 12/12 months",
    "months,  2024-01-01, 2025-01-01, 2024-03-15, 9/12 months",
    "months,  2024-01-01, 2025-01-01, 2024-04-01, 9/12 months",
    "months,  2024-01-01, 2025-01-01, 2024-04-02, 8/12 months",
    "months,  2024-02-29, 2025-02-28, 2024-05-29, 9/12 months",
    "months,  2024-02-29, 2025-02-28, 2025-02-28, 0/12 months",
  })
  void remainingPart(
      String convention,
      LocalDate start,
      LocalDate endExclusive,
      LocalDate from,
      String remaining) {
    Fraction fraction = named(convention).remaining(DateRange.of(start, endExclusive), from);
    assertThat(fraction.toString()).isEqualTo(remaining);
  }

  @ParameterizedTest(name = "{0}: [{3}, {4}) is {5} of [{1}, {2})")
  @CsvSource({
    // actual days: leading stub, trailing stub, a stretch inside, empty, whole
    "actual,  2024-03-01, 2024-04-01, 2024-03-01, 2024-03-15, 14/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-15, 2024-04-01, 17/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-10, 2024-03-20, 10/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-15, 2024-03-15, 0/31 days",
    "actual,  2024-03-01, 2024-04-01, 2024-03-01, 2024-04-01, 31/31 days",
    "actual,  2023-02-10, 2023-03-10, 2023-02-10, 2023-03-05, 23/28 days",
    // 30E/360: the example, 25 days of 30 where the actual count is 23 (24 in 2024)
    "30/360,  2023-02-10, 2023-03-10, 2023-02-10, 2023-03-05, 25/30 days",
    "30/360,  2024-02-10, 2024-03-10, 2024-02-10, 2024-03-05, 25/30 days",
    "30/360,  2023-02-10, 2023-03-10, 2023-03-05, 2023-03-10, 5/30 days",
    "30/360,  2023-02-01, 2023-03-01, 2023-02-27, 2023-03-01, 4/30 days",
    "30/360,  2024-02-01, 2024-03-01, 2024-02-27, 2024-03-01, 4/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-30, 2024-03-31, 0/30 days",
    "30/360,  2024-03-01, 2024-04-01, 2024-03-31, 2024-04-01, 1/30 days",
    "30/360,  2024-01-01, 2025-01-01, 2024-01-01, 2024-03-15, 74/360 days",
    "30/360,  2024-01-01, 2025-01-01, 2024-02-15, 2024-08-15, 180/360 days",
    "30/360,  2024-01-31, 2024-03-31, 2024-01-31, 2024-02-29, 29/60 days",
    // a period that counts no 30E/360 day is counted in actual days
    "30/360,  2024-03-30, 2024-03-31, 2024-03-30, 2024-03-31, 1/1 days",
    "fixed30, 2023-02-10, 2023-03-10, 2023-02-10, 2023-03-05, 25/30 days",
    "fixed28, 2024-03-01, 2024-04-01, 2024-03-01, 2024-03-15, 14/28 days",
    // whole months: remaining(a) - remaining(b); the leading stub holds the partial month
    "months,  2024-01-01, 2025-01-01, 2024-01-01, 2024-03-15, 3/12 months",
    "months,  2024-01-01, 2025-01-01, 2024-03-15, 2024-06-15, 3/12 months",
    "months,  2024-03-01, 2024-04-01, 2024-03-01, 2024-03-02, 1/1 months",
    "months,  2024-03-01, 2024-04-01, 2024-03-02, 2024-04-01, 0/1 months",
  })
  void partOfAStretch(
      String convention,
      LocalDate start,
      LocalDate endExclusive,
      LocalDate stretchStart,
      LocalDate stretchEnd,
      String part) {
    DateRange period = DateRange.of(start, endExclusive);
    DayCount dayCount = named(convention);
    assertThat(dayCount.part(period, DateRange.of(stretchStart, stretchEnd)).toString())
        .isEqualTo(part);
    if (stretchStart.equals(start)) {
      assertThat(dayCount.elapsed(period, stretchEnd).toString()).isEqualTo(part);
    }
    if (stretchEnd.equals(endExclusive)) {
      assertThat(dayCount.remaining(period, stretchStart).toString()).isEqualTo(part);
    }
  }

  @ParameterizedTest(name = "{0} refuses the stretch [{1}, {2}) of [2024-03-01, 2024-04-01)")
  @CsvSource({
    "actual,  2024-02-28, 2024-03-05",
    "actual,  2024-03-25, 2024-04-02",
    "actual,  2024-04-05, 2024-04-05",
    "30/360,  2024-02-28, 2024-03-05",
    "30/360,  2024-03-25, 2024-04-02",
    "fixed30, 2024-02-01, 2024-02-10",
    "months,  2024-03-25, 2024-04-02",
  })
  void refusesAStretchOutsideThePeriod(String convention, LocalDate start, LocalDate end) {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    DateRange stretch = DateRange.of(start, end);
    assertThatThrownBy(() -> named(convention).part(march, stretch))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining(stretch.toString())
        .satisfies(
            e -> {
              assertThat(((BillingException) e).errorCode())
                  .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
              assertThat(((BillingException) e).field()).isEqualTo("stretch");
            });
  }

  @Test
  void refusesALeadingStubEndingBeforeThePeriodAndAnEmptyPeriod() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    assertThatThrownBy(() -> DayCount.thirty360().elapsed(march, LocalDate.of(2024, 2, 29)))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("2024-02-29")
        .extracting(e -> ((BillingException) e).field())
        .isEqualTo("stretch");
    assertThatThrownBy(() -> DayCount.actualDays().elapsed(march, LocalDate.of(2024, 4, 2)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).field())
        .isEqualTo("stretch");
    LocalDate day = LocalDate.of(2024, 3, 1);
    DateRange empty = DateRange.of(day, day);
    assertThatThrownBy(() -> DayCount.thirty360().part(empty, empty))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.INVALID_DATE_RANGE);
  }

  /** A host's own convention implementing only remaining: thirds of a period, by its days left. */
  private static final DayCount THIRDS =
      new DayCount() {
        @Override
        public Fraction remaining(DateRange period, LocalDate from) {
          DayCount.requireWithin(period, from);
          long left = DateRange.of(from, period.endExclusive()).lengthInDays();
          return Fraction.of((3 * left + period.lengthInDays() - 1) / period.lengthInDays(), 3, "");
        }

        @Override
        public String name() {
          return "thirds";
        }
      };

  @Test
  void aHostConventionGetsPartsByTelescopingItsRemainingParts() {
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    // remaining thirds, rounded up: 04-01 3/3, 04-11 2/3, 04-12 2/3, 04-21 1/3, 05-01 0/3
    assertThat(
            THIRDS.part(april, DateRange.of(LocalDate.of(2024, 4, 11), LocalDate.of(2024, 4, 21))))
        .hasToString("1/3");
    assertThat(THIRDS.elapsed(april, LocalDate.of(2024, 4, 12))).hasToString("1/3");
    assertThat(THIRDS.part(april, april)).hasToString("3/3");
    DayCount broken =
        new DayCount() {
          @Override
          public Fraction remaining(DateRange period, LocalDate from) {
            return Fraction.of(1, from.getMonthValue(), "");
          }

          @Override
          public String name() {
            return "broken";
          }
        };
    assertThatThrownBy(() -> broken.part(april, april))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken does not telescope");
  }

  @ParameterizedTest(name = "seconds: [{0}, {1}) from {2} leaves {3}")
  @CsvSource({
    "2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z, 2024-04-01T00:00:00Z, 2592000/2592000 seconds",
    "2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z, 2024-04-16T00:00:00Z, 1296000/2592000 seconds",
    "2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z, 2024-04-16T12:00:00Z, 1252800/2592000 seconds",
    "2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z, 2024-04-30T23:59:59Z, 1/2592000 seconds",
    "2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z, 2024-05-01T00:00:00Z, 0/2592000 seconds",
  })
  void secondsOnInstants(Instant start, Instant endExclusive, Instant from, String remaining) {
    assertThat(DayCount.secondsRemaining(start, endExclusive, from).toString())
        .isEqualTo(remaining);
  }

  @ParameterizedTest(name = "{0} refuses {1} outside [2024-03-01, 2024-04-01)")
  @CsvSource({
    "actual, 2024-02-29",
    "actual, 2024-04-02",
    "30/360, 2024-02-29",
    "fixed30, 2024-04-02",
    "months, 2024-02-29",
  })
  void refusesADateOutsideThePeriod(String convention, LocalDate from) {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    assertThatThrownBy(() -> named(convention).remaining(march, from))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining(from.toString())
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void refusesAnEmptyPeriodAndBadArguments() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    assertThatThrownBy(() -> DayCount.actualDays().remaining(DateRange.of(day, day), day))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.INVALID_DATE_RANGE);
    assertThatThrownBy(() -> DayCount.fixedMonth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("daysPerMonth");
    Instant start = Instant.parse("2024-04-01T00:00:00Z");
    assertThatThrownBy(
            () -> DayCount.secondsRemaining(start, start.plusSeconds(10), start.minusSeconds(1)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest(name = "{0} is named {1}")
  @CsvSource({
    "actual, actual days",
    "30/360, 30-day months (30E/360)",
    "fixed30, fixed 30-day month",
    "months, whole months",
  })
  void names(String convention, String name) {
    assertThat(named(convention).name()).isEqualTo(name);
    assertThat(named(convention).toString()).isEqualTo(name);
  }

  @ParameterizedTest(name = "whole months from {0} to {1}: {2}")
  @CsvSource({
    "2024-01-31, 2024-02-29, 1",
    "2024-01-30, 2024-02-29, 1",
    "2024-01-31, 2024-02-28, 0",
    "2024-03-15, 2025-01-01, 9",
    "2024-03-15, 2024-04-14, 0",
    "2024-02-29, 2025-02-28, 12",
    "2024-03-01, 2024-03-01, 0",
  })
  void wholeMonthsBetween(LocalDate from, LocalDate to, long months) {
    assertThat(DayCount.wholeMonthsBetween(from, to)).isEqualTo(months);
  }
}
