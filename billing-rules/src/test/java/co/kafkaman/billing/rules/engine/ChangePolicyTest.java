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
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.ChangePart;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.ChangeRule;
import co.kafkaman.billing.rules.change.ChangeTiming;
import co.kafkaman.billing.rules.change.ProrationLayout;
import co.kafkaman.billing.rules.change.Timing;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Change policies through {@link BillingEngine}, with amounts worked by hand on the sample catalog
 * (Basic 12.00 and Professional 29.00 a seat a month, monitoring blocks 8.00). Teams start on
 * 2024-03-01 (cycle {@code [2024-03-01, 2024-04-01)}, 31 days); changes on 2024-03-15 leave 17
 * days, on 2024-03-20 12 days. Each line is rounded once, half up.
 */
class ChangePolicyTest {
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MAR_15 = LocalDate.of(2024, 3, 15);
  private static final LocalDate MAR_20 = LocalDate.of(2024, 3, 20);
  private static final Catalog CATALOG = Catalog.kafkamanSample();

  private static BillingEngine engine(ChangePolicy changes) {
    return BillingEngine.of(CATALOG, BillingPolicy.kafkaman().withChanges(changes));
  }

  private static Team team(BillingEngine engine, String terms) {
    return TestTeams.created(engine, MAR_1, terms(terms), 1);
  }

  private static Outcome change(BillingEngine engine, Team team, String to, LocalDate on) {
    return engine.apply(
        team,
        Command.ChangeSubscription.of(
            ("to-" + to + "-" + on).replaceAll("[ =]", "-"), "ana", terms(to), Timing.IMMEDIATELY),
        on);
  }

  private static String explained(Invoice invoice) {
    return invoice.lines().stream()
        .map(line -> line.description() + ": " + line.explanation())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // policy | from | to (on 2024-03-15) | lines, worked by hand
        // an immediate downgrade credits 5 x 29.00 x 17/31 = 79.516... -> -79.52 and charges
        // 5 x 12.00 x 17/31 = 32.903... -> 32.90: net -46.62
        "immediate | PROFESSIONAL MONTHLY 5 | BASIC MONTHLY 5 | CHANGE_CREDIT -79.52;"
            + " SEAT_PRORATION 32.90; CREDIT_TO_ACCOUNT 46.62",
        // fewer seats: 2 of the 5 Basic seats credited, 2 x -12.00 x 17/31 = -13.16
        "immediate | BASIC MONTHLY 5 | BASIC MONTHLY 3 | CHANGE_CREDIT -13.16; CREDIT_TO_ACCOUNT"
            + " 13.16",
        // fewer blocks: 1 of 2 monitoring blocks, 1 x -8.00 x 17/31 = -4.387... -> -4.39
        "immediate | BASIC MONTHLY 1 MONITORING_REQUESTS=2 | BASIC MONTHLY 1 MONITORING_REQUESTS=1"
            + " | CHANGE_CREDIT -4.39; CREDIT_TO_ACCOUNT 4.39",
        // annual -> monthly starts a monthly term today: 144.00 x 351/365 = 138.476... -> -138.48
        // (2024-03-15 to 2025-03-01 of the term [2024-03-01, 2025-03-01)), 12.00 for the month;
        // the 126.48 left goes to the account
        "immediate | BASIC ANNUAL 1 | BASIC MONTHLY 1 | CHANGE_CREDIT -138.48; PLAN_SEATS 12.00;"
            + " CREDIT_TO_ACCOUNT 126.48",
        // more seats under the replace layout: 3 x -12.00 x 17/31 = -19.74, 5 x 12.00 x 17/31 =
        // 32.90: the same 13.16 as the kafkaman difference
        "replace   | BASIC MONTHLY 3 | BASIC MONTHLY 5 | CHANGE_CREDIT -19.74; SEAT_PRORATION 32.90",
        "kafkaman  | BASIC MONTHLY 3 | BASIC MONTHLY 5 | SEAT_PRORATION 13.16",
        // Kill Bill: added seats at once, 13.16
        "killbill  | BASIC MONTHLY 3 | BASIC MONTHLY 5 | SEAT_PRORATION 13.16",
      })
  void anAcceptedImmediateChangeCreditsWhatItReplaces(
      String policy, String from, String to, String expected) {
    BillingEngine engine = engine(policy(policy));
    Team team = team(engine, from);

    Outcome.Accepted changed = accepted(change(engine, team, to, MAR_15));

    assertThat(kindsAndAmounts(changed.invoices().get(0))).isEqualTo(expected);
  }

  @Test
  void aNetCreditBecomesAccountCreditThatTheNextInvoiceConsumes() {
    BillingEngine engine = engine(ChangePolicy.immediate());
    Team team = team(engine, "PROFESSIONAL MONTHLY 5");

    Team downgraded = accepted(change(engine, team, "BASIC MONTHLY 5", MAR_15)).team();

    // -79.52 + 32.90 = -46.62: nothing is due, 46.62 is the team's
    assertThat(downgraded.accountCredit().toPlainString()).isEqualTo("46.62");
    Outcome.Accepted renewed =
        accepted(
            engine.apply(downgraded, new Command.Renew("renew", "ana"), LocalDate.of(2024, 4, 1)));
    // 5 x 12.00 = 60.00, less the 46.62 of credit: 13.38 due
    assertThat(renewed.invoices().get(0).totalDue().toPlainString()).isEqualTo("13.38");
    assertThat(renewed.team().accountCredit().isZero()).isTrue();
  }

  @Test
  void removingSeatsCreditsTheNewestBilledFirstAndExplainsEachCredit() {
    BillingEngine engine = engine(ChangePolicy.immediate());
    Team team = team(engine, "BASIC MONTHLY 3");
    // 2 more seats on 2024-03-15: 2 x 12.00 x 17/31 = 13.16, billed for [2024-03-15, 2024-04-01)
    Team five = accepted(change(engine, team, "BASIC MONTHLY 5", MAR_15)).team();

    Invoice removal = accepted(change(engine, five, "BASIC MONTHLY 2", MAR_20)).invoices().get(0);

    // 3 seats removed on 2024-03-20: the 2 added, 13.16 x 12/17 = 9.289... -> -9.29, then 1 of
    // the first 3 (its share 12.00), 12.00 x 12/31 = 4.645... -> -4.65; in all -13.94, which is
    // 3 x 12.00 x 12/31 = 13.935... within a cent
    assertThat(explained(removal))
        .isEqualTo(
            "Credit: unused 2 Basic seats: 2 x -6.58 x 12/17 days = -9.29; "
                + "Credit: unused 1 Basic seat: 1 x -12.00 x 12/31 days = -4.65; "
                + "Net credit moved to account credit: 1 x 13.94 = 13.94"
                + " (consumed first by the next invoices)");
  }

  @Test
  void aDowngradeAndTheUpgradeBackNeverCreditTheSameSeatsTwice() {
    BillingEngine engine = engine(ChangePolicy.immediate());
    Team team = team(engine, "PROFESSIONAL MONTHLY 5");
    Team basic = accepted(change(engine, team, "BASIC MONTHLY 5", MAR_15)).team();

    Invoice back =
        accepted(change(engine, basic, "PROFESSIONAL MONTHLY 5", MAR_20)).invoices().get(0);

    // only the Basic seats billed on 2024-03-15 are in use: 32.90 x 12/17 = 23.223... -> -23.22;
    // the Professional seats replaced on 2024-03-15 are not credited again; 5 x 29.00 x 12/31 =
    // 56.129... -> 56.13
    // the 46.62 of account credit the downgrade left pays the 32.91 due
    assertThat(kindsAndAmounts(back))
        .isEqualTo("CHANGE_CREDIT -23.22; SEAT_PRORATION 56.13; ACCOUNT_CREDIT_APPLIED -32.91");
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafkaman | PROFESSIONAL MONTHLY 5 | BASIC MONTHLY 5 | downgrade from Professional to Basic",
        "kafkaman | BASIC MONTHLY 5 | BASIC MONTHLY 3 | removing 2 seats",
        "killbill | BASIC MONTHLY 5 | PROFESSIONAL MONTHLY 5 | upgrade from Basic to Professional",
        "killbill | BASIC ANNUAL 5 | BASIC MONTHLY 5 | switching from annual to monthly",
      })
  void aPartAllowedOnlyOnRenewalIsRefusedNamingItWithTheAlternative(
      String policy, String from, String to, String part) {
    BillingEngine engine = engine(policy(policy));
    Team team = team(engine, from);

    Outcome.Refused refused = (Outcome.Refused) change(engine, team, to, MAR_15);

    assertThat(refused.code()).isEqualTo(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL);
    assertThat(refused.reason())
        .isEqualTo(
            part
                + " can only apply on renewal ("
                + team.subscription().currentCycle().endExclusive()
                + "); On renewal would be accepted");
    assertThat(refused.alternative()).isPresent();
  }

  @Test
  void aRuleMayRefuseAPartAtEitherTimingAndTheFirstMatchWins() {
    ChangePolicy noDowngradeToBasic =
        ChangePolicy.kafkaman()
            .withFirstRule(
                ChangeRule.of(ChangePart.PLAN_DOWNGRADE, ChangeTiming.REFUSED)
                    .toPlan(KafkamanSample.BASIC));
    BillingEngine engine = engine(noDowngradeToBasic);
    Team team = team(engine, "PROFESSIONAL MONTHLY 5");

    Outcome.Refused refused =
        (Outcome.Refused)
            engine.apply(
                team,
                Command.ChangeSubscription.of(
                    "down", "ana", terms("BASIC MONTHLY 5"), Timing.ON_RENEWAL),
                MAR_15);

    assertThat(refused.code()).isEqualTo(BillingErrorCode.CHANGE_NOT_ALLOWED);
    assertThat(refused.reason())
        .isEqualTo(
            "the kafkaman change policy does not allow downgrade from Professional to Basic");
    // the later rules still decide the rest: adding seats is immediate
    assertThat(change(engine, team, "PROFESSIONAL MONTHLY 6", MAR_15))
        .isInstanceOf(Outcome.Accepted.class);
  }

  @Test
  void buyingAPaidPlanFromFreeTakesAnySeatsAndPeriodAtOnce() {
    BillingEngine engine = engine(ChangePolicy.kafkaman());
    Team free = TestTeams.created(engine, MAR_1, terms("FREE ANNUAL 4"), 1);

    Outcome.Accepted bought = accepted(change(engine, free, "BASIC MONTHLY 1", MAR_15));

    // a new monthly term from 2024-03-15: 1 x 12.00
    assertThat(kindsAndAmounts(bought.invoices().get(0))).isEqualTo("PLAN_SEATS 12.00");
    assertThat(bought.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-03-15, 2024-04-15)");
  }

  @Test
  void anImmediateCancellationEndsTodayAndCreditsTheUnusedPart() {
    BillingEngine engine = engine(ChangePolicy.kafkaman().withCancellation(Timing.IMMEDIATELY));
    Team team = team(engine, "BASIC MONTHLY 5");

    Outcome.Accepted cancelled =
        accepted(engine.apply(team, new Command.Cancel("cancel", "ana"), MAR_15));

    // 5 x -12.00 x 17/31 = -32.903... -> -32.90, to the account
    assertThat(explained(cancelled.invoices().get(0)))
        .isEqualTo(
            "Credit: unused 5 Basic seats: 5 x -12.00 x 17/31 days = -32.90; "
                + "Net credit moved to account credit: 1 x 32.90 = 32.90"
                + " (consumed first by the next invoices)");
    Team ended = cancelled.team();
    assertThat(ended.subscription().ended()).isTrue();
    assertThat(ended.subscription().currentCycle().toString())
        .isEqualTo("[2024-03-01, 2024-03-15)");
    assertThat(ended.accountCredit().toPlainString()).isEqualTo("32.90");
    // nothing more is billed: the agenda keeps only collecting the unpaid first invoice
    assertThat(
            engine
                .agenda(
                    ended,
                    co.kafkaman.billing.model.time.DateRange.of(MAR_15, LocalDate.of(2025, 1, 1)))
                .events())
        .extracting(event -> event.kind().name())
        .doesNotContain("RENEWAL", "USAGE_MONTH_END", "AUTO_FLEX_CYCLE_END");
    Outcome.Refused renewal =
        (Outcome.Refused)
            engine.apply(ended, new Command.Renew("renew", "ana"), LocalDate.of(2024, 4, 1));
    assertThat(renewal.code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
  }

  @Test
  void cancellingAtTheEndOfTheTermStaysTheDefault() {
    BillingEngine engine = engine(ChangePolicy.kafkaman());
    Team team = team(engine, "BASIC MONTHLY 5");

    Outcome.Accepted cancelled =
        accepted(engine.apply(team, new Command.Cancel("cancel", "ana"), MAR_15));

    assertThat(cancelled.invoices()).isEmpty();
    assertThat(cancelled.team().subscription().endsOn()).contains(LocalDate.of(2024, 4, 1));
  }

  @Test
  void anEndedTeamBuysAgainWithANewTermFromThatDay() {
    BillingEngine engine = engine(ChangePolicy.kafkaman());
    Team team = team(engine, "BASIC ANNUAL 4");
    Team cancelled =
        accepted(engine.apply(team, new Command.Cancel("cancel", "ana"), MAR_15)).team();
    LocalDate end = LocalDate.of(2025, 3, 1);
    Team ended = accepted(engine.apply(cancelled, new Command.Renew("end", "ana"), end)).team();
    assertThat(ended.subscription().ended()).isTrue();

    // a month later: any seats at or above the members (1) and any period, a new term that day
    Outcome.Accepted bought =
        accepted(change(engine, ended, "PROFESSIONAL MONTHLY 1", LocalDate.of(2025, 4, 10)));

    assertThat(kindsAndAmounts(bought.invoices().get(0))).isEqualTo("PLAN_SEATS 29.00");
    assertThat(bought.team().subscription().ended()).isFalse();
    assertThat(bought.team().subscription().currentCycle().toString())
        .isEqualTo("[2025-04-10, 2025-05-10)");
    // and it renews again
    Outcome.Accepted renewed =
        accepted(
            engine.apply(
                bought.team(), new Command.Renew("renew", "ana"), LocalDate.of(2025, 5, 10)));
    assertThat(kindsAndAmounts(renewed.invoices().get(0))).isEqualTo("PLAN_SEATS 29.00");
    // buying again "On renewal" has no renewal to wait for
    Outcome.Refused later =
        (Outcome.Refused)
            engine.apply(
                ended,
                Command.ChangeSubscription.of(
                    "later", "ana", terms("BASIC MONTHLY 1"), Timing.ON_RENEWAL),
                LocalDate.of(2025, 4, 10));
    assertThat(later.code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
  }

  @Test
  void aPauseCreditsTheRestAndAResumeStartsANewCycleOnTheSameTerms() {
    BillingEngine engine = engine(ChangePolicy.killBill());
    Team team = team(engine, "BASIC MONTHLY 5");

    Outcome.Accepted paused =
        accepted(engine.apply(team, new Command.Pause("pause", "ana"), MAR_15));

    // 5 x -12.00 x 17/31 = -32.903... -> -32.90, to the account
    assertThat(kindsAndAmounts(paused.invoices().get(0)))
        .isEqualTo("CHANGE_CREDIT -32.90; CREDIT_TO_ACCOUNT 32.90");
    Team stopped = paused.team();
    assertThat(stopped.subscription().pausedOn()).contains(MAR_15);
    assertThat(stopped.subscription().currentCycle().toString())
        .isEqualTo("[2024-03-01, 2024-03-15)");
    // nothing renews while paused, and a change waits for the resume
    assertThat(
            engine
                .agenda(
                    stopped,
                    co.kafkaman.billing.model.time.DateRange.of(MAR_15, LocalDate.of(2025, 1, 1)))
                .events())
        .extracting(event -> event.kind().name())
        .doesNotContain("RENEWAL", "USAGE_MONTH_END");
    Outcome.Refused change = (Outcome.Refused) change(engine, stopped, "BASIC MONTHLY 6", MAR_20);
    assertThat(change.code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_PAUSED);

    LocalDate may10 = LocalDate.of(2024, 5, 10);
    Outcome.Accepted resumed =
        accepted(engine.apply(stopped, new Command.Resume("resume", "ana"), may10));

    // a new cycle [2024-05-10, 2024-06-10): 5 x 12.00 = 60.00, 32.90 of it paid from the credit
    assertThat(kindsAndAmounts(resumed.invoices().get(0)))
        .isEqualTo("PLAN_SEATS 60.00; ACCOUNT_CREDIT_APPLIED -32.90");
    assertThat(resumed.team().subscription().paused()).isFalse();
    assertThat(resumed.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-05-10, 2024-06-10)");
    assertThat(resumed.summary())
        .startsWith("Resumed Basic monthly, 5 seats (paused on 2024-03-15)");
  }

  @Test
  void aPolicyWithoutPauseRefusesIt() {
    BillingEngine engine = engine(ChangePolicy.kafkaman());
    Team team = team(engine, "BASIC MONTHLY 5");

    Outcome.Refused refused =
        (Outcome.Refused) engine.apply(team, new Command.Pause("pause", "ana"), MAR_15);

    assertThat(refused.code()).isEqualTo(BillingErrorCode.CHANGE_NOT_ALLOWED);
    assertThat(refused.reason())
        .isEqualTo("the kafkaman change policy does not offer pause and resume");
  }

  @Test
  void monthlyToAnnualKeepsTheAnniversaryWithAProratedFirstStub() {
    BillingEngine engine = engine(ChangePolicy.killBill());
    Team team = TestTeams.created(engine, LocalDate.of(2024, 1, 10), terms("BASIC MONTHLY 1"), 1);
    team =
        accepted(engine.apply(team, new Command.Renew("r-1", "ana"), LocalDate.of(2024, 2, 10)))
            .team();
    team =
        accepted(engine.apply(team, new Command.Renew("r-2", "ana"), LocalDate.of(2024, 3, 10)))
            .team();

    Outcome.Accepted annual = accepted(change(engine, team, "BASIC ANNUAL 1", MAR_15));

    // the month [2024-03-10, 2024-04-10) credited from 2024-03-15: 12.00 x 26/31 = 10.064... ->
    // -10.06; the annual cycle from the anchor, [2024-01-10, 2025-01-10) (366 days), charged from
    // 2024-03-15: 144.00 x 301/366 = 118.426... -> 118.43
    assertThat(explained(annual.invoices().get(0)))
        .isEqualTo(
            "Credit: unused 1 Basic seat: 1 x -12.00 x 26/31 days = -10.06; "
                + "Basic seats (annual): 1 x 144.00 x 301/366 days = 118.43");
    Team kept = annual.team();
    assertThat(kept.subscription().anchor()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(kept.subscription().currentCycle().toString()).isEqualTo("[2024-01-10, 2025-01-10)");
    Outcome.Accepted renewed =
        accepted(engine.apply(kept, new Command.Renew("r-3", "ana"), LocalDate.of(2025, 1, 10)));
    assertThat(kindsAndAmounts(renewed.invoices().get(0))).isEqualTo("PLAN_SEATS 144.00");
    assertThat(engine.replay(renewed.team().history())).isEqualTo(renewed.team());
  }

  private static ChangePolicy policy(String name) {
    return switch (name) {
      case "kafkaman" -> ChangePolicy.kafkaman();
      case "killbill" -> ChangePolicy.killBill();
      case "immediate" -> ChangePolicy.immediate();
      case "replace" -> ChangePolicy.immediate().withLayout(ProrationLayout.REPLACE);
      default -> throw new IllegalArgumentException(name);
    };
  }
}
