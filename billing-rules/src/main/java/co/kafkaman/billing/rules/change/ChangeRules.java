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
package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.invoicing.Lines;
import co.kafkaman.billing.rules.proration.Prorated;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a plan, seat, frequency or add-on change as a whole (RULES.md section 5):
 *
 * <table>
 *   <caption>What may apply when</caption>
 *   <tr><th>Change</th><th>Immediately</th><th>On renewal</th></tr>
 *   <tr><td>Upgrade tier</td><td>yes, prorated</td><td>yes</td></tr>
 *   <tr><td>Downgrade tier (incl. to Free)</td><td>no</td><td>yes</td></tr>
 *   <tr><td>Add seats</td><td>yes, prorated</td><td>yes</td></tr>
 *   <tr><td>Remove seats</td><td>no</td><td>yes, never below members</td></tr>
 *   <tr><td>Monthly to annual</td><td>yes, new annual term from the change day</td><td>yes</td></tr>
 *   <tr><td>Annual to monthly</td><td>no</td><td>yes</td></tr>
 *   <tr><td>Buy add-on blocks</td><td>yes, prorated</td><td>yes</td></tr>
 *   <tr><td>Remove add-on blocks</td><td>no</td><td>yes</td></tr>
 *   <tr><td>To or from Enterprise</td><td>sales-assisted only</td><td>same</td></tr>
 * </table>
 *
 * <p>Checks run in this order, and the first that fails decides: the date must lie in the current
 * cycle and not before an earlier change of this cycle ({@code DATE_OUT_OF_RANGE}, thrown); plans,
 * frequency and add-ons must exist ({@code UNKNOWN_PLAN}, {@code FREQUENCY_NOT_OFFERED}, {@code
 * UNKNOWN_ADD_ON}, thrown); then the refusals: {@code NOTHING_TO_CHANGE} when the terms are already
 * in place (for "On renewal": already the next terms), {@code SALES_ASSISTED_ONLY} for a tier move
 * to or from a plan that is not self-serve without a sales-assisted request, {@code
 * COLLECTION_METHOD_NOT_ALLOWED} for a team paying by invoice moving to a plan that does not allow
 * it (switch to card auto-charge first), {@code SEATS_BELOW_MEMBERS} for removing seats below the
 * number of members, and, for "Immediately", {@code CHANGE_ONLY_ON_RENEWAL} naming every
 * renewal-only part. That last refusal offers {@link Timing#ON_RENEWAL} as the alternative only
 * when the same request on renewal would be accepted.
 *
 * <p>An accepted "Immediately" change either:
 *
 * <ul>
 *   <li>starts a new term on the change day (the change day becomes the anchor) when moving from
 *       Free to a paid plan or from monthly to annual: every item in use is credited for its unused
 *       part ({@code CHANGE_CREDIT}), the new terms are billed for a whole cycle ({@code
 *       PLAN_SEATS}, {@code ADD_ON}), and standing instructions, which were for the old cycle's
 *       end, are cleared; or
 *   <li>changes within the cycle: a tier upgrade credits every seat item of the current tier billed
 *       this cycle and charges all target seats of the new tier for the rest of the cycle ({@code
 *       SEAT_PRORATION}); added seats and blocks are charged for the rest of the cycle ({@code
 *       SEAT_PRORATION}, {@code ADD_ON_PRORATION}); standing instructions stay.
 * </ul>
 *
 * <p>Every charge is recorded as a {@link BilledItem} and every credit raises the replaced item's
 * {@code credited}; seats of a tier left earlier in the cycle are no longer in use and never
 * credited again. So two changes in one cycle never refund or charge the same days twice.
 *
 * <p>Worked example: Basic at 12.00 per seat, cycle {@code [2024-03-01, 2024-04-01)}, 3 to 5 seats
 * on 2024-03-15: one {@code SEAT_PRORATION} line {@code 2 x 12.00 x 17/31 days = 13.16}. Upgrading
 * those 5 seats to Professional (29.00) on 2024-03-20 credits {@code -36.00 x 12/31 = -13.94} and
 * {@code -13.16 x 12/17 = -9.29} and charges {@code 5 x 29.00 x 12/31 = 56.13}.
 *
 * @since 0.1.0
 */
public final class ChangeRules {
  private ChangeRules() {}

  /**
   * Decides {@code request} for {@code team} on {@code asOf}. Pure: the team is not changed; an
   * accepted decision carries the new subscription and the lines to invoice.
   *
   * @param team the team, unchanged by this call
   * @param catalog the price list
   * @param convention the proration convention
   * @param request the change requested
   * @param asOf the date of the request, within the current cycle and not before an earlier change
   *     of it
   * @return the decision: {@link ChangeDecision.Immediately}, {@link ChangeDecision.OnRenewal} or
   *     {@link ChangeDecision.Refused}
   * @throws BillingException {@code UNKNOWN_PLAN}, {@code FREQUENCY_NOT_OFFERED}, {@code
   *     UNKNOWN_ADD_ON} or {@code DATE_OUT_OF_RANGE} for invalid input
   */
  public static ChangeDecision decide(
      Team team,
      Catalog catalog,
      ProrationConvention convention,
      ChangeRequest request,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    Terms current = subscription.terms();
    Terms target = request.target();
    DateRange cycle = subscription.currentCycle();
    if (!cycle.contains(asOf)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf + " is outside the current cycle " + cycle);
    }
    for (BilledItem item : subscription.billedItems()) {
      if (item.servicePeriod().start().isAfter(asOf)) {
        throw new BillingException(
            BillingErrorCode.DATE_OUT_OF_RANGE,
            "asOf",
            asOf
                + " is before "
                + item.servicePeriod().start()
                + ", when "
                + item.quantity()
                + " "
                + Lines.describe(catalog, item.item())
                + " were already billed this cycle");
      }
    }
    Plan currentPlan = catalog.plan(current.plan());
    Plan targetPlan = catalog.plan(target.plan());
    targetPlan.seatPrice(target.frequency());
    for (ResourceId resource : target.addOnBlocks().keySet()) {
      catalog.addOn(resource).price(target.frequency());
    }
    Terms base =
        request.timing() == Timing.ON_RENEWAL ? subscription.nextTerms().orElse(current) : current;
    if (target.equals(base)) {
      return new ChangeDecision.Refused(
          BillingErrorCode.NOTHING_TO_CHANGE,
          "target",
          "the requested terms " + target + " are already in place",
          Optional.empty());
    }
    if (!target.plan().equals(current.plan())
        && (!currentPlan.selfServe() || !targetPlan.selfServe())
        && !request.salesAssisted()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.SALES_ASSISTED_ONLY,
          "target.tier",
          "moving from "
              + current.plan()
              + " to "
              + target.plan()
              + " needs a sales-assisted request",
          Optional.empty());
    }
    // pay by invoice only where the plan allows it (RULES 9): the change would leave it elsewhere
    if (team.collectionMethod() instanceof CollectionMethod.PayByInvoice
        && !targetPlan.payByInvoiceAllowed()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED,
          "target.tier",
          "the team pays by invoice, which the "
              + target.plan()
              + " plan does not allow; switch it to card auto-charge (with a card on file) first",
          Optional.empty());
    }
    // the plan's minimum seats (Plan.minimumSeats), whatever the direction or timing
    if (target.seats() < targetPlan.minimumSeats()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.SEATS_BELOW_MINIMUM,
          "target.seats",
          target.seats()
              + (target.seats() == 1 ? " seat is" : " seats is")
              + " below the "
              + targetPlan.name()
              + " plan's minimum of "
              + targetPlan.minimumSeats(),
          Optional.empty());
    }
    // members above paid seats are auto-flex users: keeping or adding seats is never a removal
    if (target.seats() < base.seats() && target.seats() < team.memberCount()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.SEATS_BELOW_MEMBERS,
          "target.seats",
          "removing seats down to "
              + target.seats()
              + " is below the team's "
              + team.memberCount()
              + " members",
          Optional.empty());
    }
    if (request.timing() == Timing.ON_RENEWAL) {
      return new ChangeDecision.OnRenewal(
          target, "On renewal on " + cycle.endExclusive() + ": " + current + " -> " + target);
    }
    List<String> renewalOnly =
        renewalOnlyParts(catalog, current, target, subscription.lockedFlexSeats());
    if (!renewalOnly.isEmpty()) {
      ChangeDecision onRenewal =
          decide(
              team,
              catalog,
              convention,
              new ChangeRequest(target, Timing.ON_RENEWAL, request.salesAssisted()),
              asOf);
      boolean renewalAccepted = onRenewal instanceof ChangeDecision.OnRenewal;
      return new ChangeDecision.Refused(
          BillingErrorCode.CHANGE_ONLY_ON_RENEWAL,
          "timing",
          String.join("; ", renewalOnly)
              + " can only apply on renewal ("
              + cycle.endExclusive()
              + ")"
              + (renewalAccepted
                  ? "; On renewal would be accepted"
                  : "; On renewal would be refused too: " + onRenewal.summary()),
          renewalAccepted ? Optional.of(Timing.ON_RENEWAL) : Optional.empty());
    }
    boolean newTerm =
        (currentPlan.isFree() && !targetPlan.isFree())
            || !current.frequency().equals(target.frequency());
    return newTerm
        ? startNewTerm(subscription, catalog, convention, target, asOf)
        : changeWithinCycle(subscription, catalog, convention, target, asOf);
  }

  /**
   * Returns whether {@code item} is still in use under {@code current} terms, so a change now
   * replaces it: add-on blocks, and seats of the current tier. Seats of a tier left earlier in the
   * cycle were already credited from that change on and are never credited again.
   */
  private static boolean isInUse(BilledItem item, Terms current) {
    if (item.item() instanceof ChargeItem.Seats seats) {
      return seats.plan().equals(current.plan());
    }
    if (item.item() instanceof ChargeItem.BaseFee fee) {
      return fee.plan().equals(current.plan());
    }
    return true;
  }

  private static List<String> renewalOnlyParts(
      Catalog catalog, Terms current, Terms target, int lockedFlexSeats) {
    List<String> parts = new ArrayList<>(0);
    if (catalog.isUpgrade(target.plan(), current.plan())) {
      parts.add(
          "downgrade from "
              + catalog.plan(current.plan()).name()
              + " to "
              + catalog.plan(target.plan()).name());
    }
    if (target.seats() < current.seats()) {
      String locked =
          lockedFlexSeats > 0
              ? " (" + lockedFlexSeats + " seats billed through auto-flex are locked until renewal)"
              : "";
      int removed = current.seats() - target.seats();
      parts.add("removing " + removed + (removed == 1 ? " seat" : " seats") + locked);
    }
    if (target.frequency().compareTo(current.frequency()) < 0) {
      parts.add(
          "switching from "
              + current.frequency().adjective()
              + " to "
              + target.frequency().adjective());
    }
    // in catalog order; only resources the current terms have blocks of can lose some
    if (current.addOnBlocks().isEmpty()) {
      return parts;
    }
    for (Resource resource : catalog.resources().values()) {
      int removed = current.blocks(resource.id()) - target.blocks(resource.id());
      if (removed > 0) {
        parts.add(
            "removing "
                + removed
                + " "
                + resource.plural()
                + (removed == 1 ? " block" : " blocks"));
      }
    }
    return parts;
  }

  private static ChangeDecision startNewTerm(
      Subscription subscription,
      Catalog catalog,
      ProrationConvention convention,
      Terms target,
      LocalDate asOf) {
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> oldItems = subscription.billedItems();
    DateRange unused = subscription.currentCycle().startingAt(asOf);
    for (BilledItem item : oldItems) {
      if (isInUse(item, subscription.terms())
          && item.creditable().isPositive()
          && item.servicePeriod().endExclusive().isAfter(asOf)) {
        Prorated credit = convention.credit(item, asOf);
        if (!credit.amount().isZero()) {
          lines.add(Lines.credit(catalog, item, credit, unused));
        }
      }
    }
    DateRange cycle = CycleSchedule.billingCycles(asOf, target.frequency()).period(0);
    List<BilledItem> items = new ArrayList<>();
    Plan targetPlan = catalog.plan(target.plan());
    Amount seatPrice = targetPlan.seatPrice(target.frequency());
    Lines.appendBaseFee(lines, items, catalog, targetPlan, target.frequency(), cycle);
    Lines.appendWhole(
        lines,
        items,
        LineKind.PLAN_SEATS,
        catalog.texts().seats(target.plan(), target.frequency()),
        new ChargeItem.Seats(target.plan()),
        target.seats(),
        seatPrice,
        cycle);
    for (Resource resource : catalog.resources().values()) {
      int blocks = target.blocks(resource.id());
      if (blocks > 0) {
        Lines.appendWhole(
            lines,
            items,
            LineKind.ADD_ON,
            catalog.texts().blocks(resource.id(), target.frequency()),
            new ChargeItem.AddOnBlocks(resource.id()),
            blocks,
            catalog.addOn(resource.id()).price(target.frequency()),
            cycle);
      }
    }
    Subscription next =
        Subscription.builder()
            .from(subscription)
            .terms(target)
            .anchor(asOf)
            .currentCycle(cycle)
            .purchasedOn(
                catalog.plan(subscription.terms().plan()).isFree()
                    ? asOf
                    : subscription.purchasedOn())
            .billedItems(items)
            .nextTerms(Optional.empty())
            .lockedFlexSeats(0)
            .build();
    Terms from = subscription.terms();
    boolean instructionsCleared = subscription.nextTerms().isPresent();
    return new ChangeDecision.Immediately(
        next,
        lines,
        Summary.of(
            () ->
                "Immediately: "
                    + Lines.terms(catalog, from)
                    + " -> "
                    + Lines.terms(catalog, target)
                    + ", new term "
                    + cycle
                    + (instructionsCleared ? " (renewal instructions cleared)" : "")));
  }

  private static ChangeDecision changeWithinCycle(
      Subscription subscription,
      Catalog catalog,
      ProrationConvention convention,
      Terms target,
      LocalDate asOf) {
    Terms current = subscription.terms();
    DateRange cycle = subscription.currentCycle();
    DateRange rest = cycle.startingAt(asOf);
    // sized for the usual case: credits and items for what was billed, a seat and a block line
    int billed = subscription.billedItems().size();
    List<InvoiceLine> lines = new ArrayList<>(billed + 2 + target.addOnBlocks().size());
    List<BilledItem> items = new ArrayList<>(billed + 2 + target.addOnBlocks().size());
    Plan targetPlan = catalog.plan(target.plan());
    Amount seatPrice = targetPlan.seatPrice(target.frequency());
    String seatsLabel = catalog.texts().seats(target.plan(), target.frequency());
    long seatsToCharge;
    boolean planChanged = !target.plan().equals(current.plan());
    if (planChanged) {
      for (BilledItem item : subscription.billedItems()) {
        if (!(item.item() instanceof ChargeItem.AddOnBlocks)
            && isInUse(item, current)
            && item.creditable().isPositive()) {
          Prorated credit = convention.credit(item, asOf);
          lines.add(Lines.credit(catalog, item, credit, rest));
          items.add(item.plusCredited(credit.amount().negated()));
        } else {
          items.add(item);
        }
      }
      seatsToCharge = target.seats();
    } else {
      items.addAll(subscription.billedItems());
      seatsToCharge = (long) target.seats() - current.seats();
    }
    if (planChanged && targetPlan.hasBaseFee(target.frequency())) {
      chargeRest(
          lines,
          items,
          convention,
          LineKind.PLAN_FEE_PRORATION,
          catalog.texts().baseFee(target.plan(), target.frequency()),
          new ChargeItem.BaseFee(target.plan()),
          1,
          targetPlan.baseFee(target.frequency()),
          cycle,
          rest,
          asOf);
    }
    if (seatsToCharge > 0) {
      chargeRest(
          lines,
          items,
          convention,
          LineKind.SEAT_PRORATION,
          seatsLabel,
          new ChargeItem.Seats(target.plan()),
          seatsToCharge,
          seatPrice,
          cycle,
          rest,
          asOf);
    }
    // in catalog order; only resources the target terms have blocks of can gain some
    for (Resource resource :
        target.addOnBlocks().isEmpty() ? List.<Resource>of() : catalog.resources().values()) {
      long added = (long) target.blocks(resource.id()) - current.blocks(resource.id());
      if (added > 0) {
        chargeRest(
            lines,
            items,
            convention,
            LineKind.ADD_ON_PRORATION,
            catalog.texts().blocks(resource.id(), target.frequency()),
            new ChargeItem.AddOnBlocks(resource.id()),
            added,
            catalog.addOn(resource.id()).price(target.frequency()),
            cycle,
            rest,
            asOf);
      }
    }
    lines.removeIf(line -> line.amount().isZero());
    Subscription next = subscription.withTerms(target).withBilledItems(items);
    return new ChangeDecision.Immediately(
        next,
        lines,
        Summary.of(
            () ->
                "Immediately: "
                    + Lines.terms(catalog, current)
                    + " -> "
                    + Lines.terms(catalog, target)
                    + " for "
                    + rest
                    + subscription
                        .nextTerms()
                        .map(
                            terms ->
                                "; standing instructions for renewal still say "
                                    + Lines.terms(catalog, terms))
                        .orElse("")));
  }

  private static void chargeRest(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      ProrationConvention convention,
      LineKind kind,
      String description,
      ChargeItem item,
      long quantity,
      Amount unitPrice,
      DateRange cycle,
      DateRange rest,
      LocalDate asOf) {
    Prorated charge = convention.charge(unitPrice, quantity, cycle, asOf);
    lines.add(Lines.prorated(kind, description, quantity, unitPrice, charge, rest));
    items.add(
        new BilledItem(item, quantity, rest, charge.amount(), Amount.zero(unitPrice.currency())));
  }
}
