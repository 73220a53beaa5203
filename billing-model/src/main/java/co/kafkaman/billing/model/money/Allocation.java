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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splits an amount into parts proportional to weights so that the parts sum <em>exactly</em> to the
 * whole (largest-remainder method).
 *
 * <p>Each part first gets the floor of its exact share; the minor units left over go, one each, to
 * the parts with the largest remainders; equal remainders favour the earlier part. So every part is
 * its exact share rounded down or up by less than one minor unit, and the result is deterministic.
 * A negative whole is split as its absolute value, then negated.
 *
 * <p>Example: USD 100.00 by weights {@code 1, 1, 1} gives {@code 33.34, 33.33, 33.33}.
 *
 * @since 0.1.0
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Splits {@code whole} by {@code weights}.
   *
   * @param whole the amount to split
   * @param weights one non-negative weight per part, at least one positive
   * @return one amount per weight, in order, summing exactly to {@code whole}
   * @throws BillingException {@code INVALID_WEIGHTS} for no weights, a negative weight, or all zero
   */
  public static List<Amount> allocate(Amount whole, long... weights) {
    long[] parts = allocate(whole.minorUnits(), weights);
    List<Amount> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(Amount.ofMinor(part, whole.currency()));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Splits {@code whole} minor units by {@code weights}; the allocation primitive behind {@link
   * #allocate(Amount, long...)}.
   *
   * @param whole the count of minor units to split
   * @param weights one non-negative weight per part, at least one positive
   * @return one count per weight, summing exactly to {@code whole}
   * @throws BillingException {@code INVALID_WEIGHTS} for no weights, a negative weight, or all zero
   */
  public static long[] allocate(long whole, long... weights) {
    BillingException.check(
        weights.length > 0, BillingErrorCode.INVALID_WEIGHTS, "weights", "must not be empty");
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BillingException.check(
          weights[i] >= 0,
          BillingErrorCode.INVALID_WEIGHTS,
          "weights[" + i + "]",
          "must not be negative, was " + weights[i]);
      total = total.add(BigInteger.valueOf(weights[i]));
    }
    BillingException.check(
        total.signum() > 0,
        BillingErrorCode.INVALID_WEIGHTS,
        "weights",
        () -> "must not all be zero, were " + Arrays.toString(weights));
    BigInteger absWhole = BigInteger.valueOf(whole).abs();
    BigInteger[] parts = new BigInteger[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = absWhole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int leftover = absWhole.subtract(assigned).intValueExact();
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < leftover; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    // Negate before narrowing: |Long.MIN_VALUE| does not fit in a long, -|Long.MIN_VALUE| does.
    long[] result = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      result[i] = (whole < 0 ? parts[i].negate() : parts[i]).longValueExact();
    }
    return result;
  }
}
