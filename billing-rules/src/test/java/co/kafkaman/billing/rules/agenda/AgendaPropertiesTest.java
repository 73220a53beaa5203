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
package co.kafkaman.billing.rules.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaPropertiesTest {

  /**
   * For card teams with 0 to 3 failed attempts (reported up to 3 days late) and any date range: the
   * agenda is in the deterministic order, only has events in the range, and splitting the range in
   * two splits the agenda in two.
   */
  @Test
  void agendasAreOrderedInRangeAndAdditive() {
    qt().withExamples(150)
        .forAll(
            integers().between(0, 3),
            integers().between(0, 3),
            integers().between(-20, 60),
            integers().between(0, 500))
        .checkAssert(
            (failures, late, from, length) -> {
              PaymentStory story = PaymentStory.basicByCard();
              for (int i = 0; i < failures; i++) {
                var next =
                    co.kafkaman.billing.rules.dunning.DunningRules.nextAttemptOn(
                        story.team().receivable("KB-000001").orElseThrow());
                if (next.isEmpty()) {
                  break;
                }
                story.then(
                    Command.ReportPaymentAttempt.failed(story.nextId(), "KB-000001", "declined"),
                    next.get().plusDays(late));
              }
              LocalDate start = PaymentStory.START.plusDays(from);
              DateRange range = DateRange.ofDays(start, length);
              LocalDate split = start.plusDays(length / 3);

              List<AgendaEvent> events = story.engine().agenda(story.team(), range).events();
              List<AgendaEvent> joined = new ArrayList<>();
              joined.addAll(
                  story.engine().agenda(story.team(), DateRange.of(start, split)).events());
              joined.addAll(
                  story
                      .engine()
                      .agenda(story.team(), DateRange.of(split, range.endExclusive()))
                      .events());

              assertThat(events).isSortedAccordingTo(AgendaEvent.ORDER);
              assertThat(events).allSatisfy(e -> assertThat(range.contains(e.date())).isTrue());
              assertThat(joined).isEqualTo(events);
            });
  }
}
