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
package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.AddOn;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * Reads the {@code catalog:} of a scenario: {@code sample}, {@code file: x.properties} or inline.
 */
final class CatalogReader {
  private static final Set<String> INLINE =
      Set.of("currency", "currencies", "plans", "resources", "addOns", "overage");
  // price keys: the frequency each names
  private static final Map<String, BillingFrequency> PRICES =
      Map.of(
          "weekly", BillingFrequency.WEEKLY,
          "biweekly", BillingFrequency.BIWEEKLY,
          "monthly", BillingFrequency.MONTHLY,
          "quarterly", BillingFrequency.QUARTERLY,
          "semiAnnual", BillingFrequency.SEMI_ANNUAL,
          "annual", BillingFrequency.ANNUAL);
  private static final Set<String> PLAN =
      union(
          PRICES.keySet(),
          "name",
          "selfServe",
          "payByInvoice",
          "autoFlex",
          "allowances",
          "trialDays",
          "trialRequiresCard",
          "minimumSeats",
          "baseFee");
  private static final Set<String> RESOURCE = Set.of("singular", "plural", "measure", "limit");
  private static final Set<String> ADD_ON = union(PRICES.keySet(), "blockSize");
  private static final Set<String> OVERAGE = Set.of("price", "packageSize", "model", "tiers");
  private static final Set<String> TIER = Set.of("upTo", "price");

  private CatalogReader() {}

  private static Set<String> union(Set<String> keys, String... more) {
    Set<String> all = new java.util.HashSet<>(keys);
    all.addAll(Set.of(more));
    return Set.copyOf(all);
  }

  static Catalog read(ScenarioNode value, Path directory) {
    if (value.isScalar()) {
      if (!value.text().equalsIgnoreCase("sample")) {
        throw value.error(
            "'"
                + value.text()
                + "' is not a catalog; write 'sample', 'file: <name>.properties' or the"
                + " catalog inline");
      }
      return Catalog.kafkamanSample();
    }
    Map<String, ScenarioNode> entries = value.entries();
    if (entries.containsKey("file")) {
      value.entries(Set.of("file"));
      ScenarioNode file = value.get("file");
      Path path = directory.resolve(file.text());
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        return CatalogFormat.read(reader);
      } catch (IOException e) {
        throw file.error("cannot read " + path + ": " + e.getMessage());
      } catch (BillingException e) {
        throw file.error(path.getFileName() + ": " + e.getMessage());
      }
    }
    return inline(value);
  }

  private static Catalog inline(ScenarioNode value) {
    Map<String, ScenarioNode> entries = value.entries(INLINE);
    CurrencyUnit catalogCurrency = currency(value.get("currency"));
    Map<String, CurrencyUnit> currencies = new LinkedHashMap<>();
    currencies.put(catalogCurrency.getCurrencyCode(), catalogCurrency);
    ScenarioNode listed = entries.get("currencies");
    if (listed != null && !listed.isNull()) {
      for (ScenarioNode code : listed.elements()) {
        CurrencyUnit other = currency(code);
        currencies.put(other.getCurrencyCode(), other);
      }
    }
    Catalog catalog =
        inline(value, entries, new Pass(catalogCurrency, catalogCurrency, currencies));
    Map<CurrencyUnit, Catalog> others = new LinkedHashMap<>();
    for (CurrencyUnit other : currencies.values()) {
      if (!other.equals(catalogCurrency)) {
        others.put(other, inline(value, entries, new Pass(other, catalogCurrency, currencies)));
      }
    }
    return others.isEmpty()
        ? catalog
        : build(value, () -> Catalog.builder().from(catalog).otherCurrencies(others).build());
  }

  /**
   * One reading of the inline catalog, priced in {@code currency.currency()}: a price is a number
   * in the catalog currency or, in a catalog of several currencies, a mapping {@code {EUR: 12.00,
   * USD: 13.00}} giving it in each.
   */
  private record Pass(
      CurrencyUnit currency, CurrencyUnit catalogCurrency, Map<String, CurrencyUnit> currencies) {
    Amount amount(ScenarioNode price) {
      String code = currency.getCurrencyCode();
      if (price.isScalar()) {
        if (!currency.equals(catalogCurrency)) {
          throw price.error(
              "gives no "
                  + code
                  + " price: a catalog in "
                  + String.join(", ", currencies.keySet())
                  + " prices each as {"
                  + String.join(": ..., ", currencies.keySet())
                  + ": ...}");
        }
        return price.asAmount(currency);
      }
      Map<String, ScenarioNode> byCurrency = price.entries(currencies.keySet());
      ScenarioNode in = byCurrency.get(code);
      if (in == null) {
        throw price.error("gives no " + code + " price");
      }
      return in.asAmount(currency);
    }
  }

  private static Catalog inline(
      ScenarioNode value, Map<String, ScenarioNode> entries, Pass currency) {
    Catalog.Builder builder = Catalog.builder().currency(currency.currency());
    for (ScenarioNode plan : value.get("plans").entries().values()) {
      PlanId tier = id(plan, () -> PlanId.of(lastKey(plan)));
      builder.putPlans(tier, plan(tier, plan, currency));
    }
    Map<ResourceId, Resource> resources = new LinkedHashMap<>();
    ScenarioNode defined = entries.get("resources");
    if (defined != null && !defined.isNull()) {
      for (ScenarioNode resource : defined.entries().values()) {
        ResourceId id = id(resource, () -> ResourceId.of(lastKey(resource)));
        resources.put(id, resource(id, resource));
      }
    }
    ScenarioNode addOns = entries.get("addOns");
    if (addOns != null && !addOns.isNull()) {
      for (ScenarioNode addOn : addOns.entries().values()) {
        ResourceId resource = named(resources, addOn, lastKey(addOn));
        Map<String, ScenarioNode> fields = addOn.entries(ADD_ON);
        Map<BillingFrequency, Amount> prices = prices(fields, currency);
        builder.putAddOns(
            resource,
            build(addOn, () -> new AddOn(resource, addOn.get("blockSize").asLong(), prices)));
      }
    }
    ScenarioNode overages = entries.get("overage");
    if (overages != null && !overages.isNull()) {
      for (ScenarioNode overage : overages.entries().values()) {
        ResourceId resource = named(resources, overage, lastKey(overage));
        Map<String, ScenarioNode> fields = overage.entries(OVERAGE);
        OveragePrice.Model model =
            fields.containsKey("model")
                ? fields.get("model").asEnum(OveragePrice.Model.class)
                : OveragePrice.Model.PACKAGE;
        if (model != OveragePrice.Model.PACKAGE) {
          builder.putOveragePrices(
              resource, tieredPrice(overage, fields, resource, model, currency));
          continue;
        }
        Amount price = currency.amount(overage.get("price"));
        long size = fields.containsKey("packageSize") ? fields.get("packageSize").asLong() : 1;
        builder.putOveragePrices(
            resource, build(overage, () -> new OveragePrice(resource, price, size)));
      }
    }
    for (ScenarioNode plan : value.get("plans").entries().values()) {
      ScenarioNode allowances = plan.entries().get("allowances");
      if (allowances != null && !allowances.isNull()) {
        allowances.entries().values().forEach(a -> named(resources, a, lastKey(a)));
      }
    }
    builder.putAllResources(resources);
    return build(value, builder::build);
  }

  /**
   * Returns the resource {@code id} names: defined in the scenario's {@code resources}, or else the
   * kafkaman sample's resource of that id, which is then added to {@code resources}.
   */
  private static ResourceId named(
      Map<ResourceId, Resource> resources, ScenarioNode node, String id) {
    ResourceId resource = id(node, () -> ResourceId.of(id));
    if (!resources.containsKey(resource)) {
      Resource sample = Catalog.kafkamanSample().resources().get(resource);
      if (sample == null) {
        throw node.error(
            "'" + id + "' is not defined under resources: (singular, plural, measure, limit)");
      }
      resources.put(resource, sample);
    }
    return resource;
  }

  private static Resource resource(ResourceId id, ScenarioNode resource) {
    resource.entries(RESOURCE);
    Resource.Measure measure = resource.get("measure").asEnum(Resource.Measure.class);
    Resource.Limit limit = resource.get("limit").asEnum(Resource.Limit.class);
    return build(
        resource,
        () ->
            new Resource(
                id,
                resource.get("singular").text(),
                resource.get("plural").text(),
                measure,
                limit));
  }

  private static <T> T id(ScenarioNode node, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (BillingException e) {
      throw node.error(String.valueOf(e.getMessage()));
    }
  }

  private static Plan plan(PlanId tier, ScenarioNode plan, Pass currency) {
    Map<String, ScenarioNode> fields = plan.entries(PLAN);
    Plan.Builder builder = Plan.builder().id(tier).seatPrices(prices(fields, currency));
    ScenarioNode baseFee = fields.get("baseFee");
    if (baseFee != null && !baseFee.isNull()) {
      builder.baseFees(prices(baseFee.entries(PRICES.keySet()), currency));
    }
    if (fields.containsKey("name")) {
      builder.name(fields.get("name").text());
    }
    if (fields.containsKey("selfServe")) {
      builder.selfServe(fields.get("selfServe").asBoolean());
    }
    if (fields.containsKey("payByInvoice")) {
      builder.payByInvoiceAllowed(fields.get("payByInvoice").asBoolean());
    }
    if (fields.containsKey("autoFlex")) {
      builder.autoFlexEligible(fields.get("autoFlex").asBoolean());
    }
    if (fields.containsKey("trialDays")) {
      builder.trialDays(fields.get("trialDays").asInt());
    }
    if (fields.containsKey("minimumSeats")) {
      builder.minimumSeats(fields.get("minimumSeats").asInt());
    }
    if (fields.containsKey("trialRequiresCard")) {
      builder.trialRequiresCard(fields.get("trialRequiresCard").asBoolean());
    }
    ScenarioNode allowances = fields.get("allowances");
    if (allowances != null && !allowances.isNull()) {
      for (ScenarioNode allowance : allowances.entries().values()) {
        builder.putAllowances(
            id(allowance, () -> ResourceId.of(lastKey(allowance))), allowance.asLong());
      }
    }
    return build(plan, builder::build);
  }

  private static Map<BillingFrequency, Amount> prices(
      Map<String, ScenarioNode> fields, Pass currency) {
    Map<BillingFrequency, Amount> prices = new TreeMap<>();
    PRICES.forEach(
        (key, frequency) -> {
          if (fields.containsKey(key)) {
            prices.put(frequency, currency.amount(fields.get(key)));
          }
        });
    return prices;
  }

  static CurrencyUnit currency(ScenarioNode value) {
    try {
      return Currencies.of(value.text().toUpperCase(java.util.Locale.ROOT));
    } catch (BillingException e) {
      throw value.error("'" + value.text() + "' is not an ISO 4217 currency code");
    }
  }

  static String lastKey(ScenarioNode node) {
    return node.path().substring(node.path().lastIndexOf('.') + 1);
  }

  /**
   * Reads {@code model: GRADUATED} (or {@code VOLUME}) with {@code tiers:}, a list of {@code {upTo:
   * 1000, price: 0.10}}, the last {@code upTo: inf}.
   */
  private static OveragePrice tieredPrice(
      ScenarioNode overage,
      Map<String, ScenarioNode> fields,
      ResourceId resource,
      OveragePrice.Model model,
      Pass currency) {
    if (fields.containsKey("price") || fields.containsKey("packageSize")) {
      throw overage.error("a " + model + " price is given by its tiers only");
    }
    java.util.List<OveragePrice.Tier> tiers = new java.util.ArrayList<>();
    for (ScenarioNode tier : overage.get("tiers").elements()) {
      tier.entries(TIER);
      ScenarioNode upTo = tier.get("upTo");
      long last = upTo.text().equals("inf") ? OveragePrice.Tier.UNBOUNDED : upTo.asLong();
      Amount price = currency.amount(tier.get("price"));
      tiers.add(build(tier, () -> new OveragePrice.Tier(last, price)));
    }
    return build(overage, () -> OveragePrice.tiered(resource, model, tiers));
  }

  private static <T> T build(ScenarioNode at, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (BillingException e) {
      throw at.error(String.valueOf(e.getMessage()));
    }
  }
}
