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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A catalog priced in EUR and USD: one catalog, a single-currency view per currency. */
class MultiCurrencyCatalogTest {
  private static final String TEXT =
      String.join(
          "\n",
          "currency=EUR",
          "currencies=EUR,USD",
          "plans=team",
          "resources=minutes",
          "resource.minutes.singular=build minute",
          "resource.minutes.plural=build minutes",
          "resource.minutes.measure=METERED",
          "resource.minutes.limit=OVERAGE_ALWAYS",
          "plan.team.name=Team",
          "plan.team.seat.MONTHLY=10.00",
          "plan.team.seat.MONTHLY.USD=11.00",
          "plan.team.baseFee.MONTHLY=20.00",
          "plan.team.baseFee.MONTHLY.USD=22.00",
          "addOn.minutes.blockSize=1000",
          "addOn.minutes.price.MONTHLY=5.00",
          "addOn.minutes.price.MONTHLY.USD=6.00",
          "overage.minutes.model=GRADUATED",
          "overage.minutes.tier.1.upTo=100",
          "overage.minutes.tier.1.price=0.10",
          "overage.minutes.tier.1.price.USD=0.12",
          "overage.minutes.tier.2.upTo=inf",
          "overage.minutes.tier.2.price=0.05",
          "overage.minutes.tier.2.price.USD=0.06",
          "");

  private static Catalog read(String text) {
    return CatalogFormat.read(new StringReader(text));
  }

  @Test
  void eachCurrencyHasItsOwnPricesAndTheSameEverythingElse() {
    Catalog catalog = read(TEXT);
    Catalog usd = catalog.inCurrency(Currencies.of("USD"));

    assertThat(catalog.currencies()).containsExactly(Currencies.of("EUR"), Currencies.of("USD"));
    assertThat(catalog.inCurrency(Currencies.of("EUR"))).isSameAs(catalog);
    assertThat(usd.currency()).isEqualTo(Currencies.of("USD"));
    assertThat(usd.currencies()).containsExactly(Currencies.of("USD"));
    PlanId team = PlanId.of("team");
    assertThat(usd.plan(team).seatPrice(BillingFrequency.MONTHLY))
        .isEqualTo(Amount.of("11.00", "USD"));
    assertThat(usd.plan(team).baseFee(BillingFrequency.MONTHLY))
        .isEqualTo(Amount.of("22.00", "USD"));
    ResourceId minutes = ResourceId.of("minutes");
    assertThat(usd.addOn(minutes).price(BillingFrequency.MONTHLY))
        .isEqualTo(Amount.of("6.00", "USD"));
    assertThat(usd.overagePrice(minutes).orElseThrow().amountFor(150))
        .isEqualTo(Amount.of("15.00", "USD")); // 100 x 0.12 + 50 x 0.06
    assertThat(catalog.overagePrice(minutes).orElseThrow().amountFor(150))
        .isEqualTo(Amount.of("12.50", "EUR")); // 100 x 0.10 + 50 x 0.05
    assertThat(usd.plans().keySet()).isEqualTo(catalog.plans().keySet());
    assertThat(usd.resources()).isEqualTo(catalog.resources());
  }

  @Test
  void aCurrencyTheCatalogLacksIsRefusedNamingTheOnesItHas() {
    BillingException refused =
        catchThrowableOfType(
            () -> read(TEXT).inCurrency(Currencies.of("GBP")), BillingException.class);

    assertThat(refused.errorCode()).isEqualTo(BillingErrorCode.CURRENCY_MISMATCH);
    assertThat(refused.field()).isEqualTo("currency");
    assertThat(refused.reason()).isEqualTo("GBP is not a currency of the catalog (EUR, USD)");
  }

  @Test
  void writingAndReadingKeepsEveryCurrency() {
    Catalog catalog = read(TEXT);

    String written = CatalogFormat.write(catalog);

    assertThat(written)
        .contains(
            "currencies=EUR,USD\n",
            "plan.team.seat.MONTHLY=10.00\nplan.team.seat.MONTHLY.USD=11.00\n",
            "overage.minutes.tier.2.price.USD=0.06\n");
    assertThat(read(written)).isEqualTo(catalog);
    assertThat(CatalogFormat.write(read(written))).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is wrong | the edit | the field named
        "a seat price missing in USD | plan.team.seat.MONTHLY.USD=11.00"
            + " | plan.team.seat.MONTHLY.USD",
        "a tier price missing in USD | overage.minutes.tier.2.price.USD=0.06"
            + " | overage.minutes.tier.2.price.USD",
        "an add-on price missing in USD | addOn.minutes.price.MONTHLY.USD=6.00"
            + " | addOn.minutes.price.MONTHLY.USD",
        "a price only in USD | plan.team.seat.MONTHLY=10.00 | plan.team.seat.MONTHLY.USD",
      })
  void aPriceMissingInOneCurrencyIsRefused(String what, String line, String field) {
    BillingException refused =
        catchThrowableOfType(() -> read(TEXT.replace(line + "\n", "")), BillingException.class);

    assertThat(refused.field()).as(what).isEqualTo(field);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plan.team.seat.MONTHLY.GBP=9.00 | 'GBP' is not listed in 'currencies'",
        "plan.team.seat.MONTHLY.EUR=9.00 | a price in the catalog currency EUR takes no currency"
            + " suffix",
        "plan.team.seat.MONTHLY.USD.X=9.00 | unknown catalog key",
      })
  void aSuffixThatIsNotAnotherListedCurrencyIsRefusedNamingTheKey(String line, String reason) {
    BillingException refused =
        catchThrowableOfType(() -> read(TEXT + line + "\n"), BillingException.class);

    assertThat(refused.errorCode()).isEqualTo(BillingErrorCode.MALFORMED_VALUE);
    assertThat(refused.field()).isEqualTo(line.substring(0, line.indexOf('=')));
    assertThat(refused.reason()).contains(reason);
  }

  @Test
  void anotherCurrencyMustBeTheSameCatalog() {
    Catalog catalog = read(TEXT);
    Catalog usd = catalog.inCurrency(Currencies.of("USD"));
    Plan renamed = Plan.builder().from(usd.plan(PlanId.of("team"))).name("Team USD").build();
    Catalog other = Catalog.builder().from(usd).putPlans(renamed.id(), renamed).build();

    BillingException refused =
        catchThrowableOfType(
            () ->
                Catalog.builder()
                    .from(catalog)
                    .putOtherCurrencies(Currencies.of("USD"), other)
                    .build(),
            BillingException.class);

    assertThat(refused.errorCode()).isEqualTo(BillingErrorCode.INVALID_CATALOG);
    assertThat(refused.field()).isEqualTo("otherCurrencies.USD");
    assertThat(refused.reason())
        .isEqualTo(
            "is not the same catalog in another currency: plan team has other names, flags,"
                + " allowances, minimum seats or trial in USD");
  }
}
