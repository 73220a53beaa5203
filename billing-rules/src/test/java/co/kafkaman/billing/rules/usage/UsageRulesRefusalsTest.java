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

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static co.kafkaman.billing.rules.flex.FlexFixtures.CATALOG;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.UsageLedger;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link UsageRules}' summaries and refusals over monthly Basic from 2024-03-01 (10,000 monitoring
 * requests a month, overage 0.90 per 1,000, one custom domain): every refusal names its field and
 * value (RULES.md sections 7 and 13).
 */
class UsageRulesRefusalsTest {
  private static final ResourceId MONITORING = KafkamanSample.MONITORING_REQUESTS;

  private static Team basic() {
    return team(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3, 3, d("2024-03-01"), false);
  }

  private static Team with(Team team, Subscription subscription) {
    return team.withSubscription(subscription);
  }

  private static UsageDecision record(Team team, long quantity, String source, LocalDate on) {
    return UsageRules.record(team, CATALOG, MONITORING, quantity, source, at(on), on);
  }

  private static UsageDecision.Recorded recorded(UsageDecision decision) {
    assertThat(decision).isInstanceOf(UsageDecision.Recorded.class);
    return (UsageDecision.Recorded) decision;
  }

  @ParameterizedTest(name = "{0} units")
  @CsvSource({"0", "-5"})
  void aReadingOfNoUnitsIsRefusedNamingTheQuantity(long quantity) {
    assertRefused(
        () -> record(basic(), quantity, "monitor-a", d("2024-03-05")),
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        "must be positive, was " + quantity);
  }

  @Test
  void customDomainsAreCountedNotMetered() {
    assertRefused(
        () ->
            UsageRules.record(
                basic(),
                CATALOG,
                KafkamanSample.CUSTOM_DOMAINS,
                1,
                "",
                at(d("2024-03-05")),
                d("2024-03-05")),
        BillingErrorCode.NOT_METERED,
        "resource",
        "CUSTOM_DOMAINS is not metered per usage month; it counts what is in use: add or remove"
            + " custom domains instead");
    assertRefused(
        () ->
            UsageRules.record(
                basic(),
                CATALOG,
                KafkamanSample.INTEGRATIONS,
                1,
                "",
                at(d("2024-03-05")),
                d("2024-03-05")),
        BillingErrorCode.NOT_METERED,
        "resource",
        "INTEGRATIONS is not metered per usage month; it counts what is in use: add or remove"
            + " integrations instead");
  }

  @Test
  void aReadingSaysWhatWasUsedOfTheEntitlementAndFromWhere() {
    assertThat(recorded(record(basic(), 700, "monitor-a", d("2024-03-05"))).summary())
        .isEqualTo(
            "Recorded 700 monitoring requests from monitor-a: 700 of 10,000 used in usage month"
                + " [2024-03-01, 2024-04-01)");
    assertThat(recorded(record(basic(), 1_500, " ", d("2024-03-05"))).summary())
        .isEqualTo(
            "Recorded 1,500 monitoring requests: 1,500 of 10,000 used in usage month"
                + " [2024-03-01, 2024-04-01)");
  }

  @Test
  void withOverageAllowedTheUnitsPastTheEntitlementAreBilledWhenTheMonthCloses() {
    Team team = basic();
    team =
        with(
            team,
            UsageRules.setOverage(
                team.subscription(), CATALOG, MONITORING, true, at(d("2024-03-01"))));
    UsageDecision.Recorded reading = recorded(record(team, 12_500, "", d("2024-03-05")));
    assertThat(reading.summary())
        .isEqualTo(
            "Recorded 12,500 monitoring requests: 12,500 of 10,000 used in usage month"
                + " [2024-03-01, 2024-04-01), 2,500 billable so far");
    assertThat(reading.limitReached()).isFalse();

    UsageClosing closing =
        UsageRules.close(with(team, reading.subscription()), CATALOG, d("2024-04-01"));
    assertThat(closing.summary())
        .isEqualTo("Usage month [2024-03-01, 2024-04-01) closed: overage USD 2.70");
    UsageClosing quiet =
        UsageRules.close(
            with(team, recorded(record(team, 700, "", d("2024-03-05"))).subscription()),
            CATALOG,
            d("2024-04-01"));
    assertThat(quiet.lines()).isEmpty();
    assertThat(quiet.summary())
        .isEqualTo("Usage month [2024-03-01, 2024-04-01) closed: no overage");
  }

  @Test
  void readingsMustFallInTheCycleAndTheOpenUsageMonth() {
    assertRefused(
        () -> record(basic(), 1, "", d("2024-04-01")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)");
    Team annual = team(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 3, 3, d("2024-01-31"), false);
    DateRange april = DateRange.of(d("2024-03-31"), d("2024-04-30"));
    Team inApril =
        with(annual, annual.subscription().withUsage(Optional.of(UsageLedger.of(april))));
    assertRefused(
        () -> record(inApril, 1, "", d("2024-03-30")),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-03-30 is in a usage month already closed; the open usage month is [2024-03-31,"
            + " 2024-04-30)");
  }

  @Test
  void overageSettingsAreRefusedWithoutAPriceBeforeTheLastSettingOrWhenAlreadyInForce() {
    Subscription subscription = basic().subscription();
    assertRefused(
        () ->
            UsageRules.setOverage(
                subscription,
                TestTeams.twoPlans("12.00", "29.00"),
                MONITORING,
                true,
                at(d("2024-03-05"))),
        BillingErrorCode.OVERAGE_NOT_CONFIGURABLE,
        "resource",
        "the catalog has no overage price for MONITORING_REQUESTS");
    assertRefused(
        () -> UsageRules.setOverage(subscription, CATALOG, MONITORING, false, at(d("2024-03-05"))),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "allowed",
        "overage of monitoring requests is already disallowed");
    Instant tenth = at(d("2024-03-10"));
    Subscription allowed = UsageRules.setOverage(subscription, CATALOG, MONITORING, true, tenth);
    assertRefused(
        () -> UsageRules.setOverage(allowed, CATALOG, MONITORING, true, at(d("2024-03-11"))),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "allowed",
        "overage of monitoring requests is already allowed");
    assertRefused(
        () -> UsageRules.setOverage(allowed, CATALOG, MONITORING, false, at(d("2024-03-09"))),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "effectiveFrom",
        at(d("2024-03-09")) + " is before the setting of " + tenth);
    assertThat(
            UsageRules.setOverage(
                    allowed, CATALOG, KafkamanSample.MOCK_SERVER_CALLS, true, at(d("2024-03-09")))
                .overageSettings())
        .hasSize(2);
  }

  @Test
  void customDomainsAreAHardLimitAndNamedWhenRefused() {
    Team team = basic();
    assertRefused(
        () -> UsageRules.addCustomDomain(team, CATALOG, " "),
        BillingErrorCode.BLANK_VALUE,
        "domain",
        "must not be blank");
    UsageDecision.Recorded first = recorded(UsageRules.addCustomDomain(team, CATALOG, "a.test"));
    assertThat(first.summary()).isEqualTo("Custom domain 'a.test' added: 1 of 1 in use");
    assertThat(first.limitReached()).isTrue();
    Team one = with(team, first.subscription());
    assertRefused(
        () -> UsageRules.addCustomDomain(one, CATALOG, "a.test"),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "domain",
        "custom domain 'a.test' is already in use");
    assertThat(UsageRules.addCustomDomain(one, CATALOG, "b.test"))
        .isInstanceOf(UsageDecision.Refused.class);

    Team twoAllowed =
        with(
            team,
            team.subscription()
                .withTerms(
                    team.subscription().terms().withBlocks(KafkamanSample.CUSTOM_DOMAINS, 1)));
    UsageDecision.Recorded roomLeft =
        recorded(UsageRules.addCustomDomain(twoAllowed, CATALOG, "a.test"));
    assertThat(roomLeft.summary())
        .isEqualTo("Custom domain 'a.test' added: 1 of 2 (1 + 1 block of 1) in use");
    assertThat(roomLeft.limitReached()).isFalse();

    assertRefused(
        () -> UsageRules.removeCustomDomain(first.subscription(), "b.test"),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "domain",
        "custom domain 'b.test' is not in use");
    assertThat(UsageRules.removeCustomDomain(first.subscription(), "a.test").customDomains())
        .isEmpty();
  }

  @Test
  void theReportBeforeAnyReadingShowsTheUsageMonthOfTheDateAskedAbout() {
    Team annual = team(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 3, 3, d("2024-01-31"), false);

    assertThat(UsageRules.report(annual, CATALOG, d("2024-05-10")).usageMonth())
        .isEqualTo(DateRange.of(d("2024-04-30"), d("2024-05-31")));
    assertThat(UsageRules.report(annual, CATALOG, d("2024-01-10")).usageMonth())
        .isEqualTo(DateRange.of(d("2024-01-31"), d("2024-02-29")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "999 | 999",
        "1000 | 1,000",
        "-999 | -999",
        "-1000 | -1,000",
        "1250000 | 1,250,000",
      })
  void countsAreGroupedByThousands(long units, String text) {
    assertThat(Entitlement.count(units)).isEqualTo(text);
  }

  @Test
  void anEntitlementReadsAsItsTotalAndItsBlocks() {
    assertThat(
            Entitlement.of(
                    basic().subscription().terms().withBlocks(MONITORING, 1), CATALOG, MONITORING)
                .toString())
        .isEqualTo("20,000 (10,000 + 1 block of 10,000)");
  }
}
