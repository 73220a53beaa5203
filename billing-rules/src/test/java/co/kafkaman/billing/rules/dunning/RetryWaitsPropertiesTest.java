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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentAttempt;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under any schedule of waits, with attempts reported on time or late: every retry still to come
 * falls exactly its wait after the attempt before it (made, or itself still to come), none on or
 * after the grace end, and the team is past due exactly when none is left.
 */
class RetryWaitsPropertiesTest {
  private static final LocalDate DUE = LocalDate.of(2024, 3, 1);

  @Test
  void eachRetryFallsItsWaitAfterTheAttemptBefore() {
    qt().withExamples(500)
        .forAll(
            lists().of(integers().between(1, 10)).ofSizeBetween(0, 4),
            integers().between(1, 20),
            lists().of(integers().between(0, 6)).ofSize(5))
        .checkAssert(
            (waits, graceExtra, lateness) -> {
              RetrySchedule schedule =
                  RetrySchedule.waits(waits.stream().mapToInt(Integer::intValue).toArray());
              LocalDate graceEnd = DUE.plusDays(schedule.lastOffset() + graceExtra);
              Receivable r =
                  Receivable.of(
                          "KB-000001",
                          CollectionMethod.cardAutoCharge(),
                          DUE,
                          schedule.attemptsAfter(DUE),
                          graceEnd)
                      .withRetriesFollowingAttempts(true);
              for (int i = 0; ; i++) {
                List<LocalDate> remaining = DunningRules.remainingAttempts(r);
                LocalDate before =
                    r.attempts().isEmpty()
                        ? DUE
                        : r.attempts().get(r.attempts().size() - 1).attemptedOn();
                for (int k = 0; k < remaining.size(); k++) {
                  int n = r.attempts().size() + k;
                  LocalDate expected =
                      n == 0
                          ? DUE
                          : (k == 0 ? before : remaining.get(k - 1)).plusDays(waits.get(n - 1));
                  assertThat(remaining.get(k)).isEqualTo(expected).isBefore(graceEnd);
                }
                // the retries that would fall on or after the grace end are not made
                int n = r.attempts().size() + remaining.size();
                if (n > 0 && n < schedule.attempts()) {
                  LocalDate last =
                      remaining.isEmpty() ? before : remaining.get(remaining.size() - 1);
                  assertThat(last.plusDays(waits.get(n - 1))).isAfterOrEqualTo(graceEnd);
                }
                Standing standing = DunningRules.standingOf(r, graceEnd.minusDays(1));
                assertThat(standing)
                    .isEqualTo(remaining.isEmpty() ? Standing.PAST_DUE : Standing.ACTIVE);
                if (remaining.isEmpty()) {
                  break;
                }
                LocalDate attempted = remaining.get(0).plusDays(lateness.get(i));
                if (!attempted.isBefore(graceEnd)) {
                  break;
                }
                r =
                    r.plusFailedAttempt(
                        new PaymentAttempt(
                            r.invoiceNumber(),
                            r.nextAttemptNumber(),
                            attempted,
                            PaymentOutcome.FAILED,
                            "declined"));
              }
            });
  }
}
