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
package co.kafkaman.billing.examples;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.history.PendingPayment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A failed-payment story (3 attempts, notifications, grace, deactivation, reactivation by payment),
 * an invoice before and after a VAT ID change, and an expired card; with the agenda and the account
 * history.
 */
public final class PaymentExamples {
  private static final String KB1 = "KB-000001";
  private static final String KB2 = "KB-000002";

  private PaymentExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team = failedPayments(engine);
    team = vatIdChange(engine, team);
    expiredCard(engine, team);
  }

  /** Basic, 3 seats at 12.00: every attempt fails, grace runs out, a payment reactivates. */
  static Team failedPayments(BillingEngine engine) {
    Print.title("Failed payments: 3 attempts, grace, deactivation, reactivation by payment");
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    Team team = created(engine, march1);
    team = step(engine, team, "Add a card", addCard("c-2", "tok_visa", "visa", "4242", 2027, 8), 1);
    team =
        step(
            engine,
            team,
            "Buy Basic, 3 seats, monthly (a new term starts today)",
            Command.ChangeSubscription.of(
                "c-3",
                "ana",
                Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3),
                Timing.IMMEDIATELY),
            1);
    agenda(engine, team, DateRange.of(march1, LocalDate.of(2024, 4, 2)));

    team =
        step(
            engine,
            team,
            "Attempt 1 (day 0) fails",
            Command.ReportPaymentAttempt.failed("a-1", KB1, "card declined"),
            1);
    team =
        step(
            engine,
            team,
            "Attempt 2 (day 3) fails",
            Command.ReportPaymentAttempt.failed("a-2", KB1, "insufficient funds"),
            4);
    team =
        step(
            engine,
            team,
            "Attempt 3 (day 7) fails: billing members and all members are notified, grace starts",
            Command.ReportPaymentAttempt.failed("a-3", KB1, "insufficient funds"),
            8);
    pending(engine, team, LocalDate.of(2024, 3, 8));
    agenda(engine, team, DateRange.of(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 4, 2)));
    team =
        step(
            engine,
            team,
            "Grace ends unpaid (day 21 after the due date)",
            new Command.EvaluateDunning("g-1", "system"),
            22);
    Outcome refused =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-4", "ana", team.subscription().terms().withSeats(4), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 23));
    Print.outcome("While deactivated, an immediate change is refused", refused);
    team =
        step(
            engine,
            team,
            "A new card",
            addCard("c-5", "tok_mc", "mastercard", "5555", 2024, 3),
            25);
    team =
        step(engine, team, "Made primary", new Command.SetPrimaryCard("c-6", "ana", "tok_mc"), 25);
    team =
        step(
            engine,
            team,
            "Pay KB-000001 by card from the dashboard: the team is reactivated",
            new Command.RecordPayment(
                "p-1", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
            25);
    Outcome again =
        engine.apply(
            team,
            new Command.RecordPayment(
                "p-1", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
            LocalDate.of(2024, 3, 26));
    Print.outcome("The same payment command again: the first outcome, no second effect", again);
    Outcome twice =
        engine.apply(
            team,
            new Command.RecordPayment(
                "p-2", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
            LocalDate.of(2024, 3, 26));
    Print.outcome("Paying KB-000001 again under a new id", twice);
    history(team);
    Print.line("");
    Print.line(engine.overview(team).toString());
    return team;
  }

  /** The VAT ID is added after KB-000001 was issued: only the next invoice shows it. */
  static Team vatIdChange(BillingEngine engine, Team team) {
    Print.title("Billing details: an invoice before and after a VAT ID change");
    Team updated =
        step(
            engine,
            team,
            "Add the VAT ID",
            new Command.UpdateBillingDetails(
                "d-1", "ana", team.billingDetails().withVatId("DE123456789")),
            27);
    updated = step(engine, updated, "Renew on 2024-04-01", new Command.Renew("r-1", "system"), 32);
    Print.line("");
    Print.line("> Before the change (unchanged since its issue):");
    Print.invoice(updated.invoice(KB1).orElseThrow());
    Print.line("> After the change:");
    Print.invoice(updated.invoice(KB2).orElseThrow());
    return updated;
  }

  /** The primary card expired at the end of March: the renewal's attempt cannot charge it. */
  static void expiredCard(BillingEngine engine, Team team) {
    Print.title("An expired card cannot be charged");
    LocalDate april1 = LocalDate.of(2024, 4, 1);
    Print.line("> What should attempt 1 of " + KB2 + " charge on " + april1 + "?");
    Print.line("  " + engine.chargeFor(team, KB2, april1));
    Team after =
        step(
            engine,
            team,
            "The host reports the attempt failed: the rules give the reason",
            Command.ReportPaymentAttempt.failed("a-4", KB2, ""),
            32);
    pending(engine, after, april1);
  }

  private static Team created(BillingEngine engine, LocalDate on) {
    Creation creation =
        engine.create(
            new Command.CreateTeam(
                "c-1",
                "ana",
                "acme",
                Currencies.of("USD"),
                Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
                new BillingDetails("Acme Ltd", "billing@acme.test", "1 Main St\nSpringfield", ""),
                "KB-",
                Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 1)),
            on);
    if (!(creation instanceof Outcome.Accepted outcome)) {
      throw new IllegalStateException(creation.summary());
    }
    Print.outcome("Create team acme on Free", outcome);
    // Members join through the host's team management (not part of this story's commands).
    return Team.builder()
        .from(outcome.team())
        .addMembers(
            Member.of("ben", "ben@acme.test", on, Role.BILLING),
            Member.of("cy", "cy@acme.test", on))
        .build();
  }

  private static Command addCard(
      String id, String token, String brand, String last4, int year, int month) {
    return new Command.AddCard(
        id, "ana", new CardReference(token, brand, last4, YearMonth.of(year, month)));
  }

  private static Team step(BillingEngine engine, Team team, String what, Command command, int day) {
    LocalDate date = LocalDate.of(2024, 3, 1).plusDays(day - 1L);
    Outcome outcome = engine.apply(team, command, date);
    Print.outcome(date + ": " + what, outcome);
    if (!outcome.isAccepted()) {
      throw new IllegalStateException(outcome.summary());
    }
    return outcome.team();
  }

  private static void agenda(BillingEngine engine, Team team, DateRange range) {
    Print.line("");
    Print.line("> Agenda " + range + ":");
    List<AgendaEvent> events = engine.agenda(team, range).events();
    events.forEach(event -> Print.line("    " + event));
  }

  private static void pending(BillingEngine engine, Team team, LocalDate asOf) {
    Print.line("");
    Print.line("> Pending payments on " + asOf + ":");
    for (PendingPayment payment : engine.pendingPayments(team, asOf)) {
      Print.line("    " + payment);
    }
  }

  private static void history(Team team) {
    Print.line("");
    Print.line("> Account history:");
    for (HistoryEntry entry : team.history()) {
      Print.line("    " + entry.id() + "  " + entry);
    }
  }
}
