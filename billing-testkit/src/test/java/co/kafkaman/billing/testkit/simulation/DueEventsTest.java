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

import static co.kafkaman.billing.testkit.assertions.BillingAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.dunning.DunningPolicy;
import co.kafkaman.billing.rules.dunning.DunningTerms;
import co.kafkaman.billing.rules.dunning.OverdueEffect;
import co.kafkaman.billing.rules.dunning.OverdueStage;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.TeamFixture;
import co.kafkaman.billing.testkit.invariants.TeamInvariants;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The engine's agenda as due events: auto-flex quarters, reminders, payment attempts, dunning. */
class DueEventsTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Basic, 3 monthly seats from 2024-03-01, on a card whose first 3 attempts fail. */
  private static Simulator failingThreeTimes(BillingEngine engine) {
    Simulator sim =
        Simulator.start(
            TeamFixture.of(engine)
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)),
            DueEvents.agenda(engine, PaymentProcessor.failingFirst(3, "card declined")));
    sim.apply(new Command.AddCard("card-1", "ana", Simulator.SIMULATED_CARD));
    return sim;
  }

  @Test
  void aYearOfAnAnnualAutoFlexTeamBillsTheQuarterEndAndReminds() {
    Simulator sim =
        Simulator.start(
            TeamFixture.of(ENGINE)
                .withCreatedOn(d("2024-01-31"))
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 5)));
    for (int i = 2; i <= 5; i++) {
      sim.apply(
          d("2024-02-01"),
          Command.AddMember.of("add-u" + i, "ana", "u" + i, "u" + i + "@acme.test"));
    }
    // month 2 is [2024-02-29, 2024-03-31): 4 users beyond the 5 paid seats
    for (int i = 6; i <= 9; i++) {
      sim.apply(
          d("2024-03-05"),
          Command.AddMember.of("add-u" + i, "ana", "u" + i, "u" + i + "@acme.test"));
    }
    // month 3 is [2024-03-31, 2024-04-30): 2 of them leave before its end
    sim.apply(d("2024-04-20"), new Command.RemoveMember("rm-u8", "ana", "u8"));
    sim.apply(d("2024-04-21"), new Command.RemoveMember("rm-u9", "ana", "u9"));
    sim.advanceTo(d("2025-01-31"));

    assertThat(sim.refusals()).isEmpty();
    Invoice quarter =
        sim.invoices().stream()
            .filter(i -> i.issueDate().equals(d("2024-04-30")))
            .findFirst()
            .orElseThrow();
    assertThat(quarter.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(LineKind.AUTO_FLEX);
              assertThat(line.explanation()).startsWith("2 x 144.00 x 9/12 months = 216.00");
            });
    assertThat(quarter).hasTotalDue("216.00");
    assertThat(sim.notifications())
        .filteredOn(n -> n.kind() == NotificationKind.AUTO_FLEX_REMINDER)
        .extracting(n -> n.dueOn())
        .contains(d("2024-04-16"));
    assertThat(sim.steps())
        .extracting(s -> s.outcome().command().id())
        .contains(
            "remind@2024-04-16", "close@2024-04-30", "attempt@KB-000002#1", "renew@2025-01-31");
    // every invoice is paid by the simulated card
    assertThat(ENGINE.pendingPayments(sim.team(), sim.today())).isEmpty();
    assertThat(sim.team()).hasCurrentCycle(d("2025-01-31"), d("2026-01-31"));
  }

  @Test
  void threeFailedAttemptsThenGraceEndDeactivateAndAPaymentReactivates() {
    Simulator sim = failingThreeTimes(ENGINE);
    Invoice first = sim.invoices().get(0);
    sim.advanceTo(d("2024-03-31"));

    assertThat(sim.steps())
        .extracting(s -> s.outcome().command().id())
        .contains("attempt@KB-000001#1", "attempt@KB-000001#2", "attempt@KB-000001#3");
    assertThat(sim.team().standing()).isEqualTo(Standing.DEACTIVATED);
    assertThat(sim.steps())
        .filteredOn(s -> s.outcome().command().id().startsWith("dunning@"))
        .isNotEmpty();

    var paid =
        sim.apply(
            new Command.RecordPayment(
                "pay-1", "ana", first.number(), PaymentChannel.ONLINE, first.totalDue()));
    assertThat(paid).isAccepted();
    assertThat(sim.team().standing()).isEqualTo(Standing.ACTIVE);
    assertThat(ENGINE.pastInvoices(sim.team()))
        .filteredOn(i -> i.number().equals(first.number()))
        .extracting(Invoice::status)
        .containsExactly(InvoiceStatus.PAID);
  }

  // a stage "blocked" 10 days after the due date: the agenda's OVERDUE_STAGE on 03-11 evaluates
  // dunning, which records the stage once; the grace end on 03-22 does not record it again; the
  // payment leaves it
  @Test
  void anOverdueStageIsEvaluatedOnItsDayAndLeftByThePayment() {
    BillingEngine engine =
        BillingEngine.of(
            Catalog.kafkamanSample(),
            BillingPolicy.kafkaman()
                .withDunning(
                    DunningPolicy.of(
                        DunningTerms.kafkaman()
                            .withStages(
                                OverdueStage.of("blocked", 10, OverdueEffect.BLOCK_CHANGES)))));
    Simulator sim = failingThreeTimes(engine);
    Invoice first = sim.invoices().get(0);
    sim.advanceTo(d("2024-03-31"));

    assertThat(sim.steps())
        .filteredOn(s -> s.outcome().command().id().startsWith("dunning@"))
        .extracting(
            s ->
                s.outcome().command().id()
                    + " "
                    + ((Outcome.Accepted) s.outcome())
                        .entries().stream().map(e -> e.kind().name()).toList())
        .containsExactly(
            "dunning@2024-03-11 [OVERDUE_STAGE_REACHED]", "dunning@2024-03-22 [STANDING_CHANGED]");
    var paid =
        sim.apply(
            new Command.RecordPayment(
                "pay-1", "ana", first.number(), PaymentChannel.ONLINE, first.totalDue()));
    assertThat(((Outcome.Accepted) paid).entries())
        .extracting(e -> e.kind().name())
        .containsExactly(
            "PAYMENT_RECEIVED", "INVOICE_STATUS_CHANGED", "OVERDUE_STAGE_LEFT", "STANDING_CHANGED");
    TeamInvariants.of(engine).check(sim.team());
  }

  @Test
  void idsAreStableAndUniquePerTeam() {
    Simulator sim = Simulator.start(TeamFixture.of(ENGINE));
    DueEvents agenda = DueEvents.agenda(ENGINE);
    DateRange year = DateRange.of(d("2024-03-01"), d("2025-03-01"));
    assertThat(agenda.dueIn(sim.team(), year)).isEqualTo(agenda.dueIn(sim.team(), year));
    assertThat(agenda.dueIn(sim.team(), year))
        .extracting(e -> e.command().id())
        .doesNotHaveDuplicates()
        .contains("attempt@KB-000001#1", "renew@2024-04-01");
  }
}
