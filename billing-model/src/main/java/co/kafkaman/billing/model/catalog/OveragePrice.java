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
import co.kafkaman.billing.model.money.Amount;
import java.util.ArrayList;
import java.util.List;

/**
 * The pay-as-you-go price of usage past the entitlement, in one of three models (the meaning
 * Stripe, Lago and Kill Bill give them):
 *
 * <ul>
 *   <li>{@link Model#PACKAGE}: {@code price} per package of {@code packageSize} units, partial
 *       packages rounded up to whole ones. A package size of 1 is a per-unit price. USD 0.90 per
 *       1,000 monitoring requests: 2,500 billable requests are 3 packages, USD 2.70.
 *   <li>{@link Model#GRADUATED} (Stripe and Lago "graduated", Kill Bill "TIERED"): each unit is
 *       priced at the tier it falls in. Tiers 0.10 up to 1,000 and 0.08 above: 1,500 billable units
 *       cost {@code 1,000 x 0.10 + 500 x 0.08 = 140.00}.
 *   <li>{@link Model#VOLUME} (Stripe and Lago "volume"): every unit is priced at the tier the total
 *       reaches. The same tiers: 1,500 units cost {@code 1,500 x 0.08 = 120.00}; 1,000 units cost
 *       {@code 1,000 x 0.10 = 100.00}.
 * </ul>
 *
 * <p><b>What the tiers count.</b> Tiers count the <em>billable</em> units, those past the
 * entitlement (plan allowance plus add-on blocks): tier 1 starts at the first billable unit. A
 * Stripe user who prices an allowance as a free first tier ({@code up_to = 10,000, unit_amount =
 * 0}) writes the allowance here as the plan's allowance and the paid tiers shifted down by it; for
 * graduated tiers the amounts are the same. Each tier's {@code upTo} is inclusive, as Stripe's
 * {@code up_to}; the next tier starts one unit above; the last tier is unbounded ({@code upTo=inf},
 * {@link Tier#UNBOUNDED}).
 *
 * <p><b>Amounts.</b> Tier prices are amounts of the catalog currency (whole minor units), so every
 * amount is an exact product and is never rounded. Tiers have no flat fee per tier (Stripe's {@code
 * flat_amount}, Lago's flat fee): a catalog wanting one has no way to say it yet.
 *
 * <p>For the tiered models {@link #price()} is the first tier's unit price and {@link
 * #packageSize()} is 1. Immutable and thread-safe.
 *
 * @param resource the resource priced
 * @param price the price of one package (the first tier's unit price for tiered models), not
 *     negative
 * @param packageSize the units in one package, more than zero (1 for tiered models)
 * @param model how the billable units are priced
 * @param tiers the tiers, in increasing {@code upTo}, the last unbounded; empty for {@link
 *     Model#PACKAGE}
 * @since 0.1.0
 */
public record OveragePrice(
    ResourceId resource, Amount price, long packageSize, Model model, List<Tier> tiers) {

  /** Largest number of tiers one price may have. */
  public static final int MAX_TIERS = 32;

  /**
   * How billable units are priced.
   *
   * @since 0.1.0
   */
  public enum Model {
    /** A price per package of N units, partial packages rounded up (N = 1: per unit). */
    PACKAGE,
    /** Each unit priced at the tier it falls in. */
    GRADUATED,
    /** Every unit priced at the tier the total reaches. */
    VOLUME
  }

  /**
   * One tier of a tiered price: the units up to and including {@code upTo} (counted from the first
   * billable unit) that are past the previous tier's {@code upTo}, priced at {@code unitPrice}
   * each.
   *
   * @param upTo the last unit of the tier, inclusive; {@link #UNBOUNDED} for the last tier
   * @param unitPrice the price of one unit, not negative
   * @since 0.1.0
   */
  public record Tier(long upTo, Amount unitPrice) {

    /** The {@code upTo} of the last tier: no upper bound ({@code inf} in the formats). */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    /**
     * Validates the tier.
     *
     * @param upTo the last unit of the tier, more than zero
     * @param unitPrice the price of one unit, not negative
     */
    public Tier {
      BillingException.check(
          upTo > 0,
          BillingErrorCode.INVALID_CATALOG,
          "upTo",
          () -> "a tier's upTo must be positive, was " + upTo);
      BillingException.check(
          !unitPrice.isNegative(),
          BillingErrorCode.INVALID_CATALOG,
          "unitPrice",
          () -> "a tier's unit price must not be negative, was " + unitPrice);
    }

    /**
     * Returns whether the tier has no upper bound.
     *
     * @return true for the last tier
     */
    public boolean isUnbounded() {
      return upTo == UNBOUNDED;
    }
  }

  /**
   * One priced part of a charge: {@code quantity x unitPrice = amount}. A package charge has one
   * part (quantity = packages); a volume charge one (quantity = all billable units, at the tier
   * reached); a graduated charge one per tier reached.
   *
   * @param tier the tier number from 1, 0 for a package price
   * @param firstUnit the first billable unit the part covers, from 1 (0 when no unit is billable)
   * @param lastUnit the last billable unit the part covers, inclusive
   * @param quantity the packages or units charged
   * @param unitPrice the price of one package or unit
   * @param amount {@code quantity x unitPrice}, exact
   * @since 0.1.0
   */
  public record Charge(
      int tier, long firstUnit, long lastUnit, long quantity, Amount unitPrice, Amount amount) {}

  /**
   * Validates the price.
   *
   * @param resource the resource priced
   * @param price the price of one package, or the first tier's unit price
   * @param packageSize the units in one package
   * @param model how the billable units are priced
   * @param tiers the tiers, empty for {@link Model#PACKAGE}
   */
  public OveragePrice {
    BillingException.check(
        !price.isNegative(),
        BillingErrorCode.INVALID_CATALOG,
        "price",
        () -> resource + " overage price " + price + " is negative");
    BillingException.check(
        packageSize > 0,
        BillingErrorCode.INVALID_CATALOG,
        "packageSize",
        () -> resource + " overage package size must be positive, was " + packageSize);
    tiers = List.copyOf(tiers);
    checkTiers(resource, price, packageSize, model, tiers);
  }

  /**
   * Returns a package (or, for a package size of 1, per-unit) price.
   *
   * @param resource the resource priced
   * @param price the price of one package, not negative
   * @param packageSize the units in one package, more than zero
   */
  public OveragePrice(ResourceId resource, Amount price, long packageSize) {
    this(resource, price, packageSize, Model.PACKAGE, List.of());
  }

  /**
   * Returns a tiered price.
   *
   * @param resource the resource priced
   * @param model {@link Model#GRADUATED} or {@link Model#VOLUME}
   * @param tiers 1 to {@link #MAX_TIERS} tiers in increasing {@code upTo}, the last unbounded, all
   *     in one currency
   * @return the price
   * @throws BillingException {@code INVALID_CATALOG} for tiers that break those rules
   */
  public static OveragePrice tiered(ResourceId resource, Model model, List<Tier> tiers) {
    BillingException.check(
        !tiers.isEmpty(),
        BillingErrorCode.INVALID_CATALOG,
        "tiers",
        () -> resource + " " + model + " overage price needs at least one tier");
    return new OveragePrice(resource, tiers.get(0).unitPrice(), 1, model, tiers);
  }

  private static void checkTiers(
      ResourceId resource, Amount price, long packageSize, Model model, List<Tier> tiers) {
    if (model == Model.PACKAGE) {
      BillingException.check(
          tiers.isEmpty(),
          BillingErrorCode.INVALID_CATALOG,
          "tiers",
          () -> resource + " package overage price has no tiers, was given " + tiers.size());
      return;
    }
    BillingException.check(
        !tiers.isEmpty() && tiers.size() <= MAX_TIERS,
        BillingErrorCode.INVALID_CATALOG,
        "tiers",
        () ->
            resource
                + " "
                + model
                + " price needs 1 to "
                + MAX_TIERS
                + " tiers, was "
                + tiers.size());
    BillingException.check(
        packageSize == 1 && price.equals(tiers.get(0).unitPrice()),
        BillingErrorCode.INVALID_CATALOG,
        "price",
        () -> resource + " " + model + " price: price is the first tier's and package size 1");
    long previous = 0;
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      long floor = previous;
      int number = i + 1;
      BillingException.check(
          tier.upTo() > floor,
          BillingErrorCode.INVALID_CATALOG,
          "tiers." + number + ".upTo",
          () -> resource + " tier " + number + " ends at " + tier.upTo() + ", not above " + floor);
      BillingException.check(
          tier.unitPrice().isSameCurrency(price),
          BillingErrorCode.CURRENCY_MISMATCH,
          "tiers." + number + ".price",
          () ->
              resource
                  + " tier "
                  + number
                  + " price "
                  + tier.unitPrice()
                  + " is not in "
                  + price.currency());
      BillingException.check(
          tier.isUnbounded() == (number == tiers.size()),
          BillingErrorCode.INVALID_CATALOG,
          "tiers." + number + ".upTo",
          () ->
              resource
                  + ": only the last tier is unbounded (upTo=inf), tier "
                  + number
                  + " of "
                  + tiers.size()
                  + " ends at "
                  + tier.upTo());
      previous = tier.upTo();
    }
  }

  /**
   * Returns the number of whole packages that cover {@code billableUnits}, rounding up (for tiered
   * models, whose package size is 1, the units themselves).
   *
   * @param billableUnits the units past the entitlement, zero or more
   * @return the packages to charge
   */
  public long packagesFor(long billableUnits) {
    checkUnits(billableUnits);
    return billableUnits / packageSize + (billableUnits % packageSize == 0 ? 0 : 1);
  }

  /**
   * Returns whether the price has tiers ({@link Model#GRADUATED} or {@link Model#VOLUME}).
   *
   * @return true for a tiered model
   */
  public boolean isTiered() {
    return model != Model.PACKAGE;
  }

  /**
   * Returns the priced parts of {@code billableUnits}: one for a package or volume price, one per
   * tier reached for a graduated price (none when no unit is billable).
   *
   * @param billableUnits the units past the entitlement, zero or more
   * @return the parts, in tier order; their amounts sum to {@link #amountFor(long)}
   * @throws BillingException {@code INVALID_QUANTITY} for a negative count
   */
  public List<Charge> chargesFor(long billableUnits) {
    checkUnits(billableUnits);
    if (model == Model.PACKAGE) {
      long packages = packagesFor(billableUnits);
      return List.of(
          new Charge(
              0,
              Math.min(1, billableUnits),
              billableUnits,
              packages,
              price,
              price.multipliedBy(packages)));
    }
    if (model == Model.VOLUME) {
      int reached = 0;
      while (tiers.get(reached).upTo() < billableUnits) {
        reached++;
      }
      Amount unit = tiers.get(reached).unitPrice();
      return List.of(
          new Charge(
              reached + 1,
              Math.min(1, billableUnits),
              billableUnits,
              billableUnits,
              unit,
              unit.multipliedBy(billableUnits)));
    }
    List<Charge> parts = new ArrayList<>(2);
    long floor = 0;
    for (int i = 0; i < tiers.size() && floor < billableUnits; i++) {
      Tier tier = tiers.get(i);
      long last = Math.min(tier.upTo(), billableUnits);
      long units = last - floor;
      parts.add(
          new Charge(
              i + 1,
              floor + 1,
              last,
              units,
              tier.unitPrice(),
              tier.unitPrice().multipliedBy(units)));
      floor = last;
    }
    return parts;
  }

  /**
   * Returns the price of {@code billableUnits}: the sum of {@link #chargesFor(long)}.
   *
   * @param billableUnits the units past the entitlement, zero or more
   * @return the amount, exact
   * @throws BillingException {@code INVALID_QUANTITY} for a negative count
   */
  public Amount amountFor(long billableUnits) {
    Amount total = Amount.zero(price.currency());
    for (Charge charge : chargesFor(billableUnits)) {
      total = total.plus(charge.amount());
    }
    return total;
  }

  private static void checkUnits(long billableUnits) {
    BillingException.check(
        billableUnits >= 0,
        BillingErrorCode.INVALID_QUANTITY,
        "billableUnits",
        () -> "must not be negative, was " + billableUnits);
  }
}
