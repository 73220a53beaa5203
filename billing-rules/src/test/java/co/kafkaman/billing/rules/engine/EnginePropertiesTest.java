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

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.payment.CollectionRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over generated command sequences: a team is created, then up to 30 random commands
 * (plan changes, cards, attempts, payments, voids, billing details, collection, instructions,
 * repeats of earlier commands, back-dated commands; about a third of them refused) are applied on
 * dates that move forward, with renewals applied whenever a cycle ends, as a host's scheduler
 * would.
 */
class EnginePropertiesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(PaymentStory.CATALOG);
  private static final PlanTier[] TIERS = PlanTier.values();

  /** One random step: which command, two parameters, and how many days later it happens. */
  private record Step(int op, int a, int b, int days) {}

  /** One applied command: the team before it, the command, its date and its outcome. */
  private record Applied(Team before, Command command, LocalDate date, Outcome outcome) {}

  private static Gen<List<Step>> steps() {
    return lists()
        .of(
            integers()
                .between(0, 14)
                .zip(
                    integers().between(0, 99),
                    integers().between(0, 99),
                    integers().between(0, 4),
                    Step::new))
        .ofSizeBetween(1, 30);
  }

  @Test
  void replayingTheHistoryRebuildsTheTeamExactly() {
    qt().withExamples(150)
        .forAll(integers().between(0, 400), integers().between(0, 5), steps())
        .checkAssert(
            (startDay, initial, steps) -> {
              List<Applied> applied = play(startDay, initial, steps);
              Team team = applied.get(applied.size() - 1).outcome().team();

              assertThat(ENGINE.replay(team.history())).isEqualTo(team);
            });
  }

  @Test
  void aRefusedCommandReturnsTheTeamItWasGiven() {
    qt().withExamples(150)
        .forAll(integers().between(0, 400), integers().between(0, 5), steps())
        .checkAssert(
            (startDay, initial, steps) -> {
              for (Applied step : play(startDay, initial, steps)) {
                if (step.outcome() instanceof Outcome.Refused refused) {
                  assertThat(refused.team()).isEqualTo(step.before());
                } else {
                  List<HistoryEntry> before = step.before().history();
                  List<HistoryEntry> after = step.outcome().team().history();
                  assertThat(after.subList(0, before.size())).isEqualTo(before);
                }
              }
            });
  }

  @Test
  void invoiceNumbersAreGaplessAndNeverShared() {
    qt().withExamples(150)
        .forAll(integers().between(0, 400), integers().between(0, 5), steps())
        .checkAssert(
            (startDay, initial, steps) -> {
              List<Applied> applied = play(startDay, initial, steps);
              Team team = applied.get(applied.size() - 1).outcome().team();
              List<String> numbers = new ArrayList<>();
              for (int i = 0; i < applied.size(); i++) {
                Applied step = applied.get(i);
                // the creation and every command that appended entries (repeats append none)
                if (step.outcome() instanceof Outcome.Accepted accepted
                    && (i == 0
                        || accepted.team().history().size() > step.before().history().size())) {
                  accepted.invoices().forEach(invoice -> numbers.add(invoice.number()));
                }
              }
              List<String> expected = new ArrayList<>();
              for (int n = 1; n <= numbers.size(); n++) {
                expected.add(String.format("KB-%06d", n));
              }
              assertThat(numbers).isEqualTo(expected);
              assertThat(team.invoices()).extracting(Invoice::number).isEqualTo(expected);
              assertThat(team.invoiceNumbering().next()).isEqualTo(numbers.size() + 1L);
              Set<String> ids = new HashSet<>();
              for (HistoryEntry entry : team.history()) {
                assertThat(ids.add(entry.id())).as("entry id %s is unique", entry.id()).isTrue();
              }
              assertThat(team.history()).extracting(HistoryEntry::date).isSorted();
            });
  }

  private static List<Applied> play(int startDay, int initial, List<Step> steps) {
    LocalDate date = LocalDate.of(2024, 1, 1).plusDays(startDay);
    Terms initialTerms =
        switch (initial) {
          case 0, 1 -> Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 1);
          case 2 -> Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 2);
          case 3 -> Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.ANNUAL, 1);
          default -> Terms.of(PlanTier.ENTERPRISE, BillingFrequency.MONTHLY, 3);
        };
    Command.CreateTeam create =
        new Command.CreateTeam(
            "k-0",
            "ana",
            "acme",
            Currencies.of("USD"),
            Member.of("ana", "ana@acme.test", date, Role.BILLING, Role.ADMIN),
            BillingDetails.ofEmail("billing@acme.test"),
            "KB-",
            initialTerms);
    Outcome created = (Outcome.Accepted) ENGINE.create(create, date);
    List<Applied> applied = new ArrayList<>();
    applied.add(new Applied(created.team(), create, date, created));
    Team team = created.team();
    int id = 1;
    for (Step step : steps) {
      date = date.plusDays(step.days());
      while (!date.isBefore(team.subscription().currentCycle().endExclusive())) {
        LocalDate renewal = team.subscription().currentCycle().endExclusive();
        Command renew = new Command.Renew("k-" + id++, "system");
        Outcome outcome = ENGINE.apply(team, renew, renewal);
        // a renewal on its date is always accepted (and the loop would not end otherwise)
        assertThat(outcome.isAccepted()).as(outcome.summary()).isTrue();
        applied.add(new Applied(team, renew, renewal, outcome));
        team = outcome.team();
      }
      LocalDate asOf = step.op() == 14 ? date.minusDays(1 + step.b() % 40) : date;
      Command command =
          step.op() == 13 && applied.size() > 1
              ? applied.get(1 + step.a() % (applied.size() - 1)).command()
              : command(team, step, "k-" + id++, date);
      Outcome outcome = ENGINE.apply(team, command, asOf);
      applied.add(new Applied(team, command, asOf, outcome));
      team = outcome.team();
    }
    return applied;
  }

  private static Command command(Team team, Step step, String id, LocalDate date) {
    int a = step.a();
    int b = step.b();
    Terms current = team.subscription().terms();
    String invoice =
        team.invoices().isEmpty()
            ? "KB-000099"
            : team.invoices().get(a % team.invoices().size()).number();
    return switch (step.op()) {
      case 0 ->
          Command.ChangeSubscription.of(
              id,
              "ana",
              Terms.of(
                  TIERS[a % TIERS.length],
                  b % 5 == 0 ? BillingFrequency.ANNUAL : BillingFrequency.MONTHLY,
                  current.seats() + b % 3),
              Timing.IMMEDIATELY);
      case 1 ->
          new Command.ChangeSubscription(
              id,
              "ana",
              new co.kafkaman.billing.rules.change.ChangeRequest(
                  Terms.of(TIERS[a % TIERS.length], current.frequency(), 1 + b % 4),
                  Timing.ON_RENEWAL,
                  b % 2 == 0));
      case 2 ->
          new Command.AddCard(
              id,
              "ana",
              new CardReference(
                  "t" + a % 3, "visa", "4242", YearMonth.from(date).plusMonths(b % 6 - 1L)));
      case 3 -> new Command.RemoveCard(id, "ana", token(team, a, b));
      case 4 -> new Command.SetPrimaryCard(id, "ana", token(team, a, b));
      case 5 -> {
        String attempted =
            team.receivables().isEmpty()
                ? invoice
                : team.receivables().get(a % team.receivables().size()).invoiceNumber();
        yield new Command.ReportPaymentAttempt(
            id,
            "system",
            attempted,
            b % 3 == 0 ? PaymentOutcome.SUCCEEDED : PaymentOutcome.FAILED,
            "declined");
      }
      case 6 -> {
        Amount due =
            team.receivables().isEmpty()
                ? Amount.of("1.00", "USD")
                : team.invoice(pick(team.receivables(), a).invoiceNumber())
                    .orElseThrow()
                    .totalDue();
        String paid =
            team.receivables().isEmpty() ? invoice : pick(team.receivables(), a).invoiceNumber();
        Amount amount =
            b % 7 == 0
                ? due.plus(Amount.ofMinor(1, due.currency()))
                : b % 11 == 0 ? Amount.of(due.toBigDecimal(), Currencies.of("EUR")) : due;
        yield new Command.RecordPayment(id, "ana", paid, PaymentChannel.values()[b % 4], amount);
      }
      case 7 -> new Command.EvaluateDunning(id, "system");
      case 8 -> new Command.VoidInvoice(id, "ana", invoice);
      case 9 -> new Command.MarkUncollectible(id, "ana", invoice);
      case 10 ->
          new Command.UpdateBillingDetails(
              id, "ana", team.billingDetails().withVatId(b % 2 == 0 ? "" : "V" + a % 3));
      case 11 ->
          new Command.SetCollectionMethod(
              id,
              "ana",
              b % 2 == 0
                  ? CollectionRules.defaultPayByInvoice()
                  : CollectionMethod.cardAutoCharge());
      case 12 ->
          b % 3 == 0
              ? new Command.ClearStandingInstructions(id, "ana")
              : new Command.SetStandingInstructions(
                  id, "ana", Terms.of(TIERS[a % 3], current.frequency(), 1 + b % 4));
      default -> new Command.EvaluateDunning(id, "system");
    };
  }

  /** A card on file most of the time, sometimes one that is not. */
  private static String token(Team team, int a, int b) {
    return team.cards().isEmpty() || b % 4 == 0
        ? "t" + a % 3
        : team.cards().get(a % team.cards().size()).token();
  }

  private static Receivable pick(List<Receivable> receivables, int a) {
    return receivables.get(a % receivables.size());
  }
}
