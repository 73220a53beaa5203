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
 * far, and the overdue stages that do not deactivate it has been recorded as reaching. The dates
 * are fixed when the invoice is issued, from the dunning policy in force on its due date, so a
 * later policy change never moves an ongoing timeline. A receivable exists while its invoice is
 * {@code OPEN} or {@code UNCOLLECTIBLE}; paying or voiding the invoice removes it, and with it the
 * stages reached: a receivable's life is one unpaid episode of its invoice.
 *
 * <p>Grace is half-open: {@code [dueDate, graceEnd)}. On {@code graceEnd} an unpaid invoice
 * deactivates the team.
 *
 * <p>Example: a card invoice due 2024-03-01 with the kafkaman policy plans attempts on 2024-03-01,
 * 03-04 and 03-08 and has grace end 2024-03-22. The dunning rules read the timeline: after attempt
 * 3 fails the team is past due until 03-21 and deactivated on 03-22 if the invoice is still unpaid.
 * Under a policy with a stage {@code blocked} 10 days after the due date, the first dunning
 * evaluation on or after 03-11 records it: {@code stagesReached} is {@code [blocked]} from then on.
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
 * @param stagesReached the names of the overdue stages this invoice was recorded as reaching, in
 *     the order reached, each once (an {@code OVERDUE_STAGE_REACHED} history entry each); empty
 *     until the first
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
    boolean retriesFollowAttempts,
    List<String> stagesReached) {

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
   * @param stagesReached the names of the overdue stages recorded as reached, each once and not
   *     blank
   */
  public Receivable {
    BillingException.check(
        !invoiceNumber.isBlank(),
        BillingErrorCode.BLANK_VALUE,
        "invoiceNumber",
        "must not be blank");
    attemptDates = List.copyOf(attemptDates);
    attempts = List.copyOf(attempts);
    stagesReached = List.copyOf(stagesReached);
    // Receivables are built on every issued invoice: each condition is tested here and its
    // message, which renders dates and lists, is built apart only when it fails (which also keeps
    // this constructor small enough for the JIT to inline).
    for (int i = 0; i < stagesReached.size(); i++) {
      String stage = stagesReached.get(i);
      if (stage.isBlank() || stagesReached.subList(0, i).contains(stage)) {
        throw stageReachedTwice(stagesReached, i);
      }
    }
    if (!graceEnd.isAfter(dueDate)) {
      throw graceNotAfterDue(graceEnd, dueDate);
    }
    LocalDate previous = dueDate.minusDays(1);
    for (LocalDate date : attemptDates) {
      if (!(date.isAfter(previous) && date.isBefore(graceEnd))) {
        throw attemptDatesOutOfOrder(attemptDates, dueDate, graceEnd);
      }
      previous = date;
    }
    if (attempts.size() > attemptDates.size()) {
      throw moreAttemptsThanPlanned(attempts, attemptDates);
    }
    for (int i = 0; i < attempts.size(); i++) {
      PaymentAttempt attempt = attempts.get(i);
      if (!(attempt.invoiceNumber().equals(invoiceNumber)
          && attempt.attemptNumber() == i + 1
          && attempt.outcome() == PaymentOutcome.FAILED
          && !attempt.attemptedOn().isBefore(attemptDates.get(i))
          && (i == 0 || attempt.attemptedOn().isAfter(attempts.get(i - 1).attemptedOn())))) {
        throw attemptOutOfOrder(attempt, i, invoiceNumber);
      }
    }
  }

  private static BillingException stageReachedTwice(List<String> stagesReached, int i) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "stagesReached[" + i + "]",
        "'"
            + stagesReached.get(i)
            + "' must be a stage name not blank and not reached before: "
            + stagesReached);
  }

  private static BillingException graceNotAfterDue(LocalDate graceEnd, LocalDate dueDate) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "graceEnd",
        graceEnd + " is not after the due date " + dueDate);
  }

  private static BillingException attemptDatesOutOfOrder(
      List<LocalDate> attemptDates, LocalDate dueDate, LocalDate graceEnd) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "attemptDates",
        attemptDates
            + " must increase strictly from the due date "
            + dueDate
            + " and end before the grace end "
            + graceEnd);
  }

  private static BillingException moreAttemptsThanPlanned(
      List<PaymentAttempt> attempts, List<LocalDate> attemptDates) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "attempts",
        attempts.size() + " attempts reported, " + attemptDates.size() + " planned");
  }

  private static BillingException attemptOutOfOrder(
      PaymentAttempt attempt, int i, String invoiceNumber) {
    return new BillingException(
        BillingErrorCode.INCONSISTENT_STATE,
        "attempts[" + i + "]",
        attempt + " is not failed attempt " + (i + 1) + " of " + invoiceNumber + " in order");
  }

  /**
   * Returns a receivable whose retries are due on their planned dates, that has reached no overdue
   * stage yet.
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
    this(
        invoiceNumber,
        method,
        dueDate,
        attemptDates,
        graceEnd,
        attempts,
        uncollectible,
        false,
        List.of());
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
    return copy(attempts, uncollectible, follow, stagesReached);
  }

  /**
   * Returns whether the overdue stage named {@code stage} was recorded as reached.
   *
   * @param stage the stage's name
   * @return true once {@link #plusStageReached} recorded it
   */
  public boolean hasReached(String stage) {
    return stagesReached.contains(stage);
  }

  /**
   * Returns a copy that has reached one more overdue stage.
   *
   * @param stage the stage's name, not reached before
   * @return the copy
   * @throws BillingException {@code INCONSISTENT_STATE} if the name is blank or was reached before
   */
  public Receivable plusStageReached(String stage) {
    List<String> all = new ArrayList<>(stagesReached.size() + 1);
    all.addAll(stagesReached);
    all.add(stage);
    return copy(attempts, uncollectible, retriesFollowAttempts, all);
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
    return copy(all, uncollectible, retriesFollowAttempts, stagesReached);
  }

  /**
   * Returns a copy marked uncollectible: no more automatic attempts.
   *
   * @return the copy
   */
  public Receivable asUncollectible() {
    return copy(attempts, true, retriesFollowAttempts, stagesReached);
  }

  /** A copy with the same timeline and these parts of its progress. */
  private Receivable copy(
      List<PaymentAttempt> made, boolean marked, boolean follow, List<String> stages) {
    return new Receivable(
        invoiceNumber, method, dueDate, attemptDates, graceEnd, made, marked, follow, stages);
  }
}
