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

/**
 * An exact, unreduced ratio such as {@code 17/31 days}: the part of a period a proration applies
 * to. It is kept unreduced and with its unit so an invoice line can show its own arithmetic.
 *
 * <p>Immutable and thread-safe. The numerator is never negative and never exceeds what the caller
 * passed; the denominator is positive.
 *
 * @param numerator the counted part, zero or more
 * @param denominator the whole, more than zero
 * @param unit what is counted ({@code "days"}, {@code "months"}, {@code "seconds"}), or empty
 * @since 0.1.0
 */
public record Fraction(long numerator, long denominator, String unit)
    implements Comparable<Fraction> {

  /** The whole: {@code 1/1}, no unit. */
  public static final Fraction ONE = new Fraction(1, 1, "");

  /**
   * Validates the parts (the messages are built only when a check fails).
   *
   * @param numerator the counted part, zero or more
   * @param denominator the whole, more than zero
   * @param unit what is counted ({@code "days"}, {@code "months"}, {@code "seconds"}), or empty
   */
  public Fraction {
    // each condition tested here, its message built apart: small enough to inline wherever a
    // fraction is made
    if (numerator < 0) {
      throw BillingException.refusal(
          BillingErrorCode.INVALID_QUANTITY, "numerator", "must not be negative, was ", numerator);
    }
    if (denominator <= 0) {
      throw BillingException.refusal(
          BillingErrorCode.INVALID_QUANTITY, "denominator", "must be positive, was ", denominator);
    }
  }

  /**
   * Returns {@code numerator/denominator unit}.
   *
   * @param numerator the counted part, zero or more
   * @param denominator the whole, more than zero
   * @param unit what is counted, such as {@code "days"}
   * @return the fraction
   */
  public static Fraction of(long numerator, long denominator, String unit) {
    return new Fraction(numerator, denominator, unit);
  }

  /**
   * Returns whether this fraction equals one whole ({@code n/n}).
   *
   * @return true for {@code n/n}
   */
  public boolean isWhole() {
    return numerator == denominator;
  }

  /**
   * Returns whether this fraction is zero.
   *
   * @return true for {@code 0/n}
   */
  public boolean isZero() {
    return numerator == 0;
  }

  /**
   * Compares the values of two fractions, ignoring units.
   *
   * @param other the other fraction
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   */
  @Override
  public int compareTo(Fraction other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /**
   * Returns {@code "17/31 days"}, or {@code "17/31"} without a unit.
   *
   * @return the fraction as text
   */
  @Override
  public String toString() {
    return unit.isEmpty()
        ? numerator + "/" + denominator
        : numerator + "/" + denominator + " " + unit;
  }
}
