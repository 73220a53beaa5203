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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.catalog.AddOn;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Catalogs a host could have written, none of them kafkaman's: the generator behind {@link
 * CatalogGen#hostCatalogs(CurrencyUnit)}.
 */
final class HostCatalogs {
  // plan ids and names hosts use; the generator suffixes ids to make them its own
  private static final List<String> PLAN_NAMES =
      List.of("Starter", "Team", "Growth", "Scale", "Pro", "Business", "Hobby", "Plus");
  private static final List<String[]> RESOURCE_NAMES =
      List.of(
          new String[] {"build-minutes", "build minute", "build minutes"},
          new String[] {"api_calls", "API call", "API calls"},
          new String[] {"GB-stored", "GB stored", "GB stored"},
          new String[] {"seats.projects", "project", "projects"},
          new String[] {"workspaces", "workspace", "workspaces"},
          new String[] {"sms", "SMS = text message", "SMS: text messages"},
          new String[] {"Übersetzungen", "Übersetzung", "Übersetzungen"});
  // every frequency a host may bill at, week- and month-based, the odd P4M and P5W included
  private static final List<BillingFrequency> FREQUENCIES =
      List.of(
          BillingFrequency.WEEKLY,
          BillingFrequency.BIWEEKLY,
          BillingFrequency.MONTHLY,
          BillingFrequency.QUARTERLY,
          BillingFrequency.SEMI_ANNUAL,
          BillingFrequency.ANNUAL,
          BillingFrequency.ofMonths(4),
          BillingFrequency.ofWeeks(5));

  private static final Gen<CurrencyUnit> OTHER_CURRENCIES = MoneyGen.currencies();
  private static final Gen<Integer> TRIALS = CatalogGen.trialDays();

  private HostCatalogs() {}

  static Gen<Catalog> catalogs(CurrencyUnit currency) {
    // catalog-sized prices (up to 10,000 a unit): huge ones would only test AMOUNT_OVERFLOW
    Gen<Amount> prices = CatalogGen.seatPrices(currency);
    Gen<Integer> small = Generate.range(0, 1_000);
    return in -> {
      Map<ResourceId, Resource> resources = resources(in);
      Catalog.Builder builder = Catalog.builder().currency(currency).resources(resources);
      List<BillingFrequency> offered = frequencies(in);
      int plans = 1 + (int) pick(in, 4);
      boolean free = pick(in, 4) > 0;
      List<String> names = new ArrayList<>(PLAN_NAMES);
      for (int i = 0; i < plans + (free ? 1 : 0); i++) {
        String name = names.remove((int) pick(in, names.size()));
        PlanId id = PlanId.of(name.toLowerCase(java.util.Locale.ROOT) + "-" + small.generate(in));
        boolean isFree = free && i == 0;
        // paid plans: per seat, a flat fee, or a base fee plus seats, one in three each
        long model = isFree ? 0 : pick(in, 3);
        Map<BillingFrequency, Amount> seatPrices = new TreeMap<>();
        Map<BillingFrequency, Amount> baseFees = new TreeMap<>();
        for (BillingFrequency frequency : offered) {
          if (seatPrices.isEmpty() && baseFees.isEmpty() || pick(in, 3) > 0) {
            if (model != 1) {
              seatPrices.put(frequency, isFree ? Amount.zero(currency) : prices.generate(in));
            }
            if (model != 0) {
              baseFees.put(frequency, prices.generate(in));
            }
          }
        }
        boolean last = i == plans + (free ? 1 : 0) - 1;
        boolean sales = last && !isFree && pick(in, 2) == 0;
        Map<ResourceId, Long> allowances = new TreeMap<>();
        for (ResourceId resource : resources.keySet()) {
          if (pick(in, 4) > 0) {
            allowances.put(resource, (long) pick(in, 3) * 5 * (i + 1) * 1_000L);
          }
        }
        builder.putPlans(
            id,
            Plan.builder()
                .id(id)
                .name(pick(in, 4) == 0 ? name + " (" + i + ")" : name)
                .seatPrices(seatPrices)
                .baseFees(baseFees)
                .allowances(allowances)
                .selfServe(!sales)
                .payByInvoiceAllowed(sales || pick(in, 4) == 0)
                .autoFlexEligible(!isFree && pick(in, 3) == 0)
                .trialDays(isFree ? 0 : TRIALS.generate(in))
                .trialRequiresCard(pick(in, 2) == 0)
                .minimumSeats(isFree || pick(in, 5) > 0 ? 0 : 2 + (int) pick(in, 4))
                .build());
      }
      for (Resource resource : resources.values()) {
        if (pick(in, 2) == 0) {
          Map<BillingFrequency, Amount> blockPrices = new TreeMap<>();
          for (BillingFrequency frequency : offered) {
            blockPrices.put(frequency, prices.generate(in));
          }
          long size = List.of(1L, 100L, 1_000L, 10_000L).get((int) pick(in, 4));
          builder.putAddOns(resource.id(), new AddOn(resource.id(), size, blockPrices));
        }
        boolean billable = resource.isOverageBillable();
        if (billable && (resource.limit() == Resource.Limit.OVERAGE_ALWAYS || pick(in, 3) > 0)) {
          long size = List.of(1L, 1_000L, 250L).get((int) pick(in, 3));
          // graduated or volume tiers one time in three, else a price per package
          builder.putOveragePrices(
              resource.id(),
              pick(in, 3) == 0
                  ? CatalogGen.tieredOveragePrices(resource.id(), currency).generate(in)
                  : new OveragePrice(resource.id(), prices.generate(in), size));
        }
      }
      Catalog catalog = builder.build();
      // one catalog in four is priced in a second currency too, with prices of its own
      if (pick(in, 4) > 0) {
        return catalog;
      }
      CurrencyUnit other = OTHER_CURRENCIES.generate(in);
      if (other.getCurrencyCode().equals(currency.getCurrencyCode())) {
        return catalog;
      }
      return Catalog.builder()
          .from(catalog)
          .putOtherCurrencies(other, repriced(catalog, other, CatalogGen.seatPrices(other), in))
          .build();
    };
  }

  /**
   * Returns {@code catalog} with every price replaced by one generated in {@code currency} (a zero
   * price stays zero, so a free plan stays free): the same catalog in another currency.
   */
  private static Catalog repriced(
      Catalog catalog, CurrencyUnit currency, Gen<Amount> prices, RandomnessSource in) {
    java.util.function.UnaryOperator<Amount> price =
        amount -> amount.isZero() ? Amount.zero(currency) : prices.generate(in);
    Catalog.Builder builder = Catalog.builder().from(catalog).currency(currency);
    builder.plans(new LinkedHashMap<>());
    for (Plan plan : catalog.plans().values()) {
      Map<BillingFrequency, Amount> seats = new TreeMap<>();
      plan.seatPrices().forEach((f, amount) -> seats.put(f, price.apply(amount)));
      Map<BillingFrequency, Amount> fees = new TreeMap<>();
      plan.baseFees().forEach((f, amount) -> fees.put(f, price.apply(amount)));
      builder.putPlans(
          plan.id(), Plan.builder().from(plan).seatPrices(seats).baseFees(fees).build());
    }
    builder.addOns(new LinkedHashMap<>());
    for (AddOn addOn : catalog.addOns().values()) {
      Map<BillingFrequency, Amount> blockPrices = new TreeMap<>();
      addOn.prices().forEach((f, amount) -> blockPrices.put(f, price.apply(amount)));
      builder.putAddOns(
          addOn.resource(), new AddOn(addOn.resource(), addOn.blockSize(), blockPrices));
    }
    builder.overagePrices(new LinkedHashMap<>());
    for (OveragePrice overage : catalog.overagePrices().values()) {
      OveragePrice repriced =
          overage.isTiered()
              ? OveragePrice.tiered(
                  overage.resource(),
                  overage.model(),
                  overage.tiers().stream()
                      .map(t -> new OveragePrice.Tier(t.upTo(), price.apply(t.unitPrice())))
                      .toList())
              : new OveragePrice(
                  overage.resource(), price.apply(overage.price()), overage.packageSize());
      builder.putOveragePrices(overage.resource(), repriced);
    }
    return builder.build();
  }

  private static Map<ResourceId, Resource> resources(RandomnessSource in) {
    int count = (int) pick(in, 4);
    List<String[]> names = new ArrayList<>(RESOURCE_NAMES);
    Map<ResourceId, Resource> resources = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String[] name = names.remove((int) pick(in, names.size()));
      String id = name[0].replace('Ü', 'U').replace('.', '_');
      Resource.Measure measure =
          pick(in, 3) == 0 ? Resource.Measure.IN_USE : Resource.Measure.METERED;
      Resource.Limit[] limits = Resource.Limit.values();
      Resource.Limit limit = limits[(int) pick(in, limits.length)];
      resources.put(ResourceId.of(id), Resource.of(id, name[1], name[2], measure, limit));
    }
    return resources;
  }

  private static List<BillingFrequency> frequencies(RandomnessSource in) {
    List<BillingFrequency> offered = new ArrayList<>();
    offered.add(FREQUENCIES.get((int) pick(in, FREQUENCIES.size())));
    for (BillingFrequency frequency : FREQUENCIES) {
      if (!offered.contains(frequency) && pick(in, 4) == 0) {
        offered.add(frequency);
      }
    }
    return offered;
  }

  /** A number in [0, bound). */
  private static long pick(RandomnessSource in, int bound) {
    return Generate.range(0, bound - 1).generate(in);
  }
}
