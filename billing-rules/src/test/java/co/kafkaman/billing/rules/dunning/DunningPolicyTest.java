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
package co.kafkaman.billing.rules.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningPolicyTest {

  @ParameterizedTest(name = "offsets {0} after due date {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0 3 7   | 2024-03-01 | 2024-03-01 2024-03-04 2024-03-08
          0 3 7   | 2024-02-27 | 2024-02-27 2024-03-01 2024-03-05
          0 3 7   | 2023-02-27 | 2023-02-27 2023-03-02 2023-03-06
          1 2 4 8 | 2024-12-30 | 2024-12-31 2025-01-01 2025-01-03 2025-01-07
          5       | 2024-03-01 | 2024-03-06
          """)
  void attemptsFallOnTheOffsetsAfterTheDueDate(String offsets, LocalDate due, String dates) {
    RetrySchedule schedule = RetrySchedule.of(ints(offsets));

    assertThat(schedule.attemptsAfter(due))
        .extracting(LocalDate::toString)
        .containsExactly(dates.split(" "));
    assertThat(schedule.attempts()).isEqualTo(dates.split(" ").length);
  }

  @ParameterizedTest(name = "offsets [{0}] are refused")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
                 | must name at least one attempt, was empty
          -1 3   | must be zero or more and strictly increasing, was [-1, 3]
          0 3 3  | must be zero or more and strictly increasing, was [0, 3, 3]
          7 3    | must be zero or more and strictly increasing, was [7, 3]
          """)
  void badOffsetsAreRefused(String offsets, String message) {
    assertThatThrownBy(() -> RetrySchedule.of(ints(offsets == null ? "" : offsets)))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(BillingErrorCode.INVALID_QUANTITY);
              assertThat(e.field()).isEqualTo("offsetsInDays");
              assertThat(e.reason()).isEqualTo(message);
            });
  }

  @ParameterizedTest(name = "grace of {0} days with attempts {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          21 | 0 3 7  | ACCEPTED
          8  | 0 3 7  | ACCEPTED
          7  | 0 3 7  | 7 must be more than the last attempt's offset 7: every attempt falls inside the grace period
          10 | 0 5 12 | 10 must be more than the last attempt's offset 12: every attempt falls inside the grace period
          """)
  void retriesAndGraceCannotDisagree(int graceDays, String offsets, String expected) {
    DunningTerms kafkaman = DunningTerms.kafkaman();
    if (expected.equals("ACCEPTED")) {
      DunningTerms terms =
          kafkaman.withRetries(RetrySchedule.of(ints(offsets))).withGraceDays(graceDays);
      assertThat(terms.graceDays()).isEqualTo(graceDays);
    } else {
      assertThatThrownBy(
              () ->
                  new DunningTerms(
                      RetrySchedule.of(ints(offsets)), graceDays, kafkaman.recipients()))
          .isInstanceOfSatisfying(
              BillingException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(BillingErrorCode.INCONSISTENT_STATE);
                assertThat(e.field()).isEqualTo("graceDays");
                assertThat(e.reason()).isEqualTo(expected);
              });
    }
  }

  @ParameterizedTest(name = "on {0}: {1} days of grace")
  @CsvSource({
    "2019-01-01, 10",
    "2022-03-16, 10",
    "2022-03-17, 21",
    "2023-06-30, 21",
    "2023-07-01, 14",
    "2030-01-01, 14"
  })
  void theVersionInForceOnADateApplies(LocalDate date, int graceDays) {
    DunningPolicy policy =
        DunningPolicy.of(DunningTerms.kafkaman().withGraceDays(10))
            .withVersionFrom(LocalDate.of(2022, 3, 17), DunningTerms.kafkaman())
            .withVersionFrom(LocalDate.of(2023, 7, 1), DunningTerms.kafkaman().withGraceDays(14));

    assertThat(policy.termsOn(date).graceDays()).isEqualTo(graceDays);
  }

  @Test
  void versionsMustBeInDateOrder() {
    DunningPolicy policy =
        DunningPolicy.kafkaman().withVersionFrom(LocalDate.of(2024, 1, 1), DunningTerms.kafkaman());

    assertThatThrownBy(
            () -> policy.withVersionFrom(LocalDate.of(2024, 1, 1), DunningTerms.kafkaman()))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(BillingErrorCode.INVALID_DATE_RANGE);
              assertThat(e.field()).isEqualTo("versions[1].effectiveFrom");
            });
  }

  @Test
  void theKafkamanTermsNotifyPerTheRules() {
    DunningTerms terms = DunningTerms.kafkaman();

    assertThat(terms.retries().offsetsInDays()).containsExactly(0, 3, 7);
    assertThat(terms.graceDays()).isEqualTo(21);
    assertThat(terms.recipientsOf(NotificationKind.PAYMENT_FAILED))
        .contains(Recipients.BILLING_MEMBERS);
    assertThat(terms.recipientsOf(NotificationKind.NON_PAYMENT)).contains(Recipients.ALL_MEMBERS);
    assertThat(terms.recipientsOf(NotificationKind.DEACTIVATED)).contains(Recipients.ALL_MEMBERS);
    assertThat(terms.recipientsOf(NotificationKind.AUTO_FLEX_REMINDER)).isEmpty();
  }

  private static int[] ints(String text) {
    List<Integer> values = new ArrayList<>();
    for (String part : text.trim().split(" ")) {
      if (!part.isEmpty()) {
        values.add(Integer.parseInt(part));
      }
    }
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
