package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
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
 * <p>A request for "Immediately" with any renewal-only part is refused with {@code
 * CHANGE_ONLY_ON_RENEWAL}, naming the parts, and offers {@link Timing#ON_RENEWAL} as the accepted
 * alternative. Moving from Free to a paid plan, or from monthly to annual, starts a new term on the
 * change day (the change day becomes the anchor) and credits the unused part of everything billed.
 * Otherwise an upgrade credits every seat item billed this cycle and charges the new plan's seats
 * for the rest of the cycle; added seats and blocks are charged for the rest of the cycle.
 *
 * <p>Worked example: Basic at 12.00 per seat, cycle {@code [2024-03-01, 2024-04-01)}, 3 to 5 seats
 * on 2024-03-15: one {@code SEAT_PRORATION} line {@code 2 x 12.00 x 17/31 days = 13.16}.
 */
public final class ChangeRules {
  private static final Resource[] RESOURCES = Resource.values();

  private ChangeRules() {}

  /**
   * Decides {@code request} for {@code team} on {@code asOf}.
   *
   * @param team the team, unchanged by this call
   * @param catalog the price list
   * @param convention the proration convention
   * @param request the change requested
   * @param asOf the date of the request, within the current cycle
   * @return the decision
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
    Plan currentPlan = catalog.plan(current.tier());
    Plan targetPlan = catalog.plan(target.tier());
    targetPlan.seatPrice(target.frequency());
    for (Resource resource : target.addOnBlocks().keySet()) {
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
    if (target.tier() != current.tier()
        && (!currentPlan.selfServe() || !targetPlan.selfServe())
        && !request.salesAssisted()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.SALES_ASSISTED_ONLY,
          "target.tier",
          "moving from "
              + current.tier()
              + " to "
              + target.tier()
              + " needs a sales-assisted request",
          Optional.empty());
    }
    if (target.seats() < team.memberCount()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.SEATS_BELOW_MEMBERS,
          "target.seats",
          target.seats() + " seats is below the team's " + team.memberCount() + " members",
          Optional.empty());
    }
    if (request.timing() == Timing.ON_RENEWAL) {
      return new ChangeDecision.OnRenewal(
          target, "On renewal on " + cycle.endExclusive() + ": " + current + " -> " + target);
    }
    List<String> renewalOnly = renewalOnlyParts(current, target, subscription.lockedFlexSeats());
    if (!renewalOnly.isEmpty()) {
      return new ChangeDecision.Refused(
          BillingErrorCode.CHANGE_ONLY_ON_RENEWAL,
          "timing",
          String.join("; ", renewalOnly)
              + " can only apply on renewal ("
              + cycle.endExclusive()
              + "); On renewal would be accepted",
          Optional.of(Timing.ON_RENEWAL));
    }
    boolean newTerm =
        target.tier() != PlanTier.FREE
            && (current.tier() == PlanTier.FREE
                || (current.frequency() == BillingFrequency.MONTHLY
                    && target.frequency() == BillingFrequency.ANNUAL));
    return newTerm
        ? startNewTerm(subscription, catalog, convention, target, asOf)
        : changeWithinCycle(subscription, catalog, convention, target, asOf);
  }

  private static List<String> renewalOnlyParts(Terms current, Terms target, int lockedFlexSeats) {
    List<String> parts = new ArrayList<>(0);
    if (current.tier().isAbove(target.tier())) {
      parts.add("downgrade from " + current.tier() + " to " + target.tier());
    }
    if (target.seats() < current.seats()) {
      String locked =
          lockedFlexSeats > 0
              ? " (" + lockedFlexSeats + " seats billed through auto-flex are locked until renewal)"
              : "";
      parts.add("removing " + (current.seats() - target.seats()) + " seats" + locked);
    }
    if (current.frequency() == BillingFrequency.ANNUAL
        && target.frequency() == BillingFrequency.MONTHLY) {
      parts.add("switching from annual to monthly");
    }
    // in enum order; only resources the current terms have blocks of can lose some
    for (Resource resource : RESOURCES) {
      if (current.blocks(resource) > 0 && target.blocks(resource) < current.blocks(resource)) {
        parts.add(
            "removing "
                + (current.blocks(resource) - target.blocks(resource))
                + " "
                + resource.label()
                + " blocks");
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
      if (item.creditable().isPositive() && item.servicePeriod().endExclusive().isAfter(asOf)) {
        Prorated credit = convention.credit(item, asOf);
        if (!credit.amount().isZero()) {
          lines.add(Lines.credit(item, credit, unused));
        }
      }
    }
    DateRange cycle = CycleSchedule.billingCycles(asOf, target.frequency()).period(0);
    List<BilledItem> items = new ArrayList<>();
    Amount seatPrice = catalog.plan(target.tier()).seatPrice(target.frequency());
    Lines.appendWhole(
        lines,
        items,
        LineKind.PLAN_SEATS,
        Lines.seats(target.tier(), target.frequency()),
        new ChargeItem.Seats(target.tier()),
        target.seats(),
        seatPrice,
        cycle);
    target
        .addOnBlocks()
        .forEach(
            (resource, blocks) ->
                Lines.appendWhole(
                    lines,
                    items,
                    LineKind.ADD_ON,
                    Lines.addOnBlocks(resource, target.frequency()),
                    new ChargeItem.AddOnBlocks(resource),
                    blocks,
                    catalog.addOn(resource).price(target.frequency()),
                    cycle));
    Subscription next =
        Subscription.builder()
            .from(subscription)
            .terms(target)
            .anchor(asOf)
            .currentCycle(cycle)
            .purchasedOn(
                subscription.terms().tier() == PlanTier.FREE ? asOf : subscription.purchasedOn())
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
                    + from
                    + " -> "
                    + target
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
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> items = new ArrayList<>();
    Amount seatPrice = catalog.plan(target.tier()).seatPrice(target.frequency());
    String seatsLabel = Lines.seats(target.tier(), target.frequency());
    long seatsToCharge;
    if (target.tier() != current.tier()) {
      for (BilledItem item : subscription.billedItems()) {
        if (item.item() instanceof ChargeItem.Seats && item.creditable().isPositive()) {
          Prorated credit = convention.credit(item, asOf);
          lines.add(Lines.credit(item, credit, rest));
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
    if (seatsToCharge > 0) {
      chargeRest(
          lines,
          items,
          convention,
          LineKind.SEAT_PRORATION,
          seatsLabel,
          new ChargeItem.Seats(target.tier()),
          seatsToCharge,
          seatPrice,
          cycle,
          rest,
          asOf);
    }
    for (var entry : target.addOnBlocks().entrySet()) {
      Resource resource = entry.getKey();
      long added = (long) entry.getValue() - current.blocks(resource);
      if (added > 0) {
        chargeRest(
            lines,
            items,
            convention,
            LineKind.ADD_ON_PRORATION,
            Lines.addOnBlocks(resource, target.frequency()),
            new ChargeItem.AddOnBlocks(resource),
            added,
            catalog.addOn(resource).price(target.frequency()),
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
        Summary.of(() -> "Immediately: " + current + " -> " + target + " for " + rest));
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
