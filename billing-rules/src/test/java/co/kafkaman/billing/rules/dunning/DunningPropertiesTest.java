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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DunningPropertiesTest {
  private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

  /** A retry schedule: first offset 0..3 days, then gaps of 1..5 days; 1 to 5 attempts. */
  private static Gen<RetrySchedule> schedules() {
    return lists()
        .of(integers().between(1, 5))
        .ofSizeBetween(0, 4)
        .zip(
            integers().between(0, 3),
            (gaps, first) -> {
              int[] offsets = new int[gaps.size() + 1];
              offsets[0] = first;
              for (int i = 0; i < gaps.size(); i++) {
                offsets[i + 1] = offsets[i] + gaps.get(i);
              }
              return RetrySchedule.of(offsets);
            });
  }

  /** Receivables of card invoices with random schedules, grace lengths and due dates. */
  private static Gen<Receivable> cardReceivables() {
    return schedules()
        .zip(
            integers().between(1, 20),
            integers().between(0, 730),
            (schedule, graceExtra, day) -> {
              LocalDate due = EPOCH.plusDays(day);
              DunningTerms terms =
                  new DunningTerms(
                      schedule,
                      schedule.lastOffset() + graceExtra,
                      DunningTerms.kafkaman().recipients());
              return Receivable.of(
                  "KB-000001",
                  CollectionMethod.cardAutoCharge(),
                  due,
                  terms.retries().attemptsAfter(due),
                  due.plusDays(terms.graceDays()));
            });
  }

  @Test
  void retriesStrictlyIncreaseAndFallInsideTheGrace() {
    qt().withExamples(500)
        .forAll(cardReceivables(), lists().of(integers().between(0, 6)).ofSize(5))
        .checkAssert(
            (receivable, lateness) -> {
              Receivable r = receivable;
              List<LocalDate> nextDates = new ArrayList<>();
              LocalDate lastAttempt = r.dueDate().minusDays(1);
              for (int i = 0; DunningRules.nextAttemptOn(r).isPresent(); i++) {
                LocalDate next = DunningRules.nextAttemptOn(r).orElseThrow();
                assertThat(next).isAfter(lastAttempt).isBefore(r.graceEnd());
                assertThat(DunningRules.remainingAttempts(r)).first().isEqualTo(next);
                assertThat(DunningRules.remainingAttempts(r)).isSorted().doesNotHaveDuplicates();
                nextDates.add(next);
                LocalDate attempted = next.plusDays(lateness.get(i));
                if (!attempted.isBefore(r.graceEnd())) {
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
                lastAttempt = attempted;
              }
              assertThat(nextDates).isSorted().doesNotHaveDuplicates();
              assertThat(nextDates.size()).isBetween(1, r.attemptDates().size());
            });
  }

  @Test
  void standingNeverImprovesWithTimeAlone() {
    Gen<Receivable> receivables =
        cardReceivables()
            .zip(
                integers().between(0, 3),
                integers().between(0, 2),
                (card, failures, kind) -> {
                  Receivable r =
                      kind == 0
                          ? new Receivable(
                              card.invoiceNumber(),
                              CollectionMethod.payByInvoice(
                                  30,
                                  java.util.EnumSet.of(
                                      co.kafkaman.billing.model.payment.PaymentChannel.WIRE)),
                              card.dueDate(),
                              List.of(),
                              card.graceEnd(),
                              List.of(),
                              false)
                          : card;
                  for (int i = 0; i < failures && DunningRules.nextAttemptOn(r).isPresent(); i++) {
                    r =
                        r.plusFailedAttempt(
                            new PaymentAttempt(
                                r.invoiceNumber(),
                                r.nextAttemptNumber(),
                                DunningRules.nextAttemptOn(r).orElseThrow(),
                                PaymentOutcome.FAILED,
                                "declined"));
                  }
                  return kind == 2 ? r.asUncollectible() : r;
                });
    qt().withExamples(300)
        .forAll(receivables)
        .checkAssert(
            r -> {
              List<Standing> standings = new ArrayList<>();
              for (LocalDate d = r.dueDate().minusDays(2);
                  d.isBefore(r.graceEnd().plusDays(3));
                  d = d.plusDays(1)) {
                standings.add(DunningRules.standingOf(r, d));
              }
              assertThat(standings).isSortedAccordingTo((a, b) -> a.compareTo(b));
              assertThat(standings.get(standings.size() - 1)).isEqualTo(Standing.DEACTIVATED);
            });
  }
}
