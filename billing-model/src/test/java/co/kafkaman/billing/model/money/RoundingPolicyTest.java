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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingPolicyTest {

  @ParameterizedTest(name = "{0} / {1}: HALF_UP {2}, HALF_EVEN {3}")
  @CsvSource({
    // 2 x 1200 cents x 17 / 31 days = 1316.129
    "40800, 31, 1316, 1316",
    // exact halves: away from zero vs to the even neighbour, symmetric around zero
    "5, 2, 3, 2",
    "-5, 2, -3, -2",
    "5, -2, -3, -2",
    "-5, -2, 3, 2",
    "7, 2, 4, 4",
    "-7, 2, -4, -4",
    "25, 10, 3, 2",
    "35, 10, 4, 4",
    "-25, 10, -3, -2",
    "1, 2, 1, 0",
    "-1, 2, -1, 0",
    "3, 2, 2, 2",
    // below and above a half
    "1, 3, 0, 0",
    "2, 3, 1, 1",
    "-2, 3, -1, -1",
    "149, 100, 1, 1",
    "151, 100, 2, 2",
    // exact quotients are untouched
    "0, 7, 0, 0",
    "62, 31, 2, 2",
    "-62, 31, -2, -2",
    // the edges of long
    "9223372036854775807, 2, 4611686018427387904, 4611686018427387904",
    "9223372036854775805, 2, 4611686018427387903, 4611686018427387902",
    "-9223372036854775807, 2, -4611686018427387904, -4611686018427387904",
    "-9223372036854775808, 2, -4611686018427387904, -4611686018427387904",
    "-9223372036854775808, 3, -3074457345618258603, -3074457345618258603",
    "-9223372036854775808, 1, -9223372036854775808, -9223372036854775808",
    "-9223372036854775808, -9223372036854775808, 1, 1",
    "1, -9223372036854775808, 0, 0",
    "4611686018427387904, -9223372036854775808, -1, 0",
    "9223372036854775807, -1, -9223372036854775807, -9223372036854775807",
    "9223372036854775807, 9223372036854775807, 1, 1",
    "4611686018427387904, 9223372036854775807, 1, 1",
  })
  void dividesAndRoundsOnce(long dividend, long divisor, long halfUp, long halfEven) {
    assertThat(RoundingPolicy.HALF_UP.divide(dividend, divisor)).isEqualTo(halfUp);
    assertThat(RoundingPolicy.HALF_EVEN.divide(dividend, divisor)).isEqualTo(halfEven);
  }

  @ParameterizedTest(name = "{0} / {1}: HALF_UP {2}, HALF_EVEN {3}")
  @CsvSource({
    "100000000000000000000025, 10, 10000000000000000000003, 10000000000000000000002",
    "-100000000000000000000025, 10, -10000000000000000000003, -10000000000000000000002",
    "-100000000000000000000015, 10, -10000000000000000000002, -10000000000000000000002",
    // 2^65 + 3 over 2: the truncated quotient 2^64 + 1 is odd beyond the low long bits too
    "36893488147419103235, 2, 18446744073709551618, 18446744073709551618",
    // 2^65 + 1 over 2: the truncated quotient 2^64 is even
    "36893488147419103233, 2, 18446744073709551617, 18446744073709551616",
    "36893488147419103233, -2, -18446744073709551617, -18446744073709551616",
    "40800, 31, 1316, 1316",
    "5, 2, 3, 2",
    "0, 3, 0, 0",
  })
  void dividesBigIntegersAndRoundsOnce(
      String dividend, String divisor, String halfUp, String halfEven) {
    BigInteger a = new BigInteger(dividend);
    BigInteger b = new BigInteger(divisor);

    assertThat(RoundingPolicy.HALF_UP.divide(a, b)).isEqualTo(new BigInteger(halfUp));
    assertThat(RoundingPolicy.HALF_EVEN.divide(a, b)).isEqualTo(new BigInteger(halfEven));
  }

  @Test
  void refusesDivisionByZeroNamingTheDividend() {
    assertThatThrownBy(() -> RoundingPolicy.HALF_UP.divide(40_800, 0))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("divisor")
        .hasMessageContaining("40800");
    assertThatThrownBy(() -> RoundingPolicy.HALF_EVEN.divide(BigInteger.TEN, BigInteger.ZERO))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("divisor")
        .hasMessageContaining("10");
  }

  @Test
  void refusesAQuotientBeyondALong() {
    assertThatThrownBy(() -> RoundingPolicy.HALF_UP.divide(Long.MIN_VALUE, -1))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} at scale {1}: HALF_UP {2}, HALF_EVEN {3}")
  @CsvSource({
    "2.345, 2, 2.35, 2.34",
    "2.355, 2, 2.36, 2.36",
    "-2.345, 2, -2.35, -2.34",
    "1316.129, 0, 1316, 1316",
    "0.5, 0, 1, 0",
    "12, 2, 12.00, 12.00",
  })
  void roundsDecimalsToAScale(String value, int scale, String halfUp, String halfEven) {
    assertThat(RoundingPolicy.HALF_UP.round(new BigDecimal(value), scale))
        .isEqualTo(new BigDecimal(halfUp));
    assertThat(RoundingPolicy.HALF_EVEN.round(new BigDecimal(value), scale))
        .isEqualTo(new BigDecimal(halfEven));
  }

  @Test
  void mapsToTheJdkRoundingModes() {
    assertThat(RoundingPolicy.HALF_UP.toRoundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(RoundingPolicy.HALF_EVEN.toRoundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
  }
}
