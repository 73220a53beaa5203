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
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import co.kafkaman.billing.rules.payment.CardRules;
import co.kafkaman.billing.rules.renewal.FirstStub;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a subscription starts (issue 11): the new team on its first terms (or its trial), its
 * collection method and first card, and the first paid cycle billed in advance as a renewal bills
 * it; and how its cycles align to a billing day, at creation or by a bill-cycle-day change (issue
 * 12). Package-private: {@link BillingEngine#create} is the entry point.
 */
final class StartRules {
  private StartRules() {}

  /**
   * Checks that the catalog prices {@code terms}: the plan offers the frequency and every add-on
   * block's resource is sold as an add-on.
   */
  static void requireOffered(Catalog catalog, Terms terms) {
    Plan plan = catalog.plan(terms.plan());
    plan.seatPrice(terms.frequency());
    terms.addOnBlocks().forEach((resource, blocks) -> catalog.addOn(resource));
    BillingException.check(
        terms.seats() >= 1,
        BillingErrorCode.SEATS_BELOW_MEMBERS,
        "initialTerms.seats",
        () -> terms.seats() + " seats is fewer than the 1 member (the owner)");
    BillingException.check(
        terms.seats() >= plan.minimumSeats(),
        BillingErrorCode.SEATS_BELOW_MINIMUM,
        "initialTerms.seats",
        () ->
            terms.seats()
                + (terms.seats() == 1 ? " seat is" : " seats is")
                + " below the "
                + plan.name()
                + " plan's minimum of "
                + plan.minimumSeats());
  }

  /**
   * Returns the new team on {@code terms}: its cycle is the trial {@code [asOf, asOf + days)} when
   * {@code trialDays} is present, else the first cycle of the terms' frequency from {@code asOf}.
   */
  static Team newTeam(
      Command.CreateTeam command, Terms terms, Optional<Integer> trialDays, LocalDate asOf) {
    DateRange cycle =
        trialDays.isPresent()
            ? DateRange.ofDays(asOf, trialDays.get())
            : CycleSchedule.billingCycles(asOf, terms.frequency()).period(0);
    return Team.builder()
        .id(command.teamId())
        .currency(command.currency())
        .createdOn(asOf)
        .addMembers(command.owner())
        .subscription(
            Subscription.builder()
                .terms(terms)
                .anchor(asOf)
                .currentCycle(cycle)
                .purchasedOn(asOf)
                .trialEnd(trialDays.map(days -> cycle.endExclusive()))
                .build())
        .billingDetails(command.billingDetails())
        .accountCredit(Amount.zero(command.currency()))
        .invoiceNumbering(InvoiceNumbering.startingAt1(command.invoicePrefix()))
        .build();
  }

  /**
   * Returns {@code team} with the command's collection method and first card.
   *
   * @throws BillingException {@code COLLECTION_METHOD_NOT_ALLOWED} for pay by invoice on a plan
   *     that does not allow it; {@code CARD_EXPIRED} for an expired card; {@code NO_PAYMENT_METHOD}
   *     for a trial that requires a card without one
   */
  static Team withCollection(
      Team team, Catalog catalog, Plan plan, Command.CreateTeam command, LocalDate asOf) {
    CollectionMethod method = command.collectionMethod();
    BillingException.check(
        !(method instanceof CollectionMethod.PayByInvoice) || plan.payByInvoiceAllowed(),
        BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED,
        "collectionMethod",
        () ->
            "the "
                + plan.name()
                + " plan does not allow pay by invoice ("
                + method
                + "); create the team on a plan that allows it");
    Team out = team.withCollectionMethod(method);
    Optional<CardReference> card = command.card();
    if (card.isPresent()) {
      out = CardRules.add(out, card.get(), asOf).team();
    }
    BillingException.check(
        !plan.hasTrial() || !plan.trialRequiresCard() || !out.cards().isEmpty(),
        BillingErrorCode.NO_PAYMENT_METHOD,
        "card",
        () ->
            "the "
                + plan.trialDays()
                + "-day trial of "
                + plan.name()
                + " requires a card on file; add one to the creation");
    return out;
  }

  /**
   * Bills the first cycle of {@code team} (created on {@code asOf} on its paid terms) in advance:
   * priced exactly as a renewal on {@code asOf} into a new term anchored on {@code asOf} (so seat
   * and add-on lines, and any pricing a renewal applies, are the renewal's), without any auto-flex
   * rollout, since a creation is no renewal.
   */
  static RenewalRules.Renewal firstCycle(
      Team team, Catalog catalog, BillingPolicy policy, LocalDate asOf) {
    Subscription created = team.subscription();
    // the renewal at the end of a one-day trial ending on asOf is the start of the first cycle
    Subscription before =
        Subscription.builder()
            .from(created)
            .anchor(asOf.minusDays(1))
            .currentCycle(DateRange.of(asOf.minusDays(1), asOf))
            .trialEnd(asOf)
            .build();
    return RenewalRules.renew(
        team.withSubscription(before),
        catalog,
        policy.autoFlex().withRollouts(List.of()),
        policy.proration(),
        asOf);
  }

  /**
   * Bills the first cycle of {@code team}, created on {@code asOf} with billing day {@code day}:
   * the cycle of the terms' period, counted from the latest {@code day} on or before {@code asOf},
   * that contains {@code asOf}; its stub from {@code asOf} is billed as the policy's {@link
   * FirstStub} says. Empty when {@code asOf} is itself a billing day (the first cycle is then a
   * whole one).
   *
   * @throws BillingException {@code MALFORMED_VALUE [billingDay]} for a period that is not whole
   *     months
   */
  static Optional<RenewalRules.Renewal> alignedFirstCycle(
      Team team, Catalog catalog, BillingPolicy policy, int day, LocalDate asOf) {
    Terms terms = team.subscription().terms();
    Plan plan = catalog.plan(terms.plan());
    requireMonthBased(terms, "billingDay");
    LocalDate anchor = CycleSchedule.latestDayOnOrBefore(asOf, day);
    if (anchor.equals(asOf)) {
      return Optional.empty();
    }
    DateRange cycle = CycleSchedule.billingCycles(anchor, terms.frequency()).periodContaining(asOf);
    DateRange stub = cycle.startingAt(asOf);
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> items = new ArrayList<>();
    RenewalRules.appendStub(
        lines, items, catalog, policy.proration(), policy.firstStub(), plan, terms, cycle, asOf);
    Subscription aligned =
        Subscription.builder()
            .from(team.subscription())
            .anchor(anchor)
            .currentCycle(cycle)
            .purchasedOn(asOf)
            .billedItems(items)
            .build();
    return Optional.of(
        new RenewalRules.Renewal(
            aligned,
            lines,
            Summary.of(
                () ->
                    "first cycle "
                        + cycle
                        + " aligned to day "
                        + day
                        + ", billed from "
                        + asOf
                        + " ("
                        + policy.firstStub()
                        + ")")));
  }

  /**
   * Checks that {@code terms} bill by whole months, the periods a billing day aligns.
   *
   * @throws BillingException {@code MALFORMED_VALUE} naming {@code field} for weeks
   */
  static void requireMonthBased(Terms terms, String field) {
    BillingException.check(
        terms.frequency().isMonthBased(),
        BillingErrorCode.MALFORMED_VALUE,
        field,
        () -> "a billing day aligns month-based periods; " + terms.frequency() + " is not one");
  }

  /**
   * Changes the bill-cycle day from the next renewal on ({@link Command.ChangeBillingDay}): the
   * renewal bridges to the first new day; in a trial, the first paid cycle aligns to it. Asking for
   * the day the cycles already renew on withdraws a pending change, or is refused when none is.
   *
   * @throws BillingException {@code SUBSCRIPTION_ENDED} for a cancelled subscription, {@code
   *     MALFORMED_VALUE [day]} for weekly periods, {@code NOTHING_TO_CHANGE} for the current day
   */
  static Outcome changeBillingDay(
      Transition transition, Team team, Command.ChangeBillingDay change, LocalDate asOf) {
    Optional<String> cancelled = EndRules.cancelledChange(team);
    if (cancelled.isPresent()) {
      throw new BillingException(BillingErrorCode.SUBSCRIPTION_ENDED, "command", cancelled.get());
    }
    BillingEngine.requireWithinCycle(team, asOf);
    Subscription subscription = team.subscription();
    requireMonthBased(subscription.nextTerms().orElse(subscription.terms()), "day");
    int day = change.day();
    ScheduleProjection kept =
        ScheduleProjection.of(subscription.withNextBillingDay(Optional.empty()));
    Subscription moved = subscription.withNextBillingDay(Optional.of(day));
    ScheduleProjection after = ScheduleProjection.of(moved);
    LocalDate renewsOn = subscription.currentCycle().endExclusive();
    String summary;
    if (kept.nextCycle().equals(after.nextCycle())
        && kept.nextAnchor().getDayOfMonth() == after.nextAnchor().getDayOfMonth()) {
      BillingException.check(
          subscription.nextBillingDay().isPresent(),
          BillingErrorCode.NOTHING_TO_CHANGE,
          "day",
          () -> "the cycles already renew on day " + day);
      transition.setTeam(team.withSubscription(subscription.withNextBillingDay(Optional.empty())));
      summary =
          "Billing day change to "
              + subscription.nextBillingDay().get()
              + " withdrawn: cycles stay on day "
              + day;
    } else {
      transition.setTeam(team.withSubscription(moved));
      summary =
          "Billing day "
              + day
              + " from "
              + renewsOn
              + (after.bridges()
                  ? ": the bridge "
                      + after.nextCycle()
                      + " is billed pro rata over "
                      + after.nextPeriod()
                      + ", then cycles from "
                      + after.nextCycle().endExclusive()
                  : ": next cycle " + after.nextCycle());
    }
    transition.record(EntryKind.BILLING_DAY_CHANGED, summary);
    return transition.accept(summary);
  }
}
