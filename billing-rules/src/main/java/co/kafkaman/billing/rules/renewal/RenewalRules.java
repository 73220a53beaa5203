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
package co.kafkaman.billing.rules.renewal;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.team.UsageLedger;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import co.kafkaman.billing.rules.change.ChangeRules;
import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.flex.AutoFlexRollout;
import co.kafkaman.billing.rules.flex.FlexRules;
import co.kafkaman.billing.rules.invoicing.Lines;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.usage.UsageClosing;
import co.kafkaman.billing.rules.usage.UsageRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The renewal at the end of a cycle (RULES.md section 6): applies the next terms (standing
 * instructions and accepted "On renewal" changes), starts the next cycle and prices it line by
 * line; and the renewal quote, the same lines without issuing anything.
 *
 * <p>The next cycle is period {@code n + 1} of the schedule from the anchor when the frequency is
 * unchanged (never chained from the previous boundary); a change of frequency starts a new term
 * anchored on the renewal date. Seats never renew below the number of members. Billed auto-flex
 * seats unlock.
 *
 * <p>The renewal invoice is the one invoice of the cycle's end: the next cycle's seats, the flex
 * users who become paid seats ({@code AUTO_FLEX} at the full per-seat price, when auto-flex is on),
 * add-on blocks, whatever the auto-flex charge mode bills for the last auto-flex cycle, and the
 * {@code OVERAGE} of the usage month that ends with the cycle. The renewal also turns auto-flex on
 * where a {@code FIRST_RENEWAL_AFTER} rollout applies, and starts a fresh auto-flex cycle and usage
 * month.
 *
 * <p>Worked example: Basic monthly, 5 seats and 1 monitoring block, standing instruction
 * "Professional": the renewal on 2024-04-01 bills {@code PLAN_SEATS 5 x 29.00 = 145.00} and {@code
 * ADD_ON 1 x 8.00 = 8.00} for {@code [2024-04-01, 2024-05-01)}.
 *
 * @since 0.1.0
 */
public final class RenewalRules {
  private RenewalRules() {}

  /**
   * A renewal: the subscription for the next cycle and the lines to invoice. Example: Basic
   * monthly, 5 seats, anchor 2024-01-31, renewed on 2024-02-29: cycle {@code [2024-02-29,
   * 2024-03-31)}, one line {@code 5 x 12.00 = 60.00}, summary {@code "Renewed BASIC MONTHLY, 5
   * seats for [2024-02-29, 2024-03-31), USD 60.00"}.
   *
   * <p>The summary is rendered when first read; two summaries are equal when their texts are.
   *
   * @param subscription the renewed subscription
   * @param lines the full-cycle lines (seats, add-on blocks); empty on Free
   * @param lazySummary what happened, rendered when first read
   */
  public record Renewal(Subscription subscription, List<InvoiceLine> lines, Summary lazySummary) {

    /**
     * Copies the lines.
     *
     * @param subscription the renewed subscription
     * @param lines the full-cycle lines (seats, add-on blocks); empty on Free
     * @param lazySummary what happened, rendered when first read
     */
    public Renewal {
      lines = List.copyOf(lines);
    }

    /**
     * Creates the renewal with its summary already written; copies the lines.
     *
     * @param subscription the renewed subscription
     * @param lines the full-cycle lines (seats, add-on blocks); empty on Free
     * @param summary what happened
     */
    public Renewal(Subscription subscription, List<InvoiceLine> lines, String summary) {
      this(subscription, lines, Summary.of(summary));
    }

    /**
     * Returns what happened, rendering it on first use.
     *
     * @return the summary, such as {@code "Renewed BASIC MONTHLY, 5 seats for [...], USD 60.00"}
     */
    public String summary() {
      return lazySummary.text();
    }
  }

  /**
   * Renews {@code team} on {@code asOf}, which must be the current cycle's end: applies the next
   * terms (seats raised to the members), starts the next cycle, replaces the billed items with the
   * new cycle's, clears the next terms and unlocks billed flex seats. The lines are those of {@link
   * #quote(Team, Catalog)}; the caller issues them (account credit is consumed first then). Uses
   * the kafkaman auto-flex policy and proration convention.
   *
   * @param team the team
   * @param catalog the price list
   * @param asOf the renewal date
   * @return the renewal
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code asOf} is not the cycle's end
   */
  public static Renewal renew(Team team, Catalog catalog, LocalDate asOf) {
    return renew(team, catalog, AutoFlexPolicy.kafkaman(), ProrationConvention.KAFKAMAN, asOf);
  }

  /**
   * Renews {@code team} on {@code asOf}, which must be the current cycle's end: the next cycle's
   * seats (flex users included), add-ons, the last auto-flex cycle's charge and the last usage
   * month's overage, on one invoice.
   *
   * @param team the team
   * @param catalog the price list
   * @param flex the auto-flex policy
   * @param convention the proration convention
   * @param asOf the renewal date
   * @return the renewal
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code asOf} is not the cycle's end
   */
  public static Renewal renew(
      Team team,
      Catalog catalog,
      AutoFlexPolicy flex,
      ProrationConvention convention,
      LocalDate asOf) {
    return renew(team, catalog, flex, convention, FirstStub.PRORATED, asOf);
  }

  /**
   * Renews {@code team} on {@code asOf}, which must be the current cycle's end, as {@link
   * #renew(Team, Catalog, AutoFlexPolicy, ProrationConvention, LocalDate)} does; when a free trial
   * ends into a cycle aligned to a billing day ({@link Subscription#nextBillingDay()}), {@code
   * trialStub} says how the stub from the trial's end to the first billing day is billed. A bridge
   * after a bill-cycle-day change is always charged pro rata.
   *
   * <p>Example: a 14-day trial from 2024-03-10 of a 30.00 monthly plan, billing day 1: the renewal
   * on 2024-03-24 bills {@code [2024-03-24, 2024-04-01)}, {@code 1 x 30.00 x 8/31 days = 7.74}
   * ({@link FirstStub#PRORATED}), and the next cycle is {@code [2024-04-01, 2024-05-01)}.
   *
   * @param team the team
   * @param catalog the price list
   * @param flex the auto-flex policy
   * @param convention the proration convention
   * @param trialStub how a stub after a free trial is billed
   * @param asOf the renewal date
   * @return the renewal
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code asOf} is not the cycle's end
   * @since 0.1.0
   */
  public static Renewal renew(
      Team team,
      Catalog catalog,
      AutoFlexPolicy flex,
      ProrationConvention convention,
      FirstStub trialStub,
      LocalDate asOf) {
    Subscription subscription = team.subscription();
    if (!asOf.equals(subscription.currentCycle().endExclusive())) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE,
          "asOf",
          asOf
              + " is not the renewal date "
              + subscription.currentCycle().endExclusive()
              + " of cycle "
              + subscription.currentCycle());
    }
    if (subscription.endsOn().isPresent()) {
      return ending(team, catalog, asOf);
    }
    Priced priced = price(team, catalog, flex, convention, trialStub);
    UsageClosing usage = UsageRules.close(team, catalog, asOf);
    List<InvoiceLine> lines = new ArrayList<>(priced.lines.size() + usage.lines().size());
    lines.addAll(priced.lines);
    lines.addAll(usage.lines());
    Amount total = priced.total;
    for (InvoiceLine line : usage.lines()) {
      total = total.plus(line.amount());
    }
    Subscription renewed =
        subscription.renewedAs(
            priced.terms,
            priced.anchor,
            priced.cycle,
            priced.items,
            subscription.usage().isEmpty()
                ? Optional.empty()
                : Optional.of(
                    UsageLedger.of(
                        CycleSchedule.usageMonths(priced.anchor)
                            .periodContaining(priced.cycle.start()))));
    renewed = FlexRules.restarted(renewed, asOf, team.memberCount());
    // a rollout can only turn auto-flex on where it is off: no team copy to ask otherwise
    Team after = renewed.autoFlexEnabled() ? team : team.withSubscription(renewed);
    Optional<AutoFlexRollout> enabledBy =
        renewed.autoFlexEnabled()
            ? Optional.empty()
            : FlexRules.enabledBy(
                after, catalog, flex, AutoFlexRollout.Trigger.FIRST_RENEWAL_AFTER, asOf);
    if (enabledBy.isPresent()) {
      renewed = FlexRules.enabled(after, asOf);
    }
    Terms terms = priced.terms;
    DateRange cycle = priced.cycle;
    Amount billed = total;
    return new Renewal(
        renewed,
        lines,
        Summary.of(
            () ->
                "Renewed "
                    + Lines.terms(catalog, terms)
                    + " for "
                    + cycle
                    + ", "
                    + billed
                    + (usage.closed().isPresent() ? "; " + usage.summary() : "")
                    + enabledBy.map(r -> "; auto-flex turned on (" + r + ")").orElse("")));
  }

  /**
   * Quotes the renewal: the lines the next renewal invoice will have if nothing changes. Uses the
   * kafkaman auto-flex policy and proration convention. Example: annual Basic, anchor 2024-02-29, 3
   * seats: renews on 2025-02-28 for {@code [2025-02-28, 2026-02-28)}, {@code PLAN_SEATS 3 x 144.00
   * = 432.00}.
   *
   * @param team the team
   * @param catalog the price list
   * @return the quote; nothing is issued
   * @throws BillingException {@code UNKNOWN_PLAN}, {@code FREQUENCY_NOT_OFFERED} or {@code
   *     UNKNOWN_ADD_ON} if the catalog no longer prices the next terms
   */
  public static RenewalQuote quote(Team team, Catalog catalog) {
    return quote(team, catalog, AutoFlexPolicy.kafkaman(), ProrationConvention.KAFKAMAN);
  }

  /**
   * Quotes the renewal: the lines the next renewal invoice will have if nothing changes, including
   * the auto-flex users who will be billed; the open usage month's overage is shown separately as
   * "so far this cycle".
   *
   * @param team the team
   * @param catalog the price list
   * @param flex the auto-flex policy
   * @param convention the proration convention
   * @return the quote
   */
  public static RenewalQuote quote(
      Team team, Catalog catalog, AutoFlexPolicy flex, ProrationConvention convention) {
    return quote(team, catalog, flex, convention, FirstStub.PRORATED);
  }

  /**
   * Quotes the renewal as {@link #quote(Team, Catalog, AutoFlexPolicy, ProrationConvention)} does,
   * with {@code trialStub} billing the stub after a free trial that ends into a billing-day-aligned
   * cycle, as {@link #renew(Team, Catalog, AutoFlexPolicy, ProrationConvention, FirstStub,
   * LocalDate)} bills it.
   *
   * @param team the team
   * @param catalog the price list
   * @param flex the auto-flex policy
   * @param convention the proration convention
   * @param trialStub how a stub after a free trial is billed
   * @return the quote
   * @since 0.1.0
   */
  public static RenewalQuote quote(
      Team team,
      Catalog catalog,
      AutoFlexPolicy flex,
      ProrationConvention convention,
      FirstStub trialStub) {
    Subscription subscription = team.subscription();
    if (subscription.endsOn().isPresent() || subscription.ended() || subscription.paused()) {
      return endingQuote(team, catalog);
    }
    Priced priced = price(team, catalog, flex, convention, trialStub);
    List<InvoiceLine> overage =
        subscription
            .usage()
            .map(ledger -> UsageRules.overageLines(ledger, subscription.terms(), catalog))
            .orElse(List.of());
    Amount overageTotal = Amount.zero(team.currency());
    for (InvoiceLine line : overage) {
      overageTotal = overageTotal.plus(line.amount());
    }
    return new RenewalQuote(
        subscription.currentCycle().endExclusive(),
        priced.cycle,
        priced.terms,
        priced.lines,
        priced.total,
        overage,
        overageTotal);
  }

  /**
   * Returns the terms the next cycle starts with: the next terms, or the current ones, with seats
   * raised to the number of members. Example: 5 seats, 7 members (2 unbilled auto-flex users), no
   * instructions: {@code BASIC MONTHLY, 7 seats}; instructions "Free, 5 seats": {@code FREE
   * MONTHLY, 7 seats}.
   *
   * @param team the team
   * @return the next cycle's terms
   */
  public static Terms nextTerms(Team team) {
    Subscription subscription = team.subscription();
    Terms next = subscription.nextTerms().orElse(subscription.terms());
    return next.seats() < team.memberCount() ? next.withSeats(team.memberCount()) : next;
  }

  // --- ending a cancelled subscription (issue 11, lifecycle) ---

  /**
   * Ends a cancelled subscription on its end date: no next cycle and no seat or add-on line; the
   * overage of the usage month that ends with the term is still billed (it was used in the term).
   * Auto-flex users added in the last cycle are not billed: they would have become paid seats of
   * the next cycle, which does not come.
   */
  private static Renewal ending(Team team, Catalog catalog, LocalDate asOf) {
    Subscription subscription = team.subscription();
    UsageClosing usage = UsageRules.close(team, catalog, asOf);
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : usage.lines()) {
      total = total.plus(line.amount());
    }
    Subscription ended =
        subscription
            .withEnded(true)
            .withNextTerms(Optional.empty())
            .withUsage(Optional.empty())
            .withAutoFlexCycle(Optional.empty());
    Amount billed = total;
    DateRange last = subscription.currentCycle();
    return new Renewal(
        ended,
        usage.lines(),
        Summary.of(
            () ->
                "Ended "
                    + Lines.terms(catalog, subscription.terms())
                    + " on "
                    + asOf
                    + " at the end of "
                    + last
                    + (billed.isZero()
                        ? "; nothing more is billed"
                        : "; last usage month billed, " + billed)));
  }

  /** A cancelled or ended subscription renews into nothing: no line, an empty next cycle. */
  private static RenewalQuote endingQuote(Team team, Catalog catalog) {
    Subscription subscription = team.subscription();
    Amount zero = Amount.zero(team.currency());
    List<InvoiceLine> overage =
        subscription.ended() || subscription.paused()
            ? List.of()
            : subscription
                .usage()
                .map(ledger -> UsageRules.overageLines(ledger, subscription.terms(), catalog))
                .orElse(List.of());
    Amount overageTotal = zero;
    for (InvoiceLine line : overage) {
      overageTotal = overageTotal.plus(line.amount());
    }
    LocalDate end = subscription.currentCycle().endExclusive();
    return new RenewalQuote(
        end, DateRange.of(end, end), subscription.terms(), List.of(), zero, overage, overageTotal);
  }

  private record Priced(
      Terms terms,
      LocalDate anchor,
      DateRange cycle,
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Amount total) {}

  private static Priced price(
      Team team,
      Catalog catalog,
      AutoFlexPolicy flex,
      ProrationConvention convention,
      FirstStub trialStub) {
    Subscription subscription = team.subscription();
    Terms next = nextTerms(team);
    LocalDate renewsOn = subscription.currentCycle().endExclusive();
    // after a trial the first paid term starts, anchored on the trial's end (or the billing day)
    ScheduleProjection projection = ScheduleProjection.of(subscription);
    LocalDate anchor = projection.nextAnchor();
    DateRange period = projection.nextPeriod();
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> items = new ArrayList<>();
    Plan nextPlan = catalog.plan(next.plan());
    if (!period.start().equals(renewsOn)) {
      // a bridge to the new billing day, or a trial's stub to it: every seat, flex users included
      DateRange bridge = period.startingAt(renewsOn);
      appendStub(
          lines,
          items,
          catalog,
          convention,
          subscription.inTrial() ? trialStub : FirstStub.PRORATED,
          nextPlan,
          next,
          period,
          renewsOn);
      lines.addAll(FlexRules.renewalTrueUp(team, catalog, flex, convention));
      return new Priced(next, anchor, bridge, lines, items, sum(team, lines));
    }
    DateRange cycle = period;
    Amount seatPrice = nextPlan.seatPrice(next.frequency());
    int flexUsers = FlexRules.renewalFlexUsers(subscription, team.memberCount());
    Lines.appendBaseFee(lines, items, catalog, nextPlan, next.frequency(), cycle);
    Lines.appendWhole(
        lines,
        items,
        LineKind.PLAN_SEATS,
        catalog.texts().seats(next.plan(), next.frequency()),
        new ChargeItem.Seats(next.plan()),
        next.seats() - flexUsers,
        seatPrice,
        cycle);
    if (flexUsers > 0) {
      InvoiceLine line = FlexRules.renewalLine(flexUsers, catalog, next, cycle, team.memberCount());
      items.add(
          new BilledItem(
              new ChargeItem.Seats(next.plan()),
              flexUsers,
              cycle,
              line.amount(),
              Amount.zero(team.currency())));
      if (!line.amount().isZero()) {
        lines.add(line);
      }
    }
    // in catalog order, as changes list them
    for (ResourceId resource : Lines.blockResources(catalog, next)) {
      int blocks = next.blocks(resource);
      if (blocks > 0) {
        Lines.appendWhole(
            lines,
            items,
            LineKind.ADD_ON,
            catalog.texts().blocks(resource, next.frequency()),
            new ChargeItem.AddOnBlocks(resource),
            blocks,
            catalog.addOn(resource).price(next.frequency()),
            cycle);
      }
    }
    lines.addAll(FlexRules.renewalTrueUp(team, catalog, flex, convention));
    return new Priced(next, anchor, cycle, lines, items, sum(team, lines));
  }

  private static Amount sum(Team team, List<InvoiceLine> lines) {
    // in minor units: one amount made, not one per line
    long total = 0;
    try {
      for (int i = 0; i < lines.size(); i++) {
        total = Math.addExact(total, lines.get(i).amount().minorUnits());
      }
    } catch (ArithmeticException e) {
      // summed again by amounts, which name the sum that overflows (AMOUNT_OVERFLOW)
      Amount sum = Amount.zero(team.currency());
      for (InvoiceLine line : lines) {
        sum = sum.plus(line.amount());
      }
      return sum;
    }
    return Amount.ofMinor(total, team.currency());
  }

  /**
   * Bills {@code terms} from {@code from} to the end of {@code period} (a stub of it) as {@code
   * stub} says: pro rata over the period, nothing (the billed items record the stub at zero, so
   * nothing is ever credited for it), or as a whole period. Used for the first cycle of a team
   * created with a billing day, the stub after a trial ending into one, and the bridge after a
   * bill-cycle-day change (always pro rata).
   *
   * <p>Example: 3 Basic seats at 12.00 monthly, period {@code [2024-03-01, 2024-04-01)}, from
   * 2024-03-15: {@code 3 x 12.00 x 17/31 days = 19.74} prorated, nothing free, {@code 36.00} whole.
   *
   * @param lines where the lines are appended
   * @param items where the billed items are appended
   * @param catalog the price list
   * @param convention the proration convention
   * @param stub how the stub is billed
   * @param plan the plan of {@code terms}
   * @param terms the terms billed
   * @param period the whole period the stub ends
   * @param from the stub's first day, inside {@code period}
   * @since 0.1.0
   */
  public static void appendStub(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Catalog catalog,
      ProrationConvention convention,
      FirstStub stub,
      Plan plan,
      Terms terms,
      DateRange period,
      LocalDate from) {
    DateRange rest = period.startingAt(from);
    switch (stub) {
      case PRORATED ->
          ChangeRules.chargeTermRest(lines, items, catalog, convention, plan, terms, period, from);
      case WHOLE -> Lines.appendWholeTerms(lines, items, catalog, plan, terms, rest);
      case FREE -> {
        List<InvoiceLine> ignored = new ArrayList<>();
        List<BilledItem> free = new ArrayList<>();
        Lines.appendWholeTerms(ignored, free, catalog, plan, terms, rest);
        Amount zero = Amount.zero(catalog.currency());
        for (BilledItem item : free) {
          items.add(new BilledItem(item.item(), item.quantity(), item.servicePeriod(), zero, zero));
        }
      }
    }
  }
}
