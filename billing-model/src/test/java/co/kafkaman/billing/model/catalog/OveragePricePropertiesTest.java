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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import co.kafkaman.billing.model.money.Amount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The three overage models against their definitions, computed here independently. */
class OveragePricePropertiesTest {
  private static final ResourceId UNITS = ResourceId.of("UNITS");

  /** 1 to 5 tiers: steps of 1 to 50,000 units, prices of 0 to 1,000 cents, the last unbounded. */
  private static Gen<List<OveragePrice.Tier>> tiers() {
    return lists()
        .of(
            longs()
                .between(1, 50_000)
                .zip(longs().between(0, 1_000), (step, cents) -> new long[] {step, cents}))
        .ofSizeBetween(1, 5)
        .map(
            steps -> {
              List<OveragePrice.Tier> tiers = new ArrayList<>();
              long upTo = 0;
              for (int i = 0; i < steps.size(); i++) {
                upTo = i == steps.size() - 1 ? OveragePrice.Tier.UNBOUNDED : upTo + steps.get(i)[0];
                tiers.add(
                    new OveragePrice.Tier(upTo, Amount.ofMinor(steps.get(i)[1], Currency.USD)));
              }
              return tiers;
            });
  }

  /**
   * Returns {@code any} units one time in four, else a tier's bound (picked by {@code pick}) minus
   * one, itself or plus one: the boundaries where off-by-one errors live.
   */
  private static long units(List<OveragePrice.Tier> tiers, long any, int mode, int pick) {
    if (mode == 0 || tiers.size() == 1) {
      return any;
    }
    long bound = tiers.get(Math.floorMod(pick, tiers.size() - 1)).upTo();
    return bound + mode - 2;
  }

  /** Graduated: the sum over tiers of the units falling in the tier x the tier's price. */
  @Test
  void graduatedEqualsTheSumOverTiersOfUnitsTimesTierPrice() {
    qt().withExamples(2_000)
        .forAll(tiers(), longs().between(0, 300_000), integers().between(0, 3), integers().all())
        .checkAssert(
            (tiers, any, mode, pick) -> {
              long units = units(tiers, any, mode, pick);
              OveragePrice price = OveragePrice.tiered(UNITS, OveragePrice.Model.GRADUATED, tiers);
              BigInteger expected = BigInteger.ZERO;
              long floor = 0;
              for (OveragePrice.Tier tier : tiers) {
                long inTier = Math.max(0, Math.min(units, tier.upTo()) - floor);
                expected =
                    expected.add(
                        BigInteger.valueOf(inTier)
                            .multiply(BigInteger.valueOf(tier.unitPrice().minorUnits())));
                floor = tier.upTo();
              }
              assertThat(BigInteger.valueOf(price.amountFor(units).minorUnits()))
                  .isEqualTo(expected);
              assertThat(
                      price.chargesFor(units).stream()
                          .mapToLong(OveragePrice.Charge::quantity)
                          .sum())
                  .isEqualTo(units);
            });
  }

  /** Volume: every unit at the price of the one tier whose range holds the total. */
  @Test
  void volumePricesEveryUnitAtTheTierReached() {
    qt().withExamples(2_000)
        .forAll(tiers(), longs().between(0, 300_000), integers().between(0, 3), integers().all())
        .checkAssert(
            (tiers, any, mode, pick) -> {
              long units = units(tiers, any, mode, pick);
              OveragePrice price = OveragePrice.tiered(UNITS, OveragePrice.Model.VOLUME, tiers);
              // the tier reached: the first whose upper bound (inclusive) holds the total
              int index = 0;
              while (units > tiers.get(index).upTo()) {
                index++;
              }
              OveragePrice.Tier reached = tiers.get(index);
              long floor = index == 0 ? 0 : tiers.get(index - 1).upTo();
              assertThat(units == 0 || units > floor).isTrue();
              assertThat(price.amountFor(units)).isEqualTo(reached.unitPrice().multipliedBy(units));
              assertThat(price.chargesFor(units))
                  .singleElement()
                  .satisfies(c -> assertThat(c.quantity()).isEqualTo(units));
            });
  }

  /** Package counts never under-bill, and never bill a whole package more than needed. */
  @Test
  void packageCountsNeverUnderBill() {
    qt().withExamples(2_000)
        .forAll(
            longs().between(1, 100_000), longs().between(0, 10_000_000), integers().between(0, 500))
        .checkAssert(
            (size, units, cents) -> {
              OveragePrice price =
                  new OveragePrice(UNITS, Amount.ofMinor(cents, Currency.USD), size);
              long packages = price.packagesFor(units);
              assertThat(packages * size).isGreaterThanOrEqualTo(units);
              assertThat((packages - 1) * size).isLessThan(units == 0 ? 1 : units);
              assertThat(price.amountFor(units))
                  .isEqualTo(Amount.ofMinor(cents, Currency.USD).multipliedBy(packages));
            });
  }

  /** The currency the tests price in. */
  private static final class Currency {
    static final javax.money.CurrencyUnit USD = javax.money.Monetary.getCurrency("USD");
  }
}
