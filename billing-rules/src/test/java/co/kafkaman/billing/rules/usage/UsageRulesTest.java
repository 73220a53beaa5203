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
package co.kafkaman.billing.rules.usage;

import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static co.kafkaman.billing.rules.flex.FlexFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageRulesTest {

  @ParameterizedTest(name = "{0} with {1} blocks: {2} {3} = {4}")
  @CsvSource({
    "BASIC,        0, MONITORING_REQUESTS, 10000,  10000",
    "BASIC,        1, MONITORING_REQUESTS, 10000,  20000",
    "BASIC,        3, MOCK_SERVER_CALLS,   10000,  40000",
    "PROFESSIONAL, 2, MONITORING_REQUESTS, 100000, 120000",
    "BASIC,        2, CUSTOM_DOMAINS,      1,      3",
    "FREE,         0, MONITORING_REQUESTS, 1000,   1000",
  })
  void entitlementIsAllowancePlusBlocksTimesBlockSize(
      PlanTier tier, int blocks, Resource resource, long included, long total) {
    Terms terms = Terms.of(tier, BillingFrequency.MONTHLY, 1).withBlocks(resource, blocks);
    Entitlement entitlement = Entitlement.of(terms, CATALOG, resource);
    assertThat(entitlement.included()).isEqualTo(included);
    assertThat(entitlement.total()).isEqualTo(total);
    assertThat(entitlement.purchased()).isEqualTo(total - included);
  }

  @ParameterizedTest(name = "{0}: {1} used of {2} blocks -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MONITORING_REQUESTS | 12500 | 0 | 3 x 0.90 = 2.70 (2,500 billable of 12,500 used, 10,000"
            + " included; 0.90 per 1,000, partial packages rounded up)",
        "MONITORING_REQUESTS | 10001 | 0 | 1 x 0.90 = 0.90 (1 billable of 10,001 used, 10,000"
            + " included; 0.90 per 1,000, partial packages rounded up)",
        "MONITORING_REQUESTS | 12000 | 0 | 2 x 0.90 = 1.80 (2,000 billable of 12,000 used, 10,000"
            + " included; 0.90 per 1,000, partial packages rounded up)",
        "MONITORING_REQUESTS | 22500 | 1 | 3 x 0.90 = 2.70 (2,500 billable of 22,500 used, 20,000"
            + " (10,000 + 1 block of 10,000) included; 0.90 per 1,000, partial packages rounded up)",
        "MOCK_SERVER_CALLS   | 10250 | 0 | 250 x 0.01 = 2.50 (250 billable of 10,250 used, 10,000"
            + " included; 0.01 each)",
      })
  void overageIsChargedPerUnitOrPerPackageRoundedUp(
      Resource resource, long used, int blocks, String explanation) {
    Team team =
        withBlocks(
            withOverage(
                team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false),
                resource),
            resource,
            blocks);
    team = recorded(team, resource, used, "", d("2024-03-10"));
    UsageClosing closing = UsageRules.close(team, CATALOG, d("2024-04-01"));
    assertThat(closing.lines()).hasSize(1);
    InvoiceLine line = closing.lines().get(0);
    assertThat(line.kind()).isEqualTo(LineKind.OVERAGE);
    assertThat(line.servicePeriod()).isEqualTo(DateRange.of(d("2024-03-01"), d("2024-04-01")));
    assertThat(line.explanation()).isEqualTo(explanation);
  }

  @ParameterizedTest(name = "{0} used, reading {1}: refused, {2} still allowed")
  @CsvSource({"9700, 500, 300", "10000, 1, 0", "0, 10001, 10000", "9999, 2, 1"})
  void disallowedOverageRefusesTheReadingAndSaysWhatIsStillAllowed(
      long usedBefore, long reading, long remaining) {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    if (usedBefore > 0) {
      team = recorded(team, Resource.MONITORING_REQUESTS, usedBefore, "", d("2024-03-02"));
    }
    UsageDecision decision =
        UsageRules.record(
            team,
            CATALOG,
            Resource.MONITORING_REQUESTS,
            reading,
            "monitor-a",
            at(d("2024-03-05")),
            d("2024-03-05"));
    assertThat(decision).isInstanceOf(UsageDecision.Refused.class);
    UsageDecision.Refused refused = (UsageDecision.Refused) decision;
    assertThat(refused.code()).isEqualTo(BillingErrorCode.OVERAGE_DISALLOWED);
    assertThat(refused.remaining()).isEqualTo(remaining);
    assertThat(refused.reason()).contains(String.format("%,d still allowed", remaining));
  }

  @Test
  void usageExactlyAtTheLimitIsRecordedAndFlagged() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    UsageDecision decision =
        UsageRules.record(
            team,
            CATALOG,
            Resource.MONITORING_REQUESTS,
            10_000,
            "",
            at(d("2024-03-05")),
            d("2024-03-05"));
    assertThat(decision).isInstanceOf(UsageDecision.Recorded.class);
    assertThat(((UsageDecision.Recorded) decision).limitReached()).isTrue();
  }

  @Test
  void overageAllowedFromAnInstantAppliesFromThatInstantOnly() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    team = recorded(team, Resource.MONITORING_REQUESTS, 10_000, "", d("2024-03-02"));
    Instant noon = at(d("2024-03-10"));
    team =
        team.withSubscription(
            UsageRules.setOverage(
                team.subscription(), CATALOG, Resource.MONITORING_REQUESTS, true, noon));
    UsageDecision before =
        UsageRules.record(
            team,
            CATALOG,
            Resource.MONITORING_REQUESTS,
            100,
            "",
            noon.minusSeconds(1),
            d("2024-03-10"));
    assertThat(before).isInstanceOf(UsageDecision.Refused.class);
    team = recorded(team, Resource.MONITORING_REQUESTS, 1_500, "", d("2024-03-11"));
    team =
        team.withSubscription(
            UsageRules.setOverage(
                team.subscription(),
                CATALOG,
                Resource.MONITORING_REQUESTS,
                false,
                at(d("2024-03-20"))));
    UsageDecision after =
        UsageRules.record(
            team,
            CATALOG,
            Resource.MONITORING_REQUESTS,
            1,
            "",
            at(d("2024-03-21")),
            d("2024-03-21"));
    assertThat(after).isInstanceOf(UsageDecision.Refused.class);
    assertThat(team.subscription().overageSettings()).hasSize(2);
    List<InvoiceLine> lines = UsageRules.close(team, CATALOG, d("2024-04-01")).lines();
    assertThat(lines).singleElement().extracting(InvoiceLine::amount).isEqualTo(usd("1.80"));
  }

  @Test
  void billableUsageIsNotTakenBackWhenTheEntitlementRisesLaterInTheMonth() {
    Team team =
        withOverage(
            team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false),
            Resource.MONITORING_REQUESTS);
    team = recorded(team, Resource.MONITORING_REQUESTS, 12_500, "", d("2024-03-05"));
    team = withBlocks(team, Resource.MONITORING_REQUESTS, 1);
    team = recorded(team, Resource.MONITORING_REQUESTS, 5_000, "", d("2024-03-06"));
    InvoiceLine line = UsageRules.close(team, CATALOG, d("2024-04-01")).lines().get(0);
    assertThat(line.amount()).isEqualTo(usd("2.70"));
    assertThat(line.note())
        .startsWith("2,500 billable of 17,500 used, 20,000 (10,000 + 1 block of 10,000) included")
        .endsWith("billable counted when each reading passed the entitlement then in force");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "custom domains are not metered | CUSTOM_DOMAINS | 1 | NOT_METERED",
        "integrations are not metered   | INTEGRATIONS   | 1 | NOT_METERED",
        "zero is not a reading          | API_CALLS      | 0 | INVALID_QUANTITY",
      })
  void invalidReadingsAreRefusedWithACode(
      String name, Resource resource, long quantity, BillingErrorCode code) {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    assertThatThrownBy(
            () ->
                UsageRules.record(
                    team, CATALOG, resource, quantity, "", at(d("2024-03-05")), d("2024-03-05")))
        .isInstanceOfSatisfying(
            BillingException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no overage setting for custom domains | CUSTOM_DOMAINS      | true  | 2024-03-05 |"
            + " OVERAGE_NOT_CONFIGURABLE",
        "disallowing what is disallowed        | MONITORING_REQUESTS | false | 2024-03-05 |"
            + " NOTHING_TO_CHANGE",
        "a setting before the latest one       | MONITORING_REQUESTS | true  | 2024-03-01 |"
            + " DATE_OUT_OF_RANGE",
      })
  void overageSettingsAreValidated(
      String name, Resource resource, boolean allowed, LocalDate on, BillingErrorCode code) {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    Team base = code == BillingErrorCode.DATE_OUT_OF_RANGE ? allowedFrom(team, "2024-03-02") : team;
    assertThatThrownBy(
            () -> UsageRules.setOverage(base.subscription(), CATALOG, resource, allowed, at(on)))
        .isInstanceOfSatisfying(
            BillingException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void customDomainsAreAHardLimit() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    UsageDecision first = UsageRules.addCustomDomain(team, CATALOG, "api.acme.test");
    assertThat(first).isInstanceOf(UsageDecision.Recorded.class);
    team = team.withSubscription(((UsageDecision.Recorded) first).subscription());
    UsageDecision second = UsageRules.addCustomDomain(team, CATALOG, "docs.acme.test");
    assertThat(second)
        .isInstanceOfSatisfying(
            UsageDecision.Refused.class,
            r -> {
              assertThat(r.code()).isEqualTo(BillingErrorCode.HARD_LIMIT_REACHED);
              assertThat(r.remaining()).isZero();
            });
    Team gone =
        team.withSubscription(UsageRules.removeCustomDomain(team.subscription(), "api.acme.test"));
    assertThat(UsageRules.addCustomDomain(gone, CATALOG, "docs.acme.test"))
        .isInstanceOf(UsageDecision.Recorded.class);
  }

  @Test
  void theViewShowsUsedIncludedPurchasedRemainingOverageAndSources() {
    Team team =
        withOverage(
            team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false),
            Resource.MONITORING_REQUESTS);
    team =
        team.withSubscription(
            team.subscription()
                .withTerms(team.subscription().terms().withBlocks(Resource.MONITORING_REQUESTS, 1))
                .withCustomDomains(List.of("api.acme.test")));
    team = recorded(team, Resource.MONITORING_REQUESTS, 15_000, "monitor-a", d("2024-03-05"));
    team = recorded(team, Resource.MONITORING_REQUESTS, 7_500, "monitor-b", d("2024-03-06"));
    team = recorded(team, Resource.MONITORING_REQUESTS, 500, "", d("2024-03-07"));
    UsageReport report = UsageRules.report(team, CATALOG, d("2024-03-08"));
    assertThat(report.usageMonth()).isEqualTo(DateRange.of(d("2024-03-01"), d("2024-04-01")));
    ResourceUsage monitoring = report.of(Resource.MONITORING_REQUESTS);
    assertThat(monitoring)
        .extracting(
            ResourceUsage::used,
            ResourceUsage::included,
            ResourceUsage::purchased,
            ResourceUsage::remaining,
            ResourceUsage::billable,
            ResourceUsage::overageSoFar,
            ResourceUsage::overageAllowed)
        .containsExactly(23_000L, 10_000L, 10_000L, 0L, 3_000L, usd("2.70"), true);
    assertThat(monitoring.bySource())
        .containsEntry("monitor-a", 15_000L)
        .containsEntry("monitor-b", 7_500L)
        .containsEntry("(no source)", 500L);
    ResourceUsage domains = report.of(Resource.CUSTOM_DOMAINS);
    assertThat(domains.used()).isEqualTo(1);
    assertThat(domains.remaining()).isZero();
    assertThat(domains.bySource()).containsOnlyKeys("api.acme.test");
    ResourceUsage mocks = report.of(Resource.MOCK_SERVER_CALLS);
    assertThat(mocks.remaining()).isEqualTo(10_000);
    assertThat(mocks.overageAllowed()).isFalse();
  }

  @Test
  void usageMonthsFollowTheAnchorAlsoOnAnnualPlans() {
    Team team = team(PlanTier.BASIC, BillingFrequency.ANNUAL, 1, 1, d("2024-01-31"), false);
    team = recorded(team, Resource.API_CALLS, 10, "", d("2024-02-29"));
    assertThat(team.subscription().usage().orElseThrow().usageMonth())
        .isEqualTo(DateRange.of(d("2024-02-29"), d("2024-03-31")));
    Team open = team;
    assertThatThrownBy(
            () ->
                UsageRules.record(
                    open, CATALOG, Resource.API_CALLS, 1, "", at(d("2024-03-31")), d("2024-03-31")))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> assertThat(e.reason()).contains("ended on 2024-03-31: close it first"));
  }

  @ParameterizedTest(name = "{0} anchor {1}: closings in [{2}, {3}) = {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ANNUAL  | 2024-01-31 | 2024-02-01 | 2024-06-01 | 2024-02-29 2024-03-31 2024-04-30"
            + " 2024-05-31",
        "ANNUAL  | 2024-01-31 | 2024-12-01 | 2025-03-01 | 2024-12-31 2025-02-28",
        "ANNUAL  | 2024-02-29 | 2025-01-01 | 2025-04-01 | 2025-01-29 2025-03-29",
        "MONTHLY | 2024-01-31 | 2024-01-01 | 2024-12-31 | ''",
      })
  void usageMonthEndsWithoutARenewalAreListedForTheAgenda(
      BillingFrequency frequency, LocalDate anchor, LocalDate from, LocalDate to, String expected) {
    Team team = team(PlanTier.BASIC, frequency, 1, 1, anchor, false);
    List<LocalDate> closings = UsageCalendar.closings(team.subscription(), DateRange.of(from, to));
    assertThat(closings.stream().map(LocalDate::toString).toList())
        .isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
  }

  @Test
  void closingBeforeTheMonthEndsClosesNothing() {
    Team team = team(PlanTier.BASIC, BillingFrequency.MONTHLY, 1, 1, d("2024-03-01"), false);
    team = recorded(team, Resource.API_CALLS, 10, "", d("2024-03-02"));
    UsageClosing closing = UsageRules.close(team, CATALOG, d("2024-03-31"));
    assertThat(closing.closed()).isEqualTo(Optional.empty());
    assertThat(closing.lines()).isEmpty();
  }

  private static Team withBlocks(Team team, Resource resource, int blocks) {
    return team.withSubscription(
        team.subscription().withTerms(team.subscription().terms().withBlocks(resource, blocks)));
  }

  private static Team allowedFrom(Team team, String date) {
    return team.withSubscription(
        UsageRules.setOverage(
            team.subscription(), CATALOG, Resource.MONITORING_REQUESTS, true, at(d(date))));
  }

  private static Team withOverage(Team team, Resource resource) {
    return team.withSubscription(
        UsageRules.setOverage(
            team.subscription(), CATALOG, resource, true, at(team.createdOn()).minusSeconds(60)));
  }

  static Team recorded(Team team, Resource resource, long quantity, String source, LocalDate on) {
    UsageDecision decision =
        UsageRules.record(team, CATALOG, resource, quantity, source, at(on), on);
    assertThat(decision).as(decision.summary()).isInstanceOf(UsageDecision.Recorded.class);
    return team.withSubscription(((UsageDecision.Recorded) decision).subscription());
  }
}
