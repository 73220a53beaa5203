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

import java.util.function.Supplier;

/**
 * Invalid input to the model or the rules: an unchecked exception with a stable {@link
 * BillingErrorCode} and a message that names the field and the offending value.
 *
 * <p>Throwing it never leaves anything half-built: values validate before they exist, and the rules
 * validate a command before they compute anything. Business refusals (a downgrade requested
 * "Immediately") are decisions, not exceptions.
 *
 * @since 0.1.0
 */
public final class BillingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The stable code, such as {@code BILL-103 INVALID_QUANTITY}. */
  private final BillingErrorCode errorCode;

  /** The field or argument refused, such as {@code seats}. */
  private final String field;

  /** Why, naming the value, such as {@code must not be negative, was -1}. */
  private final String reason;

  /**
   * Creates an exception for {@code field}.
   *
   * @param errorCode the stable code
   * @param field the name of the offending field, such as {@code "seats"}
   * @param message what is wrong, naming the value
   */
  public BillingException(BillingErrorCode errorCode, String field, String message) {
    super(errorCode.code() + " " + errorCode + " [" + field + "]: " + message);
    this.errorCode = errorCode;
    this.field = field;
    this.reason = message;
  }

  /**
   * Returns the stable error code.
   *
   * @return the code
   */
  public BillingErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the name of the field the error is about.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns what is wrong, naming the value, without the code and field prefix of {@link
   * #getMessage()}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Creates an exception whose message is {@code value} followed by {@code text}, joined only now.
   * Checks that run on every copy of a value call this from the failing branch, so the joining code
   * stays out of the check and the check stays small enough for the JIT to inline.
   *
   * <p>Example: {@code refusal(INVALID_QUANTITY, "quantity", "must not be negative, was ", -1)}
   * reads {@code must not be negative, was -1}; {@code refusal(INVALID_DATE_RANGE, "period",
   * period, " is empty")} reads {@code [2024-03-01, 2024-03-01) is empty}.
   *
   * @param errorCode the stable code
   * @param field the name of the offending field
   * @param value the first part of the message (a text or the offending value)
   * @param text the rest of the message (a text or the offending value)
   * @return the exception, to throw
   * @since 0.1.0
   */
  public static BillingException refusal(
      BillingErrorCode errorCode, String field, Object value, Object text) {
    return new BillingException(errorCode, field, String.valueOf(value) + text);
  }

  /**
   * Throws unless {@code condition} holds.
   *
   * @param condition what must hold
   * @param errorCode the code to throw with
   * @param field the field checked
   * @param message the message naming the value
   * @throws BillingException if the condition is false
   */
  public static void check(
      boolean condition, BillingErrorCode errorCode, String field, String message) {
    if (!condition) {
      throw new BillingException(errorCode, field, message);
    }
  }

  /**
   * Throws unless {@code condition} holds, building the message only then. Checks that run on every
   * command use this form: a message naming dates or amounts costs more to build than the rule it
   * guards.
   *
   * @param condition what must hold
   * @param errorCode the code to throw with
   * @param field the field checked
   * @param message builds the message naming the value
   * @throws BillingException if the condition is false
   */
  public static void check(
      boolean condition, BillingErrorCode errorCode, String field, Supplier<String> message) {
    if (!condition) {
      throw new BillingException(errorCode, field, message.get());
    }
  }
}
