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

import static co.kafkaman.billing.rules.flex.FlexFixtures.accepted;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.created;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.refused;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.AutoFlexAcceptance;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.flex.AutoFlexRollout;
import co.kafkaman.billing.rules.flex.FlexChargeMode;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import co.kafkaman.billing.rules.flex.FlexOverview;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoFlexEngineTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);

  private static BillingEngine charging(FlexChargeMode mode) {
    return BillingEngine.of(
        FlexFixtures.CATALOG, BillingPolicy.kafkaman().withFlexChargeMode(mode));
  }

  private Team add(Team team, String member, LocalDate on) {
    return accepted(
            engine.apply(
                team,
                Command.AddMember.of("add-" + member, "ana", member, member + "@acme.test"),
                on))
        .team();
  }

  private Team remove(Team team, String member, LocalDate on) {
    return accepted(engine.apply(team, new Command.RemoveMember("rm-" + member, "ana", member), on))
        .team();
  }

  private Outcome.Accepted apply(Team team, Command command, LocalDate on) {
    return accepted(engine.apply(team, command, on));
  }

  /** Annual Basic at 144.00 from 2024-01-31 with 5 paid seats and 5 members. */
  private Team annualFiveOfFive() {
    Team team =
        created(engine, d("2024-01-31"), Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 5));
    for (int i = 2; i <= 5; i++) {
      team = add(team, "u" + i, d("2024-02-01"));
    }
    return team;
  }

  @Test
  void theWorkedExampleAnAnnualTeamsFirstYear() {
    Team team = annualFiveOfFive();
    assertThat(team.subscription().autoFlexEnabled()).isTrue();
    // month 2 is [2024-02-29, 2024-03-31): 4 users added beyond the 5 paid seats
    for (int i = 6; i <= 9; i++) {
      team = add(team, "u" + i, d("2024-03-05"));
    }
    Outcome.Accepted reminder =
        apply(team, new Command.RemindAutoFlex("rem-q1", "system"), d("2024-04-16"));
    NotificationIntent intent = reminder.notifications().get(0);
    assertThat(intent.kind()).isEqualTo(NotificationKind.AUTO_FLEX_REMINDER);
    assertThat(intent.recipients()).isEqualTo(Recipients.BILLING_AND_ADMINS);
    assertThat(intent.to()).containsExactly("ana@acme.test");
    assertThat(intent.dueOn()).isEqualTo(d("2024-04-16"));
    assertThat(intent.message())
        .startsWith(
            "4 users added through auto-flex (9 members, 5 paid seats). If nothing"
                + " changes, USD 432.00 will be billed on 2024-04-30");
    // month 3 is [2024-03-31, 2024-04-30): 2 of them removed
    team = remove(reminder.team(), "u8", d("2024-04-20"));
    team = remove(team, "u9", d("2024-04-21"));
    assertThat(engine.autoFlexOverview(team, d("2024-04-22")).toBeBilled())
        .isEqualTo(usd("216.00"));
    Outcome.Accepted q1 =
        apply(team, new Command.CloseUsageMonth("m-3", "system"), d("2024-04-30"));
    Invoice invoice = q1.invoices().get(0);
    assertThat(invoice.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(LineKind.AUTO_FLEX);
              assertThat(line.explanation()).startsWith("2 x 144.00 x 9/12 months = 216.00");
            });
    assertThat(invoice.totalDue()).isEqualTo(usd("216.00"));
    assertThat(q1.notifications())
        .extracting(NotificationIntent::kind)
        .containsExactly(NotificationKind.AUTO_FLEX_BILLED);
    assertThat(q1.entries())
        .extracting(HistoryEntry::kind)
        .containsExactly(EntryKind.USAGE, EntryKind.AUTO_FLEX, EntryKind.INVOICE_ISSUED);
    team = q1.team();
    assertThat(team.subscription().terms().seats()).isEqualTo(7);
    assertThat(team.subscription().lockedFlexSeats()).isEqualTo(2);

    // billed flex seats stay locked until the renewal
    Outcome.Refused locked =
        refused(
            engine.apply(
                team,
                Command.ChangeSubscription.of(
                    "c-less", "ana", team.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
                d("2024-05-10")));
    assertThat(locked.code()).isEqualTo(BillingErrorCode.FLEX_SEATS_LOCKED);
    assertThat(locked.reason()).contains("locked until the renewal on 2025-01-31");
    assertThat(locked.alternative())
        .hasValueSatisfying(
            a ->
                assertThat(((Command.ChangeSubscription) a).request().timing())
                    .isEqualTo(Timing.ON_RENEWAL));
    // a member on a locked seat may still leave: the seat stays paid
    Team oneLeft = remove(team, "u7", d("2024-05-10"));
    assertThat(oneLeft.subscription().terms().seats()).isEqualTo(7);

    // the quiet months and quarters of the year: nothing to bill
    LocalDate[] ends = {
      d("2024-05-31"),
      d("2024-06-30"),
      d("2024-07-31"),
      d("2024-08-31"),
      d("2024-09-30"),
      d("2024-10-31"),
      d("2024-11-30"),
      d("2024-12-31")
    };
    for (LocalDate end : ends) {
      Outcome.Accepted quiet = apply(team, new Command.CloseUsageMonth("m-" + end, "system"), end);
      assertThat(quiet.invoices()).isEmpty();
      team = quiet.team();
    }
    Outcome.Accepted renewed = apply(team, new Command.Renew("r-2025", "system"), d("2025-01-31"));
    assertThat(renewed.invoices().get(0).lines())
        .extracting(InvoiceLine::kind, InvoiceLine::explanation)
        .containsExactly(tuple(LineKind.PLAN_SEATS, "7 x 144.00 = 1008.00"));
    assertThat(renewed.team().subscription().lockedFlexSeats()).isZero();
  }

  @Test
  void flexUsersAtTheLastQuartersEndArePartOfTheRenewalsSeatCount() {
    Team team = annualFiveOfFive();
    for (LocalDate end :
        List.of(
            d("2024-02-29"),
            d("2024-03-31"),
            d("2024-04-30"),
            d("2024-05-31"),
            d("2024-06-30"),
            d("2024-07-31"),
            d("2024-08-31"),
            d("2024-09-30"),
            d("2024-10-31"),
            d("2024-11-30"),
            d("2024-12-31"))) {
      team = apply(team, new Command.CloseUsageMonth("m-" + end, "system"), end).team();
    }
    team = add(team, "u6", d("2025-01-05"));
    team = add(team, "u7", d("2025-01-06"));
    RenewalQuote quote = engine.quoteRenewal(team);
    assertThat(quote.lines())
        .extracting(InvoiceLine::kind, InvoiceLine::amount)
        .containsExactly(
            tuple(LineKind.PLAN_SEATS, usd("720.00")), tuple(LineKind.AUTO_FLEX, usd("288.00")));
    Outcome.Accepted renewed = apply(team, new Command.Renew("r-2025", "system"), d("2025-01-31"));
    assertThat(renewed.invoices().get(0).totalDue()).isEqualTo(quote.total());
    assertThat(renewed.team().subscription().terms().seats()).isEqualTo(7);
  }

  @Test
  void aMonthlyPlansFlexUsersBecomePaidSeatsAtTheRenewalWithSeatsBlocksAndOverage() {
    Team team =
        created(
            engine,
            d("2024-03-01"),
            Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3)
                .withBlocks(Resource.MONITORING_REQUESTS, 1));
    team = add(add(team, "u2", d("2024-03-02")), "u3", d("2024-03-02"));
    team =
        apply(
                team,
                new Command.SetOverage(
                    "allow", "ana", Resource.MONITORING_REQUESTS, true, at(d("2024-03-02"))),
                d("2024-03-02"))
            .team();
    team = add(add(team, "u4", d("2024-03-15")), "u5", d("2024-03-15"));
    team =
        apply(
                team,
                new Command.RecordUsage(
                    "u-1",
                    "system",
                    Resource.MONITORING_REQUESTS,
                    22_500,
                    "monitor-a",
                    at(d("2024-03-20"))),
                d("2024-03-20"))
            .team();
    Outcome.Accepted reminder =
        apply(team, new Command.RemindAutoFlex("rem", "system"), d("2024-03-25"));
    assertThat(reminder.notifications())
        .singleElement()
        .extracting(NotificationIntent::message)
        .asString()
        .contains("If nothing changes, USD 24.00 will be billed on 2024-04-01");
    Outcome.Accepted renewed = apply(team, new Command.Renew("r-1", "system"), d("2024-04-01"));
    Invoice invoice = renewed.invoices().get(0);
    assertThat(renewed.invoices()).hasSize(1);
    assertThat(invoice.lines())
        .extracting(InvoiceLine::kind, InvoiceLine::amount)
        .containsExactly(
            tuple(LineKind.PLAN_SEATS, usd("36.00")),
            tuple(LineKind.AUTO_FLEX, usd("24.00")),
            tuple(LineKind.ADD_ON, usd("8.00")),
            tuple(LineKind.OVERAGE, usd("2.70")));
    assertThat(invoice.totalDue()).isEqualTo(usd("70.70"));
    assertThat(renewed.team().subscription().terms().seats()).isEqualTo(5);
  }

  @Test
  void flexUsersRemovedBeforeTheCycleEndsAreNotBilled() {
    Team team =
        created(engine, d("2024-03-01"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    team = add(team, "u2", d("2024-03-05"));
    team = remove(team, "u2", d("2024-03-28"));
    Outcome.Accepted renewed = apply(team, new Command.Renew("r-1", "system"), d("2024-04-01"));
    assertThat(renewed.invoices().get(0).lines())
        .extracting(InvoiceLine::kind)
        .containsExactly(LineKind.PLAN_SEATS);
    Outcome.Accepted reminder =
        apply(renewed.team(), new Command.RemindAutoFlex("rem", "system"), d("2024-04-24"));
    assertThat(reminder.notifications()).isEmpty();
  }

  @Test
  void aReminderOnAnyOtherDayIsRefused() {
    Team team = annualFiveOfFive();
    Outcome.Refused wrong =
        refused(engine.apply(team, new Command.RemindAutoFlex("rem", "system"), d("2024-04-15")));
    assertThat(wrong.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(wrong.reason()).endsWith("is due on 2024-04-16");
  }

  @Test
  void withAutoFlexOffAddingBeyondPaidSeatsIsRefusedWithBuyingASeatAsTheAlternative() {
    Team team =
        created(engine, d("2021-03-01"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    assertThat(team.subscription().autoFlexEnabled()).isFalse();
    Command.AddMember ben = Command.AddMember.of("add-ben", "ana", "ben", "ben@acme.test");
    Outcome.Refused full = refused(engine.apply(team, ben, d("2021-03-10")));
    assertThat(full.code()).isEqualTo(BillingErrorCode.SEATS_EXHAUSTED);
    assertThat(full.team()).isSameAs(team);
    Command.ChangeSubscription buy = (Command.ChangeSubscription) full.alternative().orElseThrow();
    assertThat(buy.request().target().seats()).isEqualTo(2);
    Team bought = apply(team, buy, d("2021-03-10")).team();
    assertThat(apply(bought, ben, d("2021-03-10")).team().memberCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a member who is not an admin | u2  | u9 | ADMIN_ROLE_REQUIRED",
        "an unknown actor             | bob | u9 | ADMIN_ROLE_REQUIRED",
        "a member already on the team | ana | u2 | DUPLICATE_MEMBER",
      })
  void addingMembersBeyondPaidSeatsIsForAdmins(
      String name, String actor, String member, BillingErrorCode code) {
    Team team = annualFiveOfFive();
    Outcome.Refused refused =
        refused(
            engine.apply(
                team, Command.AddMember.of("add", actor, member, "x@acme.test"), d("2024-03-01")));
    assertThat(refused.code()).isEqualTo(code);
  }

  @Test
  void removingAnUnknownMemberIsRefused() {
    assertThat(
            refused(
                    engine.apply(
                        annualFiveOfFive(),
                        new Command.RemoveMember("rm", "ana", "zed"),
                        d("2024-03-01")))
                .code())
        .isEqualTo(BillingErrorCode.UNKNOWN_MEMBER);
  }

  @ParameterizedTest(name = "created on {0} on {1}: auto-flex {2}")
  @CsvSource({
    "2021-04-08, BASIC,        false",
    "2021-04-09, BASIC,        true",
    "2021-04-09, PROFESSIONAL, true",
    "2024-01-01, FREE,         false",
    "2024-01-01, ENTERPRISE,   false",
  })
  void plansPurchasedAfterTheLaunchHaveAutoFlexOn(LocalDate on, PlanTier tier, boolean on2) {
    Team team = created(engine, on, Terms.of(tier, BillingFrequency.MONTHLY, 1));
    assertThat(team.subscription().autoFlexEnabled()).isEqualTo(on2);
    assertThat(team.history().stream().anyMatch(e -> e.summary().contains("auto-flex on")))
        .isEqualTo(on2);
  }

  @Test
  void anEarlierTeamOptsInAndItsAcceptanceIsRecorded() {
    Team team =
        created(engine, d("2021-03-10"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    Outcome.Refused early =
        refused(
            engine.apply(team, new Command.EnableAutoFlex("opt", "ana", true), d("2021-04-01")));
    assertThat(early.code()).isEqualTo(BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE);
    team = apply(team, new Command.Renew("r-1", "system"), d("2021-04-10")).team();
    Outcome.Refused unaccepted =
        refused(
            engine.apply(team, new Command.EnableAutoFlex("opt", "ana", false), d("2021-04-12")));
    assertThat(unaccepted.reason()).contains("terms must be accepted");
    Outcome.Accepted optIn =
        apply(team, new Command.EnableAutoFlex("opt", "ana", true), d("2021-04-12"));
    assertThat(optIn.team().subscription().autoFlexAcceptance())
        .contains(new AutoFlexAcceptance("ana", d("2021-04-12")));
    assertThat(optIn.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EntryKind.AUTO_FLEX);
              assertThat(e.summary()).startsWith("Auto-flex terms accepted by ana on 2021-04-12");
            });
    Outcome.Refused again =
        refused(
            engine.apply(
                optIn.team(), new Command.EnableAutoFlex("opt-2", "ana", true), d("2021-04-13")));
    assertThat(again.reason()).contains("already on");
    assertThat(add(optIn.team(), "u2", d("2021-04-14")).memberCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "renewing on {0}: auto-flex {1}")
  @CsvSource({"2021-07-01, false", "2021-07-02, true", "2022-03-10, true"})
  void everyTeamHasAutoFlexOnAtItsFirstRenewalAfterJuly2021(LocalDate renewal, boolean on) {
    LocalDate purchase = renewal.minusMonths(1);
    Team team = created(engine, purchase, Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    team = team.withSubscription(team.subscription().withAutoFlexEnabled(false));
    Outcome.Accepted renewed = apply(team, new Command.Renew("r", "system"), renewal);
    assertThat(renewed.team().subscription().autoFlexEnabled()).isEqualTo(on);
    assertThat(
            renewed.summary().contains("auto-flex turned on (the first renewal after 2021-07-01"))
        .isEqualTo(on);
  }

  @Test
  void aNewRolloutIsANewEntryInThePolicy() {
    BillingEngine later =
        BillingEngine.of(
            FlexFixtures.CATALOG,
            BillingPolicy.kafkaman()
                .withAutoFlex(
                    AutoFlexPolicy.kafkaman()
                        .withRollouts(
                            List.of(
                                AutoFlexRollout.purchasedAfter(
                                    d("2024-06-30"), PlanTier.PROFESSIONAL)))));
    Terms pro = Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, 1);
    assertThat(created(later, d("2024-06-30"), pro).subscription().autoFlexEnabled()).isFalse();
    assertThat(created(later, d("2024-07-01"), pro).subscription().autoFlexEnabled()).isTrue();
    assertThat(
            created(later, d("2024-07-01"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1))
                .subscription()
                .autoFlexEnabled())
        .isFalse();
  }

  @Test
  void aQuarterWithOverageAndFlexUsersYieldsOneCombinedInvoice() {
    Team team = annualFiveOfFive();
    team =
        apply(
                team,
                new Command.SetOverage(
                    "allow", "ana", Resource.MOCK_SERVER_CALLS, true, at(d("2024-02-01"))),
                d("2024-02-01"))
            .team();
    for (LocalDate end : List.of(d("2024-02-29"), d("2024-03-31"))) {
      team = apply(team, new Command.CloseUsageMonth("m-" + end, "system"), end).team();
    }
    team = add(team, "u6", d("2024-04-02"));
    team =
        apply(
                team,
                new Command.RecordUsage(
                    "u-1",
                    "system",
                    Resource.MOCK_SERVER_CALLS,
                    10_250,
                    "mock-1",
                    at(d("2024-04-10"))),
                d("2024-04-10"))
            .team();
    Outcome.Accepted q1 =
        apply(team, new Command.CloseUsageMonth("m-q1", "system"), d("2024-04-30"));
    assertThat(q1.invoices())
        .singleElement()
        .satisfies(
            invoice -> {
              assertThat(invoice.lines())
                  .extracting(InvoiceLine::kind, InvoiceLine::amount)
                  .containsExactly(
                      tuple(LineKind.OVERAGE, usd("2.50")),
                      tuple(LineKind.AUTO_FLEX, usd("108.00")));
              assertThat(invoice.totalDue()).isEqualTo(usd("110.50"));
            });
  }

  @Test
  void theDayProratedModeChargesFromTheDayTheTeamGrewThroughTheEngine() {
    BillingEngine slack = charging(FlexChargeMode.dayProrated());
    Team team =
        created(slack, d("2024-03-01"), Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    team =
        accepted(
                slack.apply(
                    team, Command.AddMember.of("a", "ana", "u2", "u2@acme.test"), d("2024-03-15")))
            .team();
    Outcome.Accepted renewed =
        accepted(slack.apply(team, new Command.Renew("r", "system"), d("2024-04-01")));
    assertThat(renewed.invoices().get(0).lines())
        .extracting(InvoiceLine::kind, InvoiceLine::amount)
        .containsExactly(
            tuple(LineKind.PLAN_SEATS, usd("12.00")),
            tuple(LineKind.AUTO_FLEX, usd("12.00")),
            tuple(LineKind.AUTO_FLEX, usd("6.58")));
  }

  @Test
  void theWholeQuartersModeRatchetsPaidSeatsToThePeak() {
    BillingEngine gitlab = charging(FlexChargeMode.wholeQuarters());
    Team team =
        created(gitlab, d("2024-01-31"), Terms.of(PlanTier.BASIC, BillingFrequency.ANNUAL, 1));
    team =
        accepted(
                gitlab.apply(
                    team, Command.AddMember.of("a", "ana", "u2", "u2@acme.test"), d("2024-02-10")))
            .team();
    // commands in date order: the engine keeps the history chronological
    team =
        accepted(gitlab.apply(team, new Command.CloseUsageMonth("m-1", "system"), d("2024-02-29")))
            .team();
    team =
        accepted(gitlab.apply(team, new Command.RemoveMember("r", "ana", "u2"), d("2024-03-10")))
            .team();
    team =
        accepted(gitlab.apply(team, new Command.CloseUsageMonth("m-2", "system"), d("2024-03-31")))
            .team();
    Outcome.Accepted q1 =
        accepted(gitlab.apply(team, new Command.CloseUsageMonth("q1", "system"), d("2024-04-30")));
    assertThat(q1.invoices().get(0).lines())
        .singleElement()
        .extracting(InvoiceLine::explanation)
        .asString()
        .startsWith("1 x 144.00 x 3/4 quarters = 108.00");
    assertThat(q1.team().subscription().terms().seats()).isEqualTo(2);
  }

  @Test
  void theOverviewComesFromTheEngine() {
    Team team = add(annualFiveOfFive(), "u6", d("2024-05-02"));
    FlexOverview overview = engine.autoFlexOverview(team, d("2024-05-03"));
    assertThat(overview)
        .extracting(
            FlexOverview::active,
            FlexOverview::additionalMembers,
            FlexOverview::toBeBilled,
            FlexOverview::billedOn,
            FlexOverview::reminderOn)
        .containsExactly(true, 1, usd("72.00"), d("2024-07-31"), d("2024-07-17"));
  }

  @Test
  void anAdminMayBeAddedWithRoles() {
    Team team = annualFiveOfFive();
    Outcome.Accepted added =
        apply(
            team,
            Command.AddMember.of("add-c", "ana", "cleo", "cleo@acme.test", Role.ADMIN),
            d("2024-03-01"));
    assertThat(added.team().member("cleo").orElseThrow().isAdmin()).isTrue();
    assertThat(added.summary()).contains("auto-flex user 1");
  }
}
