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
package co.kafkaman.billing.model.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;

/**
 * One attempt to collect an invoice, as the host reported it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoiceNumber the invoice attempted
 * @param attemptNumber 1 for the first attempt, then 2, 3
 * @param attemptedOn the date of the attempt
 * @param outcome succeeded or failed
 * @param reason why it failed (such as {@code "card expired"}), or empty
 * @since 0.1.0
 */
public record PaymentAttempt(
    String invoiceNumber,
    int attemptNumber,
    LocalDate attemptedOn,
    PaymentOutcome outcome,
    String reason) {

  /**
   * Validates the attempt.
   *
   * @param invoiceNumber the invoice attempted
   * @param attemptNumber 1 for the first attempt, then 2, 3
   * @param attemptedOn the date of the attempt
   * @param outcome succeeded or failed
   * @param reason why it failed (such as {@code "card expired"}), or empty
   */
  public PaymentAttempt {
    BillingException.check(
        attemptNumber >= 1,
        BillingErrorCode.INVALID_QUANTITY,
        "attemptNumber",
        () -> "must be 1 or more, was " + attemptNumber);
  }
}
