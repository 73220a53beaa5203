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
package co.kafkaman.billing.rules.engine;

import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.created;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.team.UsageLedger;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.FlexChargeMode;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import co.kafkaman.billing.rules.flex.FlexRules;
import co.kafkaman.billing.rules.flex.MemberDecision;
import co.kafkaman.billing.rules.invoicing.InvoiceIssuer;
import co.kafkaman.billing.rules.usage.UsageDecision;
import co.kafkaman.billing.rules.usage.UsageRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoFlexPropertiesTest {
  private static final LocalDate ANCHOR = d("2024-01-31");
  private static final FlexChargeMode[] MODES = {
    FlexChargeMode.wholeMonths(), FlexChargeMode.dayProrated(), FlexChargeMode.wholeQuarters()
  };

  /**
   * Within an annual term, whatever members join and leave, whatever seats are bought, removed on
   * renewal or refused, and however usage months and auto-flex quarters close, the paid seats never
   * go down, under every charge mode.
   */
  @Test
  void paidSeatsNeverDecreaseWithinATerm() {
    qt().withExamples(60)
        .forAll(
            integers().between(1, 5),
            lists().of(integers().between(0, 20_000)).ofSizeBetween(0, 40),
            integers().between(0, 2))
        .checkAssert(
            (seats, ops, mode) -> {
              BillingEngine engine =
                  BillingEngine.of(
                      FlexFixtures.CATALOG,
                      BillingPolicy.kafkaman().withFlexChargeMode(MODES[mode]));
              Team team =
                  created(engine, ANCHOR, Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, seats));
              List<Integer> sorted = new ArrayList<>(ops);
              sorted.sort((a, b) -> Integer.compare(a % 360, b % 360));
              CycleSchedule months = CycleSchedule.usageMonths(ANCHOR);
              int nextMonth = 1;
              int paid = team.subscription().terms().seats();
              for (int i = 0; i < sorted.size(); i++) {
                int op = sorted.get(i);
                LocalDate on = ANCHOR.plusDays(op % 360);
                while (nextMonth < 12 && !months.boundary(nextMonth).isAfter(on)) {
                  team =
                      engine
                          .apply(
                              team,
                              new Command.CloseUsageMonth("m-" + nextMonth, "system"),
                              months.boundary(nextMonth))
                          .team();
                  assertThat(team.subscription().terms().seats()).isGreaterThanOrEqualTo(paid);
                  paid = team.subscription().terms().seats();
                  nextMonth++;
                }
                team = engine.apply(team, command(team, "op-" + i, op), on).team();
                assertThat(team.subscription().terms().seats()).isGreaterThanOrEqualTo(paid);
                paid = team.subscription().terms().seats();
              }
            });
  }

  private static Command command(Team team, String id, int op) {
    int kind = (op / 360) % 5;
    int pick = op / 1800;
    Terms terms = team.subscription().terms();
    return switch (kind) {
      case 0 -> Command.AddMember.of(id, "ana", "u-" + id, id + "@acme.test");
      case 1 -> {
        List<Member> others = team.members().subList(1, team.memberCount());
        yield others.isEmpty()
            ? Command.AddMember.of(id, "ana", "u-" + id, id + "@acme.test")
            : new Command.RemoveMember(id, "ana", others.get(pick % others.size()).id());
      }
      case 2 ->
          Command.ChangeSubscription.of(
              id,
              "ana",
              terms.withSeats(Math.max(0, terms.seats() + pick % 5 - 2)),
              Timing.IMMEDIATELY);
      case 3 ->
          Command.ChangeSubscription.of(
              id, "ana", terms.withSeats(Math.max(0, terms.seats() - pick % 3)), Timing.ON_RENEWAL);
      default ->
          new Command.RecordUsage(
              id, "system", Resource.MONITORING_REQUESTS, 1 + pick, "", at(ANCHOR));
    };
  }

  /**
   * When a quarter ends with both overage and flex users, the one combined invoice's total (and the
   * account credit it leaves) equals what a separate overage invoice followed by a separate flex
   * invoice would have come to, whatever account credit the team holds.
   */
  @Test
  void theCombinedInvoiceTotalEqualsTheSumOfSeparateOverageAndFlexInvoices() {
    BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);
    qt().withExamples(150)
        .forAll(
            integers().between(1, 6),
            lists().of(integers().between(1, 30_000)).ofSizeBetween(0, 8),
            integers().between(0, 4),
            integers().between(0, 40_000))
        .checkAssert(
            (seats, readings, flexUsers, creditCents) -> {
              Team team =
                  FlexFixtures.team(
                      PlanTier.BASIC, BillingFrequency.ANNUAL, seats, seats, ANCHOR, true);
              for (Resource resource :
                  List.of(Resource.MONITORING_REQUESTS, Resource.MOCK_SERVER_CALLS)) {
                team =
                    team.withSubscription(
                        UsageRules.setOverage(
                            team.subscription(), FlexFixtures.CATALOG, resource, true, at(ANCHOR)));
              }
              team =
                  team.withSubscription(
                      team.subscription()
                          .withUsage(
                              Optional.of(
                                  UsageLedger.of(CycleSchedule.usageMonths(ANCHOR).period(2)))));
              for (int i = 0; i < readings.size(); i++) {
                LocalDate on = d("2024-04-01").plusDays(i);
                Resource resource =
                    i % 2 == 0 ? Resource.MONITORING_REQUESTS : Resource.MOCK_SERVER_CALLS;
                UsageDecision reading =
                    UsageRules.record(
                        team, FlexFixtures.CATALOG, resource, readings.get(i), "", at(on), on);
                team = team.withSubscription(((UsageDecision.Recorded) reading).subscription());
              }
              for (int i = 0; i < flexUsers; i++) {
                team =
                    ((MemberDecision.Accepted)
                            FlexRules.addMember(
                                team,
                                FlexFixtures.CATALOG,
                                Member.of("f" + i, "f" + i + "@acme.test", d("2024-04-10")),
                                "m1",
                                d("2024-04-10")))
                        .team();
              }
              team = team.withAccountCredit(Amount.ofMinor(creditCents, FlexFixtures.USD));
              LocalDate end = d("2024-04-30");

              Team combined =
                  engine.apply(team, new Command.CloseUsageMonth("q1", "system"), end).team();
              Amount combinedTotal = totalOfNewInvoices(team, combined);

              List<InvoiceLine> overage = UsageRules.close(team, FlexFixtures.CATALOG, end).lines();
              List<InvoiceLine> flex =
                  FlexRules.endCycle(
                          team,
                          FlexFixtures.CATALOG,
                          engine.policy().autoFlex(),
                          engine.policy().proration(),
                          end)
                      .lines();
              Team separate = team;
              for (List<InvoiceLine> lines : List.of(overage, flex)) {
                if (!lines.isEmpty()) {
                  separate = InvoiceIssuer.issue(separate, lines, end).team();
                }
              }
              assertThat(combinedTotal).isEqualTo(totalOfNewInvoices(team, separate));
              assertThat(combined.accountCredit()).isEqualTo(separate.accountCredit());
              assertThat(combined.invoices().size() - team.invoices().size())
                  .isEqualTo(overage.isEmpty() && flex.isEmpty() ? 0 : 1);
            });
  }

  private static Amount totalOfNewInvoices(Team before, Team after) {
    Amount total = usd("0.00");
    for (Invoice invoice :
        after.invoices().subList(before.invoices().size(), after.invoices().size())) {
      total = total.plus(invoice.totalDue());
    }
    return total;
  }
}
