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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the dunning policy: the retry schedule, the overdue stages (the one that
 * deactivates is the grace end), what happens when dunning ends unpaid, what renewals do while the
 * team is overdue, and who is notified of what. Retries and grace come from the same value and are
 * checked against each other: every attempt falls inside the grace period, so the two timelines
 * cannot disagree.
 *
 * <p>The kafkaman terms: attempts on days 0, 3 and 7 after the due date; one overdue stage, {@code
 * deactivated} 21 days after the due date (the grace end); {@link DunningEnd#DEACTIVATE}; {@link
 * OverdueRenewals#SKIP_WHILE_DEACTIVATED}; after the last failed attempt billing members are
 * notified ({@code PAYMENT_FAILED}); at non-payment, deactivation and reactivation all members are;
 * invoices of pay-by-invoice teams go to the billing email. Immutable and thread-safe.
 *
 * <p>Example, Kill Bill style: {@code DunningTerms.kafkaman().withRetries(RetrySchedule.waits(8, 8,
 * 8)).withGraceDays(30).withStages(OverdueStage.of("blocked", 10, BLOCK_CHANGES))} attempts a card
 * invoice due 2024-03-01 on 03-01, 03-09, 03-17 and 03-25, refuses immediate changes from 03-11 and
 * deactivates on 03-31 while it is unpaid.
 *
 * @param retries when automatic attempts are made (card teams only)
 * @param stages the overdue stages, days strictly increasing; exactly one deactivates, after the
 *     last attempt's offset
 * @param recipients who is notified, per kind; a kind left out is not notified
 * @param end what happens when dunning ends unpaid
 * @param renewals what a renewal does while the team is overdue
 * @since 0.1.0
 */
public record DunningTerms(
    RetrySchedule retries,
    List<OverdueStage> stages,
    Map<NotificationKind, Recipients> recipients,
    DunningEnd end,
    OverdueRenewals renewals) {

  /**
   * Validates the terms and copies the stages and recipients.
   *
   * @param retries when automatic attempts are made (card teams only)
   * @param stages the overdue stages, days strictly increasing; exactly one deactivates, after the
   *     last attempt's offset
   * @param recipients who is notified, per kind; a kind left out is not notified
   * @param end what happens when dunning ends unpaid
   * @param renewals what a renewal does while the team is overdue
   */
  public DunningTerms {
    stages = List.copyOf(stages);
    List<OverdueStage> all = stages;
    int deactivating = 0;
    int graceDays = 0;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      OverdueStage stage = stages.get(i);
      int index = i;
      BillingException.check(
          names.add(stage.name()),
          BillingErrorCode.INCONSISTENT_STATE,
          "stages[" + i + "].name",
          () -> "stage name '" + stage.name() + "' is used twice");
      BillingException.check(
          i == 0 || stage.daysAfterDue() > stages.get(i - 1).daysAfterDue(),
          BillingErrorCode.INVALID_QUANTITY,
          "stages[" + i + "].daysAfterDue",
          () ->
              stage.daysAfterDue()
                  + " is not after the previous stage's "
                  + all.get(index - 1).daysAfterDue()
                  + ": stages are in day order");
      if (stage.has(OverdueEffect.DEACTIVATE)) {
        deactivating++;
        graceDays = stage.daysAfterDue();
      }
    }
    BillingException.check(
        deactivating == 1,
        BillingErrorCode.INCONSISTENT_STATE,
        "stages",
        "exactly one stage must DEACTIVATE (its day is the grace end), " + deactivating + " do");
    int grace = graceDays;
    BillingException.check(
        grace > retries.lastOffset(),
        BillingErrorCode.INCONSISTENT_STATE,
        "graceDays",
        () ->
            grace
                + " must be more than the last attempt's offset "
                + retries.lastOffset()
                + ": every attempt falls inside the grace period");
    recipients = recipients.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(recipients));
  }

  /**
   * Returns terms with one overdue stage, deactivation after {@code graceDays}, ending in {@link
   * DunningEnd#DEACTIVATE} and renewals {@link OverdueRenewals#SKIP_WHILE_DEACTIVATED}.
   *
   * @param retries when automatic attempts are made (card teams only)
   * @param graceDays days from the due date to the grace end, more than the last attempt's offset
   * @param recipients who is notified, per kind; a kind left out is not notified
   */
  public DunningTerms(
      RetrySchedule retries, int graceDays, Map<NotificationKind, Recipients> recipients) {
    this(
        retries,
        List.of(OverdueStage.deactivation(graceDays)),
        recipients,
        DunningEnd.DEACTIVATE,
        OverdueRenewals.SKIP_WHILE_DEACTIVATED);
  }

  /**
   * Returns the kafkaman terms.
   *
   * @return attempts on days 0, 3, 7; deactivation 21 days after the due date; the kafkaman
   *     recipients
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
   * Returns the days from the due date to the grace end: the day of the stage that deactivates.
   *
   * @return the grace length in days
   */
  public int graceDays() {
    for (OverdueStage stage : stages) {
      if (stage.has(OverdueEffect.DEACTIVATE)) {
        return stage.daysAfterDue();
      }
    }
    throw new IllegalStateException("checked on construction: one stage deactivates");
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
   * Returns a copy with another grace length: the stage that deactivates moves to {@code days}.
   *
   * @param days days from the due date to the grace end
   * @return the copy
   * @throws BillingException {@code INCONSISTENT_STATE} if the last attempt would fall outside it;
   *     {@code INVALID_QUANTITY} if the stages would fall out of day order
   */
  public DunningTerms withGraceDays(int days) {
    List<OverdueStage> moved = new ArrayList<>(stages.size());
    for (OverdueStage stage : stages) {
      moved.add(
          stage.has(OverdueEffect.DEACTIVATE)
              ? new OverdueStage(stage.name(), days, stage.effects())
              : stage);
    }
    return new DunningTerms(retries, moved, recipients, end, renewals);
  }

  /**
   * Returns a copy with another retry schedule.
   *
   * @param schedule the schedule
   * @return the copy
   * @throws BillingException {@code INCONSISTENT_STATE} if its last attempt falls outside the grace
   */
  public DunningTerms withRetries(RetrySchedule schedule) {
    return new DunningTerms(schedule, stages, recipients, end, renewals);
  }

  /**
   * Returns a copy with {@code more} overdue stages added to the stage that deactivates (and any
   * others), in day order.
   *
   * @param more the stages to add, such as a stage that blocks changes before the grace end
   * @return the copy
   * @throws BillingException {@code INVALID_QUANTITY} if two stages share a day; {@code
   *     INCONSISTENT_STATE} if two share a name; {@code INCONSISTENT_STATE} if a second one
   *     deactivates
   */
  public DunningTerms withStages(OverdueStage... more) {
    List<OverdueStage> all = new ArrayList<>(stages);
    all.addAll(List.of(more));
    all.sort(java.util.Comparator.comparingInt(OverdueStage::daysAfterDue));
    return new DunningTerms(retries, all, recipients, end, renewals);
  }

  /**
   * Returns a copy that does {@code what} when dunning ends unpaid.
   *
   * @param what deactivate at the grace end, cancel the subscription, or mark the invoice
   *     uncollectible
   * @return the copy
   */
  public DunningTerms withEnd(DunningEnd what) {
    return new DunningTerms(retries, stages, recipients, what, renewals);
  }

  /**
   * Returns a copy whose renewals do {@code what} while the team is overdue.
   *
   * @param what the renewal behaviour
   * @return the copy
   */
  public DunningTerms withRenewals(OverdueRenewals what) {
    return new DunningTerms(retries, stages, recipients, end, what);
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
    return new DunningTerms(retries, stages, copy, end, renewals);
  }
}
