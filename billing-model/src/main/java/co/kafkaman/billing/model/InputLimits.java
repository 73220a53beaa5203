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
package co.kafkaman.billing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The limits of every value a host passes in, and the one place that checks ids, free texts,
 * emails, dates and instants. Each check names the field and the value it refuses; a value within
 * the limits is safe to store, to print and to compute with: no count, amount or date the rules
 * derive from it can overflow.
 *
 * <ul>
 *   <li><b>Ids</b> (team, member, command, actor, card token): 1 to {@value #MAX_ID_LENGTH}
 *       characters of {@code A-Z a-z 0-9 . _ - : @ + #}, starting with a letter or digit, without
 *       {@code ..}, so an id is never a path ({@code ../x}), never blank and never holds a space or
 *       a control character. Invoice numbers and their prefixes may also hold {@code /} ({@code
 *       INV/2024/000007}).
 *   <li><b>Free texts</b> (company name, VAT ID, card brand, usage source, failure reason, custom
 *       domain): up to {@value #MAX_TEXT_LENGTH} characters, no control characters, no Unicode
 *       direction overrides and no unpaired surrogates. Addresses may also hold line feeds, up to
 *       {@value #MAX_LINES_LENGTH} characters.
 *   <li><b>Emails</b>: a free text of up to {@value #MAX_EMAIL_LENGTH} characters with an {@code @}
 *       after at least one character, without whitespace.
 *   <li><b>Quantities</b>: seats 0 to {@value #MAX_SEATS}, add-on blocks per resource 0 to {@value
 *       #MAX_BLOCKS}, a usage reading 1 to {@value #MAX_USAGE_QUANTITY} units, a usage month's
 *       total per resource up to {@value #MAX_USAGE_PER_MONTH} units. With the catalog's prices in
 *       {@code long} minor units, {@value #MAX_SEATS} seats of up to 10,000,000.00 a seat still
 *       fit; where a price makes a product pass {@code long} minor units the rules refuse it with
 *       {@code AMOUNT_OVERFLOW}.
 *   <li><b>Amounts</b> a host passes (a payment): at most {@value #MAX_AMOUNT_MINOR_UNITS} minor
 *       units either side of zero. The engine never issues an invoice due more than that: a command
 *       that would is refused with {@code AMOUNT_OVERFLOW} on the field {@code invoice}, so every
 *       invoice can be paid by one payment.
 *   <li><b>Dates</b>: {@link #EARLIEST_DATE} to {@link #LATEST_DATE}; instants within the same
 *       years; date ranges of queries at most {@value #MAX_RANGE_DAYS} days long.
 * </ul>
 *
 * <p>Null arguments are programming errors and fail with a {@link NullPointerException} naming the
 * parameter; every other refusal is a {@link BillingException}.
 *
 * @since 0.1.0
 */
public final class InputLimits {
  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /** The longest single-line free text, in characters. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** The longest multi-line free text (an address), in characters. */
  public static final int MAX_LINES_LENGTH = 1000;

  /** The longest email address, in characters (RFC 5321's path limit). */
  public static final int MAX_EMAIL_LENGTH = 254;

  /** The most seats of one team. */
  public static final int MAX_SEATS = 100_000;

  /** The most add-on blocks of one resource. */
  public static final int MAX_BLOCKS = 10_000;

  /** The most units of one usage reading. */
  public static final long MAX_USAGE_QUANTITY = 1_000_000_000_000L;

  /** The most units of one resource in one usage month. */
  public static final long MAX_USAGE_PER_MONTH = 1_000_000_000_000_000L;

  /** The largest amount a host passes in, in minor units either side of zero. */
  public static final long MAX_AMOUNT_MINOR_UNITS = 1_000_000_000_000_000L;

  /** The longest date range a query covers, in days (about ten years). */
  public static final int MAX_RANGE_DAYS = 3660;

  /** The earliest date accepted. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date accepted. */
  public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

  private static final Instant EARLIEST_INSTANT =
      EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.MAX);
  private static final Instant LATEST_INSTANT =
      LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.MIN);

  private InputLimits() {}

  /**
   * Checks an id: 1 to {@value #MAX_ID_LENGTH} characters of {@code A-Z a-z 0-9 . _ - : @ + #},
   * starting with a letter or digit, without {@code ..}. Example: {@code "c-17"}, {@code
   * "KB-000001"} and {@code "ana@acme"} pass; {@code "../../etc/passwd"} is refused with {@code
   * MALFORMED_VALUE}.
   *
   * @param field the field checked, such as {@code "memberId"}
   * @param value the id
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code BLANK_VALUE} for an empty or blank id, {@code MALFORMED_VALUE}
   *     for one too long or with another character
   */
  public static String requireId(String field, String value) {
    return checkId(field, value, false);
  }

  /**
   * Checks an invoice number or an invoice number's prefix: an id ({@link #requireId}) that may
   * also hold {@code '/'}, as in {@code "INV/2024/000007"}, but never {@code ".."}.
   *
   * @param field the field checked, such as {@code "invoiceNumber"}
   * @param value the invoice number
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code BLANK_VALUE} or {@code MALFORMED_VALUE}
   */
  public static String requireInvoiceNumber(String field, String value) {
    return checkId(field, value, true);
  }

  private static String checkId(String field, String value, boolean slashes) {
    Objects.requireNonNull(value, field);
    BillingException.check(
        !value.isBlank(), BillingErrorCode.BLANK_VALUE, field, "must not be blank");
    int length = value.length();
    boolean valid = length <= MAX_ID_LENGTH && isAlphanumeric(value.charAt(0));
    for (int i = 1; i < length && valid; i++) {
      char c = value.charAt(i);
      valid =
          isAlphanumeric(c)
              || (c == '.' && value.charAt(i - 1) != '.')
              || c == '_'
              || c == '-'
              || c == ':'
              || c == '@'
              || c == '+'
              || c == '#'
              || (slashes && c == '/');
    }
    if (!valid) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          field,
          quoted(value)
              + " is not an id: 1 to "
              + MAX_ID_LENGTH
              + " characters of A-Z a-z 0-9 . _ - : @ + #"
              + (slashes ? " /" : "")
              + ", starting with a letter or digit, without '..'");
    }
    return value;
  }

  /**
   * Checks a single-line free text: up to {@value #MAX_TEXT_LENGTH} characters, possibly empty,
   * without control characters, direction overrides or unpaired surrogates.
   *
   * @param field the field checked, such as {@code "source"}
   * @param value the text
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code MALFORMED_VALUE} for a text too long or with such a character
   */
  public static String requireText(String field, String value) {
    return checkText(field, value, MAX_TEXT_LENGTH, false);
  }

  /**
   * Checks a multi-line free text (an address): as {@link #requireText} but up to {@value
   * #MAX_LINES_LENGTH} characters, line feeds allowed.
   *
   * @param field the field checked, such as {@code "address"}
   * @param value the text
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code MALFORMED_VALUE} for a text too long or with a character
   *     refused
   */
  public static String requireLines(String field, String value) {
    return checkText(field, value, MAX_LINES_LENGTH, true);
  }

  /**
   * Checks an email address: not blank, a free text of up to {@value #MAX_EMAIL_LENGTH} characters
   * without whitespace, with an {@code @} after at least one character. Example: {@code
   * "ana@acme.test"} passes, {@code "nonsense"} is refused with {@code MALFORMED_VALUE}.
   *
   * @param field the field checked, such as {@code "billingEmail"}
   * @param value the address
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code BLANK_VALUE} or {@code MALFORMED_VALUE}
   */
  public static String requireEmail(String field, String value) {
    Objects.requireNonNull(value, field);
    BillingException.check(
        !value.isBlank(), BillingErrorCode.BLANK_VALUE, field, "must not be blank");
    checkText(field, value, MAX_EMAIL_LENGTH, false);
    boolean valid = value.indexOf('@') > 0;
    for (int i = 0; i < value.length() && valid; i++) {
      valid = !Character.isWhitespace(value.charAt(i));
    }
    BillingException.check(
        valid,
        BillingErrorCode.MALFORMED_VALUE,
        field,
        () -> quoted(value) + " is not an email address");
    return value;
  }

  /**
   * Checks a quantity against its bounds.
   *
   * @param field the field checked, such as {@code "seats"}
   * @param value the quantity
   * @param min the least allowed
   * @param max the most allowed
   * @return {@code value}
   * @throws BillingException {@code INVALID_QUANTITY} outside {@code [min, max]}
   */
  public static long requireQuantity(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new BillingException(
          BillingErrorCode.INVALID_QUANTITY,
          field,
          (value < min && min == 0
                  ? "must not be negative"
                  : value < min && min == 1 ? "must be positive" : "must be " + min + " to " + max)
              + ", was "
              + value);
    }
    return value;
  }

  /**
   * Checks a date: {@link #EARLIEST_DATE} to {@link #LATEST_DATE}.
   *
   * @param field the field checked, such as {@code "asOf"}
   * @param value the date
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code DATE_OUT_OF_RANGE} outside the years 1900 to 9999
   */
  public static LocalDate requireDate(String field, LocalDate value) {
    Objects.requireNonNull(value, field);
    if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          field,
          value + " is outside the dates accepted, " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return value;
  }

  /**
   * Checks an instant: on a date from {@link #EARLIEST_DATE} to {@link #LATEST_DATE} in some time
   * zone.
   *
   * @param field the field checked, such as {@code "at"}
   * @param value the instant
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws BillingException {@code DATE_OUT_OF_RANGE} outside the years 1900 to 9999
   */
  public static Instant requireInstant(String field, Instant value) {
    Objects.requireNonNull(value, field);
    if (value.isBefore(EARLIEST_INSTANT) || !value.isBefore(LATEST_INSTANT)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          field,
          value + " is outside the dates accepted, " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return value;
  }

  private static String checkText(String field, String value, int maxLength, boolean lines) {
    Objects.requireNonNull(value, field);
    int length = value.length();
    if (length > maxLength) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          field,
          "must be at most " + maxLength + " characters, was " + length);
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean refused;
      if (Character.isHighSurrogate(c)) {
        refused = i + 1 == length || !Character.isLowSurrogate(value.charAt(i + 1));
        i += refused ? 0 : 1;
      } else {
        refused =
            Character.isLowSurrogate(c)
                || (Character.isISOControl(c) && !(lines && c == '\n'))
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
      }
      if (refused) {
        int at = i;
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE,
            field,
            "must not hold control characters, direction overrides or unpaired surrogates; found"
                + String.format(" U+%04X at index %d", (int) c, at));
      }
    }
    return value;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Quotes a refused value for a message, cut to a printable length. */
  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("'");
    int shown = Math.min(value.length(), MAX_ID_LENGTH);
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)
          || Character.isSurrogate(c)
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (value.length() > shown) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
