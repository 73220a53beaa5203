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
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingEngineTest {
  private static final BillingEngine SAMPLE = BillingEngine.of(TestTeams.sample());

  private static Command change(String id, String target, Timing timing) {
    return Command.ChangeSubscription.of(id, "ana", terms(target), timing);
  }

  private static Outcome.Refused refused(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return (Outcome.Refused) outcome;
  }

  private static Invoice onlyInvoice(Outcome outcome) {
    assertThat(accepted(outcome).invoices()).hasSize(1);
    return accepted(outcome).invoices().get(0);
  }

  @Test
  void workedExampleTenToTwentyHalfwayThroughA30DayCycle() {
    BillingEngine engine = BillingEngine.of(TestTeams.twoPlans("10.00", "20.00"));
    Team team = TestTeams.created(engine, LocalDate.of(2024, 4, 1), terms("BASIC MONTHLY 1"), 1);
    assertThat(team.subscription().currentCycle().lengthInDays()).isEqualTo(30);
    Outcome upgrade =
        engine.apply(
            team,
            change("c-1", "PROFESSIONAL MONTHLY 1", Timing.IMMEDIATELY),
            LocalDate.of(2024, 4, 16));
    Invoice invoice = onlyInvoice(upgrade);
    assertThat(invoice.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("1 x -10.00 x 15/30 days = -5.00", "1 x 20.00 x 15/30 days = 10.00");
    assertThat(kindsAndAmounts(invoice)).isEqualTo("CHANGE_CREDIT -5.00; SEAT_PRORATION 10.00");
    assertThat(invoice.subtotal()).isEqualTo(Amount.of("5.00", "USD"));
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("5.00", "USD"));
    assertThat(invoice.number()).isEqualTo("KB-000002");
  }

  @Test
  void workedExampleTwoSeatsAddedOnMarch15() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 3"), 3);
    assertThat(team.subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)));
    Outcome added =
        SAMPLE.apply(
            team, change("c-1", "BASIC MONTHLY 5", Timing.IMMEDIATELY), LocalDate.of(2024, 3, 15));
    Invoice invoice = onlyInvoice(added);
    assertThat(invoice.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.explanation()).isEqualTo("2 x 12.00 x 17/31 days = 13.16");
              assertThat(line.description()).isEqualTo("Basic seats (monthly)");
              assertThat(line.servicePeriod())
                  .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 1)));
            });
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("13.16", "USD"));
    assertThat(accepted(added).entries())
        .extracting(HistoryEntry::id, HistoryEntry::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c-1", EntryKind.SUBSCRIPTION_CHANGED),
            org.assertj.core.groups.Tuple.tuple("c-1/1", EntryKind.INVOICE_ISSUED));
  }

  @ParameterizedTest(name = "{0}: 2 Basic seats added 2024-03-15 cost {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafkaman  | 13.16 | 2 x 12.00 x 17/31 days = 13.16",
        "killbill  | 13.16 | 2 x 12.00 x 548387097/1000000000 = 13.16 (17/31 days rounded to 9 decimals)",
        "lago      | 13.16 | 2 x 12.00 x 17/31 days = 13.16",
        "30-day    | 12.80 | 2 x 12.00 x 16/30 days = 12.80",
        "kafkaman-even | 13.16 | 2 x 12.00 x 17/31 days = 13.16",
      })
  void presetsThroughTheEngine(String preset, String amount, String explanation) {
    ProrationConvention convention = TestTeams.convention(preset);
    BillingEngine engine =
        BillingEngine.of(TestTeams.sample(), BillingPolicy.kafkaman().withProration(convention));
    assertThat(engine.policy().proration()).isEqualTo(convention);
    Team team = TestTeams.created(engine, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 3"), 3);
    Invoice invoice =
        onlyInvoice(
            engine.apply(
                team,
                change("c-1", "BASIC MONTHLY 5", Timing.IMMEDIATELY),
                LocalDate.of(2024, 3, 15)));
    assertThat(invoice.totalDue().toPlainString()).isEqualTo(amount);
    assertThat(invoice.lines().get(0).explanation()).isEqualTo(explanation);
  }

  @Test
  void aNetCreditBecomesAccountCreditConsumedFirstByTheNextInvoice() {
    // a cheaper "higher" tier: Basic 30.00, Professional 10.00
    BillingEngine engine = BillingEngine.of(TestTeams.twoPlans("30.00", "10.00"));
    Team team = TestTeams.created(engine, LocalDate.of(2024, 4, 1), terms("BASIC MONTHLY 1"), 1);
    Outcome upgrade =
        engine.apply(
            team,
            change("c-1", "PROFESSIONAL MONTHLY 1", Timing.IMMEDIATELY),
            LocalDate.of(2024, 4, 16));
    Invoice credit = onlyInvoice(upgrade);
    assertThat(kindsAndAmounts(credit))
        .isEqualTo("CHANGE_CREDIT -15.00; SEAT_PRORATION 5.00; CREDIT_TO_ACCOUNT 10.00");
    assertThat(credit.totalDue().isZero()).isTrue();
    assertThat(credit.status()).isEqualTo(InvoiceStatus.PAID);
    team = upgrade.team();
    assertThat(team.accountCredit()).isEqualTo(Amount.of("10.00", "USD"));

    // 3 more seats on 2024-04-20: 3 x 10.00 x 11/30 = 11.00, of which 10.00 is paid by credit
    Outcome seats =
        engine.apply(
            team,
            change("c-2", "PROFESSIONAL MONTHLY 4", Timing.IMMEDIATELY),
            LocalDate.of(2024, 4, 20));
    Invoice next = onlyInvoice(seats);
    assertThat(kindsAndAmounts(next))
        .isEqualTo("SEAT_PRORATION 11.00; ACCOUNT_CREDIT_APPLIED -10.00");
    assertThat(next.creditsApplied()).isEqualTo(Amount.of("10.00", "USD"));
    assertThat(next.totalDue()).isEqualTo(Amount.of("1.00", "USD"));
    assertThat(seats.team().accountCredit().isZero()).isTrue();
  }

  @Test
  void theRenewalInvoiceConsumesAccountCreditFirst() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    team = team.withAccountCredit(Amount.of("25.00", "USD"));
    Outcome renewed =
        SAMPLE.apply(team, new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    Invoice invoice = onlyInvoice(renewed);
    assertThat(kindsAndAmounts(invoice))
        .isEqualTo("PLAN_SEATS 60.00; ACCOUNT_CREDIT_APPLIED -25.00");
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("35.00", "USD"));
    assertThat(renewed.team().accountCredit().isZero()).isTrue();
  }

  @Test
  void aRefusedDowngradeOffersOnRenewalAndLeavesTheTeamAsItWas() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    Outcome outcome =
        SAMPLE.apply(
            team, change("c-1", "FREE MONTHLY 5", Timing.IMMEDIATELY), LocalDate.of(2024, 3, 20));
    Outcome.Refused refused = refused(outcome);
    assertThat(refused.team()).isEqualTo(team).isSameAs(team);
    assertThat(refused.code()).isEqualTo(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL);
    assertThat(refused.field()).isEqualTo("timing");
    assertThat(refused.summary())
        .startsWith(
            "Refused BILL-401 CHANGE_ONLY_ON_RENEWAL [timing]: downgrade from Basic to Free")
        .contains("On renewal would be accepted");
    Command alternative = refused.alternative().orElseThrow();
    assertThat(((Command.ChangeSubscription) alternative).request().timing())
        .isEqualTo(Timing.ON_RENEWAL);

    Outcome later = SAMPLE.apply(team, alternative, LocalDate.of(2024, 3, 20));
    assertThat(accepted(later).invoices()).isEmpty();
    assertThat(later.team().subscription().nextTerms()).contains(terms("FREE MONTHLY 5"));
    Outcome renewed =
        SAMPLE.apply(later.team(), new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    assertThat(accepted(renewed).invoices()).isEmpty();
    assertThat(renewed.team().subscription().terms()).isEqualTo(terms("FREE MONTHLY 5"));
  }

  @Test
  void standingInstructionsAreSetReplacedAndClearedBeforeTheCycleEnds() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    LocalDate mar25 = LocalDate.of(2024, 3, 25);
    Outcome set =
        SAMPLE.apply(
            team,
            new Command.SetStandingInstructions("s-1", "ana", terms("PROFESSIONAL MONTHLY 5")),
            mar25);
    assertThat(set.summary())
        .isEqualTo("Standing instructions for 2024-04-01: PROFESSIONAL MONTHLY, 5 seats");
    assertThat(SAMPLE.quoteRenewal(set.team()).total()).isEqualTo(Amount.of("145.00", "USD"));

    Outcome replaced =
        SAMPLE.apply(
            set.team(),
            new Command.SetStandingInstructions(
                "s-2", "ana", terms("BASIC ANNUAL 4 MONITORING_REQUESTS=1")),
            mar25);
    RenewalQuote quote = SAMPLE.quoteRenewal(replaced.team());
    assertThat(kindsAndAmounts(quote.lines())).isEqualTo("PLAN_SEATS 576.00; ADD_ON 96.00");
    assertThat(quote.nextCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)));

    Outcome cleared =
        SAMPLE.apply(replaced.team(), new Command.ClearStandingInstructions("s-3", "ana"), mar25);
    assertThat(cleared.team().subscription().nextTerms()).isEmpty();
    assertThat(SAMPLE.quoteRenewal(cleared.team()).total()).isEqualTo(Amount.of("60.00", "USD"));
    Outcome.Refused nothing =
        refused(
            SAMPLE.apply(
                cleared.team(), new Command.ClearStandingInstructions("s-4", "ana"), mar25));
    assertThat(nothing.code()).isEqualTo(BillingErrorCode.NO_STANDING_INSTRUCTIONS);

    // "renew unchanged" is the current terms, and clears earlier instructions
    Outcome unchanged =
        SAMPLE.apply(
            set.team(),
            new Command.SetStandingInstructions("s-5", "ana", terms("BASIC MONTHLY 5")),
            mar25);
    assertThat(unchanged.team().subscription().nextTerms()).isEmpty();
    assertThat(unchanged.summary()).contains("renew unchanged");
    assertThat(unchanged.team().history())
        .extracting(HistoryEntry::kind)
        .contains(EntryKind.STANDING_INSTRUCTIONS);
  }

  @ParameterizedTest(name = "standing instructions {0} (sales-assisted: {1}) on {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENTERPRISE MONTHLY 5 | false | 2024-03-25 | BILL-402",
        "BASIC MONTHLY 2      | false | 2024-03-25 | BILL-403",
        "PROFESSIONAL MONTHLY 5 | false | 2024-04-01 | BILL-202",
        "PROFESSIONAL MONTHLY 5 | false | 2024-02-29 | BILL-202",
      })
  void standingInstructionsRefused(String next, boolean sales, LocalDate on, String code) {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    Outcome.Refused refused =
        refused(
            SAMPLE.apply(
                team, new Command.SetStandingInstructions("s-1", "ana", terms(next), sales), on));
    assertThat(refused.code().code()).isEqualTo(code);
    assertThat(refused.team()).isSameAs(team);
  }

  @Test
  void salesMayMoveToEnterpriseAtRenewal() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    Outcome set =
        SAMPLE.apply(
            team,
            new Command.SetStandingInstructions("s-1", "sam", terms("ENTERPRISE ANNUAL 5"), true),
            LocalDate.of(2024, 3, 25));
    assertThat(SAMPLE.quoteRenewal(set.team()).total()).isEqualTo(Amount.of("5940.00", "USD"));
  }

  @Test
  void cancelMovesToFreeAtRenewal() {
    Team team =
        TestTeams.created(
            SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5 MONITORING_REQUESTS=1"), 7);
    Command cancel =
        Command.SetStandingInstructions.cancel(
            "s-1", "ana", team.subscription().terms(), SAMPLE.catalog());
    Outcome cancelled = SAMPLE.apply(team, cancel, LocalDate.of(2024, 3, 31));
    assertThat(cancelled.team().subscription().nextTerms()).contains(terms("FREE MONTHLY 5"));
    RenewalQuote quote = SAMPLE.quoteRenewal(cancelled.team());
    assertThat(quote.lines()).isEmpty();
    assertThat(quote.total().isZero()).isTrue();
    Outcome renewed =
        SAMPLE.apply(
            cancelled.team(), new Command.Renew("r-1", "system"), LocalDate.of(2024, 4, 1));
    assertThat(accepted(renewed).invoices()).isEmpty();
    assertThat(renewed.team().subscription().terms())
        .isEqualTo(terms("FREE MONTHLY 7")); // never below the 7 members
    assertThat(renewed.team().subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1)));
  }

  @Test
  void freeToPaidStartsACycleOnTheChangeDay() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("FREE MONTHLY 1"), 1);
    Outcome paid =
        SAMPLE.apply(
            team, change("c-1", "BASIC MONTHLY 2", Timing.IMMEDIATELY), LocalDate.of(2024, 3, 20));
    assertThat(kindsAndAmounts(onlyInvoice(paid))).isEqualTo("PLAN_SEATS 24.00");
    assertThat(paid.team().subscription().anchor()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(paid.team().subscription().purchasedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(SAMPLE.quoteRenewal(paid.team()).renewsOn()).isEqualTo(LocalDate.of(2024, 4, 20));
  }

  @Test
  void monthlyToAnnualStartsANewAnnualTermAndCreditsUnusedMonthlyTime() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    team =
        SAMPLE
            .apply(
                team,
                new Command.SetStandingInstructions("s-1", "ana", terms("BASIC MONTHLY 6")),
                LocalDate.of(2024, 3, 2))
            .team();
    Outcome annual =
        SAMPLE.apply(
            team, change("c-1", "BASIC ANNUAL 5", Timing.IMMEDIATELY), LocalDate.of(2024, 3, 15));
    Invoice invoice = onlyInvoice(annual);
    assertThat(invoice.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("5 x -12.00 x 17/31 days = -32.90", "5 x 144.00 = 720.00");
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("687.10", "USD"));
    assertThat(annual.team().subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 3, 15)));
    assertThat(annual.team().subscription().anchor()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(annual.summary()).contains("renewal instructions cleared");
    assertThat(annual.team().subscription().nextTerms()).isEmpty();
  }

  @ParameterizedTest(name = "{1} from {0}: renewal {2} starts {3}")
  @CsvSource({
    "2024-01-31, BASIC MONTHLY 1, 1, 2024-02-29, 2024-03-31",
    "2024-01-31, BASIC MONTHLY 1, 2, 2024-03-31, 2024-04-30",
    "2024-01-31, BASIC MONTHLY 1, 3, 2024-04-30, 2024-05-31",
    "2024-01-31, BASIC MONTHLY 1, 13, 2025-02-28, 2025-03-31",
    "2024-02-29, BASIC ANNUAL 1, 1, 2025-02-28, 2026-02-28",
    "2024-02-29, BASIC ANNUAL 1, 3, 2027-02-28, 2028-02-29",
    "2024-02-29, BASIC ANNUAL 1, 4, 2028-02-29, 2029-02-28",
  })
  void renewalsFollowTheAnchor(
      LocalDate anchor, String terms, int renewals, LocalDate start, LocalDate endExclusive) {
    Team team = TestTeams.created(SAMPLE, anchor, terms(terms), 1);
    Invoice last = team.invoices().get(0);
    for (int i = 1; i <= renewals; i++) {
      Outcome outcome =
          SAMPLE.apply(
              team,
              new Command.Renew("r-" + i, "system"),
              team.subscription().currentCycle().endExclusive());
      team = accepted(outcome).team();
      last = onlyInvoice(outcome);
    }
    assertThat(team.subscription().currentCycle()).isEqualTo(DateRange.of(start, endExclusive));
    assertThat(team.subscription().anchor()).isEqualTo(anchor);
    assertThat(team.invoices()).hasSize(renewals + 1);
    assertThat(last.issueDate()).isEqualTo(start);
  }

  @Test
  void renewingOnAnotherDateIsRefusedAndChangesNothing() {
    Team team = TestTeams.created(SAMPLE, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 3);
    Outcome.Refused refused =
        refused(SAMPLE.apply(team, new Command.Renew("r-1", "system"), LocalDate.of(2024, 3, 31)));
    assertThat(refused.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(refused.field()).isEqualTo("asOf");
    assertThat(refused.team()).isSameAs(team);
    assertThat(refused.alternative()).isEmpty();
  }

  @Test
  void createsATeamOnAPaidPlanWithItsFirstInvoice() {
    Team team =
        TestTeams.created(
            SAMPLE, LocalDate.of(2024, 3, 1), terms("PROFESSIONAL ANNUAL 3 CUSTOM_DOMAINS=1"), 1);
    assertThat(team.invoices())
        .singleElement()
        .satisfies(
            i -> assertThat(kindsAndAmounts(i)).isEqualTo("PLAN_SEATS 1044.00; ADD_ON 120.00"));
    assertThat(team.subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1)));
    Terms free =
        Terms.of(
            co.kafkaman.billing.model.catalog.KafkamanSample.FREE,
            co.kafkaman.billing.model.time.BillingFrequency.MONTHLY,
            1);
    Outcome.Refused duplicate =
        refused(
            SAMPLE.apply(
                team,
                new Command.CreateTeam(
                    "c-9",
                    "ana",
                    "acme",
                    TestTeams.USD,
                    team.members().get(0),
                    team.billingDetails(),
                    "KB-",
                    free),
                LocalDate.of(2024, 3, 2)));
    assertThat(duplicate.code()).isEqualTo(BillingErrorCode.INCONSISTENT_STATE);
    assertThat(Optional.of(duplicate.team())).contains(team);
  }
}
