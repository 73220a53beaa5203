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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.HistoryPayload;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.TeamFixture;
import co.kafkaman.billing.testkit.simulation.Simulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariant checker: quiet on a sound team, precise on each kind of broken one. */
class TeamInvariantsTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());
  private static final TeamInvariants INVARIANTS = TeamInvariants.of(ENGINE);

  /** Basic, 3 monthly seats from 2024-03-01, 5 seats from 2024-03-15, renewed on 2024-04-01. */
  private static Simulator aQuarter() {
    Simulator simulator =
        Simulator.start(
            TeamFixture.of(ENGINE)
                .withCreatedOn(LocalDate.of(2024, 3, 1))
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)));
    simulator.apply(
        LocalDate.of(2024, 3, 15),
        Command.ChangeSubscription.of(
            "c-2",
            simulator.team().members().get(0).id(),
            simulator.team().subscription().terms().withSeats(5),
            Timing.IMMEDIATELY));
    simulator.advanceTo(LocalDate.of(2024, 6, 1));
    return simulator;
  }

  @Test
  void aSoundTeamKeepsEveryInvariant() {
    Simulator simulator = aQuarter();

    assertThat(simulator.invoices()).hasSize(5);
    assertThat(INVARIANTS.violationsOf(simulator.team())).isEmpty();
    List<Simulator.Step> steps = simulator.steps();
    for (int i = 1; i < steps.size(); i++) {
      assertThat(INVARIANTS.violationsOf(steps.get(i - 1).outcome().team(), steps.get(i).outcome()))
          .as("step %s", steps.get(i))
          .isEmpty();
    }
  }

  @Test
  void accountCreditThatNoLineGrantedIsReported() {
    Team team = aQuarter().team();
    Team tampered = team.withAccountCredit(Amount.of("5.00", "USD"));

    assertThatThrownBy(() -> INVARIANTS.check(tampered))
        .isInstanceOf(InvariantsViolated.class)
        .hasMessageContaining(
            "ACCOUNT_CREDIT team "
                + team.id()
                + ": granted USD 0.00 (CREDIT_TO_ACCOUNT lines) but consumed USD 0.00"
                + " (ACCOUNT_CREDIT_APPLIED lines) + balance USD 5.00 = USD 5.00");
  }

  @Test
  void aMissingInvoiceBreaksNumberingAndSettlement() {
    Team team = aQuarter().team();
    List<co.kafkaman.billing.model.invoice.Invoice> invoices = new ArrayList<>(team.invoices());
    invoices.remove(1);
    Team tampered = Team.builder().from(team).invoices(invoices).build();

    List<Violation> violations = INVARIANTS.stateViolationsOf(tampered);

    assertThat(violations)
        .extracting(Violation::invariant)
        .contains(Invariant.NUMBERING, Invariant.SETTLEMENT);
    assertThat(violations)
        .extracting(Violation::message)
        .contains("invoice #2 is numbered KB-000003, not KB-000002");
  }

  @Test
  void aPaidInvoiceMarkedOpenAgainIsNotAccountedFor() {
    Team team = aQuarter().team();
    List<co.kafkaman.billing.model.invoice.Invoice> invoices = new ArrayList<>(team.invoices());
    invoices.set(0, invoices.get(0).withStatus(InvoiceStatus.OPEN));
    Team tampered = Team.builder().from(team).invoices(invoices).build();

    assertThat(INVARIANTS.stateViolationsOf(tampered))
        .extracting(Violation::toString)
        .contains(
            "SETTLEMENT team "
                + team.id()
                + ": invoice KB-000001 (USD 36.00, OPEN) has 1 payments in the history, expected"
                + " 0",
            "SETTLEMENT team "
                + team.id()
                + ": invoice KB-000001 (OPEN) has 0 receivables, expected 1");
  }

  @Test
  void aStageLeftThatWasNeverReachedBreaksSettlement() {
    Team team = aQuarter().team();
    Team tampered =
        team.plusHistory(
            List.of(
                new HistoryEntry(
                    "p-9",
                    LocalDate.of(2024, 6, 1),
                    "ana",
                    EntryKind.OVERDUE_STAGE_LEFT,
                    "overdue stage 'blocked' left on 2024-06-01",
                    HistoryPayload.none())));

    assertThat(INVARIANTS.stateViolationsOf(tampered))
        .extracting(Violation::toString)
        .contains(
            "SETTLEMENT team "
                + team.id()
                + ": the history records 0 overdue stages reached and 1 left, but the receivables"
                + " hold 0");
  }

  @Test
  void aTeamItsHistoryDoesNotRebuildFailsReplay() {
    Team team = aQuarter().team();
    Team tampered =
        team.withSubscription(
            team.subscription().withTerms(team.subscription().terms().withSeats(9)));

    assertThat(INVARIANTS.violationsOf(tampered))
        .extracting(Violation::invariant)
        .contains(Invariant.REPLAY);
  }

  @Test
  void aRefusalThatChangedTheTeamBreaksTheStep() {
    Simulator simulator = aQuarter();
    Team team = simulator.team();
    Outcome refused =
        ENGINE.apply(
            team, new Command.ClearStandingInstructions("c-9", "u1"), LocalDate.of(2024, 6, 1));
    assertThat(refused.isAccepted()).isFalse();
    assertThat(INVARIANTS.violationsOf(team, refused)).isEmpty();

    Outcome.Refused r = (Outcome.Refused) refused;
    Outcome lying =
        new Outcome.Refused(
            r.command(),
            team.withAccountCredit(Amount.of("1.00", "USD")),
            r.code(),
            r.field(),
            r.reason(),
            r.alternative());
    assertThat(INVARIANTS.violationsOf(team, lying))
        .extracting(Violation::toString)
        .containsExactly(
            "STEP team " + team.id() + ": command c-9 was refused but changed the team");
  }
}
