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
package co.kafkaman.billing.model.catalog;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.internal.ModelStyle;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A plan of the catalog: the host's id and display name, its prices for each billing frequency it
 * offers, the resource allowances it includes, and its flags. Where it stands in the upgrade order
 * is its place in {@link Catalog#plans()}.
 *
 * <p>A plan is priced for a frequency in one of three ways, as Stripe, Chargebee and Kill Bill
 * price a plan: <b>per seat</b> (a seat price: {@code seats x price}, optionally with {@link
 * #minimumSeats()}), a <b>flat fee</b> per period (a base fee and no seat price: the fee, whatever
 * the seats), or a <b>base fee plus seats</b> (both: {@code fee + seats x price}). A frequency is
 * offered when it has either price.
 *
 * <p>Immutable and thread-safe. Prices are never negative and all in one currency.
 *
 * <p>Example: Basic at USD 12.00 per seat monthly and USD 144.00 per seat annually, 10,000
 * monitoring requests a usage month, self-serve, auto-flex eligible. A "Team" plan at SEK 490.00 a
 * month plus SEK 99.00 a seat bills {@code 490.00 + 3 x 99.00 = 787.00} a month for 3 seats.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Plan {

  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; obtain one from {@link Plan#builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  /**
   * Returns the host's id of the plan.
   *
   * @return the id, such as {@code starter}
   */
  public abstract PlanId id();

  /**
   * Returns the name invoices and summaries print, such as {@code "Starter"}: 1 to 64 printable
   * characters. Defaults to the id.
   *
   * @return the display name
   */
  @Value.Default
  public String name() {
    return id().value();
  }

  /**
   * Returns the per-seat price for each frequency priced per seat; a frequency with only a {@link
   * #baseFees() base fee} is missing here (its seats cost nothing).
   *
   * @return the prices, keyed by frequency
   */
  public abstract Map<BillingFrequency, Amount> seatPrices();

  /**
   * Returns the base fee for each frequency that has one: billed once a cycle whatever the seats
   * (alone: a flat-fee plan; with a seat price: base fee plus seats). Empty by default.
   *
   * @return the fees, keyed by frequency
   * @since 0.1.0
   */
  public abstract Map<BillingFrequency, Amount> baseFees();

  /**
   * Returns the included allowance per resource; a resource not listed has none.
   *
   * @return the allowances, keyed by resource
   */
  public abstract Map<ResourceId, Long> allowances();

  /**
   * Returns whether teams may change to and from this plan themselves (false: sales-assisted).
   *
   * @return true when self-serve
   */
  @Value.Default
  public boolean selfServe() {
    return true;
  }

  /**
   * Returns whether teams on this plan may pay by invoice.
   *
   * @return true when pay-by-invoice is allowed
   */
  @Value.Default
  public boolean payByInvoiceAllowed() {
    return false;
  }

  /**
   * Returns whether the plan can have auto-flex at all (the effective-dated eligibility policy
   * decides when).
   *
   * @return true when auto-flex eligible
   */
  @Value.Default
  public boolean autoFlexEligible() {
    return false;
  }

  /**
   * Returns the fewest seats a team on this plan may buy (Chargebee's minimum quantity, a "5 seats
   * minimum" plan): terms with fewer seats are refused with {@code SEATS_BELOW_MINIMUM}, at
   * creation, on a change and in standing instructions, rather than billed as if the team had the
   * minimum; a team cannot hold a licence count its invoice does not show. 0 by default: no minimum
   * beyond the members the team has.
   *
   * @return the minimum, 0 to {@code InputLimits.MAX_SEATS}
   * @since 0.1.0
   */
  @Value.Default
  public int minimumSeats() {
    return 0;
  }

  // --- trials (issue 11, lifecycle) ---

  /** The longest free trial a plan may offer, in days: ten years. */
  public static final int MAX_TRIAL_DAYS = 3650;

  /**
   * Returns the days of the free trial a team created on this plan starts with, zero for none.
   * During the trial nothing is billed; the first paid cycle starts, anchored, when it ends.
   *
   * @return the trial days, 0 to {@value #MAX_TRIAL_DAYS}
   * @since 0.1.0
   */
  @Value.Default
  public int trialDays() {
    return 0;
  }

  /**
   * Returns whether the trial needs a card on file at creation (meaningful only with {@link
   * #trialDays()} above zero).
   *
   * @return true when a team cannot start the trial without a card
   * @since 0.1.0
   */
  @Value.Default
  public boolean trialRequiresCard() {
    return false;
  }

  /**
   * Returns whether a team created on this plan starts with a free trial.
   *
   * @return true when {@link #trialDays()} is above zero
   * @since 0.1.0
   */
  public boolean hasTrial() {
    return trialDays() > 0;
  }

  /**
   * Returns whether the plan offers {@code frequency}.
   *
   * @param frequency the frequency
   * @return true when a seat price or a base fee exists for it
   */
  public boolean offers(BillingFrequency frequency) {
    return seatPrices().containsKey(frequency) || baseFees().containsKey(frequency);
  }

  /**
   * Returns the frequencies the plan offers, shortest first.
   *
   * @return the frequencies with a seat price or a base fee
   * @since 0.1.0
   */
  @Value.Lazy
  public SortedSet<BillingFrequency> frequencies() {
    SortedSet<BillingFrequency> frequencies = new TreeSet<>(seatPrices().keySet());
    frequencies.addAll(baseFees().keySet());
    return Collections.unmodifiableSortedSet(frequencies);
  }

  /**
   * Returns the per-seat price for {@code frequency}: zero on a flat-fee frequency (a base fee and
   * no seat price).
   *
   * @param frequency the frequency
   * @return the price of one seat for one cycle
   * @throws BillingException {@code FREQUENCY_NOT_OFFERED} if the plan does not offer it
   */
  public Amount seatPrice(BillingFrequency frequency) {
    Amount price = seatTable().get(frequency);
    if (price == null) {
      Amount fee = feeTable().get(frequency);
      if (fee == null) {
        throw notOffered(frequency);
      }
      return zeroPrice();
    }
    return price;
  }

  /** The seat prices, looked up by reference first: read on every change and renewal. */
  @Value.Derived
  @Value.Auxiliary
  SmallTable<BillingFrequency, Amount> seatTable() {
    return SmallTable.copyOf(seatPrices());
  }

  /** The base fees, looked up as {@link #seatTable()}. */
  @Value.Derived
  @Value.Auxiliary
  SmallTable<BillingFrequency, Amount> feeTable() {
    return SmallTable.copyOf(baseFees());
  }

  /** Zero in the plan's currency, kept once: a flat-fee frequency asks for it on every change. */
  @Value.Lazy
  Amount zeroPrice() {
    return Amount.zero(
        (seatPrices().isEmpty() ? baseFees() : seatPrices()).values().iterator().next().currency());
  }

  /**
   * Returns whether {@code frequency} has a base fee.
   *
   * @param frequency the frequency
   * @return true when {@link #baseFees()} has it
   * @since 0.1.0
   */
  public boolean hasBaseFee(BillingFrequency frequency) {
    return feeTable().containsKey(frequency);
  }

  /**
   * Returns the base fee for {@code frequency}: zero on a frequency priced per seat only.
   *
   * @param frequency the frequency
   * @return the fee for one cycle
   * @throws BillingException {@code FREQUENCY_NOT_OFFERED} if the plan does not offer it
   * @since 0.1.0
   */
  public Amount baseFee(BillingFrequency frequency) {
    Amount fee = feeTable().get(frequency);
    if (fee == null) {
      seatPrice(frequency); // refuses a frequency the plan does not offer
      return zeroPrice();
    }
    return fee;
  }

  private BillingException notOffered(BillingFrequency frequency) {
    return new BillingException(
        BillingErrorCode.FREQUENCY_NOT_OFFERED,
        "frequency",
        name() + " does not offer " + frequency + " billing");
  }

  /**
   * Returns the included allowance of {@code resource}, zero when none.
   *
   * @param resource the resource
   * @return the allowance per usage month (or in total, for custom domains and integrations)
   */
  public long allowance(ResourceId resource) {
    Long allowance = allowances().get(resource);
    return allowance == null ? 0L : allowance;
  }

  /**
   * Returns whether every price of the plan is zero: a free plan.
   *
   * @return true when no frequency costs anything (no seat price, no base fee)
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isFree() {
    for (Amount price : seatPrices().values()) {
      if (!price.isZero()) {
        return false;
      }
    }
    for (Amount fee : baseFees().values()) {
      if (!fee.isZero()) {
        return false;
      }
    }
    return true;
  }

  private void checkPrices(String field, Map<BillingFrequency, Amount> prices, Amount first) {
    prices.forEach(
        (frequency, price) -> {
          BillingException.check(
              !price.isNegative(),
              BillingErrorCode.INVALID_CATALOG,
              field + "." + frequency,
              () -> id() + " price " + price + " is negative");
          BillingException.check(
              price.isSameCurrency(first),
              BillingErrorCode.CURRENCY_MISMATCH,
              field + "." + frequency,
              () -> id() + " price " + price + " is not in " + first.currency());
        });
  }

  @Value.Check
  void check() {
    Resource.checkName(id(), "name", name());
    BillingException.check(
        !seatPrices().isEmpty() || !baseFees().isEmpty(),
        BillingErrorCode.INVALID_CATALOG,
        "seatPrices",
        () -> id() + " offers no billing frequency (no seat price and no base fee)");
    Amount first = (seatPrices().isEmpty() ? baseFees() : seatPrices()).values().iterator().next();
    checkPrices("seatPrices", seatPrices(), first);
    checkPrices("baseFees", baseFees(), first);
    BillingException.check(
        minimumSeats() >= 0 && minimumSeats() <= InputLimits.MAX_SEATS,
        BillingErrorCode.INVALID_CATALOG,
        "minimumSeats",
        () ->
            id()
                + " minimum of "
                + minimumSeats()
                + " seats is outside 0 to "
                + InputLimits.MAX_SEATS);
    BillingException.check(
        trialDays() >= 0 && trialDays() <= MAX_TRIAL_DAYS,
        BillingErrorCode.INVALID_CATALOG,
        "trialDays",
        () -> id() + " trial of " + trialDays() + " days is outside 0 to " + MAX_TRIAL_DAYS);
    allowances()
        .forEach(
            (resource, allowance) ->
                BillingException.check(
                    allowance >= 0,
                    BillingErrorCode.INVALID_CATALOG,
                    "allowances." + resource,
                    () -> "must not be negative, was " + allowance));
  }
}
