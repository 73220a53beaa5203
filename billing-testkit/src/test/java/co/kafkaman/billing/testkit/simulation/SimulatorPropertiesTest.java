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
package co.kafkaman.billing.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.gen.LifeGen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the test clock over generated lives. */
class SimulatorPropertiesTest {

  @Test
  void eventToEventAndDayByDayGiveTheSameLife() {
    qt().withExamples(60)
        .forAll(LifeGen.sample().withSteps(0, 8).withTailDays(120).lives())
        .checkAssert(
            life -> {
              Simulator jumping = life.simulate();
              Simulator walking = Simulator.start(life.fixture());
              for (DatedCommand command : life.commands()) {
                walking.advanceDayByDay(command.on());
                walking.apply(command.command());
              }
              walking.advanceDayByDay(life.end());
              assertThat(walking.history()).isEqualTo(jumping.history());
              assertThat(walking.invoices()).isEqualTo(jumping.invoices());
            });
  }

  @Test
  void replayingALifeGivesTheSameTeam() {
    qt().withExamples(60)
        .forAll(LifeGen.sample().lives())
        .checkAssert(life -> assertThat(life.simulate().team()).isEqualTo(life.simulate().team()));
  }

  @Test
  void theTeamNeverOutlivesItsCycleWithoutRenewing() {
    qt().withExamples(100)
        .forAll(LifeGen.sample().lives())
        .checkAssert(
            life -> {
              Simulator simulator = life.simulate();
              assertThat(simulator.team().subscription().currentCycle().contains(life.end()))
                  .as(
                      "cycle %s contains the end %s",
                      simulator.team().subscription().currentCycle(), life.end())
                  .isTrue();
            });
  }

  @Test
  void invoicesAreKeptHistoryIsChronologicalAndRefusalsChangeNothing() {
    qt().withExamples(100)
        .forAll(LifeGen.sample().lives())
        .checkAssert(
            life -> {
              Simulator simulator = life.simulate();
              // kept by number; their status moves on as the agenda's payments are reported
              assertThat(simulator.team().invoices())
                  .extracting(Invoice::number)
                  .isEqualTo(simulator.invoices().stream().map(Invoice::number).toList());
              List<HistoryEntry> history = simulator.history();
              for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).date()).isAfterOrEqualTo(history.get(i - 1).date());
              }
              List<Simulator.Step> steps = simulator.steps();
              for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).outcome() instanceof Outcome.Refused refused) {
                  assertThat(refused.team()).isEqualTo(steps.get(i - 1).outcome().team());
                }
              }
              for (Invoice invoice : simulator.invoices()) {
                assertThat(invoice.totalDue().isNegative()).isFalse();
              }
            });
  }
}
