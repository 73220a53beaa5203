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
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Allocation against an exact BigInteger oracle: part {@code i} of {@code W} by weights {@code w}
 * has the exact share {@code W * w[i] / sum(w)}.
 */
class AllocationPropertiesTest {

  /** Any long, small wholes (many ties), and the edges. */
  private static Gen<Long> wholes() {
    return longs()
        .all()
        .mix(longs().between(-10_000, 10_000), 40)
        .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L)), 10);
  }

  private static long[] withFirstWeightOne(long[] weights) {
    long[] fixed = weights.clone();
    fixed[0] = 1;
    return fixed;
  }

  /** 1 to 12 weights, at least one positive: small ones (equal remainders) or any size. */
  private static Gen<long[]> weights() {
    Gen<List<Long>> small = lists().of(longs().between(0, 5)).ofSizeBetween(1, 12);
    Gen<List<Long>> any = lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(1, 12);
    return small
        .mix(any, 40)
        .map(list -> list.stream().mapToLong(Long::longValue).toArray())
        // Mapped rather than assumed: QuickTheories gives up (and fails the test) when too many
        // draws in a row miss an assumption, which its boundary-biased draws can do.
        .map(w -> Arrays.stream(w).anyMatch(x -> x > 0) ? w : withFirstWeightOne(w))
        .describedAs(Arrays::toString);
  }

  private static BigInteger total(long[] weights) {
    BigInteger total = BigInteger.ZERO;
    for (long w : weights) {
      total = total.add(BigInteger.valueOf(w));
    }
    return total;
  }

  @Test
  void partsSumExactlyToTheWhole() {
    qt().forAll(wholes(), weights())
        .checkAssert(
            (whole, weights) -> {
              long[] parts = Allocation.allocate(whole, weights);

              BigInteger sum =
                  Arrays.stream(parts)
                      .mapToObj(BigInteger::valueOf)
                      .reduce(BigInteger.ZERO, BigInteger::add);
              assertThat(parts).hasSameSizeAs(weights);
              assertThat(sum).isEqualTo(BigInteger.valueOf(whole));
            });
  }

  @Test
  void eachPartIsWithinOneMinorUnitOfItsExactShare() {
    qt().forAll(wholes(), weights())
        .checkAssert(
            (whole, weights) -> {
              long[] parts = Allocation.allocate(whole, weights);
              BigInteger total = total(weights);

              for (int i = 0; i < parts.length; i++) {
                // |part - W * w / T| < 1  <=>  |part * T - W * w| < T
                BigInteger error =
                    BigInteger.valueOf(parts[i])
                        .multiply(total)
                        .subtract(
                            BigInteger.valueOf(whole).multiply(BigInteger.valueOf(weights[i])))
                        .abs();
                assertThat(error).as("part %d = %d", i, parts[i]).isLessThan(total);
              }
            });
  }

  @Test
  void leftoverUnitsGoToTheLargestRemaindersEarlierPartsFirst() {
    qt().forAll(wholes(), weights())
        .checkAssert(
            (whole, weights) -> {
              long[] parts = Allocation.allocate(whole, weights);
              BigInteger total = total(weights);
              BigInteger absWhole = BigInteger.valueOf(whole).abs();
              int n = weights.length;
              BigInteger[] floors = new BigInteger[n];
              BigInteger[] remainders = new BigInteger[n];
              boolean[] roundedUp = new boolean[n];
              for (int i = 0; i < n; i++) {
                BigInteger[] qr =
                    absWhole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
                floors[i] = qr[0];
                remainders[i] = qr[1];
                BigInteger magnitude = BigInteger.valueOf(parts[i]).abs();
                assertThat(magnitude).isBetween(floors[i], floors[i].add(BigInteger.ONE));
                roundedUp[i] = magnitude.equals(floors[i].add(BigInteger.ONE));
                assertThat(Long.signum(parts[i]) * Long.signum(whole)).isNotNegative();
              }
              for (int up = 0; up < n; up++) {
                for (int down = 0; down < n; down++) {
                  if (roundedUp[up] && !roundedUp[down]) {
                    int byRemainder = remainders[up].compareTo(remainders[down]);
                    assertThat(byRemainder > 0 || (byRemainder == 0 && up < down))
                        .as(
                            "part %d (remainder %s) rounded up before part %d (remainder %s)",
                            up, remainders[up], down, remainders[down])
                        .isTrue();
                  }
                }
              }
            });
  }

  @Test
  void aNegativeWholeIsSplitLikeItsAbsoluteValue() {
    qt().forAll(wholes().map(w -> w == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : w), weights())
        .checkAssert(
            (whole, weights) -> {
              long[] positive = Allocation.allocate(whole, weights);
              long[] negative = Allocation.allocate(-whole, weights);

              assertThat(negative).containsExactly(Arrays.stream(positive).map(p -> -p).toArray());
            });
  }

  @Test
  void amountsKeepTheirCurrencyAndSumToTheWhole() {
    Gen<CurrencyUnit> currencies =
        Generate.pick(List.of(Currencies.of("USD"), Currencies.of("JPY"), Currencies.of("BHD")));
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), currencies, weights())
        .checkAssert(
            (minor, currency, weights) -> {
              Amount whole = Amount.ofMinor(minor, currency);

              List<Amount> parts = Allocation.allocate(whole, weights);

              assertThat(parts).allSatisfy(p -> assertThat(p.isSameCurrency(whole)).isTrue());
              assertThat(parts.stream().reduce(Amount.zero(currency), Amount::plus))
                  .isEqualTo(whole);
            });
  }
}
