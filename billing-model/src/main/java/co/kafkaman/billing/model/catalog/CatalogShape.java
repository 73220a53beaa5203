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

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares two catalogs but for their prices: what {@link Catalog#otherCurrencies()} requires of
 * the same catalog in another currency. Package-private.
 */
final class CatalogShape {
  private CatalogShape() {}

  /**
   * Returns the first way {@code other} differs from {@code catalog} other than in its prices and
   * currency, such as {@code "plan basic offers [MONTHLY, ANNUAL] in EUR but [MONTHLY] in USD"}, or
   * null when they have the same shape.
   */
  static @Nullable String difference(Catalog catalog, Catalog other) {
    String in = " in " + catalog.currency().getCurrencyCode() + " but ";
    String code = " in " + other.currency().getCurrencyCode();
    if (!List.copyOf(catalog.plans().keySet()).equals(List.copyOf(other.plans().keySet()))) {
      return "plans " + catalog.plans().keySet() + in + other.plans().keySet() + code;
    }
    for (Plan plan : catalog.plans().values()) {
      Plan priced = other.plan(plan.id());
      String what = "plan " + plan.id() + " ";
      if (!plan.seatPrices().keySet().equals(priced.seatPrices().keySet())) {
        return what
            + "has seat prices for "
            + plan.seatPrices().keySet()
            + in
            + priced.seatPrices().keySet()
            + code;
      }
      if (!plan.baseFees().keySet().equals(priced.baseFees().keySet())) {
        return what
            + "has base fees for "
            + plan.baseFees().keySet()
            + in
            + priced.baseFees().keySet()
            + code;
      }
      if (!plan.name().equals(priced.name())
          || plan.selfServe() != priced.selfServe()
          || plan.payByInvoiceAllowed() != priced.payByInvoiceAllowed()
          || plan.autoFlexEligible() != priced.autoFlexEligible()
          || plan.minimumSeats() != priced.minimumSeats()
          || plan.trialDays() != priced.trialDays()
          || plan.trialRequiresCard() != priced.trialRequiresCard()
          || !plan.allowances().equals(priced.allowances())) {
        return what + "has other names, flags, allowances, minimum seats or trial" + code;
      }
    }
    if (!List.copyOf(catalog.resources().values())
        .equals(List.copyOf(other.resources().values()))) {
      return "resources " + catalog.resources().keySet() + in + other.resources().keySet() + code;
    }
    if (!catalog.addOns().keySet().equals(other.addOns().keySet())) {
      return "add-ons for " + catalog.addOns().keySet() + in + other.addOns().keySet() + code;
    }
    for (AddOn addOn : catalog.addOns().values()) {
      AddOn priced = other.addOn(addOn.resource());
      if (addOn.blockSize() != priced.blockSize()
          || !addOn.prices().keySet().equals(priced.prices().keySet())) {
        return "add-on " + addOn.resource() + " has another block size or frequencies" + code;
      }
    }
    if (!catalog.overagePrices().keySet().equals(other.overagePrices().keySet())) {
      return "overage prices for "
          + catalog.overagePrices().keySet()
          + in
          + other.overagePrices().keySet()
          + code;
    }
    for (Map.Entry<ResourceId, OveragePrice> entry : catalog.overagePrices().entrySet()) {
      OveragePrice overage = entry.getValue();
      OveragePrice priced = other.overagePrice(entry.getKey()).orElseThrow();
      if (overage.model() != priced.model()
          || overage.packageSize() != priced.packageSize()
          || !Objects.equals(bounds(overage), bounds(priced))) {
        return "overage of " + entry.getKey() + " has another model, package size or tiers" + code;
      }
    }
    return null;
  }

  private static List<Long> bounds(OveragePrice overage) {
    return overage.tiers().stream().map(OveragePrice.Tier::upTo).toList();
  }
}
