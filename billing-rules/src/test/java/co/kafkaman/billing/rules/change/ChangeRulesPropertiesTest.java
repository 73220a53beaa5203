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
package co.kafkaman.billing.rules.change;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ChangeRulesPropertiesTest {
  private static final Catalog CATALOG = TestTeams.sample();
  private static final BillingEngine ENGINE = BillingEngine.of(CATALOG);
  private static final MathContext EXACT = MathContext.DECIMAL128;

  private static final Gen<LocalDate> ANCHORS =
      Generate.oneOf(
          integers().between(0, 365 * 10).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)),
          integers()
              .between(0, 10 * 12 - 1)
              .map(m -> LocalDate.of(2020, 2, 1).plusMonths(m).minusDays(1)));

  private static final Gen<Terms> START_TERMS =
      Generate.pick(KafkamanSample.PLANS)
          .zip(
              Generate.pick(java.util.List.of(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)),
              integers().between(1, 9),
              integers().between(0, 2),
              (tier, frequency, seats, blocks) ->
                  tier == KafkamanSample.FREE
                      ? Terms.of(tier, BillingFrequency.MONTHLY, 1)
                      : Terms.of(tier, frequency, seats)
                          .withBlocks(KafkamanSample.MONITORING_REQUESTS, blocks));

  /** Each step: days to wait (0-11), what to change, by how much. */
  private static final Gen<List<Integer>> STEPS =
      lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 8);

  private static final Gen<ProrationConvention> CONVENTIONS =
      Generate.pick(
          List.of(
              ProrationConvention.KAFKAMAN,
              ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN)));

  private static PlanId above(PlanId tier) {
    int rank = KafkamanSample.PLANS.indexOf(tier);
    return KafkamanSample.PLANS.get(Math.min(rank + 1, KafkamanSample.PLANS.size() - 1));
  }

  private static Terms next(Terms current, int kind, int amount) {
    return switch (kind) {
      case 0 ->
          current.plan() == KafkamanSample.ENTERPRISE
              ? current.withSeats(current.seats() + amount)
              : current.withPlan(above(current.plan()));
      case 1 -> current.withSeats(current.seats() + amount);
      case 2 ->
          current.withBlocks(
              KafkamanSample.MOCK_SERVER_CALLS,
              current.blocks(KafkamanSample.MOCK_SERVER_CALLS) + amount);
      case 3 ->
          current.plan() == KafkamanSample.ENTERPRISE
              ? current.withFrequency(BillingFrequency.ANNUAL)
              : current.withPlan(above(current.plan())).withSeats(current.seats() + amount);
      default -> current.withFrequency(BillingFrequency.ANNUAL);
    };
  }

  /**
   * Whatever upgrades, seat and block additions and new terms follow each other in a cycle (several
   * on one day, too), the invoiced credits and charges together cost exactly what the service used
   * is worth ({@code price x days in force / days of the cycle} per stretch of unchanged terms,
   * plus new terms in full), within one minor unit per line: nothing is refunded or charged twice,
   * and no credit exceeds what was billed for its item.
   */
  @Test
  void changesInOneCycleNeverRefundOrChargeTwice() {
    qt().withExamples(300)
        .forAll(ANCHORS, START_TERMS, STEPS, CONVENTIONS)
        .checkAssert(
            (anchor, start, steps, convention) ->
                CycleConservation.check(
                    TestTeams.created(ENGINE, anchor, start, 1),
                    CATALOG,
                    ChangePolicy.kafkaman(),
                    convention,
                    steps,
                    (current, step) -> next(current, (step / 12) % 5, 1 + (step / 60) % 4)));
  }
}
