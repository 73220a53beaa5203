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

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.AutoFlexCycle;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link FlexRules}' membership decisions and refusals: what each summary says, and that every
 * refusal names its field and value (RULES.md sections 8 and 13).
 */
class FlexRulesMembershipTest {

  private static final LocalDate ANCHOR = d("2024-03-01");

  /** Monthly Basic from 2024-03-01 with 3 paid seats, auto-flex on, {@code members} members. */
  private static Team monthly(int members) {
    return team(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, members, ANCHOR, true);
  }

  private static Member member(String id) {
    return Member.of(id, id + "@acme.test", ANCHOR);
  }

  private static Team accepted(MemberDecision decision) {
    assertThat(decision).isInstanceOf(MemberDecision.Accepted.class);
    return ((MemberDecision.Accepted) decision).team();
  }

  private static String summary(MemberDecision decision) {
    assertThat(decision).isInstanceOf(MemberDecision.Accepted.class);
    return ((MemberDecision.Accepted) decision).summary();
  }

  @Test
  void aMemberBeyondThePaidSeatsIsAnAutoFlexUserBilledAtTheCycleEnd() {
    MemberDecision decision =
        FlexRules.addMember(monthly(4), CATALOG, member("m5"), "m1", d("2024-03-10"));

    assertThat(summary(decision))
        .isEqualTo(
            "Member 'm5' added: 5 members, 3 paid seats; auto-flex user 2, billed at the end of"
                + " auto-flex cycle [2024-03-01, 2024-04-01) unless removed before");
    Team after = accepted(decision);
    assertThat(after.memberCount()).isEqualTo(5);
    assertThat(FlexRules.additionalMembers(after)).isEqualTo(2);
  }

  @Test
  void aMemberWithinThePaidSeatsIsNoAutoFlexUser() {
    MemberDecision decision =
        FlexRules.addMember(monthly(2), CATALOG, member("m3"), "m2", d("2024-03-10"));

    assertThat(summary(decision)).isEqualTo("Member 'm3' added: 3 members, 3 paid seats");
  }

  @Test
  void addingAMemberIsRefusedNamingTheDuplicateTheActorOrTheDate() {
    assertRefused(
        () -> FlexRules.addMember(monthly(3), CATALOG, member("m2"), "m1", d("2024-03-10")),
        BillingErrorCode.DUPLICATE_MEMBER,
        "memberId",
        "member 'm2' is already on the team");
    assertRefused(
        () -> FlexRules.addMember(monthly(3), CATALOG, member("m4"), "m2", d("2024-03-10")),
        BillingErrorCode.ADMIN_ROLE_REQUIRED,
        "actor",
        "'m2' is not an admin; only admins may add members beyond paid seats");
    assertRefused(
        () -> FlexRules.addMember(monthly(3), CATALOG, member("m4"), "m1", d("2024-04-01")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)");
  }

  @Test
  void membershipChangesCannotGoBackBeforeTheLastChange() {
    Team after =
        accepted(FlexRules.addMember(monthly(3), CATALOG, member("m4"), "m1", d("2024-03-10")));

    assertRefused(
        () -> FlexRules.addMember(after, CATALOG, member("m5"), "m1", d("2024-03-09")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-03-09 is before the last membership change or auto-flex cycle start 2024-03-10");
    assertRefused(
        () -> FlexRules.removeMember(after, "m4", d("2024-03-09")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-03-09 is before the last membership change or auto-flex cycle start 2024-03-10");
    assertThat(accepted(FlexRules.removeMember(after, "m4", d("2024-03-10"))).memberCount())
        .isEqualTo(3);
  }

  @Test
  void removingAMemberIsRefusedNamingTheUnknownIdOrTheDate() {
    assertRefused(
        () -> FlexRules.removeMember(monthly(3), "zz", d("2024-03-10")),
        BillingErrorCode.UNKNOWN_MEMBER,
        "memberId",
        "no member 'zz' on the team");
    assertRefused(
        () -> FlexRules.removeMember(monthly(3), "m3", d("2024-02-29")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-02-29 is outside the current cycle [2024-03-01, 2024-04-01)");
  }

  @Test
  void removingAMemberSaysWhetherAFlexUserOrAPaidSeatWasFreed() {
    assertThat(summary(FlexRules.removeMember(monthly(5), "m5", d("2024-03-10"))))
        .isEqualTo(
            "Member 'm5' removed: 4 members, 3 paid seats; one auto-flex user fewer to bill");
    assertThat(summary(FlexRules.removeMember(monthly(3), "m3", d("2024-03-10"))))
        .isEqualTo(
            "Member 'm3' removed: 2 members, 3 paid seats; the seat stays paid until renewal");
    Team locked = monthly(3);
    locked = locked.withSubscription(locked.subscription().withLockedFlexSeats(2));
    assertThat(summary(FlexRules.removeMember(locked, "m3", d("2024-03-10"))))
        .isEqualTo("Member 'm3' removed: 2 members, 3 paid seats; the seat stays paid (2 locked)");
  }

  @Test
  void lockedSeatsAreOnlyInTheWayOfAnActualSeatRemoval() {
    Subscription subscription = monthly(3).subscription().withLockedFlexSeats(2);

    assertThat(FlexRules.lockedSeatsRemoved(subscription, subscription.terms())).isEmpty();
    assertThat(
            FlexRules.lockedSeatsRemoved(
                subscription.withLockedFlexSeats(0), subscription.terms().withSeats(1)))
        .isEmpty();
    assertThat(FlexRules.lockedSeatsRemoved(subscription, subscription.terms().withSeats(2)))
        .contains(
            "removing 1 seats: 2 seats billed through auto-flex are locked until the renewal on"
                + " 2024-04-01; On renewal would be accepted");
  }

  @Test
  void optingInIsRefusedOutsideTheCycleAndWhereNoRolloutIsOpen() {
    Team off = team(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, 3, ANCHOR, false);
    AutoFlexPolicy policy = AutoFlexPolicy.kafkaman();

    assertRefused(
        () -> FlexRules.optIn(off, CATALOG, policy, "m1", true, d("2024-04-01")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)");
    Team free = team(KafkamanSample.FREE, BillingFrequency.MONTHLY, 3, 3, ANCHOR, false);
    assertRefused(
        () -> FlexRules.optIn(free, CATALOG, policy, "m1", true, d("2024-03-05")),
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "plan",
        "no auto-flex opt-in is open to Free plans on 2024-03-05");
    Subscription on = FlexRules.optIn(off, CATALOG, policy, "m1", true, d("2024-03-05"));
    assertThat(on.autoFlexEnabled()).isTrue();
    assertThat(on.autoFlexCycle()).contains(AutoFlexCycle.of(ANCHOR, 3));
  }

  @Test
  void aFreshAutoFlexCycleStartsOnlyWhereAutoFlexKeepsOne() {
    Subscription off =
        team(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, 3, ANCHOR, false).subscription();
    Subscription on = monthly(3).subscription();

    assertThat(FlexRules.restarted(off, d("2024-04-01"), 4)).isEqualTo(off);
    assertThat(FlexRules.restarted(on, d("2024-04-01"), 4).autoFlexCycle())
        .contains(AutoFlexCycle.of(d("2024-04-01"), 4));
  }

  @Test
  void theOverviewAndTheReminderRefuseDatesAndTeamsTheyDoNotApplyTo() {
    AutoFlexPolicy policy = AutoFlexPolicy.kafkaman();
    assertRefused(
        () ->
            FlexRules.overview(
                monthly(4), CATALOG, policy, ProrationConvention.KAFKAMAN, d("2024-04-01")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)");
    Team off = team(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, 4, ANCHOR, false);
    assertRefused(
        () ->
            FlexRules.reminder(off, CATALOG, policy, ProrationConvention.KAFKAMAN, d("2024-03-25")),
        BillingErrorCode.AUTO_FLEX_NOT_AVAILABLE,
        "autoFlexEnabled",
        "auto-flex is not active");
  }

  @Test
  void aMonthlyTeamWithoutFlexUsersHasNothingToBillAtTheRenewal() {
    FlexOverview overview =
        FlexRules.overview(
            monthly(3),
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-03-20"));

    assertThat(overview.active()).isTrue();
    assertThat(overview.usersToBill()).isZero();
    assertThat(overview.lines()).isEmpty();
    assertThat(overview.toBeBilled()).isEqualTo(usd("0.00"));
  }

  @Test
  void theRenewalLineTurnsFlexUsersIntoPaidSeatsAtTheFullPrice() {
    Terms next = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);
    DateRange april = DateRange.of(d("2024-04-01"), d("2024-05-01"));

    InvoiceLine two = FlexRules.renewalLine(2, Catalog.kafkamanSample(), next, april, 7);
    assertThat(two.amount()).isEqualTo(usd("24.00"));
    assertThat(two.quantity()).isEqualTo(2);
    assertThat(two.note())
        .isEqualTo(
            "7 members at the end of the auto-flex cycle, 5 seats renewed: 2 flex users become"
                + " paid seats");
    assertThat(FlexRules.renewalLine(1, Catalog.kafkamanSample(), next, april, 6).note())
        .isEqualTo(
            "6 members at the end of the auto-flex cycle, 5 seats renewed: 1 flex user becomes a"
                + " paid seat");
  }

  /** Annual Basic at 144.00 from 2024-01-31, 5 paid seats, 7 members since the anchor. */
  private static Team annual(int members) {
    return team(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 5, members, d("2024-01-31"), true);
  }

  @Test
  void theFirstQuarterBillsTwoFlexUsersNineMonthsOfTheAnnualPrice() {
    FlexCycleEnd end =
        FlexRules.endCycle(
            annual(7),
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-04-30"));

    assertThat(end.billedUsers()).isEqualTo(2);
    assertThat(end.lines()).extracting(InvoiceLine::amount).containsExactly(usd("216.00"));
    assertThat(end.summary())
        .isEqualTo(
            "Auto-flex cycle [2024-01-31, 2024-04-30) ended with 7 members and 5 paid seats: 2"
                + " flex users billed USD 216.00 (whole months), now paid seats locked until"
                + " 2025-01-31");
  }

  @Test
  void aQuarterEndingWithoutFlexUsersBillsNothing() {
    FlexCycleEnd end =
        FlexRules.endCycle(
            annual(5),
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-04-30"));

    assertThat(end.billedUsers()).isZero();
    assertThat(end.lines()).isEmpty();
    assertThat(end.summary())
        .isEqualTo(
            "Auto-flex cycle [2024-01-31, 2024-04-30) ended with 5 members and 5 paid seats: no"
                + " flex users, nothing billed");
  }

  @Test
  void theFactsCountTheQuartersLeftInTheTerm() {
    assertThat(FlexRules.facts(annual(7), CATALOG, d("2024-04-30")).cyclesLeftAfter()).isEqualTo(3);
    assertThat(FlexRules.facts(annual(7), CATALOG, d("2024-07-31")).cyclesLeftAfter()).isEqualTo(2);
    FlexCycleFacts last = FlexRules.facts(annual(7), CATALOG, d("2025-01-31"));
    assertThat(last.cyclesLeftAfter()).isZero();
    assertThat(last.endsTerm()).isTrue();
  }

  @Test
  void theFactsAreRefusedForADateThatEndsNoQuarterOfTheTerm() {
    assertRefused(
        () -> FlexRules.facts(annual(7), CATALOG, d("2024-01-31")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-01-31 is outside the current billing cycle [2024-01-31, 2025-01-31)");
    assertRefused(
        () -> FlexRules.facts(annual(7), CATALOG, d("2024-04-15")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-04-15 does not end an auto-flex cycle; [2024-01-31, 2024-04-30) ends on"
            + " 2024-04-30");
  }

  @Test
  void aCycleIndexMustLieWithinTheTerm() {
    FlexCycleFacts facts = FlexRules.facts(annual(7), CATALOG, d("2024-04-30"));
    assertThatThrownBy(
            () ->
                new FlexCycleFacts(
                    facts.flexCycle(),
                    facts.term(),
                    4,
                    4,
                    facts.plan(),
                    facts.frequency(),
                    facts.seatPrice(),
                    facts.paidSeats(),
                    facts.members(),
                    facts.peakMembers(),
                    facts.flexUserSince()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cycle 4 is outside a term of 4 cycles");
  }

  @Test
  void reminderLeadDaysStartAtOne() {
    AutoFlexPolicy kafkaman = AutoFlexPolicy.kafkaman();
    AutoFlexPolicy oneDay = new AutoFlexPolicy(kafkaman.rollouts(), kafkaman.chargeMode(), 1, 1);
    assertThat(oneDay.reminderDays(BillingFrequency.MONTHLY)).isEqualTo(1);
    assertThatThrownBy(() -> new AutoFlexPolicy(List.of(), kafkaman.chargeMode(), 0, 14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reminder days must be 1 or more, were 0 and 14");
    assertThatThrownBy(() -> new AutoFlexPolicy(List.of(), kafkaman.chargeMode(), 7, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reminder days must be 1 or more, were 7 and 0");
  }

  @Test
  void chargeModesAreNamed() {
    assertThat(FlexChargeMode.wholeMonths().toString()).isEqualTo("whole months");
    assertThat(Optional.of(FlexChargeMode.dayProrated()).map(Object::toString))
        .contains("day-prorated");
  }
}
