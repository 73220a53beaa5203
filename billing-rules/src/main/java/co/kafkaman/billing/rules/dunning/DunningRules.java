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
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentAttempt;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.invoicing.CreditBasis;
import co.kafkaman.billing.rules.invoicing.InvoiceLifecycle;
import co.kafkaman.billing.rules.payment.CardRules;
import co.kafkaman.billing.rules.payment.Charge;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Failed payments, grace and deactivation (RULES.md section 10), driven by one {@link
 * DunningPolicy}.
 *
 * <ul>
 *   <li>{@link #open}: an invoice issued {@code OPEN} becomes a {@link Receivable}: attempts on the
 *       policy's days after the due date (card teams; the due date is the issue date) or none (pay
 *       by invoice; due issue date + net terms), and the grace end {@code due + grace days}.
 *   <li>{@link #reportAttempt}: the host reports each automatic attempt's outcome. A success pays
 *       the invoice. A failure says when the next attempt is due; after the last one, billing
 *       members are notified ({@code PAYMENT_FAILED}) and the team is past due until the grace end.
 *       An expired (or missing) card cannot be charged: the attempt fails with that reason.
 *   <li>{@link #recordPayment}: a payment received online, by ACH, wire or card outside the
 *       automatic attempts.
 *   <li>{@link #evaluate}: the team's standing on a date is the worst standing of its unpaid
 *       invoices: {@code DEACTIVATED} from a grace end on, {@code PAST_DUE} once no automatic
 *       attempt is left (or after the due date without automatic attempts), {@code ACTIVE}
 *       otherwise. A change is a {@code STANDING_CHANGED} entry with a notification: non-payment,
 *       deactivation, reactivation. Every dunning command ends with it; {@code EvaluateDunning} is
 *       only it (on grace ends, overdue dates and overdue stages from the {@link #agenda}). Before
 *       the standing, the overdue stages newly reached are recorded, then the policy's {@link
 *       DunningEnd} applies to each invoice whose dunning is over ({@link #dunningOver}): the
 *       subscription ends that day, or the invoice is marked uncollectible and its receivable
 *       closed.
 *   <li>{@link #changesBlocked}: an {@link OverdueStage} with {@link OverdueEffect#BLOCK_CHANGES}
 *       reached by an unpaid invoice refuses immediate changes.
 *   <li>Overdue stages that do not deactivate leave history: {@link #evaluate} records an {@code
 *       OVERDUE_STAGE_REACHED} entry the first time it runs on or after the day an unpaid invoice
 *       reaches one (once per stage and invoice, kept in {@link Receivable#stagesReached()}), and
 *       the payment, void or write-off that stops collecting the invoice records an {@code
 *       OVERDUE_STAGE_LEFT} entry for each stage it had reached.
 * </ul>
 *
 * <p>Worked example (kafkaman policy): invoice KB-000002 for USD 36.00 issued to a card team on
 * 2024-03-01. Attempt 1 fails on 03-01 (next on 03-04), attempt 2 on 03-04 (next on 03-08), attempt
 * 3 on 03-08: billing members are told the payment failed, all members of the non-payment, the team
 * is {@code PAST_DUE} with grace until 03-21. Unpaid on 03-22 it is {@code DEACTIVATED}; a wire of
 * USD 36.00 on 03-25 pays the invoice and reactivates it. With {@code RetrySchedule.waits(8, 8, 8)}
 * and 30 days of grace the attempts are on 03-01, 03-09, 03-17 and 03-25 (each 8 days after the
 * attempt before was made); with {@link DunningEnd#CANCEL_SUBSCRIPTION} the third failure on 03-08
 * ends the subscription, with {@link DunningEnd#MARK_UNCOLLECTIBLE} it writes KB-000002 off and the
 * team stays active. With a stage {@code OverdueStage.of("blocked", 10, BLOCK_CHANGES)}, an
 * evaluation on 03-10 records nothing, one on 03-11 records {@code overdue stage 'blocked' reached
 * on 2024-03-11}, one on 03-13 nothing more, and the wire on 03-25 records {@code overdue stage
 * 'blocked' left on 2024-03-25}.
 *
 * @since 0.1.0
 */
public final class DunningRules {
  private static final Set<PaymentChannel> CARD_TEAM_CHANNELS =
      EnumSet.of(PaymentChannel.CARD, PaymentChannel.ONLINE);

  private DunningRules() {}

  /**
   * Starts collecting {@code invoice}, just issued to {@code team}: adds its receivable (when it is
   * {@code OPEN}) and, for a pay-by-invoice team, the notification that sends it.
   *
   * @param team the team, holding the invoice
   * @param invoice the invoice issued
   * @param policy the dunning policy
   * @return the team with the receivable; no history entry
   */
  public static DunningStep open(Team team, Invoice invoice, DunningPolicy policy) {
    if (invoice.status() != InvoiceStatus.OPEN) {
      return new DunningStep(team, Summary.of("nothing to collect"), List.of(), List.of());
    }
    CollectionMethod method = team.collectionMethod();
    LocalDate due = invoice.dueDate();
    DunningTerms terms = policy.termsOn(due);
    List<LocalDate> attempts =
        method.attemptsAutomatically() ? terms.retries().attemptsAfter(due) : List.of();
    Receivable planned =
        Receivable.of(invoice.number(), method, due, attempts, due.plusDays(terms.graceDays()));
    Receivable receivable =
        terms.retries().followsAttempts() && !attempts.isEmpty()
            ? planned.withRetriesFollowingAttempts(true)
            : planned;
    Team updated = team.plusReceivable(receivable);
    // a card team is sent nothing: no list to make (and for DunningStep to copy) on every invoice
    List<NotificationIntent> notifications = List.of();
    if (!method.attemptsAutomatically()) {
      notifications = new ArrayList<>(1);
      notify(
          notifications,
          updated,
          policy.termsOn(invoice.issueDate()),
          NotificationKind.INVOICE_ISSUED,
          invoice.issueDate(),
          "Invoice "
              + invoice.number()
              + " for "
              + invoice.totalDue()
              + " is due "
              + due
              + "; pay by "
              + ((CollectionMethod.PayByInvoice) method).channels());
    }
    return new DunningStep(
        updated,
        Summary.of(() -> "collecting " + invoice.number() + " " + describe(receivable)),
        List.of(),
        notifications);
  }

  /**
   * Returns the automatic attempts still to come, if each fails, and only those before the grace
   * end: for a schedule of offsets the planned date of each remaining attempt, never before the day
   * after the previous one (a late report pushes the rest on); for a schedule of waits ({@link
   * Receivable#retriesFollowAttempts()}) each retry its wait after the attempt before it was made.
   * Example: waits 8, 8, 8 from 2024-03-01, attempt 1 reported failed on 03-03: 03-11, 03-19,
   * 03-27.
   *
   * @param receivable the receivable
   * @return the dates, strictly increasing; empty when none is left or attempts are not automatic
   */
  public static List<LocalDate> remainingAttempts(Receivable receivable) {
    List<LocalDate> dates = new ArrayList<>(receivable.attemptDates().size());
    if (!receivable.isAttemptedAutomatically()) {
      return dates;
    }
    List<PaymentAttempt> made = receivable.attempts();
    LocalDate earliest =
        made.isEmpty() ? receivable.dueDate() : made.get(made.size() - 1).attemptedOn().plusDays(1);
    List<LocalDate> plan = receivable.attemptDates();
    for (int i = made.size(); i < plan.size(); i++) {
      LocalDate planned = plan.get(i);
      LocalDate date;
      if (receivable.retriesFollowAttempts() && i > 0) {
        // the wait counts from the attempt before, made (or, if still to come, as listed here)
        LocalDate before =
            i == made.size() ? made.get(i - 1).attemptedOn() : dates.get(dates.size() - 1);
        date = before.plusDays(ChronoUnit.DAYS.between(plan.get(i - 1), planned));
      } else {
        date = planned.isBefore(earliest) ? earliest : planned;
      }
      if (!date.isBefore(receivable.graceEnd())) {
        break;
      }
      dates.add(date);
      earliest = date.plusDays(1);
    }
    return dates;
  }

  /**
   * Returns the date the next automatic attempt is due.
   *
   * @param receivable the receivable
   * @return the date, or empty when no automatic attempt is left
   */
  public static Optional<LocalDate> nextAttemptOn(Receivable receivable) {
    List<LocalDate> remaining = remainingAttempts(receivable);
    return remaining.isEmpty() ? Optional.empty() : Optional.of(remaining.get(0));
  }

  /**
   * Returns the standing one unpaid invoice imposes on {@code asOf}: {@code DEACTIVATED} from its
   * grace end on; otherwise {@code PAST_DUE} once no automatic attempt is left (card) or after the
   * due date (no automatic attempts); {@code ACTIVE} before that.
   *
   * @param receivable the receivable
   * @param asOf the date
   * @return the standing
   */
  public static Standing standingOf(Receivable receivable, LocalDate asOf) {
    if (!asOf.isBefore(receivable.graceEnd())) {
      return Standing.DEACTIVATED;
    }
    if (receivable.isAttemptedAutomatically()) {
      return nextAttemptOn(receivable).isPresent() ? Standing.ACTIVE : Standing.PAST_DUE;
    }
    return asOf.isAfter(receivable.dueDate()) ? Standing.PAST_DUE : Standing.ACTIVE;
  }

  /**
   * Returns the team's standing on {@code asOf}: the worst standing of its unpaid invoices, {@code
   * ACTIVE} when there is none.
   *
   * @param team the team
   * @param asOf the date
   * @return the standing
   */
  public static Standing standingOf(Team team, LocalDate asOf) {
    Standing worst = Standing.ACTIVE;
    for (Receivable receivable : team.receivables()) {
      Standing standing = standingOf(receivable, asOf);
      if (severity(standing) > severity(worst)) {
        worst = standing;
      }
    }
    return worst;
  }

  /**
   * Applies the outcome of automatic attempt {@code n} (the next one) of invoice {@code number}, as
   * the host reports it on {@code asOf}.
   *
   * @param team the team
   * @param number the invoice attempted
   * @param outcome what the processor answered
   * @param reason why it failed (such as {@code "card declined"}), or empty
   * @param asOf the date of the attempt, on or after the date it is due
   * @param policy the dunning policy
   * @return the step: on success the invoice is paid; on failure the next attempt date, or after
   *     the last one the failure notice, and any standing change
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code INVOICE_ALREADY_PAID} or {@code
   *     ILLEGAL_INVOICE_TRANSITION} for a paid or void invoice; {@code NO_ATTEMPT_DUE} without an
   *     automatic attempt left; {@code DATE_OUT_OF_RANGE} before the attempt is due; {@code
   *     CARD_EXPIRED} or {@code NO_PAYMENT_METHOD} for a success no card could have produced
   */
  public static DunningStep reportAttempt(
      Team team,
      String number,
      PaymentOutcome outcome,
      String reason,
      LocalDate asOf,
      DunningPolicy policy) {
    Invoice invoice = InvoiceLifecycle.requirePayable(team, number);
    Receivable receivable =
        team.receivable(number)
            .filter(Receivable::isAttemptedAutomatically)
            .orElseThrow(
                () ->
                    new BillingException(
                        BillingErrorCode.NO_ATTEMPT_DUE,
                        "invoiceNumber",
                        "invoice "
                            + number
                            + " ("
                            + invoice.status()
                            + ") has no automatic attempts; record a payment instead"));
    int n = receivable.nextAttemptNumber();
    int planned = receivable.attemptDates().size();
    LocalDate due =
        nextAttemptOn(receivable)
            .orElseThrow(
                () ->
                    new BillingException(
                        BillingErrorCode.NO_ATTEMPT_DUE,
                        "invoiceNumber",
                        "no automatic attempt of invoice "
                            + number
                            + " is left: "
                            + receivable.attempts().size()
                            + " of "
                            + planned
                            + " made, grace ends "
                            + receivable.graceEnd()));
    BillingException.check(
        !asOf.isBefore(due),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () ->
            "attempt "
                + n
                + " of "
                + planned
                + " for "
                + number
                + " is due on "
                + due
                + ", not "
                + asOf);
    String what =
        "attempt " + n + " of " + planned + " for " + number + " (" + invoice.totalDue() + ")";
    Charge charge = CardRules.charge(team, invoice.totalDue(), asOf);
    String why = reason.isBlank() ? "declined" : reason;
    if (charge instanceof Charge.Impossible impossible) {
      if (outcome == PaymentOutcome.SUCCEEDED) {
        throw new BillingException(
            impossible.code(),
            "outcome",
            impossible.reason() + "; the attempt cannot have SUCCEEDED, report it as FAILED");
      }
      why = impossible.reason();
    } else if (outcome == PaymentOutcome.SUCCEEDED) {
      return settle(
          team,
          invoice,
          EntryKind.PAYMENT_ATTEMPTED,
          what + " charged to " + ((Charge.Card) charge).card() + ": succeeded",
          asOf,
          policy);
    }
    Receivable failed =
        receivable.plusFailedAttempt(
            new PaymentAttempt(number, n, asOf, PaymentOutcome.FAILED, why));
    Team updated = team.withReceivables(replaced(team, failed));
    Optional<LocalDate> next = nextAttemptOn(failed);
    List<NotificationIntent> notifications = new ArrayList<>(1);
    String summary;
    if (next.isPresent()) {
      summary = what + " failed: " + why + "; next attempt on " + next.get();
    } else {
      DunningEnd end = policy.termsOn(failed.dueDate()).end();
      summary =
          what
              + " failed: "
              + why
              + "; no attempt left, "
              + switch (end) {
                case DEACTIVATE ->
                    "grace until "
                        + failed.graceEnd().minusDays(1)
                        + ", deactivation on "
                        + failed.graceEnd()
                        + " if unpaid";
                case CANCEL_SUBSCRIPTION ->
                    "the subscription ends; deactivation on " + failed.graceEnd() + " if unpaid";
                case MARK_UNCOLLECTIBLE -> "the invoice is marked uncollectible";
              };
      String advice =
          switch (end) {
            case DEACTIVATE ->
                "Update the card or pay by "
                    + failed.graceEnd().minusDays(1)
                    + " to avoid deactivation on "
                    + failed.graceEnd()
                    + ".";
            case CANCEL_SUBSCRIPTION ->
                "The subscription ends today; pay by "
                    + failed.graceEnd().minusDays(1)
                    + " to avoid deactivation on "
                    + failed.graceEnd()
                    + ".";
            case MARK_UNCOLLECTIBLE -> "The invoice is marked uncollectible; it may still be paid.";
          };
      notify(
          notifications,
          updated,
          policy.termsOn(asOf),
          NotificationKind.PAYMENT_FAILED,
          asOf,
          "Payment of invoice "
              + number
              + " ("
              + invoice.totalDue()
              + ") failed "
              + n
              + (n == 1 ? " time" : " times")
              + " (last: "
              + why
              + "). "
              + advice);
    }
    DunningStep step =
        new DunningStep(
            updated,
            Summary.of(summary),
            List.of(new DunningStep.Entry(EntryKind.PAYMENT_ATTEMPTED, summary)),
            notifications);
    return step.then(evaluate(updated, asOf, policy));
  }

  /**
   * Records a payment of invoice {@code number} received on {@code asOf} outside the automatic
   * attempts: online, by ACH or wire (pay-by-invoice teams, through the channels of their terms) or
   * by card or online (card teams). Partial payments are not supported.
   *
   * @param team the team
   * @param number the invoice paid
   * @param channel how it was paid
   * @param amount the amount received: the invoice's total due
   * @param asOf the date received, not before the issue date
   * @param policy the dunning policy
   * @return the step: the invoice is paid and the standing re-evaluated
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code INVOICE_ALREADY_PAID}; {@code
   *     ILLEGAL_INVOICE_TRANSITION} for a void invoice; {@code CURRENCY_MISMATCH}; {@code
   *     INVALID_QUANTITY} for an amount not positive; {@code PAYMENT_AMOUNT_MISMATCH}; {@code
   *     DATE_OUT_OF_RANGE} before the issue date; {@code COLLECTION_METHOD_NOT_ALLOWED} for a
   *     channel the invoice does not accept
   */
  public static DunningStep recordPayment(
      Team team,
      String number,
      PaymentChannel channel,
      Amount amount,
      LocalDate asOf,
      DunningPolicy policy) {
    Invoice invoice = InvoiceLifecycle.requirePayable(team, number);
    BillingException.check(
        amount.isSameCurrency(invoice.totalDue()),
        BillingErrorCode.CURRENCY_MISMATCH,
        "amount",
        () -> amount + " is not in the invoice currency " + invoice.currency().getCurrencyCode());
    BillingException.check(
        amount.isPositive(),
        BillingErrorCode.INVALID_QUANTITY,
        "amount",
        () -> "must be positive, was " + amount);
    BillingException.check(
        amount.equals(invoice.totalDue()),
        BillingErrorCode.PAYMENT_AMOUNT_MISMATCH,
        "amount",
        () -> amount + " does not match the " + invoice.totalDue() + " due on invoice " + number);
    BillingException.check(
        !asOf.isBefore(invoice.issueDate()),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        () -> asOf + " is before invoice " + number + " was issued on " + invoice.issueDate());
    CollectionMethod method =
        team.receivable(number).map(Receivable::method).orElse(team.collectionMethod());
    Set<PaymentChannel> accepted =
        method instanceof CollectionMethod.PayByInvoice byInvoice
            ? byInvoice.channels()
            : CARD_TEAM_CHANNELS;
    BillingException.check(
        accepted.contains(channel),
        BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED,
        "channel",
        () ->
            "invoice "
                + number
                + " ("
                + method
                + ") is not paid by "
                + channel
                + "; use "
                + accepted);
    return settle(
        team,
        invoice,
        EntryKind.PAYMENT_RECEIVED,
        "payment of " + amount + " for " + number + " received by " + channel,
        asOf,
        policy);
  }

  /**
   * Voids invoice {@code number}: it is no longer due, the account credit it consumed is restored,
   * what it billed is no longer the basis of credits and the credits it granted are given back
   * ({@link CreditBasis#withoutVoided}), and the standing is re-evaluated.
   *
   * @param team the team
   * @param number the invoice
   * @param asOf the date
   * @param policy the dunning policy
   * @param catalog the catalog whose names the invoice's lines print
   * @return the step
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code ILLEGAL_INVOICE_TRANSITION} for a paid
   *     or void invoice, or one whose charges a later invoice that is not void credits ({@link
   *     CreditBasis#requireNotCreditedLater})
   */
  public static DunningStep voidInvoice(
      Team team, String number, LocalDate asOf, DunningPolicy policy, Catalog catalog) {
    Invoice invoice = InvoiceLifecycle.require(team, number);
    Invoice voided = InvoiceLifecycle.transition(invoice, InvoiceStatus.VOID);
    CreditBasis.requireNotCreditedLater(team, invoice);
    Amount restored = invoice.creditsApplied();
    Amount balance = team.accountCredit().plus(restored);
    Subscription subscription = team.subscription();
    Team updated =
        Team.builder()
            .from(team)
            .subscription(
                subscription.withBilledItems(
                    CreditBasis.withoutVoided(subscription.billedItems(), invoice, catalog)))
            .invoices(InvoiceLifecycle.replaced(team, voided))
            .receivables(without(team, number))
            .accountCredit(balance)
            .build();
    String summary =
        "invoice "
            + number
            + " "
            + invoice.status()
            + " -> VOID: "
            + invoice.totalDue()
            + " no longer due";
    List<DunningStep.Entry> entries = new ArrayList<>(2);
    entries.add(new DunningStep.Entry(EntryKind.INVOICE_STATUS_CHANGED, summary));
    entries.addAll(OverdueStages.left(team, updated, number, "void", asOf, policy));
    if (restored.isPositive()) {
      entries.add(
          new DunningStep.Entry(
              EntryKind.ACCOUNT_CREDIT,
              restored
                  + " of account credit applied by "
                  + number
                  + " restored; balance "
                  + balance));
    }
    return new DunningStep(updated, Summary.of(summary), entries, List.of())
        .then(evaluate(updated, asOf, policy));
  }

  /**
   * Marks invoice {@code number} uncollectible: no more automatic attempts. It may still be paid,
   * and its grace end still applies.
   *
   * @param team the team
   * @param number the invoice
   * @param asOf the date
   * @param policy the dunning policy
   * @return the step
   * @throws BillingException {@code UNKNOWN_INVOICE}; {@code ILLEGAL_INVOICE_TRANSITION} unless the
   *     invoice is open
   */
  public static DunningStep markUncollectible(
      Team team, String number, LocalDate asOf, DunningPolicy policy) {
    Invoice invoice = InvoiceLifecycle.require(team, number);
    Invoice marked = InvoiceLifecycle.transition(invoice, InvoiceStatus.UNCOLLECTIBLE);
    List<Receivable> receivables = new ArrayList<>(team.receivables().size());
    for (Receivable receivable : team.receivables()) {
      receivables.add(
          receivable.invoiceNumber().equals(number) ? receivable.asUncollectible() : receivable);
    }
    DunningStep marking = uncollectible(team, marked, receivables, "no more automatic attempts");
    return marking.then(evaluate(marking.team(), asOf, policy));
  }

  /**
   * Applies the policy's end of dunning to each invoice whose dunning is over ({@link
   * #dunningOver}; not for {@link DunningEnd#DEACTIVATE}), then re-evaluates the team's standing on
   * {@code asOf} ({@link #standingOf(Team, LocalDate)}); a change is a {@code STANDING_CHANGED}
   * entry and a notification: {@code NON_PAYMENT} when the team becomes past due, {@code
   * DEACTIVATED} when deactivated, {@code REACTIVATED} when it leaves deactivation (RULES.md
   * section 10: payment after deactivation reactivates the team). A team that pays during grace
   * returns to good standing with an entry and no notification: it was never deactivated, so there
   * is nothing to reactivate. Recipients come from the terms in force on {@code asOf}; when they
   * name nobody (no member has the role, or the last member left), the notice goes to the billing
   * email of the billing details.
   *
   * <p>First of all, each overdue stage that does not deactivate and that an unpaid invoice has
   * reached on {@code asOf} (its day, {@code dueDate + daysAfterDue} with the terms in force on the
   * due date, is on or before {@code asOf}) and that the invoice's receivable has not recorded yet
   * is an {@code OVERDUE_STAGE_REACHED} entry, and the receivable records it ({@link
   * Receivable#plusStageReached}). "Once" is once per stage and unpaid invoice: a second evaluation
   * finds the stage recorded and adds nothing; the receivable's life (until the invoice is paid,
   * void or written off) is the episode, and a later invoice reaching the same stage is an episode
   * of its own. An evaluation late for the stage's day records it then, with the day it was reached
   * in the summary. Example, stage {@code blocked} at 10 days, KB-000001 of USD 36.00 due
   * 2024-03-01: on 03-10 nothing; on 03-11 or later, once, {@code overdue stage 'blocked' reached
   * on 2024-03-11: KB-000001 (USD 36.00) unpaid 10 days after its due date 2024-03-01; immediate
   * changes are refused}. Whether changes are refused is still {@link #changesBlocked}'s to say, on
   * each command: the entry is the trace, not the cause.
   *
   * @param team the team
   * @param asOf the date
   * @param policy the dunning policy
   * @return the step; no entry when no stage is newly reached and the standing is unchanged
   */
  public static DunningStep evaluate(Team team, LocalDate asOf, DunningPolicy policy) {
    @Nullable DunningStep step = OverdueStages.reached(team, asOf, policy).orElse(null);
    Optional<DunningStep> ended = endDunning(step == null ? team : step.team(), asOf, policy);
    if (ended.isPresent()) {
      step = step == null ? ended.get() : step.then(ended.get());
    }
    DunningStep standing = standing(step == null ? team : step.team(), asOf, policy);
    return step == null ? standing : step.then(standing);
  }

  /**
   * Returns whether dunning of {@code receivable} is over on {@code asOf}: no automatic attempt is
   * left (the last one failed, or the grace end came before the rest were made), or, without
   * automatic attempts, the grace end has come.
   *
   * @param receivable the receivable
   * @param asOf the date
   * @return true once the policy's {@link DunningEnd} applies
   */
  public static boolean dunningOver(Receivable receivable, LocalDate asOf) {
    return receivable.isAttemptedAutomatically()
        ? nextAttemptOn(receivable).isEmpty()
        : !asOf.isBefore(receivable.graceEnd());
  }

  /**
   * Returns the reason immediate changes are refused on {@code asOf}, if an overdue stage with
   * {@link OverdueEffect#BLOCK_CHANGES} is reached by an unpaid invoice: its days count from that
   * invoice's due date, with the terms in force then.
   *
   * @param team the team
   * @param asOf the date of the change
   * @param policy the dunning policy
   * @return the reason, naming the stage and the invoice, or empty when changes are allowed
   */
  public static Optional<String> changesBlocked(Team team, LocalDate asOf, DunningPolicy policy) {
    OverdueStages.@Nullable Blocking blocking = OverdueStages.blocking(team, asOf, policy);
    if (blocking == null) {
      return Optional.empty();
    }
    Receivable receivable = blocking.receivable();
    OverdueStage stage = blocking.stage();
    return Optional.of(
        "team "
            + team.id()
            + " is in overdue stage '"
            + stage.name()
            + "' since "
            + OverdueStages.reachedOn(receivable, stage)
            + ": invoice "
            + receivable.invoiceNumber()
            + " ("
            + amountOf(team, receivable)
            + ") due "
            + receivable.dueDate()
            + " is unpaid; pay it before changing immediately, or change on renewal");
  }

  /**
   * Applies the policy's end of dunning to each receivable whose dunning is over ({@link
   * #dunningOver}) and whose terms do not simply deactivate: the subscription ends ({@link
   * DunningEnd#CANCEL_SUBSCRIPTION}, once) or the invoice is written off ({@link
   * DunningEnd#MARK_UNCOLLECTIBLE}). Receivables marked uncollectible by hand are left alone.
   */
  private static Optional<DunningStep> endDunning(Team team, LocalDate asOf, DunningPolicy policy) {
    @Nullable DunningStep step = null;
    Team current = team;
    for (Receivable receivable : team.receivables()) {
      DunningEnd end = policy.termsOn(receivable.dueDate()).end();
      if (end == DunningEnd.DEACTIVATE
          || receivable.uncollectible()
          || !dunningOver(receivable, asOf)
          || (end == DunningEnd.CANCEL_SUBSCRIPTION && current.subscription().ended())) {
        continue;
      }
      DunningStep next =
          end == DunningEnd.CANCEL_SUBSCRIPTION
              ? cancelled(current, receivable, asOf)
              : writtenOff(current, receivable, asOf, policy);
      step = step == null ? next : step.then(next);
      current = next.team();
    }
    return Optional.ofNullable(step);
  }

  /** Ends the subscription on {@code asOf}: its cycle ends that day, nothing more is billed. */
  private static DunningStep cancelled(Team team, Receivable receivable, LocalDate asOf) {
    Subscription subscription = team.subscription();
    DateRange cycle = subscription.currentCycle();
    // an ended subscription may keep an empty cycle: dunning over on the cycle's first day ends it
    // that day too
    DateRange last =
        !cycle.start().isAfter(asOf) && asOf.isBefore(cycle.endExclusive())
            ? DateRange.of(cycle.start(), asOf)
            : cycle;
    Subscription ended =
        Subscription.builder()
            .from(subscription)
            .currentCycle(last)
            .trialEnd(Optional.empty())
            .endsOn(Optional.empty())
            .nextTerms(Optional.empty())
            .usage(Optional.empty())
            .autoFlexCycle(Optional.empty())
            .ended(true)
            .build();
    String summary =
        "subscription ended on "
            + last.endExclusive()
            + ": dunning of invoice "
            + receivable.invoiceNumber()
            + " ("
            + amountOf(team, receivable)
            + ") ended unpaid; nothing more is billed or credited, the invoice is still owed";
    return new DunningStep(
        team.withSubscription(ended),
        Summary.of(summary),
        List.of(new DunningStep.Entry(EntryKind.ENDED, summary)),
        List.of());
  }

  /**
   * Marks the invoice uncollectible and closes its receivable: the team stays in good standing, and
   * the overdue stages the invoice had reached are left.
   */
  private static DunningStep writtenOff(
      Team team, Receivable receivable, LocalDate asOf, DunningPolicy policy) {
    String number = receivable.invoiceNumber();
    Invoice invoice = InvoiceLifecycle.require(team, number);
    Invoice marked = InvoiceLifecycle.transition(invoice, InvoiceStatus.UNCOLLECTIBLE);
    DunningStep step =
        uncollectible(
            team,
            marked,
            without(team, number),
            "dunning ended unpaid on " + asOf + "; no longer collected");
    List<DunningStep.Entry> left =
        OverdueStages.left(team, step.team(), number, "written off", asOf, policy);
    return left.isEmpty()
        ? step
        : step.then(new DunningStep(step.team(), step.summary(), left, List.of()));
  }

  /** The step marking {@code marked} uncollectible, with the team's {@code receivables}. */
  private static DunningStep uncollectible(
      Team team, Invoice marked, List<Receivable> receivables, String what) {
    Team updated =
        Team.builder()
            .from(team)
            .invoices(InvoiceLifecycle.replaced(team, marked))
            .receivables(receivables)
            .build();
    String summary =
        "invoice "
            + marked.number()
            + " OPEN -> UNCOLLECTIBLE: "
            + what
            + "; "
            + marked.totalDue()
            + " still payable";
    return new DunningStep(
        updated,
        Summary.of(summary),
        List.of(new DunningStep.Entry(EntryKind.INVOICE_STATUS_CHANGED, summary)),
        List.of());
  }

  /** The standing half of {@link #evaluate}. */
  private static DunningStep standing(Team team, LocalDate asOf, DunningPolicy policy) {
    Standing before = team.standing();
    @Nullable Receivable cause = null;
    Standing after = Standing.ACTIVE;
    for (Receivable receivable : team.receivables()) {
      Standing standing = standingOf(receivable, asOf);
      if (severity(standing) > severity(after)) {
        after = standing;
        cause = receivable;
      }
    }
    if (after == before) {
      return new DunningStep(
          team, Summary.of("standing " + before + " unchanged"), List.of(), List.of());
    }
    Team updated = team.withStanding(after);
    @Nullable NotificationKind kind;
    String why;
    if (cause != null && after == Standing.DEACTIVATED) {
      kind = NotificationKind.DEACTIVATED;
      why =
          "invoice "
              + cause.invoiceNumber()
              + " ("
              + amountOf(team, cause)
              + ") unpaid at the grace end "
              + cause.graceEnd()
              + "; pay it to reactivate";
    } else if (cause != null && before == Standing.ACTIVE) {
      kind = NotificationKind.NON_PAYMENT;
      why =
          "invoice "
              + cause.invoiceNumber()
              + " ("
              + amountOf(team, cause)
              + ") due "
              + cause.dueDate()
              + " is unpaid; grace until "
              + cause.graceEnd().minusDays(1)
              + ", deactivation on "
              + cause.graceEnd();
    } else if (before == Standing.DEACTIVATED) {
      kind = NotificationKind.REACTIVATED;
      why = "team " + team.id() + " is reactivated";
    } else {
      // paid during grace: back in good standing, never deactivated, so nothing to announce
      kind = null;
      why = "team " + team.id() + " is back in good standing";
    }
    String summary = before + " -> " + after + ": " + why;
    List<NotificationIntent> notifications = new ArrayList<>(1);
    if (kind != null) {
      notify(notifications, updated, policy.termsOn(asOf), kind, asOf, summary);
    }
    return new DunningStep(
        updated,
        Summary.of(summary),
        List.of(new DunningStep.Entry(EntryKind.STANDING_CHANGED, summary)),
        notifications);
  }

  /**
   * Returns the dunning events of {@code team} in {@code range}: the automatic attempts still to
   * come (each after the first only if the earlier ones fail), the day after the due date of
   * invoices without automatic attempts, and each grace end. An {@link
   * co.kafkaman.billing.rules.agenda.AgendaSource}.
   *
   * @param team the team
   * @param range the dates asked about
   * @return the events
   */
  public static List<AgendaEvent> agenda(Team team, DateRange range) {
    return agenda(team, range, DunningPolicy.kafkaman());
  }

  /**
   * Returns the dunning events of {@code team} in {@code range} under {@code policy}: those of
   * {@link #agenda(Team, DateRange)}, and the day each unpaid invoice reaches an overdue stage that
   * does not deactivate ({@code OVERDUE_STAGE}; evaluating dunning that day records it, see {@link
   * #evaluate}). Example: a stage "changes blocked" 10 days after the due date of KB-000001, due
   * 2024-03-01: {@code 2024-03-11 OVERDUE_STAGE}.
   *
   * @param team the team
   * @param range the dates asked about
   * @param policy the dunning policy whose stages apply
   * @return the events
   * @since 0.1.0
   */
  public static List<AgendaEvent> agenda(Team team, DateRange range, DunningPolicy policy) {
    List<AgendaEvent> events = new ArrayList<>();
    for (Receivable receivable : team.receivables()) {
      String number = receivable.invoiceNumber();
      String invoice = number + " (" + amountOf(team, receivable) + ")";
      List<LocalDate> attempts = remainingAttempts(receivable);
      int n = receivable.nextAttemptNumber();
      int planned = receivable.attemptDates().size();
      for (int i = 0; i < attempts.size(); i++) {
        events.add(
            new AgendaEvent(
                attempts.get(i),
                AgendaEventKind.PAYMENT_ATTEMPT,
                number,
                "attempt "
                    + (n + i)
                    + " of "
                    + planned
                    + " for "
                    + invoice
                    + (i == 0 ? "" : ", if attempt " + (n + i - 1) + " fails")));
      }
      LocalDate overdue = receivable.dueDate().plusDays(1);
      if (!receivable.isAttemptedAutomatically() && overdue.isBefore(receivable.graceEnd())) {
        events.add(
            new AgendaEvent(
                overdue,
                AgendaEventKind.PAYMENT_OVERDUE,
                number,
                invoice + " was due " + receivable.dueDate() + "; past due if unpaid"));
      }
      events.add(
          new AgendaEvent(
              receivable.graceEnd(),
              AgendaEventKind.GRACE_END,
              number,
              "grace for " + invoice + " ends; deactivation if unpaid"));
      for (OverdueStage stage : policy.termsOn(receivable.dueDate()).stages()) {
        if (!stage.has(OverdueEffect.DEACTIVATE)) {
          events.add(
              new AgendaEvent(
                  receivable.dueDate().plusDays(stage.daysAfterDue()),
                  AgendaEventKind.OVERDUE_STAGE,
                  number,
                  "overdue stage '"
                      + stage.name()
                      + "' for "
                      + invoice
                      + " if unpaid: "
                      + stage.effects()));
        }
      }
    }
    return events;
  }

  private static DunningStep settle(
      Team team,
      Invoice invoice,
      EntryKind kind,
      String summary,
      LocalDate asOf,
      DunningPolicy policy) {
    Invoice paid = InvoiceLifecycle.transition(invoice, InvoiceStatus.PAID);
    Team updated =
        Team.builder()
            .from(team)
            .invoices(InvoiceLifecycle.replaced(team, paid))
            .receivables(without(team, invoice.number()))
            .build();
    List<DunningStep.Entry> left =
        OverdueStages.left(team, updated, invoice.number(), "paid", asOf, policy);
    List<DunningStep.Entry> entries = new ArrayList<>(2 + left.size());
    entries.add(new DunningStep.Entry(kind, summary));
    entries.add(
        new DunningStep.Entry(
            EntryKind.INVOICE_STATUS_CHANGED,
            "invoice " + invoice.number() + " " + invoice.status() + " -> PAID"));
    entries.addAll(left);
    return new DunningStep(updated, Summary.of(summary), entries, List.of())
        .then(evaluate(updated, asOf, policy));
  }

  private static void notify(
      List<NotificationIntent> notifications,
      Team team,
      DunningTerms terms,
      NotificationKind kind,
      LocalDate dueOn,
      String message) {
    terms
        .recipientsOf(kind)
        .ifPresent(
            recipients -> {
              List<String> to = team.addressesOf(recipients);
              // a notice always reaches someone: the billing email when the audience is empty
              Recipients audience = to.isEmpty() ? Recipients.BILLING_EMAIL : recipients;
              notifications.add(
                  new NotificationIntent(
                      kind,
                      audience,
                      to.isEmpty() ? team.addressesOf(Recipients.BILLING_EMAIL) : to,
                      dueOn,
                      message));
            });
  }

  private static String describe(Receivable receivable) {
    return receivable.isAttemptedAutomatically()
        ? "attempts on " + receivable.attemptDates() + ", grace end " + receivable.graceEnd()
        : "due " + receivable.dueDate() + ", grace end " + receivable.graceEnd();
  }

  /** The invoice's total due, as summaries print it. */
  static String amountOf(Team team, Receivable receivable) {
    return team.invoice(receivable.invoiceNumber())
        .map(invoice -> invoice.totalDue().toString())
        .orElse("unknown amount");
  }

  private static List<Receivable> replaced(Team team, Receivable updated) {
    List<Receivable> receivables = new ArrayList<>(team.receivables().size());
    for (Receivable receivable : team.receivables()) {
      receivables.add(
          receivable.invoiceNumber().equals(updated.invoiceNumber()) ? updated : receivable);
    }
    return receivables;
  }

  private static List<Receivable> without(Team team, String number) {
    List<Receivable> receivables = new ArrayList<>(team.receivables().size());
    for (Receivable receivable : team.receivables()) {
      if (!receivable.invoiceNumber().equals(number)) {
        receivables.add(receivable);
      }
    }
    return receivables;
  }

  private static int severity(Standing standing) {
    return switch (standing) {
      case ACTIVE -> 0;
      case PAST_DUE -> 1;
      case DEACTIVATED -> 2;
    };
  }
}
