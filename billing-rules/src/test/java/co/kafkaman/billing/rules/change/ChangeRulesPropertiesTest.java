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

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
      Generate.enumValues(PlanTier.class)
          .zip(
              Generate.enumValues(BillingFrequency.class),
              integers().between(1, 9),
              integers().between(0, 2),
              (tier, frequency, seats, blocks) ->
                  tier == PlanTier.FREE
                      ? Terms.of(tier, BillingFrequency.MONTHLY, 1)
                      : Terms.of(tier, frequency, seats)
                          .withBlocks(Resource.MONITORING_REQUESTS, blocks));

  /** Each step: days to wait (0-11), what to change, by how much. */
  private static final Gen<List<Integer>> STEPS =
      lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 8);

  private static final Gen<ProrationConvention> CONVENTIONS =
      Generate.pick(
          List.of(
              ProrationConvention.KAFKAMAN,
              ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN)));

  /** The price of {@code terms} for one whole cycle, in minor units. */
  private static long cyclePrice(Terms terms) {
    long price =
        CATALOG
            .plan(terms.tier())
            .seatPrice(terms.frequency())
            .multipliedBy(terms.seats())
            .minorUnits();
    for (var blocks : terms.addOnBlocks().entrySet()) {
      price +=
          CATALOG
              .addOn(blocks.getKey())
              .price(terms.frequency())
              .multipliedBy(blocks.getValue())
              .minorUnits();
    }
    return price;
  }

  private static PlanTier above(PlanTier tier) {
    return switch (tier) {
      case FREE -> PlanTier.BASIC;
      case BASIC -> PlanTier.PROFESSIONAL;
      default -> PlanTier.ENTERPRISE;
    };
  }

  private static Terms next(Terms current, int kind, int amount) {
    return switch (kind) {
      case 0 ->
          current.tier() == PlanTier.ENTERPRISE
              ? current.withSeats(current.seats() + amount)
              : current.withTier(above(current.tier()));
      case 1 -> current.withSeats(current.seats() + amount);
      case 2 ->
          current.withBlocks(
              Resource.MOCK_SERVER_CALLS, current.blocks(Resource.MOCK_SERVER_CALLS) + amount);
      case 3 ->
          current.tier() == PlanTier.ENTERPRISE
              ? current.withFrequency(BillingFrequency.ANNUAL)
              : current.withTier(above(current.tier())).withSeats(current.seats() + amount);
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
            (anchor, start, steps, convention) -> {
              Team team = TestTeams.created(ENGINE, anchor, start, 1);
              long net = 0;
              long lines = 0;
              for (BilledItem item : team.subscription().billedItems()) {
                net += item.billed().minorUnits();
                lines++;
              }
              BigDecimal exact = BigDecimal.ZERO;
              DateRange cycle = team.subscription().currentCycle();
              LocalDate segmentStart = cycle.start();
              LocalDate day = cycle.start();
              for (int step : steps) {
                day = day.plusDays(step % 12);
                if (!cycle.contains(day)) {
                  break;
                }
                Terms current = team.subscription().terms();
                Terms target = next(current, (step / 12) % 5, 1 + (step / 60) % 4);
                ChangeDecision decision =
                    ChangeRules.decide(
                        team,
                        CATALOG,
                        convention,
                        new ChangeRequest(target, Timing.IMMEDIATELY, true),
                        day);
                if (!(decision instanceof ChangeDecision.Immediately now)) {
                  continue;
                }
                for (InvoiceLine line : now.lines()) {
                  net += line.amount().minorUnits();
                  lines++;
                }
                exact = exact.add(valueUsed(current, segmentStart, day, cycle));
                team = team.withSubscription(now.subscription());
                for (BilledItem item : team.subscription().billedItems()) {
                  assertThat(item.credited()).isLessThanOrEqualTo(item.billed());
                }
                cycle = team.subscription().currentCycle();
                segmentStart = day;
              }
              exact =
                  exact.add(
                      valueUsed(
                          team.subscription().terms(), segmentStart, cycle.endExclusive(), cycle));
              assertThat(BigDecimal.valueOf(net).subtract(exact).abs())
                  .isLessThanOrEqualTo(BigDecimal.valueOf(lines));
            });
  }

  private static BigDecimal valueUsed(
      Terms terms, LocalDate from, LocalDate toExclusive, DateRange cycle) {
    return BigDecimal.valueOf(cyclePrice(terms))
        .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, toExclusive)))
        .divide(BigDecimal.valueOf(cycle.lengthInDays()), EXACT);
  }
}
