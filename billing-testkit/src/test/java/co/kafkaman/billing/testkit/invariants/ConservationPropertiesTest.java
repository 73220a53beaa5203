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
package co.kafkaman.billing.testkit.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.testkit.gen.CommandGen;
import co.kafkaman.billing.testkit.gen.LifeGen;
import co.kafkaman.billing.testkit.gen.TeamGen;
import co.kafkaman.billing.testkit.simulation.PaymentProcessor;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conservation gate: generated lives of several years (seat, plan, frequency and add-on
 * changes, standing instructions, usage and overage, auto-flex members and opt-ins, failed, retried
 * and late payments, voids, uncollectible invoices, pay-by-invoice), with every invariant of {@link
 * TeamInvariants} checked after every step (the step check) and, at each life's end, the full check
 * (replay of the whole history and every command re-applied).
 *
 * <p>1,000 lives by default; {@code -Dconservation.lives=N} runs N ({@code mvn -P conservation}
 * runs 100,000). Prints the figures: lives, days simulated, commands (the life's own and those the
 * agenda fell due with), invoices, violations.
 */
class ConservationPropertiesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());
  static final PaymentProcessor PAYMENTS = PaymentProcessor.failingSometimes(4, "card declined");
  private static final int SHOWN = 10;

  /** Lives of 15 to 30 commands, up to 90 days apart, with a year's quiet tail: about 6 years. */
  static LifeGen longLives() {
    return LifeGen.of(TeamGen.fixtures(ENGINE))
        .withCommands(3, CommandGen.payments())
        .withCommands(1, CommandGen.autoFlexOptIn())
        .withSteps(15, 30)
        .withGapDays(90)
        .withTailDays(365)
        .withPayments(PAYMENTS);
  }

  @Test
  void everyStepOfLongLivesKeepsEveryInvariant() {
    int lives = Integer.getInteger("conservation.lives", 1_000);
    TeamInvariants invariants = TeamInvariants.of(ENGINE);
    long[] figures = new long[5]; // lives, days, commands, invoices, violations
    List<String> shown = new ArrayList<>();
    Map<Invariant, Integer> byInvariant = new EnumMap<>(Invariant.class);
    long started = System.nanoTime();
    qt().withExamples(lives)
        .withGenerateAttempts(lives * 10)
        .forAll(longLives().lives())
        .checkAssert(
            life -> {
              Simulator simulator = life.simulate(PAYMENTS);
              List<Violation> found = new ArrayList<>(0);
              List<Simulator.Step> steps = simulator.steps();
              for (int i = 1; i < steps.size(); i++) {
                found.addAll(
                    invariants.violationsOf(
                        steps.get(i - 1).outcome().team(), steps.get(i).outcome()));
              }
              found.addAll(invariants.violationsOf(simulator.team()));
              synchronized (figures) {
                figures[0]++;
                figures[1] += ChronoUnit.DAYS.between(life.fixture().createdOn(), life.end());
                figures[2] += steps.size();
                figures[3] += simulator.invoices().size();
                figures[4] += found.size();
                found.forEach(v -> byInvariant.merge(v.invariant(), 1, Integer::sum));
                if (figures[0] % 10_000 == 0) {
                  System.out.printf(
                      "conservation gate: %d lives, %d violations after %.0f s%n",
                      figures[0], figures[4], (System.nanoTime() - started) / 1e9);
                }
                if (!found.isEmpty() && shown.size() < SHOWN) {
                  shown.add(found.get(0) + " (" + found.size() + " in all) in life\n" + life);
                }
              }
            });
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "conservation gate: %d lives (%.1f years each on average), %d commands, %d invoices,"
            + " %d violations %s in %.1f s%n",
        figures[0],
        figures[1] / 365.25 / Math.max(1, figures[0]),
        figures[2],
        figures[3],
        figures[4],
        byInvariant,
        seconds);
    assertThat(shown).as("violations (the first %d)", SHOWN).isEmpty();
    assertThat(figures[0]).isEqualTo(lives);
  }

  /** Shows the lives the gate checks, for a reader of a failure. */
  static String example(TeamLife life) {
    return life.toString();
  }
}
