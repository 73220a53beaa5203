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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.Refusals;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retry schedules given as waits after each failed attempt (Kill Bill's {@code retry.days 8,8,8}):
 * the first attempt on the due date, each retry 8 days after the attempt before it was made. Grace
 * 30 days: invoice KB-000001 of USD 36.00 due 2024-03-01 has grace end 2024-03-31.
 */
class RetryWaitsTest {
  private static final String KB1 = "KB-000001";

  private static PaymentStory story(RetrySchedule schedule) {
    DunningTerms terms = DunningTerms.kafkaman().withGraceDays(30).withRetries(schedule);
    return PaymentStory.basicByCard(
        BillingEngine.of(
            PaymentStory.CATALOG, BillingPolicy.kafkaman().withDunning(DunningPolicy.of(terms))));
  }

  @ParameterizedTest(name = "{0}, failures on {1}: next attempt {2}, {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # schedule       | failed attempts reported               | next attempt | standing
          waits 8 8 8      | -                                      | 2024-03-01   | ACTIVE
          waits 8 8 8      | 2024-03-01                             | 2024-03-09   | ACTIVE
          waits 8 8 8      | 2024-03-01 2024-03-09                  | 2024-03-17   | ACTIVE
          waits 8 8 8      | 2024-03-01 2024-03-09 2024-03-17       | 2024-03-25   | ACTIVE
          waits 8 8 8      | 2024-03-01 2024-03-09 2024-03-17 2024-03-25 | -       | PAST_DUE
          # a late report moves the next retry on: the wait counts from the attempt made
          waits 8 8 8      | 2024-03-03                             | 2024-03-11   | ACTIVE
          waits 8 8 8      | 2024-03-03 2024-03-12                  | 2024-03-20   | ACTIVE
          # the next retry would be on 04-01, after the grace end 03-31: none is left
          waits 8 8 8      | 2024-03-01 2024-03-09 2024-03-24       | -            | PAST_DUE
          # offsets from the due date, same plan: a late report does not move the next attempt
          offsets 0 8 16 24 | 2024-03-03                            | 2024-03-09   | ACTIVE
          # Stripe-style custom waits
          waits 3 5 7      | 2024-03-01 2024-03-04 2024-03-09       | 2024-03-16   | ACTIVE
          """)
  void retriesFallTheirWaitAfterTheAttemptBefore(
      String schedule, String failures, String next, Standing standing) {
    PaymentStory story = story(schedule(schedule));
    int n = 0;
    for (String date : failures.equals("-") ? new String[0] : failures.split(" ")) {
      story.then(Command.ReportPaymentAttempt.failed("a" + ++n, KB1, "card declined"), date);
    }

    Optional<LocalDate> expected =
        next.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(next));
    assertThat(DunningRules.nextAttemptOn(story.team().receivable(KB1).orElseThrow()))
        .isEqualTo(expected);
    assertThat(story.team().standing()).isEqualTo(standing);
  }

  @ParameterizedTest(name = "{0}: {1} [{2}] {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          waits 8 0 8        | INVALID_QUANTITY   | waitsInDays[1]         | must be 1 day or more, was 0
          waits -3           | INVALID_QUANTITY   | waitsInDays[0]         | must be 1 day or more, was -3
          grace 21 waits 8 8 8 | INCONSISTENT_STATE | graceDays            | 21 must be more than the last attempt's offset 24: every attempt falls inside the grace period
          stage 0            | INVALID_QUANTITY   | daysAfterDue           | stage 'early' must start 1 day or more after the due date, was 0
          stage 21           | INVALID_QUANTITY   | stages[1].daysAfterDue | 21 is not after the previous stage's 21: stages are in day order
          second deactivation | INCONSISTENT_STATE | stages                | exactly one stage must DEACTIVATE (its day is the grace end), 2 do
          """)
  void badSchedulesAndStagesAreRefusedNamingTheFieldAndValue(
      String what, BillingErrorCode code, String field, String reason) {
    DunningTerms kafkaman = DunningTerms.kafkaman();
    ThrowingCallable build =
        switch (what) {
          case "waits 8 0 8" -> () -> RetrySchedule.waits(8, 0, 8);
          case "waits -3" -> () -> RetrySchedule.waits(-3);
          case "grace 21 waits 8 8 8" -> () -> kafkaman.withRetries(RetrySchedule.waits(8, 8, 8));
          case "stage 0" ->
              () -> kafkaman.withStages(OverdueStage.of("early", 0, OverdueEffect.BLOCK_CHANGES));
          case "stage 21" ->
              () -> kafkaman.withStages(OverdueStage.of("late", 21, OverdueEffect.BLOCK_CHANGES));
          default ->
              () -> kafkaman.withStages(OverdueStage.of("again", 30, OverdueEffect.DEACTIVATE));
        };
    Refusals.assertRefused(build, code, field, reason);
  }

  private static RetrySchedule schedule(String text) {
    String[] words = text.trim().split(" ");
    int[] days = Arrays.stream(words).skip(1).mapToInt(Integer::parseInt).toArray();
    return words[0].equals("waits") ? RetrySchedule.waits(days) : RetrySchedule.of(days);
  }
}
