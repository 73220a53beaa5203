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

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

  /** Parses {@code "[2024-03-01, 2024-04-01)"}, the notation of {@link DateRange#toString()}. */
  private static DateRange range(String text) {
    String[] parts = text.substring(1, text.length() - 1).split(", ", -1);
    return DateRange.of(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
  }

  @ParameterizedTest(name = "{0} has {1} days, empty {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [2024-03-01, 2024-04-01) | 31  | false
          [2024-02-01, 2024-03-01) | 29  | false
          [2023-02-01, 2023-03-01) | 28  | false
          [2024-01-31, 2024-02-29) | 29  | false
          [2024-02-29, 2024-03-31) | 31  | false
          [2024-01-01, 2025-01-01) | 366 | false
          [2023-01-01, 2024-01-01) | 365 | false
          [2024-02-29, 2025-02-28) | 365 | false
          [2024-03-15, 2024-03-16) | 1   | false
          [2024-03-15, 2024-03-15) | 0   | true
          [1999-12-31, 2000-03-01) | 61  | false
          """)
  void countsItsDays(String text, long days, boolean empty) {
    DateRange range = range(text);

    assertThat(range.lengthInDays()).isEqualTo(days);
    assertThat(range.isEmpty()).isEqualTo(empty);
    assertThat(range).hasToString(text);
    assertThat(DateRange.ofDays(range.start(), days)).isEqualTo(range);
  }

  @ParameterizedTest(name = "[{0}, {1}) is refused")
  @CsvSource({"2024-04-01, 2024-03-31", "2024-03-01, 2024-02-29", "2025-01-01, 2024-12-31"})
  void refusesARangeThatEndsBeforeItStarts(LocalDate start, LocalDate endExclusive) {
    assertRefused(
        () -> DateRange.of(start, endExclusive),
        BillingErrorCode.INVALID_DATE_RANGE,
        "endExclusive",
        endExclusive + " is before start " + start);
  }

  @Test
  void refusesANegativeNumberOfDays() {
    assertRefused(
        () -> DateRange.ofDays(LocalDate.parse("2024-03-01"), -1),
        BillingErrorCode.INVALID_DATE_RANGE,
        "endExclusive",
        "2024-02-29 is before start 2024-03-01");
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [2024-03-01, 2024-04-01) | 2024-03-01 | true
          [2024-03-01, 2024-04-01) | 2024-03-31 | true
          [2024-03-01, 2024-04-01) | 2024-03-15 | true
          [2024-03-01, 2024-04-01) | 2024-04-01 | false
          [2024-03-01, 2024-04-01) | 2024-02-29 | false
          [2024-02-29, 2024-03-01) | 2024-02-29 | true
          [2024-02-29, 2024-03-01) | 2024-03-01 | false
          [2024-03-15, 2024-03-15) | 2024-03-15 | false
          """)
  void containsItsStartButNotItsEnd(String text, LocalDate date, boolean contains) {
    assertThat(range(text).contains(date)).isEqualTo(contains);
  }

  @ParameterizedTest(name = "{0} and {1}: overlap {2}, abut {3}, intersection {4}, encloses {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [2024-03-01, 2024-04-01) | [2024-03-15, 2024-05-01) | true  | false | [2024-03-15, 2024-04-01) | false
          [2024-03-15, 2024-05-01) | [2024-03-01, 2024-04-01) | true  | false | [2024-03-15, 2024-04-01) | false
          [2024-03-01, 2024-04-01) | [2024-04-01, 2024-05-01) | false | true  | none                     | false
          [2024-04-01, 2024-05-01) | [2024-03-01, 2024-04-01) | false | true  | none                     | false
          [2024-03-01, 2024-04-01) | [2024-03-10, 2024-03-20) | true  | false | [2024-03-10, 2024-03-20) | true
          [2024-03-10, 2024-03-20) | [2024-03-01, 2024-04-01) | true  | false | [2024-03-10, 2024-03-20) | false
          [2024-03-01, 2024-04-01) | [2024-03-01, 2024-04-01) | true  | false | [2024-03-01, 2024-04-01) | true
          [2024-03-01, 2024-04-01) | [2024-05-01, 2024-06-01) | false | false | none                     | false
          [2024-03-01, 2024-04-01) | [2024-02-01, 2024-03-02) | true  | false | [2024-03-01, 2024-03-02) | false
          [2024-03-01, 2024-04-01) | [2024-03-31, 2024-04-01) | true  | false | [2024-03-31, 2024-04-01) | true
          [2024-02-28, 2024-03-01) | [2024-02-29, 2024-03-31) | true  | false | [2024-02-29, 2024-03-01) | false
          [2024-03-01, 2024-04-01) | [2024-03-15, 2024-03-15) | false | false | none                     | true
          [2024-03-01, 2024-04-01) | [2024-04-01, 2024-04-01) | false | true  | none                     | true
          [2024-03-01, 2024-04-01) | [2024-03-01, 2024-03-01) | false | true  | none                     | true
          [2024-03-15, 2024-03-15) | [2024-03-01, 2024-04-01) | false | false | none                     | false
          [2024-03-15, 2024-03-15) | [2024-03-15, 2024-03-15) | false | true  | none                     | true
          """)
  void rangeAlgebra(
      String first,
      String second,
      boolean overlaps,
      boolean abuts,
      String intersection,
      boolean encloses) {
    DateRange a = range(first);
    DateRange b = range(second);

    assertThat(a.overlaps(b)).as("overlaps").isEqualTo(overlaps);
    assertThat(a.abuts(b)).as("abuts").isEqualTo(abuts);
    assertThat(a.intersection(b))
        .as("intersection")
        .isEqualTo(
            intersection.equals("none") ? Optional.empty() : Optional.of(range(intersection)));
    assertThat(a.encloses(b)).as("encloses").isEqualTo(encloses);
  }

  @ParameterizedTest(name = "{0} split at {1} is {2} ({3} days) and {4} ({5} days)")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [2024-03-01, 2024-04-01) | 2024-03-15 | [2024-03-01, 2024-03-15) | 14 | [2024-03-15, 2024-04-01) | 17
          [2024-03-01, 2024-04-01) | 2024-03-01 | [2024-03-01, 2024-03-01) | 0  | [2024-03-01, 2024-04-01) | 31
          [2024-03-01, 2024-04-01) | 2024-04-01 | [2024-03-01, 2024-04-01) | 31 | [2024-04-01, 2024-04-01) | 0
          [2024-01-31, 2024-02-29) | 2024-02-01 | [2024-01-31, 2024-02-01) | 1  | [2024-02-01, 2024-02-29) | 28
          [2024-02-29, 2025-02-28) | 2024-08-29 | [2024-02-29, 2024-08-29) | 182 | [2024-08-29, 2025-02-28) | 183
          [2024-03-15, 2024-03-15) | 2024-03-15 | [2024-03-15, 2024-03-15) | 0  | [2024-03-15, 2024-03-15) | 0
          """)
  void splitsIntoTwoAbuttingParts(
      String text, LocalDate date, String before, long beforeDays, String after, long afterDays) {
    DateRange range = range(text);

    DateRange[] parts = range.splitAt(date);

    assertThat(parts).containsExactly(range(before), range(after));
    assertThat(range.endingBefore(date)).isEqualTo(range(before));
    assertThat(range.startingAt(date)).isEqualTo(range(after));
    assertThat(parts[0].lengthInDays()).isEqualTo(beforeDays);
    assertThat(parts[1].lengthInDays()).isEqualTo(afterDays);
    assertThat(parts[0].abuts(parts[1])).isTrue();
  }

  @ParameterizedTest(name = "{0} cannot be cut at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [2024-03-01, 2024-04-01) | 2024-02-29
          [2024-03-01, 2024-04-01) | 2024-04-02
          [2024-03-15, 2024-03-15) | 2024-03-16
          """)
  void refusesToCutOutsideTheRange(String text, LocalDate date) {
    DateRange range = range(text);
    String message = date + " is outside " + text;

    assertRefused(() -> range.splitAt(date), BillingErrorCode.DATE_OUT_OF_RANGE, "date", message);
    assertRefused(
        () -> range.startingAt(date), BillingErrorCode.DATE_OUT_OF_RANGE, "date", message);
    assertRefused(
        () -> range.endingBefore(date), BillingErrorCode.DATE_OUT_OF_RANGE, "date", message);
  }

  @Test
  void frequenciesCountMonths() {
    assertThat(BillingFrequency.MONTHLY.months()).isEqualTo(1);
    assertThat(BillingFrequency.ANNUAL.months()).isEqualTo(12);
  }
}
