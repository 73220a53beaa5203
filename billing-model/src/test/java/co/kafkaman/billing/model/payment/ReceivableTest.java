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
package co.kafkaman.billing.model.payment;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overdue stages a receivable records: KB-000001, a card invoice due 2024-03-01 attempted on
 * 03-01, 03-04 and 03-08, grace end 03-22.
 */
class ReceivableTest {
  private static final LocalDate DUE = LocalDate.of(2024, 3, 1);
  private static final Receivable KB1 =
      Receivable.of(
          "KB-000001",
          CollectionMethod.cardAutoCharge(),
          DUE,
          List.of(DUE, DUE.plusDays(3), DUE.plusDays(7)),
          DUE.plusDays(21));

  @Test
  void aNewReceivableHasReachedNoStage() {
    assertThat(KB1.stagesReached()).isEmpty();
    assertThat(KB1.hasReached("blocked")).isFalse();
  }

  @Test
  void stagesAreKeptInTheOrderReachedAndThroughEveryCopy() {
    Receivable reached = KB1.plusStageReached("warned").plusStageReached("blocked");

    assertThat(reached.stagesReached()).containsExactly("warned", "blocked");
    assertThat(reached.hasReached("blocked")).isTrue();
    assertThat(KB1.stagesReached()).as("the original is unchanged").isEmpty();
    Receivable copied =
        reached
            .plusFailedAttempt(
                new PaymentAttempt("KB-000001", 1, DUE, PaymentOutcome.FAILED, "declined"))
            .withRetriesFollowingAttempts(true)
            .asUncollectible();
    assertThat(copied.stagesReached()).containsExactly("warned", "blocked");
    assertThat(copied.attempts()).hasSize(1);
    assertThat(copied.uncollectible()).isTrue();
    assertThat(copied.retriesFollowAttempts()).isTrue();
  }

  @Test
  void aStageIsReachedOnceAndHasAName() {
    Receivable blocked = KB1.plusStageReached("blocked");

    assertRefused(
        () -> blocked.plusStageReached("blocked"),
        BillingErrorCode.INCONSISTENT_STATE,
        "stagesReached[1]",
        "'blocked' must be a stage name not blank and not reached before: [blocked, blocked]");
    assertRefused(
        () -> KB1.plusStageReached(" "),
        BillingErrorCode.INCONSISTENT_STATE,
        "stagesReached[0]",
        "not blank");
  }
}
