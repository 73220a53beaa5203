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
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every shipped change policy, in both proration layouts, with changes in both directions: upgrades
 * and downgrades, seats and blocks added and removed, longer and shorter billing periods.
 */
class ChangePolicyPropertiesTest {
  private static final Catalog CATALOG = TestTeams.sample();
  private static final BillingEngine ENGINE = BillingEngine.of(CATALOG);
  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final List<PlanId> PAID =
      List.of(KafkamanSample.BASIC, KafkamanSample.PROFESSIONAL, KafkamanSample.ENTERPRISE);

  private static final Gen<ChangePolicy> POLICIES =
      Generate.pick(
          List.of(
              ChangePolicy.kafkaman(),
              ChangePolicy.killBill(),
              ChangePolicy.immediate(),
              ChangePolicy.immediate().withLayout(ProrationLayout.REPLACE),
              ChangePolicy.kafkaman().withLayout(ProrationLayout.REPLACE)));

  private static final Gen<LocalDate> ANCHORS =
      Generate.oneOf(
          integers().between(0, 365 * 10).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)),
          integers()
              .between(0, 10 * 12 - 1)
              .map(m -> LocalDate.of(2020, 2, 1).plusMonths(m).minusDays(1)));

  private static final Gen<Terms> START_TERMS =
      Generate.pick(PAID)
          .zip(
              Generate.pick(List.of(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)),
              integers().between(1, 9),
              integers().between(0, 3),
              (plan, frequency, seats, blocks) ->
                  Terms.of(plan, frequency, seats)
                      .withBlocks(KafkamanSample.MONITORING_REQUESTS, blocks));

  /** Each step: days to wait (0-11), what to change, by how much. */
  private static final Gen<List<Integer>> STEPS =
      lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 8);

  private static PlanId moved(PlanId plan, int by) {
    int rank = PAID.indexOf(plan) + by;
    return PAID.get(Math.max(0, Math.min(rank, PAID.size() - 1)));
  }

  /** A change in either direction; reductions never go below 1 seat (the team's one member). */
  private static Terms next(Terms current, int kind, int amount) {
    return switch (kind) {
      case 0 -> current.withPlan(moved(current.plan(), 1));
      case 1 -> current.withPlan(moved(current.plan(), -1));
      case 2 -> current.withSeats(current.seats() + amount);
      case 3 -> current.withSeats(Math.max(1, current.seats() - amount));
      case 4 ->
          current.withBlocks(
              KafkamanSample.MONITORING_REQUESTS,
              current.blocks(KafkamanSample.MONITORING_REQUESTS) + amount);
      case 5 ->
          current.withBlocks(
              KafkamanSample.MONITORING_REQUESTS,
              Math.max(0, current.blocks(KafkamanSample.MONITORING_REQUESTS) - amount));
      case 6 -> current.withFrequency(BillingFrequency.ANNUAL);
      case 7 -> current.withFrequency(BillingFrequency.MONTHLY);
      default -> current.withPlan(moved(current.plan(), -1)).withSeats(current.seats() + amount);
    };
  }

  /**
   * Under every shipped policy, whatever changes in either direction follow each other in a cycle,
   * the credits and charges together cost what the service used is worth ({@code price x days in
   * force / days of the cycle} per stretch of unchanged terms, new terms in full), within one minor
   * unit per line; no credit exceeds what was billed for its item; and no item is billed more than
   * its full-cycle price.
   */
  @Test
  void underEveryPolicyChangesCostWhatWasUsedAndNeverCreditMoreThanBilled() {
    qt().withExamples(400)
        .forAll(ANCHORS, START_TERMS, STEPS, POLICIES)
        .checkAssert(
            (anchor, start, steps, policy) ->
                CycleConservation.check(
                    TestTeams.created(ENGINE, anchor, start, 1),
                    CATALOG,
                    policy,
                    ProrationConvention.KAFKAMAN,
                    steps,
                    (current, step) -> next(current, (step / 12) % 9, 1 + (step / 108) % 4)));
  }

  /**
   * Under the policies that apply both directions at once, a change followed by its reverse on the
   * same day nets to zero within one minor unit per line.
   */
  @Test
  void aChangeAndItsReverseOnTheSameDayNetToZero() {
    qt().withExamples(300)
        .forAll(
            ANCHORS,
            START_TERMS,
            integers().between(0, 99_999),
            Generate.pick(
                List.of(
                    ChangePolicy.immediate(),
                    ChangePolicy.immediate().withLayout(ProrationLayout.REPLACE))))
        .checkAssert(
            (anchor, start, step, policy) -> {
              Team team = TestTeams.created(ENGINE, anchor, start, 1);
              DateRange cycle = team.subscription().currentCycle();
              LocalDate day = cycle.start().plusDays(step % cycle.lengthInDays());
              Terms target = next(start, (step / 400) % 6, 1 + (step / 2400) % 4);
              ChangeDecision there =
                  ChangeRules.decide(
                      team,
                      CATALOG,
                      policy,
                      ProrationConvention.KAFKAMAN,
                      new ChangeRequest(target, Timing.IMMEDIATELY, true),
                      day);
              if (!(there instanceof ChangeDecision.Immediately forth)) {
                return;
              }
              Team changed = team.withSubscription(forth.subscription());
              ChangeDecision back =
                  ChangeRules.decide(
                      changed,
                      CATALOG,
                      policy,
                      ProrationConvention.KAFKAMAN,
                      new ChangeRequest(start, Timing.IMMEDIATELY, true),
                      day);
              assertThat(back).isInstanceOf(ChangeDecision.Immediately.class);
              List<InvoiceLine> all = new java.util.ArrayList<>(forth.lines());
              all.addAll(((ChangeDecision.Immediately) back).lines());
              long net = all.stream().mapToLong(line -> line.amount().minorUnits()).sum();
              assertThat(Math.abs(net)).isLessThanOrEqualTo(all.size());
            });
  }
}
