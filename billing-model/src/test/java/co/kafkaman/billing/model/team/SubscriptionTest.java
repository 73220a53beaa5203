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
package co.kafkaman.billing.model.team;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionTest {
  private static final Terms BASIC_5 = Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5);

  private static Subscription.Builder basic() {
    return Subscription.builder()
        .terms(BASIC_5)
        .anchor(LocalDate.parse("2024-01-31"))
        .currentCycle(DateRange.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31")))
        .purchasedOn(LocalDate.parse("2024-01-31"));
  }

  @Test
  void defaultsToRenewingUnchangedWithoutAutoFlex() {
    Subscription subscription = basic().build();

    assertThat(subscription.nextTerms()).isEmpty();
    assertThat(subscription.autoFlexEnabled()).isFalse();
    assertThat(subscription.lockedFlexSeats()).isZero();
    assertThat(subscription.billedItems()).isEmpty();
    assertThat(
            subscription
                .withNextTerms(Optional.of(BASIC_5.withTier(PlanTier.PROFESSIONAL)))
                .nextTerms())
        .contains(Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, 5));
  }

  @Test
  void refusesACycleStartingBeforeTheAnchor() {
    assertRefused(
        () ->
            basic()
                .currentCycle(
                    DateRange.of(LocalDate.parse("2024-01-30"), LocalDate.parse("2024-02-29")))
                .build(),
        BillingErrorCode.INCONSISTENT_STATE,
        "currentCycle",
        "[2024-01-30, 2024-02-29) starts before the anchor 2024-01-31");
  }

  @Test
  void refusesAnEmptyCycle() {
    assertRefused(
        () ->
            basic()
                .currentCycle(
                    DateRange.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-02-29")))
                .build(),
        BillingErrorCode.INCONSISTENT_STATE,
        "currentCycle",
        "[2024-02-29, 2024-02-29) is empty");
  }

  @ParameterizedTest(name = "{0} locked flex seats of 5 are refused")
  @CsvSource({"-1", "6"})
  void refusesLockedFlexSeatsOutsideThePaidSeats(int locked) {
    Subscription subscription = basic().build();

    assertRefused(
        () -> subscription.withLockedFlexSeats(locked),
        BillingErrorCode.INCONSISTENT_STATE,
        "lockedFlexSeats",
        locked + " is outside [0, seats 5]");
    assertThat(subscription.withLockedFlexSeats(5).lockedFlexSeats()).isEqualTo(5);
  }

  @ParameterizedTest(name = "monitoring overage at {0}: {1}")
  @CsvSource({
    "2024-03-01T00:00:00Z, false",
    "2024-03-10T00:00:00Z, true",
    "2024-03-15T11:59:59Z, true",
    "2024-03-15T12:00:00Z, false",
    "2024-03-20T00:00:00Z, true",
  })
  void theLatestOverageSettingInForceDecides(Instant at, boolean allowed) {
    Subscription subscription =
        basic()
            .addOverageSettings(
                new OverageSetting(
                    Resource.MONITORING_REQUESTS, true, Instant.parse("2024-03-10T00:00:00Z")),
                new OverageSetting(
                    Resource.MOCK_SERVER_CALLS, true, Instant.parse("2024-03-12T00:00:00Z")),
                new OverageSetting(
                    Resource.MONITORING_REQUESTS, false, Instant.parse("2024-03-15T12:00:00Z")),
                new OverageSetting(
                    Resource.MONITORING_REQUESTS, true, Instant.parse("2024-03-20T00:00:00Z")))
            .build();

    assertThat(subscription.isOverageAllowed(Resource.MONITORING_REQUESTS, at)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} has no overage setting")
  @CsvSource({"CUSTOM_DOMAINS", "API_CALLS", "INTEGRATIONS"})
  void refusesAnOverageSettingForOtherResources(Resource resource) {
    assertRefused(
        () -> new OverageSetting(resource, true, Instant.parse("2024-03-10T00:00:00Z")),
        BillingErrorCode.OVERAGE_NOT_CONFIGURABLE,
        "resource",
        resource + " has no overage setting");
  }

  @Test
  void renewedAsStartsTheNextTermAndKeepsEverythingElse() {
    LocalDate anchor = LocalDate.parse("2024-01-31");
    Subscription current =
        basic()
            .addBilledItems(
                new BilledItem(
                    new ChargeItem.Seats(PlanTier.BASIC),
                    5,
                    DateRange.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31")),
                    Amount.of("60.00", "USD"),
                    Amount.of("0.00", "USD")))
            .nextTerms(BASIC_5.withSeats(7))
            .autoFlexEnabled(true)
            .lockedFlexSeats(2)
            .addOverageSettings(
                new OverageSetting(
                    Resource.MONITORING_REQUESTS, true, Instant.parse("2024-02-01T00:00:00Z")))
            .usage(
                UsageLedger.of(DateRange.of(LocalDate.parse("2024-02-29"), anchor.plusMonths(2))))
            .addCustomDomains("acme.test")
            .autoFlexCycle(AutoFlexCycle.of(LocalDate.parse("2024-02-29"), 6))
            .autoFlexAcceptance(new AutoFlexAcceptance("ana", LocalDate.parse("2024-02-01")))
            .build();
    Terms next = BASIC_5.withSeats(7);
    DateRange cycle = DateRange.of(LocalDate.parse("2024-03-31"), LocalDate.parse("2024-04-30"));
    BilledItem seats =
        new BilledItem(
            new ChargeItem.Seats(PlanTier.BASIC),
            7,
            cycle,
            Amount.of("84.00", "USD"),
            Amount.of("0.00", "USD"));
    Optional<UsageLedger> usage = Optional.of(UsageLedger.of(cycle));

    Subscription renewed = current.renewedAs(next, anchor, cycle, List.of(seats), usage);

    assertThat(renewed)
        .isEqualTo(
            Subscription.builder()
                .from(current)
                .terms(next)
                .anchor(anchor)
                .currentCycle(cycle)
                .billedItems(List.of(seats))
                .nextTerms(Optional.empty())
                .lockedFlexSeats(0)
                .usage(usage)
                .build());
    assertThat(renewed.autoFlexCycle()).isEqualTo(current.autoFlexCycle());
    assertThat(renewed.customDomains()).containsExactly("acme.test");
    assertThat(renewed.overageSettings()).isEqualTo(current.overageSettings());
  }
}
