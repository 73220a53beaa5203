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

import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.AutoFlexCycle;
import co.kafkaman.billing.model.team.MemberCountChange;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlexRulesTest {

  /**
   * Annual Basic at 144.00, anchor 2024-01-31, 5 paid seats and 5 members at the start; members go
   * to 6, 7, 8, 9 on 03-05..03-08 and back to 8, 7 on 04-20 and 04-21: 7 members at the end of the
   * first quarter, 2024-04-30.
   */
  private static Team annualWithFlexHistory() {
    Team team = team(PlanTier.BASIC, BillingFrequency.ANNUAL, 5, 7, d("2024-01-31"), true);
    List<MemberCountChange> changes =
        List.of(
            new MemberCountChange(d("2024-03-05"), 6),
            new MemberCountChange(d("2024-03-06"), 7),
            new MemberCountChange(d("2024-03-07"), 8),
            new MemberCountChange(d("2024-03-08"), 9),
            new MemberCountChange(d("2024-04-20"), 8),
            new MemberCountChange(d("2024-04-21"), 7));
    return team.withSubscription(
        team.subscription()
            .withAutoFlexCycle(Optional.of(new AutoFlexCycle(d("2024-01-31"), 5, changes))));
  }

  @ParameterizedTest(name = "{0}: {1} users billed, seats {2}, {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "whole months   | 2 | 7 | 2 x 144.00 x 9/12 months = 216.00",
        "day-prorated   | 2 | 7 | 1 x 144.00 x 332/366 days = 130.62; 1 x 144.00 x 331/366 days ="
            + " 130.23",
        "whole quarters | 4 | 9 | 4 x 144.00 x 3/4 quarters = 432.00",
      })
  void eachChargeModeBillsTheFirstQuarterOfTheWorkedExample(
      String mode, int users, int seats, String explanations) {
    AutoFlexPolicy policy = AutoFlexPolicy.kafkaman().withChargeMode(mode(mode));
    FlexCycleEnd end =
        FlexRules.endCycle(
            annualWithFlexHistory(),
            CATALOG,
            policy,
            ProrationConvention.KAFKAMAN,
            d("2024-04-30"));
    assertThat(end.billedUsers()).isEqualTo(users);
    assertThat(end.subscription().terms().seats()).isEqualTo(seats);
    assertThat(end.subscription().lockedFlexSeats()).isEqualTo(users);
    assertThat(end.subscription().autoFlexCycle()).contains(AutoFlexCycle.of(d("2024-04-30"), 7));
    assertThat(
            String.join(
                "; ",
                end.lines().stream().map(l -> l.explanation().replaceFirst(" \\(.*", "")).toList()))
        .isEqualTo(explanations);
    assertThat(end.lines()).allSatisfy(l -> assertThat(l.note()).contains("7 members, 5 paid"));
  }

  @Test
  void theFlexUsersAreDatedFromWhenTheTeamReachedThatManyMembers() {
    FlexCycleFacts facts = FlexRules.facts(annualWithFlexHistory(), CATALOG, d("2024-04-30"));
    assertThat(facts.flexUserSince()).containsExactly(d("2024-03-05"), d("2024-03-06"));
    assertThat(facts.peakMembers()).isEqualTo(9);
    assertThat(facts.cycleIndex()).isZero();
    assertThat(facts.cyclesPerTerm()).isEqualTo(4);
    assertThat(facts.endsTerm()).isFalse();
  }

  @ParameterizedTest(name = "{0} quarter ending {1}: {2}/12 months left")
  @CsvSource({
    "2024-01-31, 2024-04-30, 9, 216.00",
    "2024-01-31, 2024-07-31, 6, 144.00",
    "2024-01-31, 2024-10-31, 3, 72.00",
    "2024-02-29, 2024-05-29, 9, 216.00",
    "2024-02-29, 2024-11-29, 3, 72.00",
    "2024-11-30, 2025-02-28, 9, 216.00",
  })
  void wholeMonthsLeftAreCountedFromTheAnchorWithMonthEndClamping(
      LocalDate anchor, LocalDate quarterEnd, int monthsLeft, String amount) {
    Team team = team(PlanTier.BASIC, BillingFrequency.ANNUAL, 5, 7, anchor, true);
    FlexCycleEnd end =
        FlexRules.endCycle(
            team, CATALOG, AutoFlexPolicy.kafkaman(), ProrationConvention.KAFKAMAN, quarterEnd);
    assertThat(end.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.fraction().numerator()).isEqualTo(monthsLeft);
              assertThat(line.amount()).isEqualTo(usd(amount));
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"whole months", "day-prorated", "whole quarters"})
  void aCycleWhereEveryFlexUserLeftAgainBillsNothingExceptUnderPeakCounting(String mode) {
    Team team = team(PlanTier.BASIC, BillingFrequency.ANNUAL, 5, 5, d("2024-01-31"), true);
    team =
        team.withSubscription(
            team.subscription()
                .withAutoFlexCycle(
                    Optional.of(
                        AutoFlexCycle.of(d("2024-01-31"), 5)
                            .plus(d("2024-02-10"), 6)
                            .plus(d("2024-04-10"), 5))));
    FlexCycleEnd end =
        FlexRules.endCycle(
            team,
            CATALOG,
            AutoFlexPolicy.kafkaman().withChargeMode(mode(mode)),
            ProrationConvention.KAFKAMAN,
            d("2024-04-30"));
    boolean peak = mode.equals("whole quarters");
    assertThat(end.lines().isEmpty()).isEqualTo(!peak);
    assertThat(end.subscription().terms().seats()).isEqualTo(peak ? 6 : 5);
  }

  @Test
  void aMonthlyCycleEndsWithTheTermSoOnlyTheDayProratedModeChargesThePartialMonth() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 3, 4, d("2024-03-01"), true);
    team =
        team.withSubscription(
            team.subscription()
                .withAutoFlexCycle(
                    Optional.of(AutoFlexCycle.of(d("2024-03-01"), 3).plus(d("2024-03-15"), 4))));
    Team monthly = team;
    assertThat(
            FlexRules.renewalTrueUp(
                monthly, CATALOG, AutoFlexPolicy.kafkaman(), ProrationConvention.KAFKAMAN))
        .isEmpty();
    List<InvoiceLine> prorated =
        FlexRules.renewalTrueUp(
            monthly,
            CATALOG,
            AutoFlexPolicy.kafkaman().withChargeMode(FlexChargeMode.dayProrated()),
            ProrationConvention.KAFKAMAN);
    assertThat(prorated)
        .singleElement()
        .extracting(InvoiceLine::explanation)
        .asString()
        .startsWith("1 x 12.00 x 17/31 days = 6.58");
    assertThatThrownBy(
            () ->
                FlexRules.endCycle(
                    monthly,
                    CATALOG,
                    AutoFlexPolicy.kafkaman(),
                    ProrationConvention.KAFKAMAN,
                    d("2024-04-01")))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> assertThat(e.reason()).contains("ends with the term: the renewal bills it"));
  }

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    "PURCHASED_AFTER,     BASIC,        2021-04-08, false",
    "PURCHASED_AFTER,     BASIC,        2021-04-09, true",
    "PURCHASED_AFTER,     PROFESSIONAL, 2021-04-09, true",
    "PURCHASED_AFTER,     ENTERPRISE,   2022-01-01, false",
    "PURCHASED_AFTER,     FREE,         2022-01-01, false",
    "OPT_IN_FROM,         BASIC,        2021-04-07, false",
    "OPT_IN_FROM,         BASIC,        2021-04-08, true",
    "OPT_IN_FROM,         ENTERPRISE,   2021-05-01, false",
    "FIRST_RENEWAL_AFTER, BASIC,        2021-07-01, false",
    "FIRST_RENEWAL_AFTER, BASIC,        2021-07-02, true",
    "FIRST_RENEWAL_AFTER, PROFESSIONAL, 2022-03-01, true",
    "FIRST_RENEWAL_AFTER, FREE,         2022-03-01, false",
  })
  void eligibilityIsEffectiveDatedPolicyData(
      AutoFlexRollout.Trigger trigger, PlanTier tier, LocalDate on, boolean applies) {
    assertThat(AutoFlexPolicy.kafkaman().rolloutFor(trigger, CATALOG.plan(tier), on).isPresent())
        .isEqualTo(applies);
  }

  @Test
  void aNewRolloutIsANewPolicyEntry() {
    AutoFlexPolicy policy =
        AutoFlexPolicy.kafkaman()
            .plusRollout(AutoFlexRollout.firstRenewalAfter(d("2030-01-01"), PlanTier.ENTERPRISE));
    co.kafkaman.billing.model.catalog.Plan enterprise =
        co.kafkaman.billing.model.catalog.Plan.builder()
            .from(CATALOG.plan(PlanTier.ENTERPRISE))
            .autoFlexEligible(true)
            .build();
    assertThat(
            policy.rolloutFor(
                AutoFlexRollout.Trigger.FIRST_RENEWAL_AFTER, enterprise, d("2030-02-01")))
        .hasValueSatisfying(r -> assertThat(r.toString()).contains("2030-01-01"));
    assertThat(
            AutoFlexPolicy.kafkaman()
                .rolloutFor(
                    AutoFlexRollout.Trigger.FIRST_RENEWAL_AFTER, enterprise, d("2030-02-01")))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} anchor {1} in [{2}, {3}): {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MONTHLY | 2024-01-31 | 2024-02-01 | 2024-05-01 | R 2024-02-22, E* 2024-02-29, R 2024-03-24,"
            + " E* 2024-03-31, R 2024-04-23, E* 2024-04-30",
        "MONTHLY | 2023-01-31 | 2023-02-01 | 2023-03-01 | R 2023-02-21, E* 2023-02-28",
        "ANNUAL  | 2024-01-31 | 2024-02-01 | 2025-02-01 | R 2024-04-16, E 2024-04-30, R 2024-07-17,"
            + " E 2024-07-31, R 2024-10-17, E 2024-10-31, R 2025-01-17, E* 2025-01-31",
        "ANNUAL  | 2024-02-29 | 2024-03-01 | 2025-03-01 | R 2024-05-15, E 2024-05-29, R 2024-08-15,"
            + " E 2024-08-29, R 2024-11-15, E 2024-11-29, R 2025-02-14, E* 2025-02-28",
        "ANNUAL  | 2024-08-31 | 2024-11-20 | 2024-12-01 | E 2024-11-30",
      })
  void remindersFallOneOrTwoWeeksBeforeMonthEndClampedCycleEnds(
      BillingFrequency frequency, LocalDate anchor, LocalDate from, LocalDate to, String expected) {
    Team team = team(PlanTier.BASIC, frequency, 5, 5, anchor, true);
    List<String> dates = new ArrayList<>();
    for (FlexDate date :
        FlexCalendar.between(
            team.subscription(), AutoFlexPolicy.kafkaman(), DateRange.of(from, to))) {
      dates.add(
          (date.kind() == FlexDate.Kind.REMINDER ? "R " : date.renewal() ? "E* " : "E ")
              + date.date());
    }
    assertThat(String.join(", ", dates)).isEqualTo(expected);
  }

  @Test
  void theCalendarFollowsAFrequencyChangeAtTheRenewal() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 5, 5, d("2024-01-31"), true);
    team =
        team.withSubscription(
            team.subscription()
                .withNextTerms(
                    Optional.of(
                        co.kafkaman.billing.model.team.Terms.of(
                            PlanTier.BASIC, BillingFrequency.ANNUAL, 5))));
    assertThat(
            FlexCalendar.between(
                    team.subscription(),
                    AutoFlexPolicy.kafkaman(),
                    DateRange.of(d("2024-02-01"), d("2024-06-01")))
                .stream()
                .filter(f -> f.kind() == FlexDate.Kind.CYCLE_END)
                .map(FlexDate::date))
        .containsExactly(d("2024-02-29"), d("2024-05-29"));
    assertThat(
            FlexCalendar.between(
                team.withSubscription(team.subscription().withAutoFlexEnabled(false))
                    .subscription(),
                AutoFlexPolicy.kafkaman(),
                DateRange.of(d("2024-02-01"), d("2024-06-01"))))
        .isEmpty();
  }

  @Test
  void theOverviewShowsWhatWillBeBilledIfNothingChanges() {
    FlexOverview overview =
        FlexRules.overview(
            annualWithFlexHistory(),
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-04-25"));
    assertThat(overview.additionalMembers()).isEqualTo(2);
    assertThat(overview.usersToBill()).isEqualTo(2);
    assertThat(overview.toBeBilled()).isEqualTo(usd("216.00"));
    assertThat(overview.autoFlexCycle()).isEqualTo(DateRange.of(d("2024-01-31"), d("2024-04-30")));
    assertThat(overview.billingCycle()).isEqualTo(DateRange.of(d("2024-01-31"), d("2025-01-31")));
    assertThat(overview.reminderOn()).isEqualTo(d("2024-04-16"));
    assertThat(overview.billedOn()).isEqualTo(d("2024-04-30"));
  }

  @Test
  void theOverviewOfAMonthlyPlanBillsFlexUsersAsSeatsOfTheNextCycle() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 3, 5, d("2024-01-31"), true);
    FlexOverview overview =
        FlexRules.overview(
            team,
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-02-10"));
    assertThat(overview.toBeBilled()).isEqualTo(usd("24.00"));
    assertThat(overview.lines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.servicePeriod())
                    .isEqualTo(DateRange.of(d("2024-02-29"), d("2024-03-31"))));
    assertThat(overview.reminderOn()).isEqualTo(d("2024-02-22"));
  }

  @Test
  void anOffTeamHasNothingToBill() {
    FlexOverview overview =
        FlexRules.overview(
            team(PlanTier.BASIC, BillingFrequency.MONTHLY, 3, 3, d("2024-01-31"), false),
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-02-10"));
    assertThat(overview.active()).isFalse();
    assertThat(overview.toBeBilled()).isEqualTo(Amount.zero(FlexFixtures.USD));
  }

  @Test
  void removingLockedSeatsIsNamedWithTheRenewalDate() {
    Team team = annualWithFlexHistory();
    FlexCycleEnd end =
        FlexRules.endCycle(
            team,
            CATALOG,
            AutoFlexPolicy.kafkaman(),
            ProrationConvention.KAFKAMAN,
            d("2024-04-30"));
    assertThat(
            FlexRules.lockedSeatsRemoved(
                end.subscription(), end.subscription().terms().withSeats(6)))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("locked until the renewal on 2025-01-31"));
    assertThat(
            FlexRules.lockedSeatsRemoved(
                end.subscription(), end.subscription().terms().withSeats(8)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a date that ends no cycle      | 2024-04-29 | DATE_OUT_OF_RANGE",
        "a date outside the term        | 2025-04-30 | DATE_OUT_OF_RANGE",
      })
  void endingACycleOnAWrongDateIsRefused(String name, LocalDate on, BillingErrorCode code) {
    assertThatThrownBy(
            () ->
                FlexRules.endCycle(
                    annualWithFlexHistory(),
                    CATALOG,
                    AutoFlexPolicy.kafkaman(),
                    ProrationConvention.KAFKAMAN,
                    on))
        .isInstanceOfSatisfying(
            BillingException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  static FlexChargeMode mode(String name) {
    return switch (name) {
      case "whole months" -> FlexChargeMode.wholeMonths();
      case "day-prorated" -> FlexChargeMode.dayProrated();
      case "whole quarters" -> FlexChargeMode.wholeQuarters();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
