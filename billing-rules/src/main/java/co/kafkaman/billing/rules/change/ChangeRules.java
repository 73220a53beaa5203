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
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides a plan, seat, frequency or add-on change as a whole under a {@link ChangePolicy}; the
 * table is the kafkaman default, {@link ChangePolicy#kafkaman()} (RULES.md section 5):
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
    return decide(team, catalog, ChangePolicy.kafkaman(), convention, request, asOf);
  }

  /**
   * Decides {@code request} for {@code team} on {@code asOf} under the change policy {@code
   * policy}. Pure: the team is not changed; an accepted decision carries the new subscription and
   * the lines to invoice.
   *
   * @param team the team, unchanged by this call
   * @param catalog the price list
   * @param policy which parts of a change may apply when, and the layout of quantity changes
   * @param convention the proration convention
   * @param request the change requested
   * @param asOf the date of the request, within the current cycle and not before an earlier change
   *     of it
   * @return the decision: {@link ChangeDecision.Immediately}, {@link ChangeDecision.OnRenewal} or
   *     {@link ChangeDecision.Refused}
   * @throws BillingException {@code UNKNOWN_PLAN}, {@code FREQUENCY_NOT_OFFERED}, {@code
   *     UNKNOWN_ADD_ON} or {@code DATE_OUT_OF_RANGE} for invalid input
   * @since 0.1.0
   */
  public static ChangeDecision decide(
      Team team,
      Catalog catalog,
      ChangePolicy policy,
      ProrationConvention convention,
      ChangeRequest request,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    Terms current = subscription.terms();
    Terms target = request.target();
    DateRange cycle = subscription.currentCycle();
    // an ended subscription is bought again: a new term from asOf, on or after its end
    // (or a paused one resumed): a new term from asOf, on or after the day it stopped
    boolean restart = subscription.ended() || subscription.paused();
    if (restart) {
      if (asOf.isBefore(cycle.endExclusive())) {
        throw new BillingException(
            BillingErrorCode.DATE_OUT_OF_RANGE,
            "asOf",
            asOf
                + " is before "
                + cycle.endExclusive()
                + (subscription.paused()
                    ? ", when the subscription was paused"
                    : ", when the subscription ended"));
      }
      if (request.timing() == Timing.ON_RENEWAL) {
        return new ChangeDecision.Refused(
            BillingErrorCode.SUBSCRIPTION_ENDED,
            "timing",
            "the subscription ended on "
                + cycle.endExclusive()
                + " and has no renewal; buy again Immediately",
            Optional.of(Timing.IMMEDIATELY));
      }
    } else if (!cycle.contains(asOf)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf + " is outside the current cycle " + cycle);
    }
    for (BilledItem item : restart ? List.<BilledItem>of() : subscription.billedItems()) {
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
    if (target.equals(base) && !restart) {
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
    if ((restart || target.seats() < base.seats()) && target.seats() < team.memberCount()) {
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
    // buying a paid plan from a free one is a purchase, not a change: any seats at or above the
    // members and any period apply at once (nothing was paid for the free terms)
    boolean purchase = restart || (currentPlan.isFree() && !targetPlan.isFree());
    Parts parts = Parts.of(catalog, policy, currentPlan, targetPlan, current, target, purchase);
    if (parts.refused != null) {
      return new ChangeDecision.Refused(
          BillingErrorCode.CHANGE_NOT_ALLOWED,
          "target",
          "the "
              + policy.name()
              + " change policy does not allow "
              + String.join("; ", describe(catalog, parts.refused, current, target, 0)),
          Optional.empty());
    }
    if (request.timing() == Timing.ON_RENEWAL) {
      return new ChangeDecision.OnRenewal(
          target, "On renewal on " + cycle.endExclusive() + ": " + current + " -> " + target);
    }
    if (parts.onRenewal != null) {
      List<String> renewalOnly =
          describe(catalog, parts.onRenewal, current, target, subscription.lockedFlexSeats());
      ChangeDecision onRenewal =
          decide(
              team,
              catalog,
              policy,
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
    boolean newTerm = purchase || !current.frequency().equals(target.frequency());
    return newTerm
        ? startNewTerm(
            subscription, catalog, convention, target, asOf, !purchase && policy.keepsAnniversary())
        : changeWithinCycle(
            subscription, catalog, policy.layout(), convention, targetPlan, target, asOf);
  }

  /**
   * The parts of a change its policy does not allow at once: those allowed only on renewal and
   * those refused, each null when there is none (the usual case allocates nothing).
   */
  private static final class Parts {
    @Nullable List<ChangePart> onRenewal;
    @Nullable List<ChangePart> refused;

    static Parts of(
        Catalog catalog,
        ChangePolicy policy,
        Plan currentPlan,
        Plan targetPlan,
        Terms current,
        Terms target,
        boolean purchase) {
      Parts parts = new Parts();
      if (purchase) {
        // a purchase, not a change: only who may sell the plan matters
        if (!targetPlan.selfServe()) {
          parts.add(policy, ChangePart.TO_SALES_ASSISTED, current, target);
        }
        return parts;
      }
      if (!current.plan().equals(target.plan())) {
        parts.addPlanParts(catalog, policy, currentPlan, targetPlan, current, target);
      }
      if (target.seats() > current.seats()) {
        parts.add(policy, ChangePart.SEATS_ADDED, current, target);
      } else if (target.seats() < current.seats()) {
        parts.add(policy, ChangePart.SEATS_REMOVED, current, target);
      }
      int order = target.frequency().compareTo(current.frequency());
      if (order > 0) {
        parts.add(policy, ChangePart.PERIOD_LONGER, current, target);
      } else if (order < 0) {
        parts.add(policy, ChangePart.PERIOD_SHORTER, current, target);
      }
      if (!current.addOnBlocks().isEmpty() || !target.addOnBlocks().isEmpty()) {
        parts.addBlockParts(catalog, policy, current, target);
      }
      return parts;
    }

    // the plan and block parts are methods of their own: Parts.of stays small enough to inline

    private void addPlanParts(
        Catalog catalog,
        ChangePolicy policy,
        Plan currentPlan,
        Plan targetPlan,
        Terms current,
        Terms target) {
      if (catalog.isUpgrade(current.plan(), target.plan())) {
        add(policy, ChangePart.PLAN_UPGRADE, current, target);
      } else {
        add(policy, ChangePart.PLAN_DOWNGRADE, current, target);
      }
      if (!targetPlan.selfServe()) {
        add(policy, ChangePart.TO_SALES_ASSISTED, current, target);
      }
      if (!currentPlan.selfServe()) {
        add(policy, ChangePart.FROM_SALES_ASSISTED, current, target);
      }
    }

    private void addBlockParts(Catalog catalog, ChangePolicy policy, Terms current, Terms target) {
      boolean added = false;
      boolean removed = false;
      for (ResourceId resource : changedResources(catalog, current, target)) {
        int change = target.blocks(resource) - current.blocks(resource);
        added |= change > 0;
        removed |= change < 0;
      }
      if (added) {
        add(policy, ChangePart.BLOCKS_ADDED, current, target);
      }
      if (removed) {
        add(policy, ChangePart.BLOCKS_REMOVED, current, target);
      }
    }

    private void add(ChangePolicy policy, ChangePart part, Terms current, Terms target) {
      ChangeTiming timing = policy.timingOf(part, current, target);
      if (timing == ChangeTiming.ON_RENEWAL) {
        if (onRenewal == null) {
          onRenewal = new ArrayList<>(2);
        }
        onRenewal.add(part);
      } else if (timing == ChangeTiming.REFUSED) {
        if (refused == null) {
          refused = new ArrayList<>(2);
        }
        refused.add(part);
      }
    }
  }

  /**
   * The resources whose blocks a change may alter, in catalog order: every resource when the terms
   * name several, else just the one named (no ordering needed).
   */
  private static Iterable<ResourceId> changedResources(
      Catalog catalog, Terms current, Terms target) {
    if (current.addOnBlocks().isEmpty() && target.addOnBlocks().size() <= 1) {
      return target.addOnBlocks().keySet();
    }
    if (target.addOnBlocks().isEmpty() && current.addOnBlocks().size() == 1) {
      return current.addOnBlocks().keySet();
    }
    return catalog.resourceIds();
  }

  /** Says what each part changes, in words: "downgrade from Professional to Basic". */
  private static List<String> describe(
      Catalog catalog, List<ChangePart> parts, Terms current, Terms target, int lockedFlexSeats) {
    List<String> words = new ArrayList<>(parts.size());
    for (ChangePart part : parts) {
      switch (part) {
        case PLAN_UPGRADE, PLAN_DOWNGRADE ->
            words.add(
                (part == ChangePart.PLAN_UPGRADE ? "upgrade from " : "downgrade from ")
                    + catalog.plan(current.plan()).name()
                    + " to "
                    + catalog.plan(target.plan()).name());
        case TO_SALES_ASSISTED ->
            words.add(
                "moving to the sales-assisted " + catalog.plan(target.plan()).name() + " plan");
        case FROM_SALES_ASSISTED ->
            words.add(
                "moving from the sales-assisted " + catalog.plan(current.plan()).name() + " plan");
        case SEATS_ADDED, SEATS_REMOVED -> {
          int count = Math.abs(target.seats() - current.seats());
          String locked =
              part == ChangePart.SEATS_REMOVED && lockedFlexSeats > 0
                  ? " ("
                      + lockedFlexSeats
                      + " seats billed through auto-flex are locked until renewal)"
                  : "";
          words.add(
              (part == ChangePart.SEATS_ADDED ? "adding " : "removing ")
                  + count
                  + (count == 1 ? " seat" : " seats")
                  + locked);
        }
        case PERIOD_LONGER, PERIOD_SHORTER ->
            words.add(
                "switching from "
                    + current.frequency().adjective()
                    + " to "
                    + target.frequency().adjective());
        case BLOCKS_ADDED, BLOCKS_REMOVED -> {
          // in catalog order
          for (Resource resource : catalog.resources().values()) {
            int change = target.blocks(resource.id()) - current.blocks(resource.id());
            if ((part == ChangePart.BLOCKS_ADDED) == (change > 0) && change != 0) {
              int count = Math.abs(change);
              words.add(
                  (change > 0 ? "adding " : "removing ")
                      + count
                      + " "
                      + resource.plural()
                      + (count == 1 ? " block" : " blocks"));
            }
          }
        }
      }
    }
    return words;
  }

  /**
   * Returns whether {@code item} is still in use under {@code current} terms, so a change now
   * replaces it: add-on blocks, and seats of the current tier. Seats of a tier left earlier in the
   * cycle were already credited from that change on and are never credited again.
   */
  private static boolean isInUse(BilledItem item, Terms current) {
    if (!item.inUse()) {
      return false;
    }
    if (item.item() instanceof ChargeItem.Seats seats) {
      return seats.plan().equals(current.plan());
    }
    if (item.item() instanceof ChargeItem.BaseFee fee) {
      return fee.plan().equals(current.plan());
    }
    return true;
  }

  private static ChangeDecision startNewTerm(
      Subscription subscription,
      Catalog catalog,
      ProrationConvention convention,
      Terms target,
      LocalDate asOf,
      boolean anchorKept) {
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> oldItems = subscription.billedItems();
    for (BilledItem item : oldItems) {
      if (isInUse(item, subscription.terms())
          && item.creditable().isPositive()
          && item.servicePeriod().endExclusive().isAfter(asOf)) {
        Prorated credit = convention.credit(item, asOf);
        if (!credit.amount().isZero()) {
          DateRange unused = subscription.currentCycle().startingAt(asOf);
          lines.add(Lines.credit(catalog, item, credit, unused));
        }
      }
    }
    DateRange cycle =
        anchorKept
            ? CycleSchedule.billingCycles(subscription.anchor(), target.frequency())
                .periodContaining(asOf)
            : CycleSchedule.billingCycles(asOf, target.frequency()).period(0);
    List<BilledItem> items = new ArrayList<>();
    Plan targetPlan = catalog.plan(target.plan());
    if (anchorKept) {
      // the anniversary stays: the new period's cycle from the change day, a prorated first stub
      chargeTermRest(lines, items, catalog, convention, targetPlan, target, cycle, asOf);
    } else {
      Lines.appendWholeTerms(lines, items, catalog, targetPlan, target, cycle);
    }
    Subscription next =
        Subscription.builder()
            .from(subscription)
            .terms(target)
            .anchor(anchorKept ? subscription.anchor() : asOf)
            .currentCycle(cycle)
            .purchasedOn(
                subscription.ended() || catalog.plan(subscription.terms().plan()).isFree()
                    ? asOf
                    : subscription.purchasedOn())
            .ended(false)
            .endsOn(Optional.empty())
            .pausedOn(Optional.empty())
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
      ProrationLayout layout,
      ProrationConvention convention,
      Plan targetPlan,
      Terms target,
      LocalDate asOf) {
    Terms current = subscription.terms();
    DateRange cycle = subscription.currentCycle();
    DateRange rest = cycle.startingAt(asOf);
    // sized for the usual case: credits and items for what was billed, a seat and a block line
    int billed = subscription.billedItems().size();
    List<InvoiceLine> lines = new ArrayList<>(billed + 2 + target.addOnBlocks().size());
    List<BilledItem> items = new ArrayList<>(billed + 2 + target.addOnBlocks().size());
    items.addAll(subscription.billedItems());
    long seatsToCharge;
    boolean planChanged = !target.plan().equals(current.plan());
    if (planChanged) {
      // the seats and base fee of the plan left are replaced; blocks stay
      for (int i = 0; i < billed; i++) {
        BilledItem item = items.get(i);
        if (!(item.item() instanceof ChargeItem.AddOnBlocks) && isInUse(item, current)) {
          replace(items, i, lines, catalog, convention, rest, asOf);
        }
      }
      seatsToCharge = target.seats();
    } else {
      seatsToCharge =
          changeQuantity(
              items,
              lines,
              catalog,
              layout,
              convention,
              new ChargeItem.Seats(target.plan()),
              target.seats() - current.seats(),
              target.seats(),
              rest,
              asOf);
    }
    chargePlanRest(
        lines,
        items,
        catalog,
        convention,
        targetPlan,
        target,
        planChanged,
        seatsToCharge,
        cycle,
        rest,
        asOf);
    if (!current.addOnBlocks().isEmpty() || !target.addOnBlocks().isEmpty()) {
      for (ResourceId resource : changedResources(catalog, current, target)) {
        int change = target.blocks(resource) - current.blocks(resource);
        if (change == 0) {
          continue;
        }
        ChargeItem.AddOnBlocks blocks = new ChargeItem.AddOnBlocks(resource);
        long blocksToCharge =
            changeQuantity(
                items,
                lines,
                catalog,
                layout,
                convention,
                blocks,
                change,
                target.blocks(resource),
                rest,
                asOf);
        if (blocksToCharge > 0) {
          chargeRest(
              lines,
              items,
              convention,
              LineKind.ADD_ON_PRORATION,
              catalog.texts().blocks(resource, target.frequency()),
              blocks,
              blocksToCharge,
              catalog.addOn(resource).price(target.frequency()),
              cycle,
              rest,
              asOf);
        }
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

  /**
   * Changes the quantity of {@code charged} (seats of the plan kept, or blocks of a resource) by
   * {@code change}, on {@code layout}, and returns how many to charge for the rest of the cycle.
   * {@link ProrationLayout#DIFFERENCE}: an increase charges it; a decrease credits that many of
   * what is in use, newest first. {@link ProrationLayout#REPLACE}: everything in use is credited
   * and the whole new quantity charged.
   */
  private static long changeQuantity(
      List<BilledItem> items,
      List<InvoiceLine> lines,
      Catalog catalog,
      ProrationLayout layout,
      ProrationConvention convention,
      ChargeItem charged,
      int change,
      int quantity,
      DateRange rest,
      LocalDate asOf) {
    if (layout == ProrationLayout.REPLACE) {
      for (int i = 0, n = items.size(); i < n; i++) {
        BilledItem item = items.get(i);
        if (item.inUse() && item.item().equals(charged)) {
          replace(items, i, lines, catalog, convention, rest, asOf);
        }
      }
      return quantity;
    }
    if (change >= 0) {
      return change;
    }
    long toCredit = -(long) change;
    for (int i = items.size() - 1; i >= 0 && toCredit > 0; i--) {
      BilledItem item = items.get(i);
      if (!item.inUse() || !item.item().equals(charged) || item.quantity() == 0) {
        continue;
      }
      if (item.quantity() > toCredit) {
        // split: the part removed is replaced, the rest stays in use
        BilledItem[] parts = split(item, toCredit);
        items.set(i, parts[0]);
        items.add(i + 1, parts[1]);
        replace(items, i + 1, lines, catalog, convention, rest, asOf);
        toCredit = 0;
      } else {
        toCredit -= item.quantity();
        replace(items, i, lines, catalog, convention, rest, asOf);
      }
    }
    return 0;
  }

  /**
   * Splits {@code item} into what stays in use and {@code removed} of its quantity, each with its
   * share of what was billed and credited (rounded half up, the two shares summing exactly to the
   * whole).
   */
  private static BilledItem[] split(BilledItem item, long removed) {
    Fraction share = Fraction.of(removed, item.quantity(), "");
    Amount billedShare = item.billed().multipliedBy(1, share, RoundingPolicy.HALF_UP);
    Amount creditedShare = item.credited().multipliedBy(1, share, RoundingPolicy.HALF_UP);
    Amount billedRest = item.billed().minus(billedShare);
    // keep each part's credit within its billed share
    if (creditedShare.compareTo(billedShare) > 0) {
      creditedShare = billedShare;
    }
    if (item.credited().minus(creditedShare).compareTo(billedRest) > 0) {
      creditedShare = item.credited().minus(billedRest);
    }
    return new BilledItem[] {
      new BilledItem(
          item.item(),
          item.quantity() - removed,
          item.servicePeriod(),
          billedRest,
          item.credited().minus(creditedShare),
          null,
          item.serviceStart()),
      new BilledItem(
          item.item(),
          removed,
          item.servicePeriod(),
          billedShare,
          creditedShare,
          null,
          item.serviceStart())
    };
  }

  /**
   * Replaces {@code items[i]} on {@code asOf}: credits its unused part (a {@code CHANGE_CREDIT}
   * line when there is anything left to credit) and records it as no longer in use.
   */
  private static void replace(
      List<BilledItem> items,
      int i,
      List<InvoiceLine> lines,
      Catalog catalog,
      ProrationConvention convention,
      DateRange rest,
      LocalDate asOf) {
    BilledItem item = items.get(i);
    if (!item.creditable().isPositive()) {
      items.set(i, item.replaced(asOf, Amount.zero(item.billed().currency())));
      return;
    }
    Prorated credit = convention.credit(item, asOf);
    lines.add(Lines.credit(catalog, item, credit, rest));
    items.set(i, item.replaced(asOf, credit.amount().negated()));
  }

  /**
   * Charges the target plan for {@code rest} of {@code cycle}: its base fee when {@code withFee}
   * and it has one ({@code PLAN_FEE_PRORATION}), and {@code seats} seats when above zero ({@code
   * SEAT_PRORATION}).
   */
  private static void chargePlanRest(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Catalog catalog,
      ProrationConvention convention,
      Plan targetPlan,
      Terms target,
      boolean withFee,
      long seats,
      DateRange cycle,
      DateRange rest,
      LocalDate asOf) {
    if (withFee && targetPlan.hasBaseFee(target.frequency())) {
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
    if (seats > 0) {
      chargeRest(
          lines,
          items,
          convention,
          LineKind.SEAT_PRORATION,
          catalog.texts().seats(target.plan(), target.frequency()),
          new ChargeItem.Seats(target.plan()),
          seats,
          targetPlan.seatPrice(target.frequency()),
          cycle,
          rest,
          asOf);
    }
  }

  /**
   * Charges {@code target} for the rest of {@code cycle} from {@code asOf}, pro rata, each line
   * rounded once: its base fee ({@code PLAN_FEE_PRORATION}), seats ({@code SEAT_PRORATION}) and
   * add-on blocks ({@code ADD_ON_PRORATION}), recording each as a billed item of {@code [asOf,
   * cycle end)}. The first stub of a term that keeps its anchor, or of a team created with a
   * billing day. Example: 3 Basic seats at 12.00, cycle {@code [2024-03-01, 2024-04-01)} from
   * 2024-03-15: {@code 3 x 12.00 x 17/31 days = 19.74}.
   *
   * @param lines the lines, appended to
   * @param items the billed items, appended to
   * @param catalog the price list
   * @param convention the proration convention
   * @param targetPlan the plan of {@code target}
   * @param target the terms charged
   * @param cycle the cycle, containing {@code asOf}
   * @param asOf the first day charged
   * @since 0.1.0
   */
  public static void chargeTermRest(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Catalog catalog,
      ProrationConvention convention,
      Plan targetPlan,
      Terms target,
      DateRange cycle,
      LocalDate asOf) {
    DateRange rest = cycle.startingAt(asOf);
    chargePlanRest(
        lines,
        items,
        catalog,
        convention,
        targetPlan,
        target,
        true,
        target.seats(),
        cycle,
        rest,
        asOf);
    for (ResourceId resource : Lines.blockResources(catalog, target)) {
      int blocks = target.blocks(resource);
      if (blocks > 0) {
        chargeRest(
            lines,
            items,
            convention,
            LineKind.ADD_ON_PRORATION,
            catalog.texts().blocks(resource, target.frequency()),
            new ChargeItem.AddOnBlocks(resource),
            blocks,
            catalog.addOn(resource).price(target.frequency()),
            cycle,
            rest,
            asOf);
      }
    }
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
    // bought at an instant (proration by seconds): its credits count from that instant
    Instant serviceStart = convention.dayCount().startInstant(cycle, asOf).orElse(null);
    items.add(
        new BilledItem(
            item,
            quantity,
            rest,
            charge.amount(),
            Amount.zero(unitPrice.currency()),
            null,
            serviceStart));
  }
}
