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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import java.util.List;
import javax.money.CurrencyUnit;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of money values, valid by construction, with the cases that break billing code
 * weighted in: zero-decimal (JPY) and three-decimal (BHD) currencies, zero, one minor unit and huge
 * amounts, whole and empty fractions, month-length denominators.
 *
 * <p>Example: {@code qt().forAll(MoneyGen.prices(MoneyGen.currencies()))} sees {@code JPY 0},
 * {@code BHD 0.001}, {@code USD 12.00} and {@code EUR 9999999999.99} among its first few hundred
 * values.
 *
 * @since 0.1.0
 */
public final class MoneyGen {
  /** USD, EUR, JPY (0 decimals) and BHD (3 decimals). */
  public static final List<String> CURRENCY_CODES = List.of("USD", "EUR", "JPY", "BHD");

  /** The largest generated amount in minor units: one thousand billion minor units. */
  public static final long HUGE_MINOR_UNITS = 1_000_000_000_000L;

  private MoneyGen() {}

  /**
   * Returns currencies: USD, EUR, JPY (0 decimals) and BHD (3 decimals), each equally likely.
   *
   * @return the generator
   */
  public static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCY_CODES).map(Currencies::of);
  }

  /**
   * Returns non-negative prices in {@code currency}: zero, one minor unit, round catalog prices
   * ({@code 12.00}), any price up to 100,000, and huge ones.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Amount> prices(CurrencyUnit currency) {
    long unit = pow10(Currencies.scaleOf(currency));
    Gen<Long> minor =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(1, Generate.constant(1L)),
                Pair.of(4, Generate.longRange(1, 2_000).map(whole -> whole * unit)),
                Pair.of(4, Generate.longRange(0, 100_000 * unit)),
                Pair.of(1, Generate.longRange(HUGE_MINOR_UNITS / 1000, HUGE_MINOR_UNITS))));
    return minor.map(m -> Amount.ofMinor(m, currency));
  }

  /**
   * Returns prices in a currency drawn from {@code currencies}.
   *
   * @param currencies the currencies
   * @return the generator
   */
  public static Gen<Amount> prices(Gen<CurrencyUnit> currencies) {
    return currencies.flatMap(MoneyGen::prices);
  }

  /**
   * Returns amounts of either sign in {@code currency} (a credit is negative), with the edge cases
   * of {@link #prices(CurrencyUnit)}.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Amount> amounts(CurrencyUnit currency) {
    return prices(currency)
        .zip(Generate.booleans(), (price, negative) -> negative ? price.negated() : price);
  }

  /**
   * Returns fractions {@code n/d days} with {@code 0 <= n <= d}: whole ({@code 31/31}), empty
   * ({@code 0/30}), one day, and denominators of month and year lengths (28 to 31, 360, 365, 366)
   * as well as arbitrary ones.
   *
   * @return the generator
   */
  public static Gen<Fraction> fractions() {
    Gen<Long> denominators =
        Generate.frequency(
            List.of(
                Pair.of(6, Generate.pick(List.of(28L, 29L, 30L, 31L, 360L, 365L, 366L))),
                Pair.of(2, Generate.longRange(1, 1_000))));
    return denominators.flatMap(
        d ->
            Generate.frequency(
                    List.of(
                        Pair.of(1, Generate.constant(d)),
                        Pair.of(1, Generate.constant(0L)),
                        Pair.of(1, Generate.constant(Math.min(1L, d))),
                        Pair.of(5, Generate.longRange(0, d))))
                .map(n -> Fraction.of(n, d, "days")));
  }

  /**
   * Returns the rounding policies, each equally likely.
   *
   * @return the generator
   */
  public static Gen<RoundingPolicy> roundingPolicies() {
    return Generate.enumValues(RoundingPolicy.class);
  }

  /**
   * Returns quantities (seats, blocks, packages): zero, one, a few, dozens, and huge counts (up to
   * {@link InputLimits#MAX_SEATS}, the most seats a team may have).
   *
   * @return the generator
   */
  public static Gen<Integer> quantities() {
    return Generate.frequency(
        List.of(
            Pair.of(1, Generate.constant(0)),
            Pair.of(2, Generate.constant(1)),
            Pair.of(4, Generate.range(2, 10)),
            Pair.of(2, Generate.range(11, 500)),
            Pair.of(1, Generate.pick(List.of(10_000, 50_000, InputLimits.MAX_SEATS)))));
  }

  static long pow10(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10;
    }
    return result;
  }
}
