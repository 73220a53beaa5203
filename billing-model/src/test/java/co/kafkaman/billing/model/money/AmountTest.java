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

import co.kafkaman.billing.model.BillingErrorCode;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {
  private static final CurrencyUnit USD = Currencies.of("USD");
  private static final CurrencyUnit EUR = Currencies.of("EUR");

  @ParameterizedTest(name = "{0} is {1} minor units of {2}, printed {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          USD 12.00                | 1200                | USD | USD 12.00
          USD 12                   | 1200                | USD | USD 12.00
          USD 12.5                 | 1250                | USD | USD 12.50
          USD 0.01                 | 1                   | USD | USD 0.01
          USD -5.00                | -500                | USD | USD -5.00
          USD 0                    | 0                   | USD | USD 0.00
          USD 1E+3                 | 100000              | USD | USD 1000.00
          JPY 1200                 | 1200                | JPY | JPY 1200
          JPY 1200.00              | 1200                | JPY | JPY 1200
          JPY -7                   | -7                  | JPY | JPY -7
          BHD 1.234                | 1234                | BHD | BHD 1.234
          BHD 0.5                  | 500                 | BHD | BHD 0.500
          EUR 144.00               | 14400               | EUR | EUR 144.00
          USD 92233720368547758.07 | 9223372036854775807 | USD | USD 92233720368547758.07
          USD -92233720368547758.08 | -9223372036854775808 | USD | USD -92233720368547758.08
          """)
  void parsesCurrencyAndValueAtCurrencyScale(
      String text, long minorUnits, String currency, String printed) {
    Amount amount = Amount.parse(text);

    assertThat(amount.minorUnits()).isEqualTo(minorUnits);
    assertThat(amount.currency().getCurrencyCode()).isEqualTo(currency);
    assertThat(amount).hasToString(printed);
    assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
  }

  @ParameterizedTest(name = "{0} is refused: {1} [{2}] naming {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          USD 12.345                | AMOUNT_SCALE_EXCEEDED | amount   | 12.345
          USD 0.001                 | AMOUNT_SCALE_EXCEEDED | amount   | 0.001
          JPY 12.5                  | AMOUNT_SCALE_EXCEEDED | amount   | 12.5
          BHD 1.2345                | AMOUNT_SCALE_EXCEEDED | amount   | 1.2345
          USD 92233720368547758.08  | AMOUNT_OVERFLOW       | amount   | 92233720368547758.08
          JPY 9223372036854775808   | AMOUNT_OVERFLOW       | amount   | 9223372036854775808
          USD twelve                | MALFORMED_VALUE       | amount   | twelve
          USD 12,00                 | MALFORMED_VALUE       | amount   | 12,00
          12.00                     | MALFORMED_VALUE       | amount   | 12.00
          '12.00 USD'               | MALFORMED_VALUE       | amount   | USD
          'USD  12.00'              | MALFORMED_VALUE       | amount   | USD  12.00
          ' USD 12.00'              | MALFORMED_VALUE       | amount   | USD 12.00
          ABC 12.00                 | MALFORMED_VALUE       | currency | ABC
          """)
  void refusesMalformedOverScaleAndOverflowingText(
      String text, BillingErrorCode code, String field, String value) {
    assertRefused(() -> Amount.parse(text), code, field, value);
  }

  @ParameterizedTest(name = "{0} {1} is {2} minor units")
  @CsvSource({
    "12.00, USD, 1200",
    "12.5, USD, 1250",
    "1200, JPY, 1200",
    "0.125, BHD, 125",
    "-0.5, BHD, -500",
  })
  void ofDecimalAndCurrencyCode(String value, String currency, long minorUnits) {
    assertThat(Amount.of(value, currency))
        .isEqualTo(Amount.ofMinor(minorUnits, Currencies.of(currency)));
    assertThat(Amount.of(new BigDecimal(value), Currencies.of(currency)).minorUnits())
        .isEqualTo(minorUnits);
  }

  @ParameterizedTest(name = "{0} {1} has scale {2}")
  @CsvSource({"USD, 2", "EUR, 2", "JPY, 0", "BHD, 3", "KWD, 3"})
  void scaleIsTheCurrencysDefaultFractionDigits(String currency, int scale) {
    assertThat(Currencies.scaleOf(Currencies.of(currency))).isEqualTo(scale);
    assertThat(Amount.zero(Currencies.of(currency)).scale()).isEqualTo(scale);
    assertThat(Amount.zero(Currencies.of(currency)).toBigDecimal().scale()).isEqualTo(scale);
  }

  @Test
  void currenciesAreCachedAndUnknownCodesRefused() {
    assertThat(Currencies.of("USD")).isSameAs(Currencies.of("USD"));
    assertRefused(() -> Currencies.of("ABC"), BillingErrorCode.MALFORMED_VALUE, "currency", "ABC");
  }

  @ParameterizedTest(name = "{0} from JSR 354 is {1}")
  @CsvSource({
    "12.34, USD, USD 12.34",
    "10.5, USD, USD 10.50",
    "1200, JPY, JPY 1200",
    "1.234, BHD, BHD 1.234",
    "-0.01, USD, USD -0.01",
  })
  void convertsFromMoneyAndFastMoney(String value, String currency, String expected) {
    assertThat(Amount.from(Money.of(new BigDecimal(value), currency)))
        .isEqualTo(Amount.parse(expected));
    assertThat(Amount.from(FastMoney.of(new BigDecimal(value), currency)))
        .isEqualTo(Amount.parse(expected));
  }

  @ParameterizedTest(name = "{0} {1} from JSR 354 is refused naming {2}")
  @CsvSource({"0.001, USD, 0.001", "12.5, JPY, 12.5", "1.2345, BHD, 1.2345"})
  void refusesJsr354AmountsBeyondCurrencyScale(String value, String currency, String named) {
    assertRefused(
        () -> Amount.from(Money.of(new BigDecimal(value), currency)),
        BillingErrorCode.AMOUNT_SCALE_EXCEEDED,
        "amount",
        named);
  }

  @ParameterizedTest(name = "{0} round-trips through MonetaryAmount")
  @CsvSource({
    "USD 13.16",
    "USD -5.00",
    "USD 10.50",
    "USD 0.00",
    "JPY 1200",
    "BHD 0.333",
    "USD 92233720368547758.07",
    "USD -92233720368547758.08"
  })
  void roundTripsThroughMonetaryAmount(String text) {
    Amount amount = Amount.parse(text);

    MonetaryAmount monetary = amount.toMonetaryAmount();

    assertThat(monetary.getCurrency().getCurrencyCode())
        .isEqualTo(amount.currency().getCurrencyCode());
    assertThat(monetary.getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo(amount.toBigDecimal());
    assertThat(Amount.from(monetary)).isEqualTo(amount);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
  @CsvSource({
    "USD 12.00, USD 0.99, USD 12.99, USD 11.01",
    "USD 5.00, USD 7.50, USD 12.50, USD -2.50",
    "USD -32.90, USD 13.16, USD -19.74, USD -46.06",
    "USD 0.00, USD 0.00, USD 0.00, USD 0.00",
    "JPY 1000, JPY 333, JPY 1333, JPY 667",
    "BHD 1.000, BHD 0.333, BHD 1.333, BHD 0.667",
  })
  void addsAndSubtractsExactly(String a, String b, String sum, String difference) {
    assertThat(Amount.parse(a).plus(Amount.parse(b))).isEqualTo(Amount.parse(sum));
    assertThat(Amount.parse(a).minus(Amount.parse(b))).isEqualTo(Amount.parse(difference));
  }

  @ParameterizedTest(name = "-({0}) = {1}")
  @CsvSource({
    "USD 12.00, USD -12.00",
    "USD -0.01, USD 0.01",
    "USD 0.00, USD 0.00",
    "JPY 5, JPY -5"
  })
  void negates(String amount, String negated) {
    assertThat(Amount.parse(amount).negated()).isEqualTo(Amount.parse(negated));
  }

  @ParameterizedTest(name = "{0} x {1} = {2}")
  @CsvSource({
    "USD 12.00, 5, USD 60.00",
    "USD 144.00, 3, USD 432.00",
    "USD 12.00, 0, USD 0.00",
    "USD 12.00, -1, USD -12.00",
    "USD -10.00, -2, USD 20.00",
    "JPY 1200, 12, JPY 14400",
  })
  void multipliesByWholeQuantity(String amount, long quantity, String product) {
    assertThat(Amount.parse(amount).multipliedBy(quantity)).isEqualTo(Amount.parse(product));
  }

  @ParameterizedTest(name = "{0} x {1} x {2}/{3} {4} = {5}")
  @CsvSource({
    // the documented proration: 2 seats x 12.00 x 17/31 days = 1316.129 cents
    "USD 12.00, 2, 17, 31, HALF_UP, USD 13.16",
    "USD 12.00, 2, 17, 31, HALF_EVEN, USD 13.16",
    // the matching credit is its exact negative
    "USD -12.00, 2, 17, 31, HALF_UP, USD -13.16",
    "USD 12.00, -2, 17, 31, HALF_UP, USD -13.16",
    // $10 plan credited for half of a 30-day cycle, $20 plan charged for it
    "USD -10.00, 1, 15, 30, HALF_UP, USD -5.00",
    "USD 20.00, 1, 15, 30, HALF_UP, USD 10.00",
    // 5 seats billed 60.00, upgrade on day 15 of 31 credits 17/31 of it
    "USD 60.00, 1, 17, 31, HALF_UP, USD 32.90",
    // auto-flex: 2 users x 144.00 x 9/12 months
    "USD 144.00, 2, 9, 12, HALF_UP, USD 216.00",
    // half a cent: HALF_UP goes away from zero, HALF_EVEN to the even cent
    "USD 0.05, 1, 1, 2, HALF_UP, USD 0.03",
    "USD 0.05, 1, 1, 2, HALF_EVEN, USD 0.02",
    "USD -0.05, 1, 1, 2, HALF_UP, USD -0.03",
    "USD -0.05, 1, 1, 2, HALF_EVEN, USD -0.02",
    "USD 0.03, 1, 1, 2, HALF_EVEN, USD 0.02",
    "USD 0.07, 1, 1, 2, HALF_EVEN, USD 0.04",
    // yen have no decimals, dinars three
    "JPY 1000, 1, 1, 3, HALF_UP, JPY 333",
    "JPY 1000, 2, 1, 3, HALF_UP, JPY 667",
    "JPY 5, 1, 1, 2, HALF_UP, JPY 3",
    "JPY 5, 1, 1, 2, HALF_EVEN, JPY 2",
    "BHD 1.000, 1, 1, 3, HALF_UP, BHD 0.333",
    "BHD 1.000, 1, 2, 3, HALF_UP, BHD 0.667",
    "BHD 0.005, 1, 1, 2, HALF_UP, BHD 0.003",
    "BHD 0.005, 1, 1, 2, HALF_EVEN, BHD 0.002",
    // nothing remaining, everything remaining
    "USD 12.00, 5, 0, 31, HALF_UP, USD 0.00",
    "USD 12.00, 3, 31, 31, HALF_UP, USD 36.00",
    // the exact intermediate exceeds a long, the rounded result does not
    "USD 92233720368547758.07, 2, 1, 2, HALF_UP, USD 92233720368547758.07",
    "USD 92233720368547758.07, 3, 1, 3, HALF_EVEN, USD 92233720368547758.07",
    "USD 0.01, 9223372036854775807, 2, 4, HALF_UP, USD 46116860184273879.04",
    "USD 0.01, 9223372036854775807, 2, 4, HALF_EVEN, USD 46116860184273879.04",
    "USD -0.01, 9223372036854775807, 2, 4, HALF_EVEN, USD -46116860184273879.04",
  })
  void multipliesByQuantityAndFractionRoundingOnce(
      String amount,
      long quantity,
      long numerator,
      long denominator,
      RoundingPolicy rounding,
      String expected) {
    Fraction fraction = Fraction.of(numerator, denominator, "days");

    assertThat(Amount.parse(amount).multipliedBy(quantity, fraction, rounding))
        .isEqualTo(Amount.parse(expected));
  }

  @ParameterizedTest(name = "{0} is refused: {1} naming {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plus 0.01           | USD 92233720368547758.07 + USD 0.01
          minus 0.01          | USD -92233720368547758.08 - USD 0.01
          negate              | USD -92233720368547758.08
          times 2             | USD 92233720368547758.07 x 2
          times 3 x 1/2       | USD 92233720368547758.07 x 3 x 1/2 days
          """)
  void refusesResultsBeyondALongOfMinorUnits(String operation, String named) {
    Amount max = Amount.ofMinor(Long.MAX_VALUE, USD);
    Amount min = Amount.ofMinor(Long.MIN_VALUE, USD);
    Amount cent = Amount.parse("USD 0.01");
    Fraction half = Fraction.of(1, 2, "days");

    assertRefused(
        () -> {
          switch (operation) {
            case "plus 0.01" -> max.plus(cent);
            case "minus 0.01" -> min.minus(cent);
            case "negate" -> min.negated();
            case "times 2" -> max.multipliedBy(2);
            case "times 3 x 1/2" -> max.multipliedBy(3, half, RoundingPolicy.HALF_UP);
            default -> throw new IllegalArgumentException(operation);
          }
        },
        BillingErrorCode.AMOUNT_OVERFLOW,
        "amount",
        named);
  }

  @ParameterizedTest(name = "{0} of USD 1.00 and EUR 1.00 is refused")
  @CsvSource({"plus", "minus", "compareTo", "min", "max"})
  void refusesToCombineCurrencies(String operation) {
    Amount dollars = Amount.parse("USD 1.00");
    Amount euros = Amount.parse("EUR 1.00");

    assertRefused(
        () -> {
          switch (operation) {
            case "plus" -> dollars.plus(euros);
            case "minus" -> dollars.minus(euros);
            case "compareTo" -> dollars.compareTo(euros);
            case "min" -> dollars.min(euros);
            case "max" -> dollars.max(euros);
            default -> throw new IllegalArgumentException(operation);
          }
        },
        BillingErrorCode.CURRENCY_MISMATCH,
        "currency",
        "cannot combine USD 1.00 with EUR 1.00");
  }

  @ParameterizedTest(name = "{0}: zero {1}, negative {2}, positive {3}")
  @CsvSource({
    "USD 0.00, true, false, false",
    "USD -0.01, false, true, false",
    "USD 0.01, false, false, true",
    "JPY 0, true, false, false",
  })
  void signPredicates(String amount, boolean zero, boolean negative, boolean positive) {
    Amount a = Amount.parse(amount);

    assertThat(a.isZero()).isEqualTo(zero);
    assertThat(a.isNegative()).isEqualTo(negative);
    assertThat(a.isPositive()).isEqualTo(positive);
  }

  @ParameterizedTest(name = "min({0}, {1}) = {2}, max = {3}")
  @CsvSource({
    "USD 12.00, USD 13.16, USD 12.00, USD 13.16",
    "USD 13.16, USD 12.00, USD 12.00, USD 13.16",
    "USD -5.00, USD 0.00, USD -5.00, USD 0.00",
  })
  void minAndMax(String a, String b, String min, String max) {
    assertThat(Amount.parse(a).min(Amount.parse(b))).isEqualTo(Amount.parse(min));
    assertThat(Amount.parse(a).max(Amount.parse(b))).isEqualTo(Amount.parse(max));
  }

  @Test
  void equalAmountsNeedTheSameCurrency() {
    Amount dollars = Amount.ofMinor(1200, USD);

    assertThat(dollars)
        .isEqualTo(Amount.parse("USD 12.00"))
        .hasSameHashCodeAs(Amount.parse("USD 12"));
    assertThat(dollars).isNotEqualTo(Amount.ofMinor(1200, EUR));
    assertThat(dollars).isNotEqualTo(Amount.ofMinor(1200, Currencies.of("JPY")));
    assertThat(dollars.isSameCurrency(Amount.zero(USD))).isTrue();
    assertThat(dollars.isSameCurrency(Amount.zero(EUR))).isFalse();
    assertThat(dollars.compareTo(Amount.parse("USD 12.01"))).isNegative();
    assertThat(dollars.toPlainString()).isEqualTo("12.00");
  }
}
