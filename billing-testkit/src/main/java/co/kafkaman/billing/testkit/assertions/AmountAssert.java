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
package co.kafkaman.billing.testkit.assertions;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Amount;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Amount}, written the way amounts are read: {@code
 * assertThat(line.amount()).isEqualTo("USD 13.16")}.
 *
 * <p>Expected amounts are text: {@code "USD 13.16"} (currency, one space, value at the currency's
 * scale) or a plain {@code "13.16"} meaning the actual amount's currency. Amounts are equal when
 * currency and minor units are; more decimals than the currency has ({@code "JPY 12.5"}) is refused
 * as malformed.
 *
 * @since 0.1.0
 */
public final class AmountAssert extends AbstractAssert<AmountAssert, Amount> {

  AmountAssert(Amount actual) {
    super(actual, AmountAssert.class);
    info.useRepresentation(BillingRepresentation.INSTANCE);
  }

  /**
   * Verifies the amount equals {@code expected}.
   *
   * @param expected {@code "USD 12.34"}, or {@code "12.34"} in the actual currency
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not an amount
   */
  public AmountAssert isEqualTo(String expected) {
    isNotNull();
    Amount wanted = expectedAmount(expected, actual);
    if (!wanted.equals(actual)) {
      failWithActualExpectedAndMessage(
          actual.toString(), wanted.toString(), "%nExpected amount %s but was %s", wanted, actual);
    }
    return this;
  }

  /**
   * Verifies the amount is zero.
   *
   * @return this assertion
   */
  public AmountAssert isZero() {
    isNotNull();
    if (!actual.isZero()) {
      failWithMessage("%nExpected a zero amount but was %s", actual);
    }
    return this;
  }

  /**
   * Verifies the amount is above zero.
   *
   * @return this assertion
   */
  public AmountAssert isPositive() {
    isNotNull();
    if (!actual.isPositive()) {
      failWithMessage("%nExpected a positive amount but was %s", actual);
    }
    return this;
  }

  /**
   * Verifies the amount is below zero (a credit).
   *
   * @return this assertion
   */
  public AmountAssert isNegative() {
    isNotNull();
    if (!actual.isNegative()) {
      failWithMessage("%nExpected a negative amount but was %s", actual);
    }
    return this;
  }

  /**
   * Verifies the amount's currency.
   *
   * @param currencyCode such as {@code "JPY"}
   * @return this assertion
   */
  public AmountAssert hasCurrency(String currencyCode) {
    isNotNull();
    if (!actual.currency().getCurrencyCode().equals(currencyCode)) {
      failWithMessage("%nExpected an amount in " + currencyCode + " but was %s", actual);
    }
    return this;
  }

  /**
   * Verifies the count of minor units: {@code 1316} for USD 13.16.
   *
   * @param minorUnits the expected minor units
   * @return this assertion
   */
  public AmountAssert hasMinorUnits(long minorUnits) {
    isNotNull();
    if (actual.minorUnits() != minorUnits) {
      failWithMessage(
          "%nExpected %s minor units but %s has %s", minorUnits, actual, actual.minorUnits());
    }
    return this;
  }

  /**
   * Reads an expected amount: {@code "USD 12.34"}, or a plain {@code "12.34"} in the currency of
   * {@code like}.
   *
   * @param expected the text
   * @param like an amount whose currency a plain value takes
   * @return the amount
   * @throws IllegalArgumentException if the text is not an amount at the currency's scale
   */
  static Amount expectedAmount(String expected, Amount like) {
    String text = expected.trim();
    try {
      return text.indexOf(' ') > 0
          ? Amount.parse(text)
          : Amount.of(text, like.currency().getCurrencyCode());
    } catch (BillingException e) {
      throw new IllegalArgumentException(
          "expected amount '" + expected + "' is malformed: " + e.reason(), e);
    }
  }
}
