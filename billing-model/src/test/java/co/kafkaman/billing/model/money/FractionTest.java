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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

  @ParameterizedTest(name = "{0}/{1} {2} prints {3}, whole {4}, zero {5}")
  @CsvSource({
    "17, 31, days, 17/31 days, false, false",
    "31, 31, days, 31/31 days, true, false",
    "0, 31, days, 0/31 days, false, true",
    "9, 12, months, 9/12 months, false, false",
    "1, 1, '', 1/1, true, false",
    "45, 30, days, 45/30 days, false, false",
  })
  void keepsItsPartsUnreducedWithTheirUnit(
      long numerator, long denominator, String unit, String text, boolean whole, boolean zero) {
    Fraction fraction = Fraction.of(numerator, denominator, unit);

    assertThat(fraction).hasToString(text);
    assertThat(fraction.isWhole()).isEqualTo(whole);
    assertThat(fraction.isZero()).isEqualTo(zero);
    assertThat(fraction.numerator()).isEqualTo(numerator);
    assertThat(fraction.denominator()).isEqualTo(denominator);
  }

  @Test
  void oneIsTheUnitlessWhole() {
    assertThat(Fraction.ONE).isEqualTo(new Fraction(1, 1, ""));
    assertThat(Fraction.ONE.isWhole()).isTrue();
    assertThat(Fraction.ONE).hasToString("1/1");
  }

  @ParameterizedTest(name = "{0}/{1} compared with {2}/{3} is {4}")
  @CsvSource({
    "1, 2, 2, 4, 0",
    "1, 3, 1, 2, -1",
    "17, 31, 16, 30, 1",
    "31, 31, 1, 1, 0",
    "0, 5, 0, 7, 0",
    // cross products beyond long
    "9223372036854775807, 9223372036854775806, 1, 1, 1",
    "9223372036854775806, 9223372036854775807, 1, 1, -1",
  })
  void comparesValuesIgnoringUnits(long n1, long d1, long n2, long d2, int sign) {
    assertThat(Integer.signum(Fraction.of(n1, d1, "days").compareTo(Fraction.of(n2, d2, ""))))
        .isEqualTo(sign);
  }

  @ParameterizedTest(name = "{0}/{1} is refused naming {2} = {3}")
  @CsvSource({
    "-1, 31, numerator, -1",
    "-17, 31, numerator, -17",
    "17, 0, denominator, 0",
    "17, -31, denominator, -31",
  })
  void refusesNegativePartsAndZeroDenominators(
      long numerator, long denominator, String field, String value) {
    assertRefused(
        () -> Fraction.of(numerator, denominator, "days"),
        BillingErrorCode.INVALID_QUANTITY,
        field,
        "was " + value);
  }
}
