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
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * The price list a host supplies: plans, add-on block definitions and overage prices, all in one
 * currency. The rules never hard-code a price; they read it from here.
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
   * Returns the plans by tier.
   *
   * @return the plans
   */
  public abstract Map<PlanTier, Plan> plans();

  /**
   * Returns the add-on block definitions by resource.
   *
   * @return the add-ons
   */
  public abstract Map<Resource, AddOn> addOns();

  /**
   * Returns the overage prices by resource.
   *
   * @return the overage prices
   */
  public abstract Map<Resource, OveragePrice> overagePrices();

  /**
   * Returns the plan of {@code tier}.
   *
   * @param tier the tier
   * @return the plan
   * @throws BillingException {@code UNKNOWN_PLAN} if the catalog has none
   */
  public Plan plan(PlanTier tier) {
    Plan plan = plans().get(tier);
    if (plan == null) {
      throw new BillingException(
          BillingErrorCode.UNKNOWN_PLAN, "plan", "the catalog has no " + tier + " plan");
    }
    return plan;
  }

  /**
   * Returns the add-on of {@code resource}.
   *
   * @param resource the resource
   * @return the add-on definition
   * @throws BillingException {@code UNKNOWN_ADD_ON} if the catalog has none
   */
  public AddOn addOn(Resource resource) {
    AddOn addOn = addOns().get(resource);
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
  public Optional<OveragePrice> overagePrice(Resource resource) {
    return Optional.ofNullable(overagePrices().get(resource));
  }

  @Value.Check
  void check() {
    String code = currency().getCurrencyCode();
    plans()
        .forEach(
            (tier, plan) -> {
              BillingException.check(
                  plan.tier() == tier,
                  BillingErrorCode.INVALID_CATALOG,
                  "plans." + tier,
                  () -> "holds the " + plan.tier() + " plan");
              plan.seatPrices().values().forEach(price -> requireCurrency(price, "plans." + tier));
            });
    addOns()
        .forEach(
            (resource, addOn) -> {
              BillingException.check(
                  addOn.resource() == resource,
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
              BillingException.check(
                  overage.resource() == resource,
                  BillingErrorCode.INVALID_CATALOG,
                  "overagePrices." + resource,
                  () -> "holds the " + overage.resource() + " price");
              requireCurrency(overage.price(), "overagePrices." + resource);
            });
    BillingException.check(
        !code.isEmpty(), BillingErrorCode.INVALID_CATALOG, "currency", "must not be blank");
  }

  private void requireCurrency(Amount price, String field) {
    BillingException.check(
        price.currency().getCurrencyCode().equals(currency().getCurrencyCode()),
        BillingErrorCode.CURRENCY_MISMATCH,
        field,
        () -> price + " is not in the catalog currency " + currency().getCurrencyCode());
  }
}
