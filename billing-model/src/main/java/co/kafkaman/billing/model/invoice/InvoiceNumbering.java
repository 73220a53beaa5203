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
package co.kafkaman.billing.model.invoice;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;

/**
 * A gapless invoice number sequence: a prefix and the next number to assign. The numbering state is
 * part of the rules' input and output, so issuing an invoice consumes exactly one number and two
 * invoices can never share one.
 *
 * <p>Example: prefix {@code "KB-"}, next 42 formats as {@code "KB-000042"}; after issuing, next is
 * 43. Immutable and thread-safe.
 *
 * @param prefix the sequence prefix, such as {@code "KB-"}: empty or an id ({@link
 *     InputLimits#requireInvoiceNumber}) of at most 16 characters
 * @param next the next number to assign, 1 to 999,999,999,999
 * @since 0.1.0
 */
public record InvoiceNumbering(String prefix, long next) {
  /** The last number a sequence assigns: 12 digits. */
  private static final long MAX_NUMBER = 999_999_999_999L;

  /** The longest prefix: with 12 digits, an invoice number stays an id of up to 64 characters. */
  private static final int MAX_PREFIX_LENGTH = 16;

  /**
   * Validates the sequence.
   *
   * @param prefix the sequence prefix, such as {@code "KB-"}: empty or an id ({@link
   *     InputLimits#requireInvoiceNumber}) of at most 16 characters
   * @param next the next number to assign, 1 to 999,999,999,999
   */
  public InvoiceNumbering {
    if (!prefix.isEmpty()) {
      InputLimits.requireInvoiceNumber("prefix", prefix);
      BillingException.check(
          prefix.length() <= MAX_PREFIX_LENGTH,
          BillingErrorCode.MALFORMED_VALUE,
          "prefix",
          () ->
              "must be at most "
                  + MAX_PREFIX_LENGTH
                  + " characters, was "
                  + prefix.length()
                  + ", so that every invoice number is an id");
    }
    if (next < 1) {
      throw new BillingException(
          BillingErrorCode.INVALID_QUANTITY, "next", "must be 1 or more, was " + next);
    }
    if (next > MAX_NUMBER) {
      throw new BillingException(
          BillingErrorCode.AMOUNT_OVERFLOW,
          "next",
          "invoice numbers end at " + MAX_NUMBER + ", was " + next);
    }
  }

  /**
   * Returns a sequence starting at 1.
   *
   * @param prefix the prefix
   * @return the new sequence
   */
  public static InvoiceNumbering startingAt1(String prefix) {
    return new InvoiceNumbering(prefix, 1);
  }

  /**
   * Returns the number the next issued invoice gets, such as {@code "KB-000042"}.
   *
   * @return the formatted number
   */
  public String nextNumber() {
    // one buffer: runs for every invoice issued
    StringBuilder number = new StringBuilder(prefix.length() + 12).append(prefix);
    for (long pad = 100_000; pad > next; pad /= 10) {
      number.append('0');
    }
    return number.append(next).toString();
  }

  /**
   * Returns the sequence after one number is issued.
   *
   * @return the sequence with {@code next + 1}
   */
  public InvoiceNumbering advance() {
    return new InvoiceNumbering(prefix, next + 1);
  }
}
