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
import co.kafkaman.billing.model.internal.ModelStyle;
import co.kafkaman.billing.model.money.Amount;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * The price list a host supplies: its plans (in upgrade order), the resources it meters or counts,
 * add-on block definitions and overage prices, all in one currency. The rules never hard-code a
 * plan, a resource or a price; they read them from here.
 *
 * <p>A catalog may be priced in several currencies, as Kill Bill's and Stripe's prices are: {@link
 * #otherCurrencies()} holds the same catalog (same plans, resources, flags, allowances, block sizes
 * and tiers) priced in each further currency, with prices the host sets, not converted. A team
 * bills in one currency, so the rules read one single-currency view, {@link
 * #inCurrency(CurrencyUnit)}: a EUR team on a EUR/USD catalog is billed the EUR prices.
 *
 * <p>A catalog is data: {@link CatalogFormat} reads one from a properties text, and {@link
 * #kafkamanSample()} loads the documented sample catalog shipped with the library.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Catalog {
  private static final String SAMPLE = "kafkaman-sample-catalog.properties";

  Catalog() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalog}; obtain one from {@link Catalog#builder()}. */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}
  }

  /**
   * Returns the sample kafkaman catalog (USD) shipped as {@code kafkaman-sample-catalog.properties}
   * in this package: Free, Basic (12.00 monthly / 144.00 annual per seat), Professional (29.00 /
   * 348.00) and Enterprise (99.00 / 1188.00, sales-assisted, pay by invoice). The file documents
   * every entry.
   *
   * @return the sample catalog
   */
  public static Catalog kafkamanSample() {
    try (InputStream in = Catalog.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SAMPLE);
      }
      return CatalogFormat.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLE, e);
    }
  }

  /**
   * Returns the currency of every price.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the plans by id, in ascending order: a later plan is an upgrade of an earlier one. The
   * builder keeps the order plans are put in; build from an ordered map ({@code LinkedHashMap}),
   * not a {@code HashMap}, whose order is arbitrary.
   *
   * @return the plans
   */
  public abstract Map<PlanId, Plan> plans();

  /**
   * Returns the resources by id, in the order invoices list them.
   *
   * @return the resource definitions
   */
  public abstract Map<ResourceId, Resource> resources();

  /**
   * Returns the add-on block definitions by resource.
   *
   * @return the add-ons
   */
  public abstract Map<ResourceId, AddOn> addOns();

  /**
   * Returns the overage prices by resource.
   *
   * @return the overage prices
   */
  public abstract Map<ResourceId, OveragePrice> overagePrices();

  /**
   * Returns the same catalog priced in each further currency it offers, keyed by currency: each has
   * this catalog's plans, resources, flags, allowances, add-on block sizes, overage models, package
   * sizes and tier bounds, and no further currencies of its own; only the prices differ. Empty by
   * default (one currency).
   *
   * @return the catalog in each other currency
   * @since 0.1.0
   */
  public abstract Map<CurrencyUnit, Catalog> otherCurrencies();

  /**
   * Returns every currency the catalog is priced in: {@link #currency()} first, then the others by
   * ISO code.
   *
   * @return the currencies
   * @since 0.1.0
   */
  @Value.Lazy
  public List<CurrencyUnit> currencies() {
    List<CurrencyUnit> currencies = new ArrayList<>(otherCurrencies().keySet());
    currencies.sort(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    currencies.add(0, currency());
    return List.copyOf(currencies);
  }

  /**
   * Returns whether the catalog has prices in {@code currency}.
   *
   * @param currency the currency
   * @return true for {@link #currency()} and each of {@link #otherCurrencies()}
   * @since 0.1.0
   */
  public boolean offersCurrency(CurrencyUnit currency) {
    return isPrimary(currency) || otherCurrencies().containsKey(currency);
  }

  private boolean isPrimary(CurrencyUnit currency) {
    return currency == currency()
        || currency.getCurrencyCode().equals(currency().getCurrencyCode());
  }

  /**
   * Returns the single-currency catalog a team billing in {@code currency} is priced by: this
   * catalog for {@link #currency()}, else the one {@link #otherCurrencies()} holds. O(1).
   *
   * @param currency the team's currency
   * @return the catalog priced in {@code currency}
   * @throws BillingException {@code CURRENCY_MISMATCH} when the catalog has no prices in it
   * @since 0.1.0
   */
  public Catalog inCurrency(CurrencyUnit currency) {
    if (isPrimary(currency)) {
      return this;
    }
    Catalog other = otherCurrencies().get(currency);
    if (other == null) {
      throw new BillingException(
          BillingErrorCode.CURRENCY_MISMATCH,
          "currency",
          currency.getCurrencyCode()
              + (otherCurrencies().isEmpty()
                  ? " is not the catalog currency " + currency().getCurrencyCode()
                  : " is not a currency of the catalog ("
                      + String.join(
                          ", ", currencies().stream().map(CurrencyUnit::getCurrencyCode).toList())
                      + ")"));
    }
    return other;
  }

  /**
   * Returns the plan {@code id}.
   *
   * @param id the plan's id
   * @return the plan
   * @throws BillingException {@code UNKNOWN_PLAN} if the catalog has none
   */
  public Plan plan(PlanId id) {
    Plan plan = planTable().get(id);
    if (plan == null) {
      throw new BillingException(
          BillingErrorCode.UNKNOWN_PLAN, "plan", "the catalog has no " + id + " plan");
    }
    return plan;
  }

  /**
   * Returns the resource {@code id}.
   *
   * @param id the resource's id
   * @return its definition
   * @throws BillingException {@code UNKNOWN_RESOURCE} if the catalog defines none
   */
  public Resource resource(ResourceId id) {
    Resource resource = resourceTable().get(id);
    if (resource == null) {
      throw new BillingException(
          BillingErrorCode.UNKNOWN_RESOURCE, "resource", "the catalog defines no resource " + id);
    }
    return resource;
  }

  /**
   * Returns the free plan teams are created on and cancelled to: the first plan of {@link #plans()}
   * whose every price is zero, if there is one.
   *
   * @return the free plan's id, or empty
   */
  public Optional<PlanId> freePlan() {
    for (Plan plan : plans().values()) {
      if (plan.isFree()) {
        return Optional.of(plan.id());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether moving from plan {@code from} to plan {@code to} is an upgrade: {@code to}
   * comes later in {@link #plans()}.
   *
   * @param from the current plan
   * @param to the target plan
   * @return true for an upgrade
   * @throws BillingException {@code UNKNOWN_PLAN} if either is not in the catalog
   */
  public boolean isUpgrade(PlanId from, PlanId to) {
    return rank(to) > rank(from);
  }

  /**
   * Returns the place of plan {@code id} in the upgrade order: 0 for the first plan.
   *
   * @param id the plan's id
   * @return its rank
   * @throws BillingException {@code UNKNOWN_PLAN} if the catalog has none
   */
  public int rank(PlanId id) {
    int rank = planTable().indexOf(id);
    if (rank < 0) {
      throw new BillingException(
          BillingErrorCode.UNKNOWN_PLAN, "plan", "the catalog has no " + id + " plan");
    }
    return rank;
  }

  /** The plans in upgrade order, looked up by reference first: read on every command. */
  @Value.Derived
  @Value.Auxiliary
  SmallTable<PlanId, Plan> planTable() {
    return SmallTable.copyOf(plans());
  }

  /** The resources, looked up as {@link #planTable()}. */
  @Value.Derived
  @Value.Auxiliary
  SmallTable<ResourceId, Resource> resourceTable() {
    return SmallTable.copyOf(resources());
  }

  /**
   * Returns the ids of the resources in catalog order: the keys of {@link #resources()}, as a list
   * read by index. Renewals and changes walk it for terms with blocks of several resources, since
   * invoices list blocks in this order.
   *
   * @return the ids, in the order of {@link #resources()}
   * @since 0.1.0
   */
  @Value.Derived
  @Value.Auxiliary
  public List<ResourceId> resourceIds() {
    return List.copyOf(resources().keySet());
  }

  /** The add-ons, looked up as {@link #planTable()}. */
  @Value.Derived
  @Value.Auxiliary
  SmallTable<ResourceId, AddOn> addOnTable() {
    return SmallTable.copyOf(addOns());
  }

  /**
   * Returns the add-on of {@code resource}.
   *
   * @param resource the resource
   * @return the add-on definition
   * @throws BillingException {@code UNKNOWN_ADD_ON} if the catalog has none
   */
  public AddOn addOn(ResourceId resource) {
    AddOn addOn = addOnTable().get(resource);
    if (addOn == null) {
      throw new BillingException(
          BillingErrorCode.UNKNOWN_ADD_ON, "resource", "the catalog has no add-on for " + resource);
    }
    return addOn;
  }

  /**
   * Returns the overage price of {@code resource}, if it has one.
   *
   * @param resource the resource
   * @return the overage price, or empty
   */
  public Optional<OveragePrice> overagePrice(ResourceId resource) {
    return Optional.ofNullable(overagePrices().get(resource));
  }

  /**
   * Returns the invoice texts of this catalog's names ({@code "Basic seats (monthly)"}), built on
   * first use and kept: not part of the catalog's value.
   *
   * @return the texts
   */
  @Value.Lazy
  public CatalogTexts texts() {
    return new CatalogTexts(this);
  }

  @Value.Check
  void check() {
    String code = currency().getCurrencyCode();
    plans()
        .forEach(
            (id, plan) -> {
              BillingException.check(
                  plan.id().equals(id),
                  BillingErrorCode.INVALID_CATALOG,
                  "plans." + id,
                  () -> "holds the " + plan.id() + " plan");
              plan.seatPrices().values().forEach(price -> requireCurrency(price, "plans." + id));
              plan.baseFees().values().forEach(fee -> requireCurrency(fee, "plans." + id));
              plan.allowances()
                  .keySet()
                  .forEach(resource -> requireResource(resource, "plans." + id + ".allowances"));
            });
    resources()
        .forEach(
            (id, resource) ->
                BillingException.check(
                    resource.id().equals(id),
                    BillingErrorCode.INVALID_CATALOG,
                    "resources." + id,
                    () -> "holds the " + resource.id() + " resource"));
    resources()
        .forEach(
            (id, resource) ->
                BillingException.check(
                    resource.limit() != Resource.Limit.OVERAGE_ALWAYS
                        || overagePrices().containsKey(id),
                    BillingErrorCode.INVALID_CATALOG,
                    "overagePrices." + id,
                    () -> id + " is always billed past its allowance but has no overage price"));
    addOns()
        .forEach(
            (resource, addOn) -> {
              requireResource(resource, "addOns");
              BillingException.check(
                  addOn.resource().equals(resource),
                  BillingErrorCode.INVALID_CATALOG,
                  "addOns." + resource,
                  () -> "holds the " + addOn.resource() + " add-on");
              addOn
                  .prices()
                  .values()
                  .forEach(price -> requireCurrency(price, "addOns." + resource));
            });
    overagePrices()
        .forEach(
            (resource, overage) -> {
              requireResource(resource, "overagePrices");
              BillingException.check(
                  resource(resource).isOverageBillable(),
                  BillingErrorCode.INVALID_CATALOG,
                  "overagePrices." + resource,
                  () ->
                      resource
                          + " has a "
                          + resource(resource).limit()
                          + " limit: overage is never billed");
              BillingException.check(
                  overage.resource().equals(resource),
                  BillingErrorCode.INVALID_CATALOG,
                  "overagePrices." + resource,
                  () -> "holds the " + overage.resource() + " price");
              requireCurrency(overage.price(), "overagePrices." + resource);
            });
    BillingException.check(
        !code.isEmpty(), BillingErrorCode.INVALID_CATALOG, "currency", "must not be blank");
    otherCurrencies()
        .forEach(
            (other, priced) -> {
              String field = "otherCurrencies." + other.getCurrencyCode();
              BillingException.check(
                  !other.getCurrencyCode().equals(code),
                  BillingErrorCode.INVALID_CATALOG,
                  field,
                  () -> "is the catalog currency itself");
              BillingException.check(
                  priced.currency().getCurrencyCode().equals(other.getCurrencyCode()),
                  BillingErrorCode.CURRENCY_MISMATCH,
                  field,
                  () -> "holds a catalog in " + priced.currency().getCurrencyCode());
              BillingException.check(
                  priced.otherCurrencies().isEmpty(),
                  BillingErrorCode.INVALID_CATALOG,
                  field,
                  () -> "has further currencies of its own");
              String difference = CatalogShape.difference(this, priced);
              BillingException.check(
                  difference == null,
                  BillingErrorCode.INVALID_CATALOG,
                  field,
                  () -> "is not the same catalog in another currency: " + difference);
            });
  }

  private void requireResource(ResourceId resource, String field) {
    BillingException.check(
        resources().containsKey(resource),
        BillingErrorCode.INVALID_CATALOG,
        field + "." + resource,
        () -> "the catalog defines no resource " + resource);
  }

  private void requireCurrency(Amount price, String field) {
    BillingException.check(
        price.currency().getCurrencyCode().equals(currency().getCurrencyCode()),
        BillingErrorCode.CURRENCY_MISMATCH,
        field,
        () -> price + " is not in the catalog currency " + currency().getCurrencyCode());
  }
}
