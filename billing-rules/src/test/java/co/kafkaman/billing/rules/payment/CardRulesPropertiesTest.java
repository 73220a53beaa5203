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
package co.kafkaman.billing.rules.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardRulesPropertiesTest {

  /**
   * Random card operations (add a valid or expired card, remove, set primary) on a Free team or on
   * a team paying Basic by card: exactly one primary whenever a card exists, the first card becomes
   * primary, adding or removing another card never moves the primary, a paying team keeps a card
   * once it has one, and a refused operation leaves the team as it was.
   */
  @Test
  void cardInvariantsHoldAfterEveryOperation() {
    qt().withExamples(200)
        .forAll(
            integers().between(0, 1),
            lists().of(integers().between(0, 3 * 4 * 2 - 1)).ofSizeBetween(1, 25))
        .checkAssert(
            (paid, operations) -> {
              PaymentStory story =
                  PaymentStory.created(
                      BillingEngine.of(PaymentStory.CATALOG),
                      PaymentStory.terms(paid == 1 ? PlanTier.BASIC : PlanTier.FREE, 1));
              if (paid == 1) {
                story.then(
                    new Command.RecordPayment(
                        "p", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("12.00", "USD")),
                    PaymentStory.START);
              }
              LocalDate day = PaymentStory.START;
              for (int code : operations) {
                int op = code % 3;
                String token = "t" + (code / 3) % 4;
                boolean expired = code >= 12;
                Team before = story.team();
                Command command =
                    switch (op) {
                      case 0 ->
                          new Command.AddCard(
                              story.nextId(),
                              "ana",
                              PaymentStory.visa(token, expired ? 2024 : 2027, expired ? 1 : 8));
                      case 1 -> new Command.RemoveCard(story.nextId(), "ana", token);
                      default -> new Command.SetPrimaryCard(story.nextId(), "ana", token);
                    };
                Outcome outcome = story.apply(command, day).last();
                Team after = story.team();
                if (!outcome.isAccepted()) {
                  assertThat(after).isEqualTo(before);
                  continue;
                }
                assertThat(after.cards().isEmpty()).isEqualTo(after.primaryCardToken().isEmpty());
                assertThat(after.primaryCard())
                    .isEqualTo(after.primaryCardToken().flatMap(after::card));
                if (op == 0) {
                  assertThat(after.primaryCardToken())
                      .isEqualTo(
                          before.cards().isEmpty()
                              ? Optional.of(token)
                              : before.primaryCardToken());
                } else if (op == 1) {
                  assertThat(before.primaryCardToken().equals(Optional.of(token)))
                      .isEqualTo(before.cards().size() == 1);
                  assertThat(after.cards()).hasSize(before.cards().size() - 1);
                  if (!after.cards().isEmpty()) {
                    assertThat(after.primaryCardToken()).isEqualTo(before.primaryCardToken());
                  }
                  assertThat(paid == 1 && after.cards().isEmpty()).isFalse();
                } else {
                  assertThat(after.primaryCardToken()).contains(token);
                  assertThat(after.cards()).isEqualTo(before.cards());
                }
              }
              assertThat(List.copyOf(story.team().cards())).doesNotHaveDuplicates();
            });
  }
}
