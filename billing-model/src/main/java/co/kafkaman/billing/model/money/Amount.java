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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money at its currency's scale, held as a {@code long} count of minor units
 * (cents for USD, yen for JPY, fils for BHD).
 *
 * <p>This is the library's working representation: arithmetic on it is exact and cheap, and it
 * converts to and from JSR 354 {@link MonetaryAmount} at the API edge with {@link
 * #toMonetaryAmount()} and {@link #from(MonetaryAmount)}. Every amount is already at currency
 * scale, so addition never rounds; the only rounding is in {@link #multipliedBy(long, Fraction,
 * RoundingPolicy)}, once, at the end.
 *
 * <p>Immutable and thread-safe. Combining two currencies throws {@code CURRENCY_MISMATCH}; an
 * overflow of {@code long} minor units throws {@code AMOUNT_OVERFLOW}.
 *
 * @since 0.1.0
 */
public final class Amount implements Comparable<Amount> {
  private final long minorUnits;
  private final CurrencyUnit currency;

  private Amount(long minorUnits, CurrencyUnit currency) {
    this.minorUnits = minorUnits;
    this.currency = currency;
  }

  /**
   * Returns the amount of {@code minorUnits} in {@code currency}: {@code ofMinor(1316, USD)} is USD
   * 13.16.
   *
   * @param minorUnits the count of minor units
   * @param currency the currency
   * @return the amount
   */
  public static Amount ofMinor(long minorUnits, CurrencyUnit currency) {
    return new Amount(minorUnits, currency);
  }

  /**
   * Returns zero in {@code currency}.
   *
   * @param currency the currency
   * @return the zero amount
   */
  public static Amount zero(CurrencyUnit currency) {
    Amount last = lastZero;
    if (last != null && last.currency == currency) {
      return last;
    }
    Amount zero = new Amount(0, currency);
    lastZero = zero;
    return zero;
  }

  /**
   * The zero last asked for: most engines bill in one currency, and every change and renewal asks
   * for zero several times. A racy single-entry cache, safe because an amount is immutable with
   * final fields; a miss only allocates.
   */
  private static @Nullable Amount lastZero;

  /**
   * Returns the amount {@code value} in {@code currency}, which must not have more decimals than
   * the currency allows.
   *
   * @param value such as {@code 12.5} (USD 12.50)
   * @param currency the currency
   * @return the amount
   * @throws BillingException {@code AMOUNT_SCALE_EXCEEDED} for {@code 12.345} in USD
   */
  public static Amount of(BigDecimal value, CurrencyUnit currency) {
    int scale = Currencies.scaleOf(currency);
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale);
    } catch (ArithmeticException e) {
      throw new BillingException(
          BillingErrorCode.AMOUNT_SCALE_EXCEEDED,
          "amount",
          value.toPlainString()
              + " has more than "
              + scale
              + " decimals, the scale of "
              + currency.getCurrencyCode());
    }
    try {
      return new Amount(scaled.unscaledValue().longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw overflow("amount", value.toPlainString());
    }
  }

  /**
   * Returns the amount {@code value} in the currency with ISO code {@code currencyCode}.
   *
   * @param value the decimal value as text, such as {@code "12.00"}
   * @param currencyCode such as {@code "USD"}
   * @return the amount
   * @throws BillingException {@code MALFORMED_VALUE} or {@code AMOUNT_SCALE_EXCEEDED}
   */
  public static Amount of(String value, String currencyCode) {
    return of(parseDecimal(value), Currencies.of(currencyCode));
  }

  /**
   * Parses {@code "USD 12.34"} (currency code, one space, decimal value), the format of {@link
   * #toString()}.
   *
   * @param text the text
   * @return the amount
   * @throws BillingException {@code MALFORMED_VALUE} if the text is not of that form
   */
  public static Amount parse(String text) {
    int space = text.indexOf(' ');
    if (space <= 0 || space != text.lastIndexOf(' ')) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          "amount",
          "'" + text + "' is not of the form 'USD 12.34'");
    }
    return of(text.substring(space + 1), text.substring(0, space));
  }

  /**
   * Converts a JSR 354 amount, which must be exactly at its currency's scale.
   *
   * @param amount such as {@code Money.of(12.34, "USD")}
   * @return the same amount
   * @throws BillingException {@code AMOUNT_SCALE_EXCEEDED} for {@code USD 0.001}
   */
  public static Amount from(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    return of(amount.getNumber().numberValue(BigDecimal.class), amount.getCurrency());
  }

  /**
   * Returns the count of minor units: 1316 for USD 13.16.
   *
   * @return the minor units
   */
  public long minorUnits() {
    return minorUnits;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns the number of decimals of this amount's currency.
   *
   * @return the scale
   */
  public int scale() {
    return Currencies.scaleOf(currency);
  }

  /**
   * Returns the decimal value at currency scale: {@code 13.16}.
   *
   * @return the value
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, scale());
  }

  /**
   * Converts to a JSR 354 amount (a Moneta {@code Money}) that keeps the currency's scale: its
   * {@link MonetaryAmount#getContext() context} has a fixed scale of the currency's fraction
   * digits, so USD 36.00 prints as {@code USD 36.00} (a plain {@code Money} prints {@code USD 36})
   * and {@code getContext().getMaxScale()} is 2. Moneta's {@code NumberValue} strips trailing zeros
   * whatever the context ({@code getNumber()} reads 36): read the number at the currency's scale
   * with {@link #toBigDecimal()} ({@code 36.00}). Conversion costs an allocation or three; the
   * library does it only where the API hands amounts out. The first conversion prints nothing of
   * Moneta's (see {@code MonetaMoney}).
   *
   * @return the same amount as a {@link MonetaryAmount}, at its currency's scale
   */
  public MonetaryAmount toMonetaryAmount() {
    int scale = scale();
    MonetaryContext context = scale < AT_SCALE.length ? AT_SCALE[scale] : atScale(scale);
    return MonetaMoney.of(toBigDecimal(), currency, context);
  }

  /** Moneta contexts of a fixed scale, by scale: built once. */
  private static final MonetaryContext[] AT_SCALE = {
    atScale(0), atScale(1), atScale(2), atScale(3), atScale(4)
  };

  private static MonetaryContext atScale(int scale) {
    return MonetaryContextBuilder.of(Money.class)
        .setMaxScale(scale)
        .setFixedScale(true)
        .setPrecision(256)
        .set(RoundingMode.HALF_EVEN)
        .build();
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other an amount in the same currency
   * @return the exact sum
   * @throws BillingException {@code CURRENCY_MISMATCH} or {@code AMOUNT_OVERFLOW}
   */
  public Amount plus(Amount other) {
    requireSameCurrency(other);
    try {
      return new Amount(Math.addExact(minorUnits, other.minorUnits), currency);
    } catch (ArithmeticException e) {
      throw overflow("amount", this + " + " + other);
    }
  }

  /**
   * Returns {@code this - other}.
   *
   * @param other an amount in the same currency
   * @return the exact difference
   * @throws BillingException {@code CURRENCY_MISMATCH} or {@code AMOUNT_OVERFLOW}
   */
  public Amount minus(Amount other) {
    requireSameCurrency(other);
    try {
      return new Amount(Math.subtractExact(minorUnits, other.minorUnits), currency);
    } catch (ArithmeticException e) {
      throw overflow("amount", this + " - " + other);
    }
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negated amount
   */
  public Amount negated() {
    if (minorUnits == Long.MIN_VALUE) {
      throw overflow("amount", toString());
    }
    return new Amount(-minorUnits, currency);
  }

  /**
   * Returns {@code this x quantity}, exactly.
   *
   * @param quantity any whole number
   * @return the product
   * @throws BillingException {@code AMOUNT_OVERFLOW} past {@code long} minor units
   */
  public Amount multipliedBy(long quantity) {
    try {
      return new Amount(Math.multiplyExact(minorUnits, quantity), currency);
    } catch (ArithmeticException e) {
      throw overflow("amount", this + " x " + quantity);
    }
  }

  /**
   * Returns {@code this x quantity x fraction}, computed exactly and rounded once with {@code
   * rounding}. This is the library's one rounding point for prorated lines.
   *
   * <p>Example: {@code USD 12.00} x 2 x {@code 17/31 days}, {@code HALF_UP}: {@code 2400 x 17 / 31
   * = 1316.13} cents, so USD 13.16.
   *
   * @param quantity any whole number (seats, blocks)
   * @param fraction the part of the period
   * @param rounding how to round the single fractional result
   * @return the rounded product
   * @throws BillingException {@code AMOUNT_OVERFLOW} if the result exceeds {@code long} minor units
   */
  public Amount multipliedBy(long quantity, Fraction fraction, RoundingPolicy rounding) {
    long dividend;
    try {
      dividend = Math.multiplyExact(Math.multiplyExact(minorUnits, quantity), fraction.numerator());
    } catch (ArithmeticException e) {
      BigInteger exact =
          BigInteger.valueOf(minorUnits)
              .multiply(BigInteger.valueOf(quantity))
              .multiply(BigInteger.valueOf(fraction.numerator()));
      BigInteger rounded = rounding.divide(exact, BigInteger.valueOf(fraction.denominator()));
      if (rounded.bitLength() > 63) {
        throw overflow("amount", this + " x " + quantity + " x " + fraction);
      }
      return new Amount(rounded.longValue(), currency);
    }
    return new Amount(rounding.divide(dividend, fraction.denominator()), currency);
  }

  /**
   * Returns whether this amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Returns whether this amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /**
   * Returns whether this amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return minorUnits > 0;
  }

  /**
   * Returns the smaller of two amounts of the same currency.
   *
   * @param other the other amount
   * @return the smaller one ({@code this} when equal)
   */
  public Amount min(Amount other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of two amounts of the same currency.
   *
   * @param other the other amount
   * @return the larger one ({@code this} when equal)
   */
  public Amount max(Amount other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns whether {@code other} has this amount's currency.
   *
   * @param other the other amount
   * @return true for the same currency code
   */
  public boolean isSameCurrency(Amount other) {
    return currency == other.currency
        || currency.getCurrencyCode().equals(other.currency.getCurrencyCode());
  }

  /**
   * Compares two amounts of the same currency.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive
   * @throws BillingException {@code CURRENCY_MISMATCH} for another currency
   */
  @Override
  public int compareTo(Amount other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  /**
   * Returns the value at currency scale without the currency: {@code "13.16"}, {@code "-5.00"},
   * {@code "1200"} for JPY.
   *
   * @return the plain decimal text
   */
  public String toPlainString() {
    int scale = scale();
    if (scale == 0) {
      return Long.toString(minorUnits);
    }
    if (minorUnits == Long.MIN_VALUE || scale > 18) {
      return toBigDecimal().toPlainString();
    }
    // digits written from the right: the fraction (zero-padded to the scale), '.', the whole part
    long rest = Math.abs(minorUnits);
    byte[] text = new byte[21 + scale];
    int at = text.length;
    for (int i = 0; i < scale; i++) {
      text[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    text[--at] = '.';
    do {
      text[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (minorUnits < 0) {
      text[--at] = '-';
    }
    return new String(text, at, text.length - at, StandardCharsets.ISO_8859_1);
  }

  /**
   * Appends {@link #toPlainString()} to {@code text} without building it first: {@code "13.16"},
   * {@code "-5.00"}, {@code "1200"} for JPY.
   *
   * @param text where to append
   * @return {@code text}
   */
  public StringBuilder appendPlainTo(StringBuilder text) {
    int scale = scale();
    if (scale == 0) {
      return text.append(minorUnits);
    }
    if (minorUnits == Long.MIN_VALUE || scale > 18) {
      return text.append(toPlainString());
    }
    long rest = Math.abs(minorUnits);
    long unit = 1;
    for (int i = 0; i < scale; i++) {
      unit *= 10;
    }
    if (minorUnits < 0) {
      text.append('-');
    }
    text.append(rest / unit).append('.');
    long fraction = rest % unit;
    for (long digit = unit / 10; digit > 0; digit /= 10) {
      text.append((char) ('0' + fraction / digit % 10));
    }
    return text;
  }

  /**
   * Returns {@code "USD 13.16"}: currency code, one space, the value at currency scale. {@link
   * #parse(String)} reads it back.
   *
   * @return the amount as text
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toPlainString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Amount other
        && minorUnits == other.minorUnits
        && currency.getCurrencyCode().equals(other.currency.getCurrencyCode());
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minorUnits) * 31 + currency.getCurrencyCode().hashCode();
  }

  private void requireSameCurrency(Amount other) {
    if (!isSameCurrency(other)) {
      throw new BillingException(
          BillingErrorCode.CURRENCY_MISMATCH,
          "currency",
          "cannot combine " + this + " with " + other);
    }
  }

  private static BigDecimal parseDecimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, "amount", "'" + value + "' is not a decimal number");
    }
  }

  private static BillingException overflow(String field, String expression) {
    return new BillingException(
        BillingErrorCode.AMOUNT_OVERFLOW,
        field,
        expression + " does not fit in a long count of minor units");
  }
}
