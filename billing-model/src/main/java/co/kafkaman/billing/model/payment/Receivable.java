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
import java.util.ArrayList;
import java.util.List;

/**
 * The collection timeline of one unpaid invoice: how it is collected, its due date, the automatic
 * attempts planned (none for pay-by-invoice teams), the grace end, and the attempts reported so
 * far. The dates are fixed when the invoice is issued, from the dunning policy in force on its due
 * date, so a later policy change never moves an ongoing timeline. A receivable exists while its
 * invoice is {@code OPEN} or {@code UNCOLLECTIBLE}; paying or voiding the invoice removes it.
 *
 * <p>Grace is half-open: {@code [dueDate, graceEnd)}. On {@code graceEnd} an unpaid invoice
 * deactivates the team.
 *
 * <p>Example: a card invoice due 2024-03-01 with the kafkaman policy plans attempts on 2024-03-01,
 * 03-04 and 03-08 and has grace end 2024-03-22. The dunning rules read the timeline: after attempt
 * 3 fails the team is past due until 03-21 and deactivated on 03-22 if the invoice is still unpaid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoiceNumber the invoice being collected
 * @param method how it is collected (the team's method when the invoice was issued)
 * @param dueDate the invoice's due date
 * @param attemptDates the planned automatic attempts, strictly increasing, on or after the due date
 *     and before the grace end; empty for pay-by-invoice
 * @param graceEnd the first day the team is deactivated if the invoice is still unpaid
 * @param attempts the failed attempts reported so far, numbered 1, 2, ... in date order
 * @param uncollectible whether the invoice was marked uncollectible: no more automatic attempts
 * @param retriesFollowAttempts whether each retry is due a wait after the previous attempt was made
 *     (a schedule of waits, as Kill Bill's {@code retry.days}) rather than on its planned date
 * @since 0.1.0
 */
public record Receivable(
    String invoiceNumber,
    CollectionMethod method,
    LocalDate dueDate,
    List<LocalDate> attemptDates,
    LocalDate graceEnd,
    List<PaymentAttempt> attempts,
    boolean uncollectible,
    boolean retriesFollowAttempts) {

  /**
   * Validates the timeline and copies the lists.
   *
   * @param invoiceNumber the invoice being collected
   * @param method how it is collected (the team's method when the invoice was issued)
   * @param dueDate the invoice's due date
   * @param attemptDates the planned automatic attempts, strictly increasing, on or after the due
   *     date and before the grace end; empty for pay-by-invoice
   * @param graceEnd the first day the team is deactivated if the invoice is still unpaid
   * @param attempts the failed attempts reported so far, numbered 1, 2, ... in date order
   * @param uncollectible whether the invoice was marked uncollectible: no more automatic attempts
   * @param retriesFollowAttempts whether each retry is due a wait after the previous attempt was
   *     made rather than on its planned date
   */
  public Receivable {
    BillingException.check(
        !invoiceNumber.isBlank(),
        BillingErrorCode.BLANK_VALUE,
        "invoiceNumber",
        "must not be blank");
    attemptDates = List.copyOf(attemptDates);
    attempts = List.copyOf(attempts);
    // Each condition is tested before its message is built: receivables are built on every
    // issued invoice, and the messages render dates and lists.
    if (!graceEnd.isAfter(dueDate)) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "graceEnd",
          graceEnd + " is not after the due date " + dueDate);
    }
    LocalDate previous = dueDate.minusDays(1);
    for (LocalDate date : attemptDates) {
      if (!(date.isAfter(previous) && date.isBefore(graceEnd))) {
        throw new BillingException(
            BillingErrorCode.INCONSISTENT_STATE,
            "attemptDates",
            attemptDates
                + " must increase strictly from the due date "
                + dueDate
                + " and end before the grace end "
                + graceEnd);
      }
      previous = date;
    }
    if (attempts.size() > attemptDates.size()) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "attempts",
          attempts.size() + " attempts reported, " + attemptDates.size() + " planned");
    }
    for (int i = 0; i < attempts.size(); i++) {
      PaymentAttempt attempt = attempts.get(i);
      if (!(attempt.invoiceNumber().equals(invoiceNumber)
          && attempt.attemptNumber() == i + 1
          && attempt.outcome() == PaymentOutcome.FAILED
          && !attempt.attemptedOn().isBefore(attemptDates.get(i))
          && (i == 0 || attempt.attemptedOn().isAfter(attempts.get(i - 1).attemptedOn())))) {
        throw new BillingException(
            BillingErrorCode.INCONSISTENT_STATE,
            "attempts[" + i + "]",
            attempt + " is not failed attempt " + (i + 1) + " of " + invoiceNumber + " in order");
      }
    }
  }

  /**
   * Returns a receivable whose retries are due on their planned dates.
   *
   * @param invoiceNumber the invoice being collected
   * @param method how it is collected (the team's method when the invoice was issued)
   * @param dueDate the invoice's due date
   * @param attemptDates the planned automatic attempts
   * @param graceEnd the first day the team is deactivated if the invoice is still unpaid
   * @param attempts the failed attempts reported so far, numbered 1, 2, ... in date order
   * @param uncollectible whether the invoice was marked uncollectible: no more automatic attempts
   */
  public Receivable(
      String invoiceNumber,
      CollectionMethod method,
      LocalDate dueDate,
      List<LocalDate> attemptDates,
      LocalDate graceEnd,
      List<PaymentAttempt> attempts,
      boolean uncollectible) {
    this(invoiceNumber, method, dueDate, attemptDates, graceEnd, attempts, uncollectible, false);
  }

  /**
   * Returns a receivable with nothing attempted yet, its retries due on their planned dates.
   *
   * @param invoiceNumber the invoice
   * @param method how it is collected
   * @param dueDate the due date
   * @param attemptDates the planned automatic attempts
   * @param graceEnd the grace end
   * @return the receivable
   */
  public static Receivable of(
      String invoiceNumber,
      CollectionMethod method,
      LocalDate dueDate,
      List<LocalDate> attemptDates,
      LocalDate graceEnd) {
    return new Receivable(invoiceNumber, method, dueDate, attemptDates, graceEnd, List.of(), false);
  }

  /**
   * Returns a copy whose retries are due a wait after the previous attempt was made (the waits are
   * the gaps between the planned dates), or on their planned dates.
   *
   * @param follow whether retries follow the attempts made
   * @return the copy
   */
  public Receivable withRetriesFollowingAttempts(boolean follow) {
    return new Receivable(
        invoiceNumber, method, dueDate, attemptDates, graceEnd, attempts, uncollectible, follow);
  }

  /**
   * Returns the number of the next automatic attempt: 1 for the first.
   *
   * @return the attempts reported plus one
   */
  public int nextAttemptNumber() {
    return attempts.size() + 1;
  }

  /**
   * Returns whether automatic attempts are planned and not stopped (card auto-charge and not marked
   * uncollectible).
   *
   * @return true while the rules expect automatic attempts
   */
  public boolean isAttemptedAutomatically() {
    return !uncollectible && !attemptDates.isEmpty();
  }

  /**
   * Returns a copy with one more failed attempt.
   *
   * @param attempt the failed attempt, numbered {@link #nextAttemptNumber()}
   * @return the copy
   */
  public Receivable plusFailedAttempt(PaymentAttempt attempt) {
    List<PaymentAttempt> all = new ArrayList<>(attempts.size() + 1);
    all.addAll(attempts);
    all.add(attempt);
    return new Receivable(
        invoiceNumber,
        method,
        dueDate,
        attemptDates,
        graceEnd,
        all,
        uncollectible,
        retriesFollowAttempts);
  }

  /**
   * Returns a copy marked uncollectible: no more automatic attempts.
   *
   * @return the copy
   */
  public Receivable asUncollectible() {
    return new Receivable(
        invoiceNumber,
        method,
        dueDate,
        attemptDates,
        graceEnd,
        attempts,
        true,
        retriesFollowAttempts);
  }
}
