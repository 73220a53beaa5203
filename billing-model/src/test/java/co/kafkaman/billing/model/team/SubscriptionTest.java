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
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogVersion;
import co.kafkaman.billing.model.catalog.KafkamanSample;
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
  private static final Terms BASIC_5 = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);

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
                .withNextTerms(Optional.of(BASIC_5.withPlan(KafkamanSample.PROFESSIONAL)))
                .nextTerms())
        .contains(Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 5));
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
                    KafkamanSample.MONITORING_REQUESTS,
                    true,
                    Instant.parse("2024-03-10T00:00:00Z")),
                new OverageSetting(
                    KafkamanSample.MOCK_SERVER_CALLS, true, Instant.parse("2024-03-12T00:00:00Z")),
                new OverageSetting(
                    KafkamanSample.MONITORING_REQUESTS,
                    false,
                    Instant.parse("2024-03-15T12:00:00Z")),
                new OverageSetting(
                    KafkamanSample.MONITORING_REQUESTS,
                    true,
                    Instant.parse("2024-03-20T00:00:00Z")))
            .build();

    assertThat(subscription.isOverageAllowed(KafkamanSample.MONITORING_REQUESTS, at))
        .isEqualTo(allowed);
  }

  @Test
  void renewedAsStartsTheNextTermAndKeepsEverythingElse() {
    LocalDate anchor = LocalDate.parse("2024-01-31");
    Subscription current =
        basic()
            .addBilledItems(
                new BilledItem(
                    new ChargeItem.Seats(KafkamanSample.BASIC),
                    5,
                    DateRange.of(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31")),
                    Amount.of("60.00", "USD"),
                    Amount.of("0.00", "USD")))
            .nextTerms(BASIC_5.withSeats(7))
            .autoFlexEnabled(true)
            .lockedFlexSeats(2)
            .addOverageSettings(
                new OverageSetting(
                    KafkamanSample.MONITORING_REQUESTS,
                    true,
                    Instant.parse("2024-02-01T00:00:00Z")))
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
            new ChargeItem.Seats(KafkamanSample.BASIC),
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

  @Test
  void renewedAsEndsTheTrialAndClearsEveryPendingDateButKeepsTheCatalogVersion() {
    // a 14-day trial from 2024-03-10 that aligns to the 1st, cancelled, priced by a version: it
    // renews into the stub [03-24, 04-01) of the period anchored on 2024-03-01, an anchor before
    // the old one, so the copy's order must keep every step valid
    LocalDate trialEnd = LocalDate.parse("2024-03-24");
    CatalogVersion version =
        CatalogVersion.of(LocalDate.parse("2024-01-01"), Catalog.kafkamanSample());
    Subscription trial =
        Subscription.builder()
            .terms(BASIC_5)
            .anchor(LocalDate.parse("2024-03-10"))
            .currentCycle(DateRange.of(LocalDate.parse("2024-03-10"), trialEnd))
            .purchasedOn(LocalDate.parse("2024-03-10"))
            .trialEnd(trialEnd)
            .endsOn(trialEnd)
            .nextBillingDay(1)
            .nextTerms(BASIC_5.withSeats(6))
            .catalogVersion(version)
            .build();
    DateRange stub = DateRange.of(trialEnd, LocalDate.parse("2024-04-01"));

    Subscription renewed =
        trial.renewedAs(
            BASIC_5.withSeats(6), LocalDate.parse("2024-03-01"), stub, List.of(), Optional.empty());

    assertThat(renewed.trialEnd()).isEmpty();
    assertThat(renewed.endsOn()).isEmpty();
    assertThat(renewed.nextBillingDay()).isEmpty();
    assertThat(renewed.nextTerms()).isEmpty();
    assertThat(renewed.paused()).isFalse();
    assertThat(renewed.ended()).isFalse();
    assertThat(renewed.anchor()).isEqualTo(LocalDate.parse("2024-03-01"));
    assertThat(renewed.currentCycle()).isEqualTo(stub);
    assertThat(renewed.terms().seats()).isEqualTo(6);
    assertThat(renewed.catalogVersion()).containsSame(version);
    assertThat(renewed.purchasedOn()).isEqualTo(trial.purchasedOn());
  }

  @Test
  void renewedAsMovesTheAnchorPastTheOldCycleStartAfterATrial() {
    LocalDate trialEnd = LocalDate.parse("2024-03-24");
    Subscription trial =
        basic()
            .anchor(LocalDate.parse("2024-03-10"))
            .currentCycle(DateRange.of(LocalDate.parse("2024-03-10"), trialEnd))
            .trialEnd(trialEnd)
            .build();
    DateRange first = DateRange.of(trialEnd, LocalDate.parse("2024-04-24"));

    Subscription renewed = trial.renewedAs(BASIC_5, trialEnd, first, List.of(), Optional.empty());

    assertThat(renewed).isEqualTo(basic().anchor(trialEnd).currentCycle(first).build());
  }

  @Test
  void renewedAsChangingNothingButTheCycleCopiesOnlyWhatChanges() {
    DateRange cycle = DateRange.of(LocalDate.parse("2024-03-31"), LocalDate.parse("2024-04-30"));
    List<BilledItem> items =
        List.of(
            new BilledItem(
                new ChargeItem.Seats(KafkamanSample.BASIC),
                5,
                cycle,
                Amount.of("60.00", "USD"),
                Amount.of("0.00", "USD")),
            new BilledItem(
                new ChargeItem.AddOnBlocks(KafkamanSample.MONITORING_REQUESTS),
                1,
                cycle,
                Amount.of("10.00", "USD"),
                Amount.of("0.00", "USD")));
    Subscription current = basic().billedItems(items).build();

    Subscription renewed =
        current.renewedAs(
            current.terms(), current.anchor(), cycle, current.billedItems(), current.usage());

    assertThat(renewed).isEqualTo(basic().billedItems(items).currentCycle(cycle).build());
    // the same list, not a copy of it: only the cycle was copied
    assertThat(renewed.billedItems()).isSameAs(current.billedItems());
  }
}
