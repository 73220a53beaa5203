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
package co.kafkaman.billing.rules.flex;

import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.AutoFlexCycle;
import co.kafkaman.billing.model.team.MemberCountChange;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlexPropertiesTest {
  private static final LocalDate ANCHOR = d("2024-01-31");

  /**
   * Whatever members joined and left inside an auto-flex cycle, a cycle that ends with members at
   * or below the paid seats bills no flex user (whole-months and day-prorated modes; the
   * whole-quarters mode deliberately bills the peak), annual quarter or monthly renewal alike.
   */
  @Test
  void noFlexChargeWhenMembershipAtTheCycleEndIsAtOrBelowPaidSeats() {
    qt().withExamples(400)
        .forAll(
            integers().between(1, 8),
            integers().between(1, 8),
            lists().of(integers().between(0, 2 * 89 - 1)).ofSizeBetween(0, 30),
            integers().between(0, 3))
        .checkAssert(
            (seats, start, ops, variant) -> {
              boolean annual = variant / 2 == 0;
              FlexChargeMode mode =
                  variant % 2 == 0 ? FlexChargeMode.wholeMonths() : FlexChargeMode.dayProrated();
              BillingFrequency frequency =
                  annual ? BillingFrequency.ANNUAL : BillingFrequency.MONTHLY;
              LocalDate end = annual ? d("2024-04-30") : d("2024-02-29");
              int days = annual ? 89 : 28;
              int members = Math.min(start, seats);
              List<Integer> sorted = new ArrayList<>(ops);
              sorted.sort((a, b) -> Integer.compare((a / 2) % days, (b / 2) % days));
              List<MemberCountChange> changes = new ArrayList<>();
              for (int op : sorted) {
                boolean add = op % 2 == 0;
                if (!add && members == 1) {
                  continue;
                }
                members += add ? 1 : -1;
                changes.add(new MemberCountChange(ANCHOR.plusDays((op / 2) % days), members));
              }
              while (members > seats) {
                members--;
                changes.add(new MemberCountChange(end.minusDays(1), members));
              }
              Team team = team(PlanTier.BASIC, frequency, seats, members, ANCHOR, true);
              team =
                  team.withSubscription(
                      team.subscription()
                          .withAutoFlexCycle(
                              Optional.of(
                                  new AutoFlexCycle(ANCHOR, Math.min(start, seats), changes))));
              AutoFlexPolicy policy = AutoFlexPolicy.kafkaman().withChargeMode(mode);
              if (annual) {
                FlexCycleEnd cycleEnd =
                    FlexRules.endCycle(team, CATALOG, policy, ProrationConvention.KAFKAMAN, end);
                assertThat(cycleEnd.lines()).isEmpty();
                assertThat(cycleEnd.billedUsers()).isZero();
                assertThat(cycleEnd.subscription().terms().seats()).isEqualTo(seats);
              } else {
                List<InvoiceLine> renewal =
                    RenewalRules.renew(team, CATALOG, policy, ProrationConvention.KAFKAMAN, end)
                        .lines();
                assertThat(renewal)
                    .extracting(InvoiceLine::kind)
                    .doesNotContain(LineKind.AUTO_FLEX);
              }
            });
  }
}
