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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** RoundingPolicy.divide against {@code BigDecimal.divide(divisor, 0, roundingMode)}. */
class RoundingPolicyPropertiesTest {
  private static final List<Long> EDGES =
      List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, 0L, 1L, -1L);

  private static Gen<RoundingPolicy> policies() {
    return Generate.enumValues(RoundingPolicy.class);
  }

  private static Gen<Long> dividends() {
    return longs().all().mix(longs().between(-1_000, 1_000), 40).mix(Generate.pick(EDGES), 10);
  }

  /** Small divisors make exact halves common; large ones cover the rest of the range. */
  private static Gen<Long> divisors() {
    return longs()
        .between(-12, 12)
        .mix(longs().all(), 30)
        .mix(Generate.pick(EDGES), 10)
        .assuming(d -> d != 0);
  }

  /** Up to about 2^127 in size (beyond any long), or small. */
  private static Gen<BigInteger> bigIntegers() {
    Gen<BigInteger> big =
        longs()
            .all()
            .zip(
                longs().all(),
                (high, low) ->
                    BigInteger.valueOf(high)
                        .shiftLeft(64)
                        .add(
                            BigInteger.valueOf(low)
                                .and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE))));
    return big.mix(longs().between(-1_000, 1_000).map(BigInteger::valueOf), 40);
  }

  private static BigInteger oracle(BigInteger dividend, BigInteger divisor, RoundingPolicy policy) {
    return new BigDecimal(dividend)
        .divide(new BigDecimal(divisor), 0, policy.toRoundingMode())
        .toBigIntegerExact();
  }

  @Test
  void longDivisionAgreesWithBigDecimal() {
    qt().forAll(dividends(), divisors(), policies())
        .assuming((dividend, divisor, policy) -> !(dividend == Long.MIN_VALUE && divisor == -1))
        .checkAssert(
            (dividend, divisor, policy) ->
                assertThat(BigInteger.valueOf(policy.divide(dividend, divisor)))
                    .isEqualTo(
                        oracle(BigInteger.valueOf(dividend), BigInteger.valueOf(divisor), policy)));
  }

  @Test
  void bigIntegerDivisionAgreesWithBigDecimal() {
    Gen<BigInteger> divisors =
        longs()
            .between(-12, 12)
            .map(BigInteger::valueOf)
            .mix(bigIntegers(), 40)
            .assuming(d -> d.signum() != 0);
    qt().forAll(bigIntegers(), divisors, policies())
        .checkAssert(
            (dividend, divisor, policy) ->
                assertThat(policy.divide(dividend, divisor))
                    .isEqualTo(oracle(dividend, divisor, policy)));
  }

  @Test
  void longAndBigIntegerDivisionAgree() {
    qt().forAll(dividends(), divisors(), policies())
        .assuming((dividend, divisor, policy) -> !(dividend == Long.MIN_VALUE && divisor == -1))
        .checkAssert(
            (dividend, divisor, policy) ->
                assertThat(policy.divide(BigInteger.valueOf(dividend), BigInteger.valueOf(divisor)))
                    .isEqualTo(BigInteger.valueOf(policy.divide(dividend, divisor))));
  }

  @Test
  void roundingIsSymmetricAroundZero() {
    qt().forAll(dividends().assuming(a -> a != Long.MIN_VALUE), divisors(), policies())
        .assuming((dividend, divisor, policy) -> !(dividend == Long.MAX_VALUE && divisor == -1))
        .checkAssert(
            (dividend, divisor, policy) ->
                assertThat(policy.divide(-dividend, divisor))
                    .isEqualTo(-policy.divide(dividend, divisor)));
  }
}
