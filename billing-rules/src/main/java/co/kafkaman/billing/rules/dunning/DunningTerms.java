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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the dunning policy: the retry schedule, the grace length and who is notified of
 * what. Retries and grace come from the same value and are checked against each other: every
 * attempt falls inside the grace period, so the two timelines cannot disagree.
 *
 * <p>The kafkaman terms: attempts on days 0, 3 and 7 after the due date; grace 21 days after the
 * due date; after the last failed attempt billing members are notified ({@code PAYMENT_FAILED}); at
 * non-payment, deactivation and reactivation all members are; invoices of pay-by-invoice teams go
 * to the billing email. Immutable and thread-safe.
 *
 * @param retries when automatic attempts are made (card teams only)
 * @param graceDays days from the due date to the grace end, more than the last attempt's offset
 * @param recipients who is notified, per kind; a kind left out is not notified
 * @since 0.1.0
 */
public record DunningTerms(
    RetrySchedule retries, int graceDays, Map<NotificationKind, Recipients> recipients) {

  /**
   * Validates the terms and copies the recipients.
   *
   * @param retries when automatic attempts are made (card teams only)
   * @param graceDays days from the due date to the grace end, more than the last attempt's offset
   * @param recipients who is notified, per kind; a kind left out is not notified
   */
  public DunningTerms {
    BillingException.check(
        graceDays > retries.lastOffset(),
        BillingErrorCode.INCONSISTENT_STATE,
        "graceDays",
        () ->
            graceDays
                + " must be more than the last attempt's offset "
                + retries.lastOffset()
                + ": every attempt falls inside the grace period");
    recipients = recipients.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(recipients));
  }

  /**
   * Returns the kafkaman terms.
   *
   * @return attempts on days 0, 3, 7; grace 21 days; the kafkaman recipients
   */
  public static DunningTerms kafkaman() {
    Map<NotificationKind, Recipients> recipients = new EnumMap<>(NotificationKind.class);
    recipients.put(NotificationKind.INVOICE_ISSUED, Recipients.BILLING_EMAIL);
    recipients.put(NotificationKind.PAYMENT_FAILED, Recipients.BILLING_MEMBERS);
    recipients.put(NotificationKind.NON_PAYMENT, Recipients.ALL_MEMBERS);
    recipients.put(NotificationKind.DEACTIVATED, Recipients.ALL_MEMBERS);
    recipients.put(NotificationKind.REACTIVATED, Recipients.ALL_MEMBERS);
    return new DunningTerms(RetrySchedule.kafkaman(), 21, recipients);
  }

  /**
   * Returns who is notified of {@code kind}.
   *
   * @param kind the notification kind
   * @return the recipients, or empty when that kind is not notified
   */
  public Optional<Recipients> recipientsOf(NotificationKind kind) {
    return Optional.ofNullable(recipients.get(kind));
  }

  /**
   * Returns a copy with another grace length.
   *
   * @param days days from the due date to the grace end
   * @return the copy
   * @throws BillingException {@code INCONSISTENT_STATE} if the last attempt would fall outside it
   */
  public DunningTerms withGraceDays(int days) {
    return new DunningTerms(retries, days, recipients);
  }

  /**
   * Returns a copy with another retry schedule.
   *
   * @param schedule the schedule
   * @return the copy
   * @throws BillingException {@code INCONSISTENT_STATE} if its last attempt falls outside the grace
   */
  public DunningTerms withRetries(RetrySchedule schedule) {
    return new DunningTerms(schedule, graceDays, recipients);
  }

  /**
   * Returns a copy notifying {@code kind} to {@code audience}.
   *
   * @param kind the notification kind
   * @param audience who receives it
   * @return the copy
   */
  public DunningTerms withRecipients(NotificationKind kind, Recipients audience) {
    Map<NotificationKind, Recipients> copy = new EnumMap<>(NotificationKind.class);
    copy.putAll(recipients);
    copy.put(kind, audience);
    return new DunningTerms(retries, graceDays, copy);
  }
}
