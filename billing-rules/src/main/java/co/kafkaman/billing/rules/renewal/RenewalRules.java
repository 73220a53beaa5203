package co.kafkaman.billing.rules.renewal;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
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
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.invoicing.Lines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Worked example: Basic monthly, 5 seats and 1 monitoring block, standing instruction
 * "Professional": the renewal on 2024-04-01 bills {@code PLAN_SEATS 5 x 29.00 = 145.00} and {@code
 * ADD_ON 1 x 8.00 = 8.00} for {@code [2024-04-01, 2024-05-01)}.
 */
public final class RenewalRules {
  private RenewalRules() {}

  /**
   * A renewal: the subscription for the next cycle and the lines to invoice. The summary is
   * rendered when first read. Equality, hash code and text are those of a record of the three
   * values, the summary by its text.
   */
  public static final class Renewal {
    private final Subscription subscription;
    private final List<InvoiceLine> lines;
    private final Summary summary;

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
     * Creates the renewal with a summary rendered when first read; copies the lines.
     *
     * @param subscription the renewed subscription
     * @param lines the full-cycle lines (seats, add-on blocks); empty on Free
     * @param summary what happened
     */
    public Renewal(Subscription subscription, List<InvoiceLine> lines, Summary summary) {
      this.subscription = subscription;
      this.lines = List.copyOf(lines);
      this.summary = summary;
    }

    /**
     * Returns the renewed subscription.
     *
     * @return the subscription
     */
    public Subscription subscription() {
      return subscription;
    }

    /**
     * Returns the full-cycle lines to invoice.
     *
     * @return the lines; empty on Free
     */
    public List<InvoiceLine> lines() {
      return lines;
    }

    /**
     * Returns what happened, rendering it on first use.
     *
     * @return the summary, such as {@code "Renewed BASIC MONTHLY, 5 seats for [...], USD 60.00"}
     */
    public String summary() {
      return summary.text();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Renewal other
          && subscription.equals(other.subscription)
          && lines.equals(other.lines)
          && summary.equals(other.summary);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subscription, lines, summary());
    }

    @Override
    public String toString() {
      return "Renewal[subscription="
          + subscription
          + ", lines="
          + lines
          + ", summary="
          + summary()
          + "]";
    }
  }

  /**
   * Renews {@code team} on {@code asOf}, which must be the current cycle's end.
   *
   * @param team the team
   * @param catalog the price list
   * @param asOf the renewal date
   * @return the renewal
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code asOf} is not the cycle's end
   */
  public static Renewal renew(Team team, Catalog catalog, LocalDate asOf) {
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
    Priced priced = price(team, catalog);
    Subscription renewed =
        Subscription.builder()
            .from(subscription)
            .terms(priced.terms)
            .anchor(priced.anchor)
            .currentCycle(priced.cycle)
            .billedItems(priced.items)
            .nextTerms(Optional.empty())
            .lockedFlexSeats(0)
            .build();
    Terms terms = priced.terms;
    DateRange cycle = priced.cycle;
    Amount total = priced.total;
    return new Renewal(
        renewed,
        priced.lines,
        Summary.of(() -> "Renewed " + terms + " for " + cycle + ", " + total));
  }

  /**
   * Quotes the renewal: the lines the next renewal invoice will have if nothing changes.
   *
   * @param team the team
   * @param catalog the price list
   * @return the quote
   */
  public static RenewalQuote quote(Team team, Catalog catalog) {
    Priced priced = price(team, catalog);
    return new RenewalQuote(
        team.subscription().currentCycle().endExclusive(),
        priced.cycle,
        priced.terms,
        priced.lines,
        priced.total);
  }

  /**
   * Returns the terms the next cycle starts with: the next terms, or the current ones, with seats
   * raised to the number of members.
   *
   * @param team the team
   * @return the next cycle's terms
   */
  public static Terms nextTerms(Team team) {
    Subscription subscription = team.subscription();
    Terms next = subscription.nextTerms().orElse(subscription.terms());
    return next.seats() < team.memberCount() ? next.withSeats(team.memberCount()) : next;
  }

  private record Priced(
      Terms terms,
      LocalDate anchor,
      DateRange cycle,
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Amount total) {}

  private static Priced price(Team team, Catalog catalog) {
    Subscription subscription = team.subscription();
    Terms current = subscription.terms();
    Terms next = nextTerms(team);
    LocalDate renewsOn = subscription.currentCycle().endExclusive();
    LocalDate anchor;
    DateRange cycle;
    if (next.frequency() == current.frequency()) {
      anchor = subscription.anchor();
      CycleSchedule schedule = CycleSchedule.billingCycles(anchor, next.frequency());
      cycle = schedule.period(schedule.indexOf(subscription.currentCycle().start()) + 1);
    } else {
      anchor = renewsOn;
      cycle = CycleSchedule.billingCycles(anchor, next.frequency()).period(0);
    }
    List<InvoiceLine> lines = new ArrayList<>();
    List<BilledItem> items = new ArrayList<>();
    Lines.appendWhole(
        lines,
        items,
        LineKind.PLAN_SEATS,
        Lines.seats(next.tier(), next.frequency()),
        new ChargeItem.Seats(next.tier()),
        next.seats(),
        catalog.plan(next.tier()).seatPrice(next.frequency()),
        cycle);
    for (Map.Entry<Resource, Integer> blocks : next.addOnBlocks().entrySet()) {
      Lines.appendWhole(
          lines,
          items,
          LineKind.ADD_ON,
          Lines.addOnBlocks(blocks.getKey(), next.frequency()),
          new ChargeItem.AddOnBlocks(blocks.getKey()),
          blocks.getValue(),
          catalog.addOn(blocks.getKey()).price(next.frequency()),
          cycle);
    }
    Amount total = Amount.zero(team.currency());
    for (InvoiceLine line : lines) {
      total = total.plus(line.amount());
    }
    return new Priced(next, anchor, cycle, lines, items, total);
  }
}
