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

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.payment.CollectionRules;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating on a paid plan or a trial, cancelling at term end, and the neutral policy. */
class LifecycleTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final CardReference VISA =
      new CardReference("tok_1", "visa", "4242", YearMonth.of(2030, 12));

  /** A host catalog in CHF without a free plan: starter, team (14-day trial), growth. */
  static final String HOST =
      String.join(
          "\n",
          "currency=CHF",
          "plans=starter,team,growth",
          "plan.starter.name=Starter",
          "plan.starter.seat.MONTHLY=10.00",
          "plan.starter.trialDays=7",
          "plan.starter.trialRequiresCard=true",
          "plan.team.name=Team",
          "plan.team.seat.MONTHLY=25.00",
          "plan.team.seat.QUARTERLY=70.00",
          "plan.team.trialDays=14",
          "plan.growth.name=Growth",
          "plan.growth.seat.MONTHLY=60.00",
          "plan.growth.payByInvoice=true",
          "");

  static Catalog host() {
    return CatalogFormat.read(new StringReader(HOST));
  }

  private static Command.CreateTeam create(Catalog catalog, Terms terms) {
    return new Command.CreateTeam(
        "c-0",
        "sales",
        "acme",
        catalog.currency(),
        Member.of("ana", "ana@acme.test", MARCH_1, Role.BILLING, Role.ADMIN),
        new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
        "KB-",
        terms);
  }

  private static Terms terms(String plan, BillingFrequency frequency, int seats) {
    return Terms.of(PlanId.of(plan), frequency, seats);
  }

  private static Invoice onlyInvoice(Outcome outcome) {
    assertThat(accepted(outcome).invoices()).hasSize(1);
    return accepted(outcome).invoices().get(0);
  }

  private static Outcome.Refused refused(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return (Outcome.Refused) outcome;
  }

  // --- the story: a new Enterprise customer set up by Sales ---

  @Test
  void enterpriseCreatedOnPayByInvoiceNet30IsDueIn30DaysWithNoCardAttempt() {
    BillingEngine engine = BillingEngine.kafkaman();
    Creation creation =
        engine.create(
            create(
                    engine.catalog(),
                    Terms.of(KafkamanSample.ENTERPRISE, BillingFrequency.ANNUAL, 10))
                .withCollectionMethod(CollectionRules.defaultPayByInvoice()),
            MARCH_1);
    Outcome.Accepted created = accepted(creation);
    Team team = created.team();
    assertThat(team.collectionMethod()).isInstanceOf(CollectionMethod.PayByInvoice.class);
    // first cycle billed in advance, as renewals are: 10 x 1188.00 = 11880.00, due 2024-03-31
    Invoice first = onlyInvoice(created);
    assertThat(first.number()).isEqualTo("KB-000001");
    assertThat(first.totalDue()).isEqualTo(Amount.of("11880.00", "USD"));
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(team.subscription().currentCycle())
        .isEqualTo(DateRange.of(MARCH_1, LocalDate.of(2025, 3, 1)));
    // no card attempts; dunning only once the net terms have passed
    java.util.List<AgendaEvent> events =
        engine.agenda(team, DateRange.of(MARCH_1, LocalDate.of(2024, 5, 1))).events();
    assertThat(events)
        .extracting(AgendaEvent::kind)
        .doesNotContain(AgendaEventKind.PAYMENT_ATTEMPT);
    assertThat(events)
        .filteredOn(e -> e.kind() != AgendaEventKind.USAGE_MONTH_END)
        .extracting(AgendaEvent::date)
        .allMatch(date -> date.isAfter(LocalDate.of(2024, 3, 30)));
  }

  @Test
  void enterpriseCreatedOnCardCollectionIsStillDueAtOnceAndChasedByDunning() {
    // the behaviour of the story before this change, kept for card collection (documented)
    BillingEngine engine = BillingEngine.kafkaman();
    Outcome.Accepted created =
        accepted(
            engine.create(
                create(
                    engine.catalog(),
                    Terms.of(KafkamanSample.ENTERPRISE, BillingFrequency.ANNUAL, 10)),
                MARCH_1));
    assertThat(onlyInvoice(created).dueDate()).isEqualTo(MARCH_1);
    assertThat(engine.agenda(created.team(), DateRange.of(MARCH_1, MARCH_1.plusDays(1))).events())
        .extracting(AgendaEvent::kind)
        .contains(AgendaEventKind.PAYMENT_ATTEMPT);
  }

  @Test
  void payByInvoiceOnAPlanThatDoesNotAllowItIsRefusedAtCreation() {
    BillingEngine engine = BillingEngine.kafkaman();
    Creation creation =
        engine.create(
            create(engine.catalog(), Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3))
                .withCollectionMethod(CollectionRules.defaultPayByInvoice()),
            MARCH_1);
    assertThat(creation).isInstanceOf(Creation.Refused.class);
    Creation.Refused refused = (Creation.Refused) creation;
    assertThat(refused.code()).isEqualTo(BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED);
    assertThat(refused.field()).isEqualTo("collectionMethod");
  }

  // --- a host catalog without a free plan ---

  @Test
  void aHostCatalogWithoutAFreePlanCreatesDirectlyOnAPaidPlan() {
    BillingEngine engine = BillingEngine.of(host());
    Outcome.Accepted created =
        accepted(
            engine.create(
                create(engine.catalog(), terms("growth", BillingFrequency.MONTHLY, 3))
                    .withCollectionMethod(CollectionRules.defaultPayByInvoice()),
                MARCH_1));
    Invoice first = onlyInvoice(created);
    // 3 x 60.00 = 180.00 for [2024-03-01, 2024-04-01), due net 30
    assertThat(kindsAndAmounts(first)).isEqualTo("PLAN_SEATS 180.00");
    assertThat(first.totalDue()).isEqualTo(Amount.of("180.00", "CHF"));
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(first.lines().get(0).servicePeriod())
        .isEqualTo(DateRange.of(MARCH_1, LocalDate.of(2024, 4, 1)));
    assertThat(created.entries()).extracting(HistoryEntry::kind).startsWith(EntryKind.TEAM_CREATED);
    // the next renewal bills the same seats again
    Outcome renewed =
        engine.apply(created.team(), new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    assertThat(onlyInvoice(renewed).totalDue()).isEqualTo(Amount.of("180.00", "CHF"));
  }

  @Test
  void aHostEngineGetsNoKafkamanAutoFlexRollouts() {
    assertThat(BillingEngine.of(host()).policy().autoFlex().rollouts()).isEmpty();
    assertThat(BillingPolicy.standard().autoFlex().rollouts()).isEmpty();
    assertThat(BillingEngine.of(KafkamanSample.catalog()).policy().autoFlex())
        .isEqualTo(AutoFlexPolicy.kafkaman());
    assertThat(BillingEngine.kafkaman().policy().autoFlex()).isEqualTo(AutoFlexPolicy.kafkaman());
    assertThat(BillingEngine.kafkaman().catalog()).isEqualTo(KafkamanSample.catalog());
  }

  // --- trials ---

  @Test
  void aFourteenDayTrialBillsNothingThenTheFirstQuarterStartsOnTheTrialEnd() {
    BillingEngine engine = BillingEngine.of(host());
    Outcome.Accepted created =
        accepted(
            engine.create(
                create(engine.catalog(), terms("team", BillingFrequency.QUARTERLY, 2)), MARCH_1));
    Team team = created.team();
    assertThat(created.invoices()).isEmpty();
    LocalDate trialEnd = LocalDate.of(2024, 3, 15);
    assertThat(team.subscription().trialEnd()).contains(trialEnd);
    assertThat(team.subscription().currentCycle()).isEqualTo(DateRange.of(MARCH_1, trialEnd));
    assertThat(engine.quoteRenewal(team).total()).isEqualTo(Amount.of("140.00", "CHF"));
    // the agenda shows the trial end, then the first projected renewal a quarter later
    assertThat(engine.agenda(team, DateRange.of(MARCH_1, LocalDate.of(2024, 7, 1))).events())
        .filteredOn(e -> e.kind() == AgendaEventKind.RENEWAL)
        .extracting(AgendaEvent::date)
        .containsExactly(trialEnd, LocalDate.of(2024, 6, 15));
    assertThat(engine.agenda(team, DateRange.of(trialEnd, trialEnd.plusDays(1))).events())
        .extracting(AgendaEvent::description)
        .anySatisfy(d -> assertThat(d).contains("free trial ends"));
    // trial end: 2 x 70.00 = 140.00 for [2024-03-15, 2024-06-15), anchored on the trial end
    Outcome first = engine.apply(team, new Command.Renew("r-1", "system"), trialEnd);
    Invoice invoice = onlyInvoice(first);
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("140.00", "CHF"));
    assertThat(invoice.dueDate()).isEqualTo(trialEnd);
    Team paid = accepted(first).team();
    assertThat(paid.subscription().inTrial()).isFalse();
    assertThat(paid.subscription().anchor()).isEqualTo(trialEnd);
    assertThat(paid.subscription().currentCycle())
        .isEqualTo(DateRange.of(trialEnd, LocalDate.of(2024, 6, 15)));
    Outcome second =
        engine.apply(paid, new Command.Renew("r-2", "system"), LocalDate.of(2024, 6, 15));
    assertThat(accepted(second).team().subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 9, 15)));
  }

  @Test
  void aTrialRequiringACardRefusesCreationWithoutOne() {
    BillingEngine engine = BillingEngine.of(host());
    Command.CreateTeam command =
        create(engine.catalog(), terms("starter", BillingFrequency.MONTHLY, 1));
    Creation without = engine.create(command, MARCH_1);
    assertThat(without).isInstanceOf(Creation.Refused.class);
    assertThat(((Creation.Refused) without).code()).isEqualTo(BillingErrorCode.NO_PAYMENT_METHOD);
    assertThat(((Creation.Refused) without).field()).isEqualTo("card");
    Outcome.Accepted with = accepted(engine.create(command.withCard(VISA), MARCH_1));
    assertThat(with.invoices()).isEmpty();
    assertThat(with.team().primaryCard()).contains(VISA);
    assertThat(with.team().subscription().trialEnd()).contains(LocalDate.of(2024, 3, 8));
  }

  @Test
  void anImmediateChangeDuringATrialBillsNothingAndTheFirstCycleBillsTheNewTerms() {
    BillingEngine engine = BillingEngine.of(host());
    Team team =
        accepted(
                engine.create(
                    create(engine.catalog(), terms("team", BillingFrequency.QUARTERLY, 2)),
                    MARCH_1))
            .team();
    Outcome changed =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-1", "ana", terms("team", BillingFrequency.QUARTERLY, 4), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 5));
    assertThat(accepted(changed).invoices()).isEmpty();
    Outcome first =
        engine.apply(
            accepted(changed).team(),
            new Command.Renew("r-1", "system"),
            LocalDate.of(2024, 3, 15));
    // 4 x 70.00 = 280.00
    assertThat(onlyInvoice(first).totalDue()).isEqualTo(Amount.of("280.00", "CHF"));
  }

  // --- cancel ---

  @Test
  void cancellingDuringATrialCostsNothingAndEndsAtTheTrialEnd() {
    BillingEngine engine = BillingEngine.of(host());
    Team team =
        accepted(
                engine.create(
                    create(engine.catalog(), terms("team", BillingFrequency.QUARTERLY, 2)),
                    MARCH_1))
            .team();
    Outcome cancelled =
        engine.apply(team, new Command.Cancel("x-1", "ana"), LocalDate.of(2024, 3, 10));
    assertThat(accepted(cancelled).invoices()).isEmpty();
    Team pending = accepted(cancelled).team();
    assertThat(pending.subscription().endsOn()).contains(LocalDate.of(2024, 3, 15));
    assertThat(engine.quoteRenewal(pending).total().isZero()).isTrue();
    Outcome ended =
        engine.apply(pending, new Command.Renew("r-1", "system"), LocalDate.of(2024, 3, 15));
    assertThat(accepted(ended).invoices()).isEmpty();
    Team gone = accepted(ended).team();
    assertThat(gone.subscription().ended()).isTrue();
    assertThat(gone.invoices()).isEmpty();
    assertThat(accepted(ended).entries()).extracting(HistoryEntry::kind).contains(EntryKind.ENDED);
  }

  @Test
  void cancelEndsAPaidSubscriptionAtTheEndOfTheTermAndBillsNothingMore() {
    BillingEngine engine = BillingEngine.kafkaman();
    Outcome.Accepted created =
        accepted(
            engine.create(
                create(
                    engine.catalog(), Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5)),
                MARCH_1));
    assertThat(onlyInvoice(created).totalDue()).isEqualTo(Amount.of("60.00", "USD"));
    Outcome cancelled =
        engine.apply(created.team(), new Command.Cancel("x-1", "ana"), LocalDate.of(2024, 3, 20));
    assertThat(accepted(cancelled).invoices()).isEmpty();
    assertThat(accepted(cancelled).summary())
        .isEqualTo("Cancelled Basic monthly, 5 seats: ends on 2024-04-01, nothing more is billed");
    Team pending = accepted(cancelled).team();
    // a second cancel has nothing to change; a change is refused until the cancellation is revoked
    assertThat(
            refused(
                    engine.apply(
                        pending, new Command.Cancel("x-2", "ana"), LocalDate.of(2024, 3, 21)))
                .code())
        .isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
    assertThat(
            refused(
                    engine.apply(
                        pending,
                        Command.ChangeSubscription.of(
                            "c-2",
                            "ana",
                            Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 6),
                            Timing.IMMEDIATELY),
                        LocalDate.of(2024, 3, 21)))
                .code())
        .isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
    LocalDate april1 = LocalDate.of(2024, 4, 1);
    Outcome ended = engine.apply(pending, new Command.Renew("r-1", "system"), april1);
    assertThat(accepted(ended).invoices()).isEmpty();
    Team gone = accepted(ended).team();
    assertThat(gone.subscription().ended()).isTrue();
    assertThat(engine.pastInvoices(gone)).hasSize(1);
    // nothing more falls due; renewals, changes and usage are refused with a typed error
    assertThat(engine.agenda(gone, DateRange.of(april1, LocalDate.of(2025, 4, 1))).events())
        .isEmpty();
    assertThat(
            refused(
                    engine.apply(
                        gone, new Command.Renew("r-2", "system"), LocalDate.of(2024, 5, 1)))
                .code())
        .isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
    Outcome.Refused usage =
        refused(
            engine.apply(
                gone,
                new Command.RecordUsage(
                    "u-1",
                    "system",
                    KafkamanSample.MONITORING_REQUESTS,
                    10,
                    "monitor",
                    Instant.parse("2024-04-02T10:00:00Z")),
                LocalDate.of(2024, 4, 2)));
    assertThat(usage.code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
    assertThat(usage.team()).isSameAs(gone);
  }

  @Test
  void clearingTheStandingInstructionsRevokesACancellation() {
    BillingEngine engine = BillingEngine.kafkaman();
    Team team =
        accepted(
                engine.create(
                    create(
                        engine.catalog(),
                        Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5)),
                    MARCH_1))
            .team();
    Team cancelled =
        accepted(engine.apply(team, new Command.Cancel("x-1", "ana"), LocalDate.of(2024, 3, 20)))
            .team();
    Team revoked =
        accepted(
                engine.apply(
                    cancelled,
                    new Command.ClearStandingInstructions("x-2", "ana"),
                    LocalDate.of(2024, 3, 21)))
            .team();
    assertThat(revoked.subscription().endsOn()).isEmpty();
    Outcome renewed =
        engine.apply(revoked, new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    // 5 x 12.00 = 60.00
    assertThat(onlyInvoice(renewed).totalDue()).isEqualTo(Amount.of("60.00", "USD"));
  }

  @Test
  void downgradeToFreeStillMovesATeamToTheFreePlan() {
    BillingEngine engine = BillingEngine.kafkaman();
    Team team =
        accepted(
                engine.create(
                    create(
                        engine.catalog(),
                        Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5)),
                    MARCH_1))
            .team();
    Team instructed =
        accepted(
                engine.apply(
                    team,
                    Command.SetStandingInstructions.downgradeToFree(
                        "s-1", "ana", team.subscription().terms(), engine.catalog()),
                    LocalDate.of(2024, 3, 20)))
            .team();
    Outcome renewed =
        engine.apply(instructed, new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    assertThat(accepted(renewed).invoices()).isEmpty();
    Team free = accepted(renewed).team();
    assertThat(free.subscription().terms().plan()).isEqualTo(KafkamanSample.FREE);
    assertThat(free.subscription().ended()).isFalse();
    assertThat(
            Command.SetStandingInstructions.cancel(
                "s-1", "ana", team.subscription().terms(), engine.catalog()))
        .isEqualTo(
            Command.SetStandingInstructions.downgradeToFree(
                "s-1", "ana", team.subscription().terms(), engine.catalog()));
  }

  // --- the catalog format says trials ---

  @Test
  void trialKeysRoundTripThroughThePropertiesFormat() {
    Catalog catalog = host();
    assertThat(catalog.plan(PlanId.of("team")).trialDays()).isEqualTo(14);
    assertThat(catalog.plan(PlanId.of("starter")).trialRequiresCard()).isTrue();
    assertThat(catalog.plan(PlanId.of("growth")).hasTrial()).isFalse();
    String written = CatalogFormat.write(catalog);
    assertThat(written)
        .contains("plan.team.trialDays=14")
        .contains("plan.starter.trialRequiresCard=true")
        .doesNotContain("plan.growth.trialDays");
    assertThat(CatalogFormat.read(new StringReader(written))).isEqualTo(catalog);
    assertThat(Optional.of(CatalogFormat.write(KafkamanSample.catalog())).get())
        .doesNotContain("trial");
  }

  @Test
  void aTrialOfMoreThanTenYearsIsRefusedNamingTheKey() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    () ->
                        CatalogFormat.read(
                            new StringReader(HOST.replace("trialDays=14", "trialDays=4000"))),
                    co.kafkaman.billing.model.BillingException.class)
                .field())
        .isEqualTo("plan.team.trialDays");
  }

  @Test
  void anInvoiceNoPaymentCouldSettleIsRefusedAndNoTeamIsCreated() {
    // 100,000 seats x 1,000,000,000.00 = 100,000,000,000,000.00: 10^16 minor units, past the
    // 10^15 a payment may carry, so the creation is refused rather than leaving an unpayable bill
    BillingEngine engine =
        BillingEngine.of(
            CatalogFormat.read(
                new StringReader(
                    HOST.replace("seat.MONTHLY=60.00", "seat.MONTHLY=1000000000.00"))));
    Creation creation =
        engine.create(
            create(engine.catalog(), terms("growth", BillingFrequency.MONTHLY, 100_000)), MARCH_1);
    assertThat(creation).isInstanceOf(Creation.Refused.class);
    assertThat(((Creation.Refused) creation).code()).isEqualTo(BillingErrorCode.AMOUNT_OVERFLOW);
    assertThat(((Creation.Refused) creation).field()).isEqualTo("invoice");
    assertThat(
            accepted(
                    engine.create(
                        create(engine.catalog(), terms("growth", BillingFrequency.MONTHLY, 10_000)),
                        MARCH_1))
                .invoices())
        .hasSize(1);
  }
}
