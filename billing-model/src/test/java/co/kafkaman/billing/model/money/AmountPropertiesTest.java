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
package co.kafkaman.billing.model.money;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Amount arithmetic against exact BigInteger/BigDecimal oracles. */
class AmountPropertiesTest {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private static Gen<CurrencyUnit> currencies() {
    return Generate.pick(List.of(Currencies.of("USD"), Currencies.of("JPY"), Currencies.of("BHD")));
  }

  private static Gen<Long> minorUnits() {
    return longs()
        .between(-1_000_000_000L, 1_000_000_000L)
        .mix(longs().all(), 30)
        .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L)), 10);
  }

  private static Gen<Amount> amounts() {
    return minorUnits().zip(currencies(), Amount::ofMinor);
  }

  /** Seats and blocks, and now and then a huge count. */
  private static Gen<Long> quantities() {
    return longs().between(0, 500).mix(longs().between(-500, Long.MAX_VALUE), 20);
  }

  /** Denominators of days, months or seconds, and huge ones that force the BigInteger path. */
  private static Gen<Long> denominators() {
    return longs().between(1, 366).mix(longs().between(1, Long.MAX_VALUE), 30);
  }

  private static Gen<Fraction> fractions() {
    return denominators()
        .zip(longs().between(0, Long.MAX_VALUE), (d, n) -> Fraction.of(n % (d + 1), d, "days"));
  }

  private static Gen<RoundingPolicy> policies() {
    return Generate.enumValues(RoundingPolicy.class);
  }

  private static boolean fitsInLong(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
  }

  @Test
  void plusAndMinusRoundTripOrRefuseToOverflow() {
    qt().forAll(minorUnits(), minorUnits(), currencies())
        .checkAssert(
            (a, b, currency) -> {
              Amount x = Amount.ofMinor(a, currency);
              Amount y = Amount.ofMinor(b, currency);
              BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
              BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));

              if (fitsInLong(sum)) {
                assertThat(x.plus(y).minus(y)).isEqualTo(x);
                assertThat(x.plus(y)).isEqualTo(y.plus(x));
                assertThat(x.plus(y).minorUnits()).isEqualTo(sum.longValueExact());
              } else {
                assertRefused(() -> x.plus(y), BillingErrorCode.AMOUNT_OVERFLOW, "amount", " + ");
              }
              if (fitsInLong(difference)) {
                assertThat(x.minus(y).plus(y)).isEqualTo(x);
                assertThat(x.minus(y).minorUnits()).isEqualTo(difference.longValueExact());
              } else {
                assertRefused(() -> x.minus(y), BillingErrorCode.AMOUNT_OVERFLOW, "amount", " - ");
              }
            });
  }

  @Test
  void aWholeFractionNeverChangesAnAmountAlreadyAtCurrencyScale() {
    qt().forAll(amounts(), quantities(), denominators(), policies())
        .checkAssert(
            (amount, quantity, n, policy) -> {
              assertThat(amount.multipliedBy(1, Fraction.ONE, policy)).isEqualTo(amount);
              assertThat(amount.multipliedBy(1, Fraction.of(n, n, "days"), policy))
                  .isEqualTo(amount);
              BigInteger product =
                  BigInteger.valueOf(amount.minorUnits()).multiply(BigInteger.valueOf(quantity));
              if (fitsInLong(product)) {
                assertThat(amount.multipliedBy(quantity, Fraction.of(n, n, "days"), policy))
                    .isEqualTo(amount.multipliedBy(quantity));
              } else {
                assertRefused(
                    () -> amount.multipliedBy(quantity, Fraction.of(n, n, "days"), policy),
                    BillingErrorCode.AMOUNT_OVERFLOW,
                    "amount",
                    " x " + quantity);
              }
            });
  }

  @Test
  void proratedAmountAgreesWithBigDecimalRoundedOnce() {
    qt().forAll(amounts(), quantities(), fractions(), policies())
        .checkAssert(
            (amount, quantity, fraction, policy) -> {
              BigInteger exact =
                  new BigDecimal(
                          BigInteger.valueOf(amount.minorUnits())
                              .multiply(BigInteger.valueOf(quantity))
                              .multiply(BigInteger.valueOf(fraction.numerator())))
                      .divide(
                          BigDecimal.valueOf(fraction.denominator()), 0, policy.toRoundingMode())
                      .toBigIntegerExact();

              if (fitsInLong(exact)) {
                assertThat(amount.multipliedBy(quantity, fraction, policy))
                    .isEqualTo(Amount.ofMinor(exact.longValueExact(), amount.currency()));
              } else {
                assertRefused(
                    () -> amount.multipliedBy(quantity, fraction, policy),
                    BillingErrorCode.AMOUNT_OVERFLOW,
                    "amount",
                    fraction.toString());
              }
            });
  }

  @Test
  void aCreditIsTheExactNegativeOfTheMatchingCharge() {
    qt().forAll(
            amounts().assuming(a -> a.minorUnits() != Long.MIN_VALUE),
            longs().between(0, 500),
            fractions(),
            policies())
        .checkAssert(
            (price, quantity, fraction, policy) -> {
              Amount charge;
              try {
                charge = price.multipliedBy(quantity, fraction, policy);
              } catch (BillingException e) {
                return; // no charge to mirror; overflow is covered by the BigDecimal oracle
              }
              assertThat(price.negated().multipliedBy(quantity, fraction, policy))
                  .isEqualTo(charge.negated());
            });
  }

  @Test
  void textAndJsr354RoundTrip() {
    qt().forAll(amounts())
        .checkAssert(
            amount -> {
              assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
              assertThat(Amount.from(amount.toMonetaryAmount())).isEqualTo(amount);
              if (amount.minorUnits() != Long.MIN_VALUE) {
                assertThat(amount.negated().negated()).isEqualTo(amount);
              }
            });
  }
}
