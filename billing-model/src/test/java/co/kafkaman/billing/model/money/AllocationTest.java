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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationTest {

  @ParameterizedTest(name = "{0} by {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          USD 100.00  | 1 1 1       | 33.34 33.33 33.33
          USD -100.00 | 1 1 1       | -33.34 -33.33 -33.33
          USD 100.00  | 1 2         | 33.33 66.67
          USD 100.00  | 2 1         | 66.67 33.33
          USD 0.05    | 1 1         | 0.03 0.02
          USD -0.05   | 1 1         | -0.03 -0.02
          USD 0.05    | 1 1 1 1     | 0.02 0.01 0.01 0.01
          USD 1.00    | 3 3 1       | 0.43 0.43 0.14
          USD 1.00    | 1 3 3       | 0.14 0.43 0.43
          USD 0.01    | 1 1 1       | 0.01 0.00 0.00
          USD -0.01   | 1 1 1       | -0.01 0.00 0.00
          USD 0.02    | 1 1 1       | 0.01 0.01 0.00
          USD 10.00   | 0 1         | 0.00 10.00
          USD 10.00   | 1 0 1       | 5.00 0.00 5.00
          USD 0.00    | 1 2         | 0.00 0.00
          USD 100.00  | 5           | 100.00
          USD 60.00   | 14 17       | 27.10 32.90
          USD 60.00   | 17 14       | 32.90 27.10
          JPY 100     | 1 1 1       | 34 33 33
          JPY 1000    | 1 1 1 1 1 1 1 | 143 143 143 143 143 143 142
          BHD 1.000   | 1 1 1       | 0.334 0.333 0.333
          BHD -1.000  | 1 1 1       | -0.334 -0.333 -0.333
          """)
  void splitsIntoPartsThatSumToTheWhole(String whole, String weights, String expectedParts) {
    Amount amount = Amount.parse(whole);
    long[] w = Arrays.stream(weights.trim().split(" +")).mapToLong(Long::parseLong).toArray();

    List<Amount> parts = Allocation.allocate(amount, w);

    assertThat(parts.stream().map(Amount::toPlainString).collect(Collectors.joining(" ")))
        .isEqualTo(expectedParts);
    assertThat(parts).allSatisfy(p -> assertThat(p.currency()).isEqualTo(amount.currency()));
    assertThat(parts.stream().reduce(Amount.zero(amount.currency()), Amount::plus))
        .isEqualTo(amount);
  }

  @Test
  void splitsTheExtremesOfALong() {
    assertThat(Allocation.allocate(Long.MAX_VALUE, 1)).containsExactly(Long.MAX_VALUE);
    assertThat(Allocation.allocate(Long.MAX_VALUE, 1, 1))
        .containsExactly(4611686018427387904L, 4611686018427387903L);
    assertThat(Allocation.allocate(Long.MIN_VALUE, 1, 1))
        .containsExactly(-4611686018427387904L, -4611686018427387904L);
    assertThat(Allocation.allocate(Long.MIN_VALUE, 1)).containsExactly(Long.MIN_VALUE);
    assertThat(Allocation.allocate(Long.MIN_VALUE, 0, Long.MAX_VALUE))
        .containsExactly(0L, Long.MIN_VALUE);
    assertThat(Allocation.allocate(100, Long.MAX_VALUE, Long.MAX_VALUE)).containsExactly(50L, 50L);
  }

  @Test
  void resultIsUnmodifiable() {
    List<Amount> parts = Allocation.allocate(Amount.parse("USD 1.00"), 1, 1);

    assertThatThrownBy(() -> parts.add(Amount.parse("USD 1.00")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "weights {0} are refused: [{1}] naming {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''      | weights    | must not be empty
          1 -1    | weights[1] | -1
          -3      | weights[0] | -3
          0       | weights    | [0]
          0 0 0   | weights    | [0, 0, 0]
          """)
  void refusesEmptyNegativeOrAllZeroWeights(String weights, String field, String named) {
    long[] w =
        weights.isBlank()
            ? new long[0]
            : Arrays.stream(weights.trim().split(" +")).mapToLong(Long::parseLong).toArray();

    assertRefused(
        () -> Allocation.allocate(Amount.parse("USD 100.00"), w),
        BillingErrorCode.INVALID_WEIGHTS,
        field,
        named);
    assertRefused(
        () -> Allocation.allocate(10_000L, w), BillingErrorCode.INVALID_WEIGHTS, field, named);
  }
}
