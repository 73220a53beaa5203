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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.ChangeDecision;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.ChangeRules;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.invoicing.Lines;
import co.kafkaman.billing.rules.proration.Prorated;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.usage.UsageRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a subscription ends, and what a trial or a cancelled term allows (issue 11). Package-private:
 * the engine's {@link Command.Cancel}, its guard for ended subscriptions, and changes during a
 * trial or a cancelled term.
 */
final class EndRules {
  private EndRules() {}

  /**
   * Returns whether {@code command} may still apply once the subscription has ended: paying,
   * collecting and voiding what is owed, cards, billing details, removing members or domains, and
   * buying again (an immediate change, which starts a new term).
   */
  static boolean allowedAfterEnd(Command command) {
    return command instanceof Command.ReportPaymentAttempt
        || command instanceof Command.RecordPayment
        || command instanceof Command.EvaluateDunning
        || command instanceof Command.VoidInvoice
        || command instanceof Command.MarkUncollectible
        || command instanceof Command.AddCard
        || command instanceof Command.RemoveCard
        || command instanceof Command.SetPrimaryCard
        || command instanceof Command.UpdateBillingDetails
        || command instanceof Command.RemoveMember
        || command instanceof Command.RemoveCustomDomain
        // buying again: an immediate change starts a new term (ChangeRules)
        || (command instanceof Command.ChangeSubscription change
            && change.request().timing() == Timing.IMMEDIATELY);
  }

  /**
   * Returns whether {@code command} may apply while billing is paused: what may apply once ended
   * (paying, cards, billing details, removing members or domains), and {@code Resume}; an immediate
   * change, which buys an ended subscription again, waits for the resume.
   */
  static boolean allowedWhilePaused(Command command) {
    return command instanceof Command.Resume
        || (allowedAfterEnd(command) && !(command instanceof Command.ChangeSubscription));
  }

  /** Returns why {@code command} waits while billing of {@code team} is paused. */
  static String pausedReason(Team team, Command command) {
    return "billing of team "
        + team.id()
        + " is paused since "
        + team.subscription().pausedOn().orElseThrow()
        + "; "
        + command.getClass().getSimpleName()
        + " waits for Resume";
  }

  /** Returns why {@code command} is refused on the ended subscription of {@code team}. */
  static String endedReason(Team team, Command command) {
    return "the subscription of team "
        + team.id()
        + " ended on "
        + team.subscription().currentCycle().endExclusive()
        + "; "
        + command.getClass().getSimpleName()
        + " needs a running subscription: buy again with an immediate ChangeSubscription";
  }

  /**
   * Cancels as the change policy says ({@link ChangePolicy#cancellation()}): at the end of the term
   * (the current cycle's end, the trial's end during a trial; standing instructions are dropped;
   * nothing is billed or credited), or immediately: the subscription ends on {@code asOf}, every
   * item in use is credited for its unused part ({@code CHANGE_CREDIT}, a net credit going to the
   * account; {@code ProrationConvention.terminationCredit}: under Lago the day itself is used), the
   * overage of the open usage month so far is billed, and nothing more is billed after. During a
   * trial an immediate cancellation ends it at once, at no cost.
   */
  static Outcome cancel(
      Transition transition, Team team, Catalog catalog, BillingPolicy policy, LocalDate asOf) {
    Subscription subscription = team.subscription();
    LocalDate end = subscription.currentCycle().endExclusive();
    BillingException.check(
        subscription.endsOn().isEmpty(),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "command",
        () -> "the subscription is already cancelled to end on " + end);
    BillingEngine.requireWithinCycle(team, asOf);
    if (policy.changes().cancellation() == Timing.IMMEDIATELY) {
      return cancelNow(transition, team, catalog, policy.proration(), asOf);
    }
    transition.setTeam(
        team.withSubscription(
            subscription.withEndsOn(Optional.of(end)).withNextTerms(Optional.empty())));
    String summary =
        "Cancelled "
            + Lines.terms(catalog, subscription.terms())
            + (subscription.inTrial() ? " during the free trial" : "")
            + ": ends on "
            + end
            + ", nothing more is billed";
    transition.record(EntryKind.CANCELLED, summary);
    return transition.accept(summary);
  }

  private static Outcome cancelNow(
      Transition transition,
      Team team,
      Catalog catalog,
      ProrationConvention convention,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    List<InvoiceLine> lines = new ArrayList<>();
    Subscription ended =
        stoppedOn(subscription, catalog, convention, asOf, true, lines).withEnded(true);
    transition.setTeam(team.withSubscription(ended));
    String summary =
        "Cancelled "
            + Lines.terms(catalog, subscription.terms())
            + (subscription.inTrial() ? " during the free trial" : "")
            + " immediately: ended on "
            + asOf
            + (lines.isEmpty() ? ", nothing is billed or credited" : ", the unused part credited");
    transition.record(EntryKind.CANCELLED, summary);
    transition.issue(lines);
    return transition.accept(summary);
  }

  /**
   * Returns {@code subscription} stopped on {@code asOf}: its cycle ends that day, every item in
   * use is credited for its unused part (a termination credit, or a change credit for a pause, in
   * {@code lines}), the usage of the open usage month so far is billed, and standing instructions
   * and usage are dropped. Nothing is credited during a trial (nothing was billed).
   */
  private static Subscription stoppedOn(
      Subscription subscription,
      Catalog catalog,
      ProrationConvention convention,
      LocalDate asOf,
      boolean termination,
      List<InvoiceLine> lines) {
    DateRange unused = subscription.currentCycle().startingAt(asOf);
    List<BilledItem> items = new ArrayList<>(subscription.billedItems().size());
    for (BilledItem item : subscription.billedItems()) {
      if (!item.inUse() || subscription.inTrial()) {
        items.add(item);
        continue;
      }
      Prorated credit =
          termination ? convention.terminationCredit(item, asOf) : convention.credit(item, asOf);
      if (!credit.amount().isZero()) {
        lines.add(Lines.credit(catalog, item, credit, unused));
      }
      items.add(item.replaced(asOf, credit.amount().negated()));
    }
    // the usage of the open usage month so far was used in the term: its overage is billed now
    subscription
        .usage()
        .ifPresent(
            ledger -> lines.addAll(UsageRules.overageLines(ledger, subscription.terms(), catalog)));
    return Subscription.builder()
        .from(subscription)
        .currentCycle(DateRange.of(subscription.currentCycle().start(), asOf))
        .billedItems(items)
        .endsOn(Optional.empty())
        .nextTerms(Optional.empty())
        .usage(Optional.empty())
        .autoFlexCycle(Optional.empty())
        .trialEnd(Optional.empty())
        .build();
  }

  /**
   * Pauses billing on {@code asOf}, where the change policy offers it: the cycle ends that day, the
   * unused part is credited, the usage so far billed; nothing renews until a resume.
   */
  static Outcome pause(
      Transition transition, Team team, Catalog catalog, BillingPolicy policy, LocalDate asOf) {
    Subscription subscription = team.subscription();
    BillingException.check(
        policy.changes().pausable(),
        BillingErrorCode.CHANGE_NOT_ALLOWED,
        "command",
        () -> "the " + policy.changes().name() + " change policy does not offer pause and resume");
    BillingException.check(
        !subscription.inTrial(),
        BillingErrorCode.CHANGE_NOT_ALLOWED,
        "command",
        () -> "a free trial cannot be paused; cancel it instead");
    Optional<String> cancelled = cancelledChange(team);
    if (cancelled.isPresent()) {
      throw new BillingException(BillingErrorCode.SUBSCRIPTION_ENDED, "command", cancelled.get());
    }
    BillingEngine.requireWithinCycle(team, asOf);
    List<InvoiceLine> lines = new ArrayList<>();
    Subscription paused =
        stoppedOn(subscription, catalog, policy.proration(), asOf, false, lines)
            .withPausedOn(Optional.of(asOf))
            .withAutoFlexCycle(subscription.autoFlexCycle());
    transition.setTeam(team.withSubscription(paused));
    String summary =
        "Paused "
            + Lines.terms(catalog, subscription.terms())
            + " on "
            + asOf
            + (lines.isEmpty() ? ": nothing is billed or credited" : ": the unused part credited")
            + "; nothing renews until resumed";
    transition.record(EntryKind.PAUSED, summary);
    transition.issue(lines);
    return transition.accept(summary);
  }

  /**
   * Returns the refusal of a change to a cancelled subscription, if it is one: its terms stay until
   * it ends; clearing the standing instructions revokes the cancellation first.
   */
  static Optional<String> cancelledChange(Team team) {
    return team.subscription()
        .endsOn()
        .map(
            end ->
                "the subscription is cancelled to end on "
                    + end
                    + "; clear the standing instructions to revoke the cancellation first");
  }

  /**
   * Decides an immediate change during a trial: checked as a change on renewal would be (offered,
   * seats, sales-assisted), then the trial simply continues on the new terms, billing nothing; the
   * first paid cycle bills them.
   */
  static ChangeDecision trialChange(
      Team team, Catalog catalog, BillingPolicy policy, ChangeRequest request, LocalDate asOf) {
    Subscription subscription = team.subscription();
    ChangeDecision checked =
        ChangeRules.decide(
            team.withSubscription(subscription.withNextTerms(Optional.empty())),
            catalog,
            policy.changes(),
            policy.proration(),
            new ChangeRequest(request.target(), Timing.ON_RENEWAL, request.salesAssisted()),
            asOf);
    if (checked instanceof ChangeDecision.Refused) {
      return checked;
    }
    return new ChangeDecision.Immediately(
        subscription.withTerms(request.target()).withNextTerms(Optional.empty()),
        java.util.List.of(),
        co.kafkaman.billing.model.history.Summary.of(
            "Changed the free trial to "
                + Lines.terms(catalog, request.target())
                + " until "
                + subscription.currentCycle().endExclusive()
                + "; nothing is billed"));
  }
}
