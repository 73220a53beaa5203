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
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Overdue stages in the history, for any stages before the grace end, any evaluation dates and a
 * payment or none: the story of {@link PaymentStory#failedThreeTimes} (KB-000001 due 2024-03-01,
 * attempts failed on 03-01, 03-04 and 03-08, grace end 03-22), then evaluations after 03-08.
 */
class OverdueStageHistoryPropertiesTest {
  private static final LocalDate DUE = LocalDate.of(2024, 3, 1);
  private static final LocalDate THIRD_FAILURE = LocalDate.of(2024, 3, 8);
  private static final String KB1 = "KB-000001";

  /** The entries of {@code kind} about {@code stage}, by the name their summary starts with. */
  private static List<HistoryEntry> entries(PaymentStory story, EntryKind kind, String stage) {
    return story.team().history().stream()
        .filter(e -> e.kind() == kind && e.summary().startsWith("overdue stage '" + stage + "' "))
        .toList();
  }

  // a stage's entry is recorded once, by the first dunning command (the failed attempts on 03-04
  // and 03-08 included) on or after its day while the invoice is unpaid; it is left once when the
  // payment arrives; after each evaluation the receivable has reached a stage exactly when
  // changesBlocked refuses changes; and replay rebuilds the team exactly
  @Test
  void eachStageIsReachedOnceLeftOnceAndAgreesWithTheBlock() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(1, 20)).ofSizeBetween(1, 3),
            lists().of(integers().between(0, 6)).ofSizeBetween(0, 6),
            integers().between(0, 10),
            booleans().all())
        .checkAssert(
            (days, gaps, payAfter, pays) -> {
              TreeSet<Integer> stageDays = new TreeSet<>(days);
              List<OverdueStage> stages = new ArrayList<>();
              for (int day : stageDays) {
                stages.add(OverdueStage.of("day " + day, day, OverdueEffect.BLOCK_CHANGES));
              }
              DunningTerms terms =
                  DunningTerms.kafkaman().withStages(stages.toArray(OverdueStage[]::new));
              DunningPolicy policy = DunningPolicy.of(terms);
              PaymentStory story = PaymentStory.failedThreeTimes(terms);
              // the dunning commands while KB-000001 is unpaid, by date
              List<LocalDate> unpaidOn =
                  new ArrayList<>(List.of(DUE, DUE.plusDays(3), THIRD_FAILURE));
              LocalDate on = THIRD_FAILURE;
              for (int i = 0; i < gaps.size(); i++) {
                on = on.plusDays(gaps.get(i));
                story.then(new Command.EvaluateDunning("e" + i, "system"), on);
                unpaidOn.add(on);
                Receivable receivable = story.team().receivable(KB1).orElseThrow();
                assertThat(!receivable.stagesReached().isEmpty())
                    .as("stages reached %s on %s", receivable.stagesReached(), on)
                    .isEqualTo(DunningRules.changesBlocked(story.team(), on, policy).isPresent());
              }
              Optional<LocalDate> paidOn = Optional.empty();
              if (pays) {
                paidOn = Optional.of(on.plusDays(payAfter));
                story.then(
                    new Command.RecordPayment(
                        "p", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
                    paidOn.get());
                unpaidOn.add(paidOn.get());
              }
              LocalDate last = unpaidOn.get(unpaidOn.size() - 1);
              for (int day : stageDays) {
                String stage = "day " + day;
                LocalDate reachedOn = DUE.plusDays(day);
                boolean reached = !last.isBefore(reachedOn);
                assertThat(entries(story, EntryKind.OVERDUE_STAGE_REACHED, stage))
                    .as("%s reached", stage)
                    .hasSize(reached ? 1 : 0);
                assertThat(entries(story, EntryKind.OVERDUE_STAGE_LEFT, stage))
                    .as("%s left", stage)
                    .hasSize(reached && pays ? 1 : 0);
                if (reached) {
                  LocalDate recordedOn =
                      unpaidOn.stream().filter(d -> !d.isBefore(reachedOn)).findFirst().get();
                  assertThat(entries(story, EntryKind.OVERDUE_STAGE_REACHED, stage))
                      .extracting(HistoryEntry::date)
                      .containsExactly(recordedOn);
                }
              }
              assertThat(story.engine().replay(story.team().history())).isEqualTo(story.team());
            });
  }
}
