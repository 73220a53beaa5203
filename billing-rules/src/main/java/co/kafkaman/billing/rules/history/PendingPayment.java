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
package co.kafkaman.billing.rules.history;

import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Standing;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An unpaid invoice as a team sees it in "pending payments": what is due, by when, how it can be
 * paid, the automatic attempts made and still to come, and when grace ends.
 *
 * @param invoiceNumber the invoice
 * @param amount the total due
 * @param issueDate the issue date
 * @param dueDate the due date
 * @param status {@code OPEN} or {@code UNCOLLECTIBLE}
 * @param channels how it can be paid: {@code CARD} (automatic attempts) or the pay-by-invoice
 *     channels
 * @param attemptsMade the automatic attempts made and failed so far
 * @param attemptsToCome the dates of the automatic attempts still to come, if each fails
 * @param graceEnd the date the team is deactivated if the invoice is still unpaid
 * @param standing the standing this invoice imposes on the date asked about
 * @since 0.1.0
 */
public record PendingPayment(
    String invoiceNumber,
    Amount amount,
    LocalDate issueDate,
    LocalDate dueDate,
    InvoiceStatus status,
    Set<PaymentChannel> channels,
    int attemptsMade,
    List<LocalDate> attemptsToCome,
    LocalDate graceEnd,
    Standing standing) {

  /**
   * Copies the collections; the channels keep their declared order.
   *
   * @param invoiceNumber the invoice
   * @param amount the total due
   * @param issueDate the issue date
   * @param dueDate the due date
   * @param status {@code OPEN} or {@code UNCOLLECTIBLE}
   * @param channels how it can be paid: {@code CARD} (automatic attempts) or the pay-by-invoice
   *     channels
   * @param attemptsMade the automatic attempts made and failed so far
   * @param attemptsToCome the dates of the automatic attempts still to come, if each fails
   * @param graceEnd the date the team is deactivated if the invoice is still unpaid
   * @param standing the standing this invoice imposes on the date asked about
   */
  public PendingPayment {
    channels =
        Collections.unmodifiableSet(
            channels.isEmpty() ? EnumSet.noneOf(PaymentChannel.class) : EnumSet.copyOf(channels));
    attemptsToCome = List.copyOf(attemptsToCome);
  }

  /**
   * Returns {@code "KB-000002 USD 36.00 issued 2024-03-01 due 2024-03-01 OPEN by [CARD], 1
   * attempt(s) made, next [2024-03-04, 2024-03-08], grace end 2024-03-22, ACTIVE"}.
   *
   * @return the pending payment as one line
   */
  @Override
  public String toString() {
    return invoiceNumber
        + " "
        + amount
        + " issued "
        + issueDate
        + " due "
        + dueDate
        + " "
        + status
        + " by "
        + channels
        + ", "
        + attemptsMade
        + " attempt(s) made, next "
        + attemptsToCome
        + ", grace end "
        + graceEnd
        + ", "
        + standing;
  }
}
