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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * How a fraction of a minor unit is rounded to a whole minor unit. The library rounds once per
 * invoice line, at the end of the line's arithmetic, with the policy the caller chose; there is no
 * hidden global default.
 *
 * <p>Both policies round half-way cases away from the exact result symmetrically around zero, so a
 * credit is the exact negative of the matching charge: with {@link #HALF_UP}, {@code 5/2} rounds to
 * {@code 3} and {@code -5/2} to {@code -3}; with {@link #HALF_EVEN}, to {@code 2} and {@code -2}.
 *
 * @since 0.1.0
 */
public enum RoundingPolicy {
  /** Half-way cases round away from zero (the kafkaman default). */
  HALF_UP(RoundingMode.HALF_UP),
  /** Half-way cases round to the even neighbour ("banker's rounding"). */
  HALF_EVEN(RoundingMode.HALF_EVEN);

  private static final BigInteger TWO = BigInteger.valueOf(2);

  private final RoundingMode roundingMode;

  RoundingPolicy(RoundingMode roundingMode) {
    this.roundingMode = roundingMode;
  }

  /**
   * Returns the equivalent {@link RoundingMode}.
   *
   * @return the JDK rounding mode
   */
  public RoundingMode toRoundingMode() {
    return roundingMode;
  }

  /**
   * Divides exactly and rounds the quotient once with this policy.
   *
   * <p>Example: {@code HALF_UP.divide(40_800, 31)} is {@code 1316} (13.16 for {@code 2 x 12.00 x
   * 17/31}, computed in cents as {@code 2 * 1200 * 17 / 31 = 1316.129}).
   *
   * @param dividend the exact numerator
   * @param divisor the exact denominator, not zero
   * @return the rounded quotient
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public long divide(long dividend, long divisor) {
    if (divisor == 0) {
      throw new ArithmeticException("divisor must not be zero (dividend=" + dividend + ")");
    }
    if (dividend == Long.MIN_VALUE || divisor == Long.MIN_VALUE) {
      return divide(BigInteger.valueOf(dividend), BigInteger.valueOf(divisor)).longValueExact();
    }
    long quotient = dividend / divisor;
    long remainder = dividend % divisor;
    if (remainder == 0) {
      return quotient;
    }
    long absRemainder = Math.abs(remainder);
    long absDivisor = Math.abs(divisor);
    // compare 2|r| with |d| without overflow: |r| against |d| - |r|
    int half = Long.compare(absRemainder, absDivisor - absRemainder);
    boolean awayFromZero = half > 0 || (half == 0 && roundsHalfAway(quotient));
    if (!awayFromZero) {
      return quotient;
    }
    return (dividend < 0) == (divisor < 0) ? quotient + 1 : quotient - 1;
  }

  /**
   * Divides exactly and rounds the quotient once with this policy, for numbers beyond {@code long}.
   *
   * @param dividend the exact numerator
   * @param divisor the exact denominator, not zero
   * @return the rounded quotient
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public BigInteger divide(BigInteger dividend, BigInteger divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("divisor must not be zero (dividend=" + dividend + ")");
    }
    BigInteger[] qr = dividend.divideAndRemainder(divisor);
    BigInteger quotient = qr[0];
    if (qr[1].signum() == 0) {
      return quotient;
    }
    int half = qr[1].abs().multiply(TWO).compareTo(divisor.abs());
    boolean awayFromZero = half > 0 || (half == 0 && roundsHalfAway(quotient.longValue()));
    if (!awayFromZero) {
      return quotient;
    }
    return dividend.signum() == divisor.signum()
        ? quotient.add(BigInteger.ONE)
        : quotient.subtract(BigInteger.ONE);
  }

  /**
   * Rounds a decimal to {@code scale} decimals with this policy.
   *
   * @param value the exact value
   * @param scale the number of decimals to keep
   * @return the rounded value, with exactly {@code scale} decimals
   */
  public BigDecimal round(BigDecimal value, int scale) {
    return value.setScale(scale, roundingMode);
  }

  private boolean roundsHalfAway(long truncatedQuotient) {
    return this == HALF_UP || (truncatedQuotient & 1L) != 0;
  }
}
