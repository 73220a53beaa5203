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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked by hand: package, graduated and volume prices of billable units. */
class OveragePriceTest {
  private static final ResourceId MINUTES = ResourceId.of("BUILD_MINUTES");

  /** 0.10 up to 1,000, 0.08 from 1,001 to 5,000, 0.05 above. */
  private static final List<OveragePrice.Tier> TIERS =
      List.of(
          new OveragePrice.Tier(1_000, usd("0.10")),
          new OveragePrice.Tier(5_000, usd("0.08")),
          new OveragePrice.Tier(OveragePrice.Tier.UNBOUNDED, usd("0.05")));

  private static Amount usd(String value) {
    return Amount.of(value, "USD");
  }

  @ParameterizedTest(name = "{0} units at 0.90 per {1}: {2} packages, {3}")
  @CsvSource({
    "0, 1000, 0, 0.00",
    "1, 1000, 1, 0.90",
    "1000, 1000, 1, 0.90",
    "1001, 1000, 2, 1.80",
    "2500, 1000, 3, 2.70",
    "7, 1, 7, 6.30"
  })
  void packagePricesRoundPartialPackagesUp(long units, long size, long packages, String amount) {
    OveragePrice price = new OveragePrice(MINUTES, usd("0.90"), size);
    assertThat(price.packagesFor(units)).isEqualTo(packages);
    assertThat(price.amountFor(units)).isEqualTo(usd(amount));
    assertThat(price.chargesFor(units))
        .singleElement()
        .satisfies(c -> assertThat(c.quantity()).isEqualTo(packages));
  }

  @ParameterizedTest(name = "graduated {0} units: {1}")
  @CsvSource({
    // units, amount, tier parts "quantity@price" worked by hand
    "0, 0.00, ''",
    "1, 0.10, 1@0.10",
    "1000, 100.00, 1000@0.10",
    "1001, 100.08, 1000@0.10 1@0.08",
    "1500, 140.00, 1000@0.10 500@0.08",
    "5000, 420.00, 1000@0.10 4000@0.08",
    "7000, 520.00, 1000@0.10 4000@0.08 2000@0.05"
  })
  void graduatedPricesEachUnitAtItsTier(long units, String amount, String parts) {
    OveragePrice price = OveragePrice.tiered(MINUTES, OveragePrice.Model.GRADUATED, TIERS);
    assertThat(price.amountFor(units)).isEqualTo(usd(amount));
    assertThat(describe(price.chargesFor(units))).isEqualTo(parts);
  }

  @ParameterizedTest(name = "volume {0} units: {1}")
  @CsvSource({
    "0, 0.00, 0@0.10",
    "1, 0.10, 1@0.10",
    "1000, 100.00, 1000@0.10",
    "1001, 80.08, 1001@0.08",
    "1500, 120.00, 1500@0.08",
    "5000, 400.00, 5000@0.08",
    "7000, 350.00, 7000@0.05"
  })
  void volumePricesEveryUnitAtTheTierReached(long units, String amount, String parts) {
    OveragePrice price = OveragePrice.tiered(MINUTES, OveragePrice.Model.VOLUME, TIERS);
    assertThat(price.amountFor(units)).isEqualTo(usd(amount));
    assertThat(describe(price.chargesFor(units))).isEqualTo(parts);
  }

  @Test
  void graduatedPartsNameTheirTiersAndUnits() {
    OveragePrice price = OveragePrice.tiered(MINUTES, OveragePrice.Model.GRADUATED, TIERS);
    assertThat(price.chargesFor(7_000))
        .extracting(c -> c.tier() + ":" + c.firstUnit() + "-" + c.lastUnit())
        .containsExactly("1:1-1000", "2:1001-5000", "3:5001-7000");
    assertThat(price.price()).isEqualTo(usd("0.10"));
    assertThat(price.packageSize()).isEqualTo(1);
  }

  @Test
  void badTiersAreRefusedNamingTheTier() {
    Amount p = usd("0.10");
    assertRefused(
        () -> OveragePrice.tiered(MINUTES, OveragePrice.Model.GRADUATED, List.of()),
        BillingErrorCode.INVALID_CATALOG,
        "tiers",
        "at least one tier");
    assertRefused(
        () ->
            OveragePrice.tiered(
                MINUTES,
                OveragePrice.Model.VOLUME,
                List.of(new OveragePrice.Tier(1_000, p), new OveragePrice.Tier(1_000, p))),
        BillingErrorCode.INVALID_CATALOG,
        "tiers.2.upTo",
        "not above 1000");
    assertRefused(
        () ->
            OveragePrice.tiered(
                MINUTES, OveragePrice.Model.VOLUME, List.of(new OveragePrice.Tier(1_000, p))),
        BillingErrorCode.INVALID_CATALOG,
        "tiers.1.upTo",
        "only the last tier is unbounded");
    assertRefused(
        () ->
            OveragePrice.tiered(
                MINUTES,
                OveragePrice.Model.GRADUATED,
                List.of(
                    new OveragePrice.Tier(1_000, p),
                    new OveragePrice.Tier(OveragePrice.Tier.UNBOUNDED, Amount.of("0.08", "EUR")))),
        BillingErrorCode.CURRENCY_MISMATCH,
        "tiers.2.price",
        "EUR");
    assertRefused(
        () -> new OveragePrice.Tier(1_000, usd("-0.01")),
        BillingErrorCode.INVALID_CATALOG,
        "unitPrice",
        "-0.01");
    assertRefused(
        () -> new OveragePrice(MINUTES, p, 1, OveragePrice.Model.PACKAGE, TIERS),
        BillingErrorCode.INVALID_CATALOG,
        "tiers",
        "no tiers");
    assertRefused(
        () -> OveragePrice.tiered(MINUTES, OveragePrice.Model.GRADUATED, TIERS).amountFor(-1),
        BillingErrorCode.INVALID_QUANTITY,
        "billableUnits",
        "-1");
  }

  private static String describe(List<OveragePrice.Charge> charges) {
    StringBuilder text = new StringBuilder();
    for (OveragePrice.Charge charge : charges) {
      text.append(text.length() == 0 ? "" : " ")
          .append(charge.quantity())
          .append('@')
          .append(charge.unitPrice().toPlainString());
    }
    return text.toString();
  }
}
