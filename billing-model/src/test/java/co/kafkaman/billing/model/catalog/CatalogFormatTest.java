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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogFormatTest {
  private static final Catalog SAMPLE = Catalog.kafkamanSample();

  /** A minimal valid catalog that a test adds one line to. */
  private static final String MINIMAL = "currency=USD\nplan.BASIC.seat.MONTHLY=12.00\n";

  private static Catalog read(String text) {
    return CatalogFormat.read(new StringReader(text));
  }

  @ParameterizedTest(name = "{0} {1} seat: {2}")
  @CsvSource({
    "FREE, MONTHLY, USD 0.00",
    "FREE, ANNUAL, USD 0.00",
    "BASIC, MONTHLY, USD 12.00",
    "BASIC, ANNUAL, USD 144.00",
    "PROFESSIONAL, MONTHLY, USD 29.00",
    "PROFESSIONAL, ANNUAL, USD 348.00",
    "ENTERPRISE, MONTHLY, USD 99.00",
    "ENTERPRISE, ANNUAL, USD 1188.00",
  })
  void sampleCatalogHasTheDocumentedSeatPrices(
      PlanTier tier, BillingFrequency frequency, String price) {
    assertThat(SAMPLE.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(SAMPLE.plan(tier).seatPrice(frequency)).isEqualTo(Amount.parse(price));
  }

  @ParameterizedTest(name = "{0}: self-serve {1}, pay by invoice {2}, auto-flex {3}")
  @CsvSource({
    "FREE, true, false, false",
    "BASIC, true, false, true",
    "PROFESSIONAL, true, false, true",
    "ENTERPRISE, false, true, false",
  })
  void sampleCatalogHasTheDocumentedFlags(
      PlanTier tier, boolean selfServe, boolean payByInvoice, boolean autoFlex) {
    Plan plan = SAMPLE.plan(tier);

    assertThat(plan.tier()).isEqualTo(tier);
    assertThat(plan.selfServe()).isEqualTo(selfServe);
    assertThat(plan.payByInvoiceAllowed()).isEqualTo(payByInvoice);
    assertThat(plan.autoFlexEligible()).isEqualTo(autoFlex);
  }

  @ParameterizedTest(name = "{0} includes {2} {1}")
  @CsvSource({
    "FREE, MONITORING_REQUESTS, 1000",
    "FREE, CUSTOM_DOMAINS, 0",
    "BASIC, MONITORING_REQUESTS, 10000",
    "BASIC, MOCK_SERVER_CALLS, 10000",
    "BASIC, CUSTOM_DOMAINS, 1",
    "BASIC, INTEGRATIONS, 10",
    "PROFESSIONAL, API_CALLS, 1000000",
    "ENTERPRISE, CUSTOM_DOMAINS, 25",
    "ENTERPRISE, CLOUD_AGENT, 500000",
  })
  void sampleCatalogHasTheDocumentedAllowances(PlanTier tier, Resource resource, long allowance) {
    assertThat(SAMPLE.plan(tier).allowance(resource)).isEqualTo(allowance);
  }

  @ParameterizedTest(name = "{0} blocks of {1} at {2} monthly, {3} annually")
  @CsvSource({
    "MONITORING_REQUESTS, 10000, USD 8.00, USD 96.00",
    "MOCK_SERVER_CALLS, 10000, USD 5.00, USD 60.00",
    "CUSTOM_DOMAINS, 1, USD 10.00, USD 120.00",
  })
  void sampleCatalogHasTheDocumentedAddOns(
      Resource resource, long blockSize, String monthly, String annual) {
    AddOn addOn = SAMPLE.addOn(resource);

    assertThat(addOn.resource()).isEqualTo(resource);
    assertThat(addOn.blockSize()).isEqualTo(blockSize);
    assertThat(addOn.price(BillingFrequency.MONTHLY)).isEqualTo(Amount.parse(monthly));
    assertThat(addOn.price(BillingFrequency.ANNUAL)).isEqualTo(Amount.parse(annual));
  }

  @ParameterizedTest(name = "{0} overage: {1} per {2}; {3} billable units are {4} packages")
  @CsvSource({
    "MONITORING_REQUESTS, USD 0.90, 1000, 2500, 3",
    "MOCK_SERVER_CALLS, USD 0.01, 1, 2500, 2500",
  })
  void sampleCatalogHasTheDocumentedOveragePrices(
      Resource resource, String price, long packageSize, long billable, long packages) {
    OveragePrice overage = SAMPLE.overagePrice(resource).orElseThrow();

    assertThat(overage.price()).isEqualTo(Amount.parse(price));
    assertThat(overage.packageSize()).isEqualTo(packageSize);
    assertThat(overage.packagesFor(billable)).isEqualTo(packages);
    assertThat(SAMPLE.overagePrice(Resource.CUSTOM_DOMAINS)).isEmpty();
  }

  @Test
  void readsDefaultsForOmittedFlagsAndPackageSize() {
    Catalog catalog =
        read(
            MINIMAL
                + "overage.MOCK_SERVER_CALLS.price=0.01\n"
                + "addOn.CUSTOM_DOMAINS.blockSize=1_000\n"
                + "addOn.CUSTOM_DOMAINS.price.ANNUAL=120.00\n");

    Plan basic = catalog.plan(PlanTier.BASIC);
    assertThat(basic.selfServe()).isTrue();
    assertThat(basic.payByInvoiceAllowed()).isFalse();
    assertThat(basic.autoFlexEligible()).isFalse();
    assertThat(basic.offers(BillingFrequency.ANNUAL)).isFalse();
    assertThat(catalog.overagePrice(Resource.MOCK_SERVER_CALLS).orElseThrow().packageSize())
        .isEqualTo(1);
    assertThat(catalog.addOn(Resource.CUSTOM_DOMAINS).blockSize()).isEqualTo(1000);
  }

  @Test
  void parseAcceptsAlreadyLoadedProperties() {
    Properties properties = new Properties();
    properties.setProperty("currency", " JPY ");
    properties.setProperty("plan.BASIC.seat.MONTHLY", " 1200 ");

    Catalog catalog = CatalogFormat.parse(properties);

    assertThat(catalog.plan(PlanTier.BASIC).seatPrice(BillingFrequency.MONTHLY))
        .isEqualTo(Amount.parse("JPY 1200"));
  }

  @ParameterizedTest(name = "{0} is refused: {1} [{2}] naming {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plan.BASIC.seat.WEEKLY=12.00            | MALFORMED_VALUE       | plan.BASIC.seat.WEEKLY            | WEEKLY
          plan.GOLD.seat.MONTHLY=12.00            | MALFORMED_VALUE       | plan.GOLD.seat.MONTHLY            | GOLD
          plan.BASIC.seat.ANNUAL=twelve           | MALFORMED_VALUE       | plan.BASIC.seat.ANNUAL            | twelve
          plan.BASIC.seat.ANNUAL=                 | MALFORMED_VALUE       | plan.BASIC.seat.ANNUAL            | ''
          plan.BASIC.seat.ANNUAL=144.001          | AMOUNT_SCALE_EXCEEDED | plan.BASIC.seat.ANNUAL            | 144.001
          plan.BASIC.seat.ANNUAL=1e30             | AMOUNT_OVERFLOW       | plan.BASIC.seat.ANNUAL            | 1e30
          plan.BASIC.allowance.API_CALLS=-5       | MALFORMED_VALUE       | plan.BASIC.allowance.API_CALLS    | -5
          plan.BASIC.allowance.API_CALLS=lots     | MALFORMED_VALUE       | plan.BASIC.allowance.API_CALLS    | lots
          plan.BASIC.allowance.API_CALLS=1.5      | MALFORMED_VALUE       | plan.BASIC.allowance.API_CALLS    | 1.5
          plan.BASIC.allowance.TELEPORTS=5        | MALFORMED_VALUE       | plan.BASIC.allowance.TELEPORTS    | TELEPORTS
          plan.BASIC.selfServe=yes                | MALFORMED_VALUE       | plan.BASIC.selfServe              | yes
          plan.BASIC.autoFlex=TRUE                | MALFORMED_VALUE       | plan.BASIC.autoFlex               | TRUE
          plan.BASIC.colour=blue                  | MALFORMED_VALUE       | plan.BASIC.colour                 | plan.BASIC.colour
          plan.BASIC.seat=12.00                   | MALFORMED_VALUE       | plan.BASIC.seat                   | plan.BASIC.seat
          plan.BASIC=12.00                        | MALFORMED_VALUE       | plan.BASIC                        | plan.BASIC
          plan=12.00                              | MALFORMED_VALUE       | plan                              | plan
          plan.BASIC.seat.ANNUAL.extra=1          | MALFORMED_VALUE       | plan.BASIC.seat.ANNUAL.extra      | plan.BASIC.seat.ANNUAL.extra
          plan.BASIC.seat.ANNUAL.=144.00          | MALFORMED_VALUE       | plan.BASIC.seat.ANNUAL.           | plan.BASIC.seat.ANNUAL.
          plan.BASIC.selfServe.=true              | MALFORMED_VALUE       | plan.BASIC.selfServe.             | plan.BASIC.selfServe.
          plan.BASIC.autoFlex.extra=true          | MALFORMED_VALUE       | plan.BASIC.autoFlex.extra         | plan.BASIC.autoFlex.extra
          currency.code=USD                       | MALFORMED_VALUE       | currency.code                     | currency.code
          discount=10                             | MALFORMED_VALUE       | discount                          | discount
          addOn.MONITORING_REQUESTS.blockSize=big | MALFORMED_VALUE       | addOn.MONITORING_REQUESTS.blockSize | big
          addOn.MONITORING_REQUESTS.colour=red    | MALFORMED_VALUE       | addOn.MONITORING_REQUESTS.colour  | addOn.MONITORING_REQUESTS.colour
          addOn.MONITORING_REQUESTS.price.DAILY=1 | MALFORMED_VALUE       | addOn.MONITORING_REQUESTS.price.DAILY | DAILY
          addOn.TELEPORTS.blockSize=1             | MALFORMED_VALUE       | addOn.TELEPORTS.blockSize         | TELEPORTS
          addOn.MONITORING_REQUESTS.price.MONTHLY=8.001 | AMOUNT_SCALE_EXCEEDED | addOn.MONITORING_REQUESTS.price.MONTHLY | 8.001
          overage.MONITORING_REQUESTS.price=0.901 | AMOUNT_SCALE_EXCEEDED | overage.MONITORING_REQUESTS.price | 0.901
          overage.MONITORING_REQUESTS.price=cheap | MALFORMED_VALUE       | overage.MONITORING_REQUESTS.price | cheap
          overage.MONITORING_REQUESTS.packageSize=-1 | MALFORMED_VALUE    | overage.MONITORING_REQUESTS.packageSize | -1
          overage.MONITORING_REQUESTS.unit=1      | MALFORMED_VALUE       | overage.MONITORING_REQUESTS.unit  | overage.MONITORING_REQUESTS.unit
          overage.MONITORING_REQUESTS=1           | MALFORMED_VALUE       | overage.MONITORING_REQUESTS       | overage.MONITORING_REQUESTS
          """)
  void refusesAMalformedLineNamingItsKey(
      String line, BillingErrorCode code, String key, String value) {
    assertRefused(() -> read(MINIMAL + line + "\n"), code, key, value);
  }

  @ParameterizedTest(name = "{0} is refused: {1} [{2}] naming {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plan.BASIC.seat.MONTHLY=12.00                                        | MALFORMED_VALUE | currency | currency
          currency=ABC;plan.BASIC.seat.MONTHLY=12.00                           | MALFORMED_VALUE | currency | ABC
          currency=USD;plan.BASIC.allowance.API_CALLS=5                        | INVALID_CATALOG | seatPrices | BASIC
          currency=USD;plan.BASIC.seat.MONTHLY=-1.00                           | INVALID_CATALOG | seatPrices.MONTHLY | USD -1.00
          currency=USD;addOn.CUSTOM_DOMAINS.price.MONTHLY=10.00                | MALFORMED_VALUE | addOn.CUSTOM_DOMAINS.blockSize | missing
          currency=USD;addOn.CUSTOM_DOMAINS.blockSize=0;addOn.CUSTOM_DOMAINS.price.MONTHLY=10.00 | INVALID_CATALOG | blockSize | was 0
          currency=USD;addOn.CUSTOM_DOMAINS.blockSize=1                        | INVALID_CATALOG | prices | CUSTOM_DOMAINS
          currency=USD;addOn.CUSTOM_DOMAINS.blockSize=1;addOn.CUSTOM_DOMAINS.price.MONTHLY=-10.00 | INVALID_CATALOG | prices.MONTHLY | USD -10.00
          currency=USD;overage.MONITORING_REQUESTS.packageSize=1000            | MALFORMED_VALUE | overage.MONITORING_REQUESTS.price | missing
          currency=USD;overage.MONITORING_REQUESTS.price=0.90;overage.MONITORING_REQUESTS.packageSize=0 | INVALID_CATALOG | packageSize | was 0
          currency=USD;overage.MONITORING_REQUESTS.price=-0.90                 | INVALID_CATALOG | price | USD -0.90
          """)
  void refusesAnIncompleteOrInconsistentCatalog(
      String lines, BillingErrorCode code, String field, String value) {
    assertRefused(() -> read(lines.replace(';', '\n')), code, field, value);
  }

  @Test
  void readerFailureIsReportedUnchecked() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> CatalogFormat.read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("catalog")
        .hasRootCauseMessage("disk gone");
  }
}
