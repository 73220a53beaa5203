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
package co.kafkaman.billing.model.catalog;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogTest {

  private static Plan plan(PlanId tier, String monthly) {
    return Plan.builder()
        .id(tier)
        .putSeatPrices(BillingFrequency.MONTHLY, Amount.parse(monthly))
        .build();
  }

  private static AddOn addOn(ResourceId resource, String monthly) {
    return new AddOn(resource, 10_000, Map.of(BillingFrequency.MONTHLY, Amount.parse(monthly)));
  }

  private static Catalog.Builder usdCatalog() {
    return Catalog.builder()
        .currency(Currencies.of("USD"))
        .putAllResources(Catalog.kafkamanSample().resources());
  }

  @Test
  void planAnswersPricesAllowancesAndFlags() {
    Plan basic =
        Plan.builder()
            .id(KafkamanSample.BASIC)
            .putSeatPrices(BillingFrequency.MONTHLY, Amount.parse("USD 12.00"))
            .putSeatPrices(BillingFrequency.ANNUAL, Amount.parse("USD 144.00"))
            .putAllowances(KafkamanSample.MONITORING_REQUESTS, 10_000L)
            .autoFlexEligible(true)
            .build();

    assertThat(basic.seatPrice(BillingFrequency.MONTHLY)).isEqualTo(Amount.parse("USD 12.00"));
    assertThat(basic.seatPrice(BillingFrequency.ANNUAL)).isEqualTo(Amount.parse("USD 144.00"));
    assertThat(basic.offers(BillingFrequency.ANNUAL)).isTrue();
    assertThat(basic.allowance(KafkamanSample.MONITORING_REQUESTS)).isEqualTo(10_000L);
    assertThat(basic.allowance(KafkamanSample.API_CALLS)).isZero();
    assertThat(basic.selfServe()).isTrue();
    assertThat(basic.payByInvoiceAllowed()).isFalse();
    assertThat(basic.autoFlexEligible()).isTrue();
  }

  @Test
  void planRefusesAFrequencyItDoesNotOffer() {
    Plan monthlyOnly = plan(KafkamanSample.PROFESSIONAL, "USD 29.00");

    assertThat(monthlyOnly.offers(BillingFrequency.ANNUAL)).isFalse();
    assertRefused(
        () -> monthlyOnly.seatPrice(BillingFrequency.ANNUAL),
        BillingErrorCode.FREQUENCY_NOT_OFFERED,
        "frequency",
        "PROFESSIONAL does not offer ANNUAL");
  }

  @Test
  void planRefusesNoPrices() {
    assertRefused(
        () -> Plan.builder().id(KafkamanSample.BASIC).build(),
        BillingErrorCode.INVALID_CATALOG,
        "seatPrices",
        "BASIC offers no billing frequency");
  }

  @Test
  void planRefusesANegativePrice() {
    assertRefused(
        () -> plan(KafkamanSample.BASIC, "USD -12.00"),
        BillingErrorCode.INVALID_CATALOG,
        "seatPrices.MONTHLY",
        "BASIC price USD -12.00 is negative");
  }

  @Test
  void planRefusesPricesInTwoCurrencies() {
    assertRefused(
        () ->
            Plan.builder()
                .id(KafkamanSample.BASIC)
                .putSeatPrices(BillingFrequency.MONTHLY, Amount.parse("USD 12.00"))
                .putSeatPrices(BillingFrequency.ANNUAL, Amount.parse("EUR 144.00"))
                .build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "seatPrices.ANNUAL",
        "BASIC price EUR 144.00 is not in USD");
  }

  @Test
  void planRefusesANegativeAllowance() {
    assertRefused(
        () ->
            Plan.builder()
                .from(plan(KafkamanSample.BASIC, "USD 12.00"))
                .putAllowances(KafkamanSample.API_CALLS, -1L)
                .build(),
        BillingErrorCode.INVALID_CATALOG,
        "allowances.API_CALLS",
        "was -1");
  }

  @Test
  void catalogLooksUpPlansAddOnsAndOveragePrices() {
    Catalog catalog =
        usdCatalog()
            .putPlans(KafkamanSample.BASIC, plan(KafkamanSample.BASIC, "USD 12.00"))
            .putAddOns(
                KafkamanSample.MONITORING_REQUESTS,
                addOn(KafkamanSample.MONITORING_REQUESTS, "USD 8.00"))
            .putOveragePrices(
                KafkamanSample.MONITORING_REQUESTS,
                new OveragePrice(
                    KafkamanSample.MONITORING_REQUESTS, Amount.parse("USD 0.90"), 1000))
            .build();

    assertThat(catalog.plan(KafkamanSample.BASIC).id()).isEqualTo(KafkamanSample.BASIC);
    assertThat(catalog.addOn(KafkamanSample.MONITORING_REQUESTS).price(BillingFrequency.MONTHLY))
        .isEqualTo(Amount.parse("USD 8.00"));
    assertThat(catalog.overagePrice(KafkamanSample.MONITORING_REQUESTS)).isPresent();
    assertThat(catalog.overagePrice(KafkamanSample.MOCK_SERVER_CALLS)).isEmpty();
    assertRefused(
        () -> catalog.plan(KafkamanSample.ENTERPRISE),
        BillingErrorCode.UNKNOWN_PLAN,
        "plan",
        "no ENTERPRISE plan");
    assertRefused(
        () -> catalog.addOn(KafkamanSample.CUSTOM_DOMAINS),
        BillingErrorCode.UNKNOWN_ADD_ON,
        "resource",
        "no add-on for CUSTOM_DOMAINS");
  }

  @Test
  void catalogRefusesAPlanFiledUnderAnotherTier() {
    assertRefused(
        () ->
            usdCatalog()
                .putPlans(KafkamanSample.BASIC, plan(KafkamanSample.PROFESSIONAL, "USD 29.00"))
                .build(),
        BillingErrorCode.INVALID_CATALOG,
        "plans.BASIC",
        "holds the PROFESSIONAL plan");
  }

  @Test
  void catalogRefusesAPlanPricedInAnotherCurrency() {
    assertRefused(
        () ->
            usdCatalog()
                .putPlans(KafkamanSample.BASIC, plan(KafkamanSample.BASIC, "EUR 12.00"))
                .build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "plans.BASIC",
        "EUR 12.00 is not in the catalog currency USD");
  }

  @Test
  void catalogRefusesAnAddOnFiledUnderAnotherResource() {
    assertRefused(
        () ->
            usdCatalog()
                .putAddOns(
                    KafkamanSample.CUSTOM_DOMAINS,
                    addOn(KafkamanSample.MOCK_SERVER_CALLS, "USD 5.00"))
                .build(),
        BillingErrorCode.INVALID_CATALOG,
        "addOns.CUSTOM_DOMAINS",
        "holds the MOCK_SERVER_CALLS add-on");
  }

  @Test
  void catalogRefusesAnAddOnPricedInAnotherCurrency() {
    assertRefused(
        () ->
            usdCatalog()
                .putAddOns(
                    KafkamanSample.CUSTOM_DOMAINS, addOn(KafkamanSample.CUSTOM_DOMAINS, "JPY 1000"))
                .build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "addOns.CUSTOM_DOMAINS",
        "JPY 1000 is not in the catalog currency USD");
  }

  @Test
  void catalogRefusesAnOveragePriceFiledUnderAnotherResource() {
    assertRefused(
        () ->
            usdCatalog()
                .putOveragePrices(
                    KafkamanSample.MOCK_SERVER_CALLS,
                    new OveragePrice(
                        KafkamanSample.MONITORING_REQUESTS, Amount.parse("USD 0.90"), 1000))
                .build(),
        BillingErrorCode.INVALID_CATALOG,
        "overagePrices.MOCK_SERVER_CALLS",
        "holds the MONITORING_REQUESTS price");
  }

  @Test
  void catalogRefusesAnOveragePriceInAnotherCurrency() {
    assertRefused(
        () ->
            usdCatalog()
                .putOveragePrices(
                    KafkamanSample.MOCK_SERVER_CALLS,
                    new OveragePrice(KafkamanSample.MOCK_SERVER_CALLS, Amount.parse("EUR 0.01"), 1))
                .build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "overagePrices.MOCK_SERVER_CALLS",
        "EUR 0.01 is not in the catalog currency USD");
  }

  @Test
  void addOnRefusesAFrequencyWithoutAPrice() {
    AddOn monthlyOnly = addOn(KafkamanSample.MONITORING_REQUESTS, "USD 8.00");

    assertRefused(
        () -> monthlyOnly.price(BillingFrequency.ANNUAL),
        BillingErrorCode.FREQUENCY_NOT_OFFERED,
        "frequency",
        "MONITORING_REQUESTS add-on has no ANNUAL price");
  }

  @Test
  void addOnRefusesAZeroBlockSize() {
    assertRefused(
        () ->
            new AddOn(
                KafkamanSample.CUSTOM_DOMAINS,
                0,
                Map.of(BillingFrequency.MONTHLY, Amount.parse("USD 10.00"))),
        BillingErrorCode.INVALID_CATALOG,
        "blockSize",
        "CUSTOM_DOMAINS block size must be positive, was 0");
  }

  @ParameterizedTest(name = "{1} units past the entitlement at {0} per package are {2} packages")
  @CsvSource({
    "1000, 0, 0",
    "1000, 1, 1",
    "1000, 999, 1",
    "1000, 1000, 1",
    "1000, 1001, 2",
    "1000, 2500, 3",
    "1, 7, 7",
    "10000, 9223372036854775807, 922337203685478",
  })
  void overageRoundsUpToWholePackages(long packageSize, long billable, long packages) {
    OveragePrice price =
        new OveragePrice(KafkamanSample.MONITORING_REQUESTS, Amount.parse("USD 0.90"), packageSize);

    assertThat(price.packagesFor(billable)).isEqualTo(packages);
  }

  @Test
  void overageRefusesNegativeUsage() {
    OveragePrice price =
        new OveragePrice(KafkamanSample.MONITORING_REQUESTS, Amount.parse("USD 0.90"), 1000);

    assertRefused(
        () -> price.packagesFor(-1), BillingErrorCode.INVALID_QUANTITY, "billableUnits", "was -1");
  }

  @ParameterizedTest(name = "{0} above {1}: {2}")
  @CsvSource({
    "BASIC, FREE, true",
    "PROFESSIONAL, BASIC, true",
    "ENTERPRISE, PROFESSIONAL, true",
    "ENTERPRISE, FREE, true",
    "BASIC, BASIC, false",
    "FREE, BASIC, false",
    "BASIC, PROFESSIONAL, false",
  })
  void samplePlansAreOrderedFromFreeToEnterprise(PlanId tier, PlanId other, boolean above) {
    assertThat(Catalog.kafkamanSample().isUpgrade(other, tier)).isEqualTo(above);
  }

  @Test
  void resourceIdsAreTheResourcesInCatalogOrder() {
    Catalog sample = Catalog.kafkamanSample();

    assertThat(sample.resourceIds())
        .containsExactlyElementsOf(sample.resources().keySet())
        .startsWith(KafkamanSample.MONITORING_REQUESTS, KafkamanSample.MOCK_SERVER_CALLS)
        .isNotEqualTo(sample.resourceIds().stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}: overage setting {1}, hard limit {2}, label {3}")
  @CsvSource({
    "MONITORING_REQUESTS, true, false, monitoring requests",
    "MOCK_SERVER_CALLS, true, false, mock server calls",
    "CUSTOM_DOMAINS, false, true, custom domains",
    "API_CALLS, false, false, API calls",
    "SERVERLESS_REQUESTS, false, false, serverless requests",
    "INTEGRATIONS, false, false, integrations",
    "CLOUD_AGENT, false, false, cloud agent calls",
  })
  void onlyMonitoringAndMockServerCallsHaveAnOverageSetting(
      ResourceId id, boolean overageSetting, boolean hardLimit, String label) {
    Resource resource = Catalog.kafkamanSample().resource(id);
    assertThat(resource.hasOverageSetting()).isEqualTo(overageSetting);
    assertThat(resource.isHardLimit()).isEqualTo(hardLimit);
    assertThat(resource.label()).isEqualTo(label);
  }
}
