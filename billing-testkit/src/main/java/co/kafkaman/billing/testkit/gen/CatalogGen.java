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
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of price lists, valid by construction: every catalog has a Free plan offering monthly
 * and annual at zero, so any team can be created on it; paid tiers offer monthly and usually
 * annual; Enterprise, when present, is sales-assisted and allows pay by invoice; add-ons and
 * overage prices exist for some resources. Prices are in one currency, JPY and BHD included.
 *
 * <p>Example: {@code CatalogGen.catalogs()} yields, among others, a JPY catalog with Basic at
 * {@code JPY 1} a seat (one minor unit) and a BHD catalog whose annual Professional price is {@code
 * BHD 12.345}.
 *
 * @since 0.1.0
 */
public final class CatalogGen {
  // the kafkaman sample's resources, which every generated catalog defines
  private static final Map<ResourceId, Resource> SAMPLE_RESOURCES =
      Catalog.kafkamanSample().resources();

  private CatalogGen() {}

  /**
   * Returns catalogs in a currency of {@link MoneyGen#currencies()}.
   *
   * @return the generator
   */
  public static Gen<Catalog> catalogs() {
    return MoneyGen.currencies().flatMap(CatalogGen::catalogs);
  }

  /**
   * Returns catalogs in {@code currency}.
   *
   * @param currency the currency of every price
   * @return the generator
   */
  public static Gen<Catalog> catalogs(CurrencyUnit currency) {
    Gen<Plan> basic = plans(KafkamanSample.BASIC, currency);
    Gen<Plan> professional = plans(KafkamanSample.PROFESSIONAL, currency);
    Gen<Plan> enterprise = plans(KafkamanSample.ENTERPRISE, currency);
    Gen<Boolean> withEnterprise = Generate.booleans();
    Gen<List<AddOn>> addOns = addOnLists(currency);
    Gen<List<OveragePrice>> overages = overageLists(currency);
    return in -> {
      Catalog.Builder builder =
          Catalog.builder()
              .currency(currency)
              .putAllResources(SAMPLE_RESOURCES)
              .putPlans(KafkamanSample.FREE, free(currency))
              .putPlans(KafkamanSample.BASIC, basic.generate(in))
              .putPlans(KafkamanSample.PROFESSIONAL, professional.generate(in));
      if (withEnterprise.generate(in)) {
        builder.putPlans(KafkamanSample.ENTERPRISE, enterprise.generate(in));
      }
      addOns.generate(in).forEach(addOn -> builder.putAddOns(addOn.resource(), addOn));
      overages.generate(in).forEach(price -> builder.putOveragePrices(price.resource(), price));
      return builder.build();
    };
  }

  /**
   * Returns catalogs a host could have written, in a currency of {@link MoneyGen#currencies()}: see
   * {@link #hostCatalogs(CurrencyUnit)}.
   *
   * @return the generator
   */
  public static Gen<Catalog> hostCatalogs() {
    return MoneyGen.currencies().flatMap(CatalogGen::hostCatalogs);
  }

  /**
   * Returns catalogs a host could have written, sharing nothing with the kafkaman sample: 1 to 4
   * paid plans with the host's ids and display names ({@code starter-17}, "Starter"), a free plan
   * first three times in four, the last plan sometimes sales-assisted; billing frequencies from
   * weekly to annual, {@code P4M} and {@code P5W} included, each plan offering one or more of the
   * catalog's, each paid plan priced per seat, by a flat fee or by a base fee plus seats (one in
   * three each), with trials ({@link #trialDays()}) and sometimes a minimum of 2 to 5 seats; one
   * catalog in four priced in a second currency too; 0 to 3 resources with their own ids and
   * singular and plural names (Unicode and characters such as {@code '='} and {@code ':'}
   * included), metered or counted in use, with any {@link
   * co.kafkaman.billing.model.catalog.Resource.Limit}; allowances, add-on blocks and overage prices
   * (always for resources billed past their allowance; graduated or volume tiers one time in
   * three).
   *
   * <p>Example: a EUR catalog with {@code hobby-3} "Hobby" (free, biweekly), {@code team-512}
   * "Team" at {@code EUR 7.31} a seat biweekly and {@code EUR 90.00} every 4 months, and the
   * resource {@code build-minutes} ("build minute" / "build minutes", metered, overage always,
   * {@code EUR 0.40} per 1,000).
   *
   * @param currency the currency of every price
   * @return the generator
   */
  public static Gen<Catalog> hostCatalogs(CurrencyUnit currency) {
    return HostCatalogs.catalogs(currency);
  }

  /**
   * Returns plans of {@code tier}: Free at zero (monthly and annual); paid tiers at a per-seat
   * monthly price and, three times in four, an annual one (twelve times the monthly price, ten
   * times it, or any); Enterprise sales-assisted with pay by invoice; allowances for every
   * resource; one paid plan in four with a free trial ({@link #trialDays()}), requiring a card or
   * not; one plan in five with a minimum of 2 to 5 seats.
   *
   * @param tier the tier
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Plan> plans(PlanId tier, CurrencyUnit currency) {
    if (tier.equals(KafkamanSample.FREE)) {
      return Generate.constant(free(currency));
    }
    Gen<Amount> monthly = seatPrices(currency);
    Gen<Integer> annualKind = Generate.range(0, 3);
    Gen<Amount> any = seatPrices(currency);
    Gen<Map<ResourceId, Long>> allowances = allowances();
    Gen<Boolean> autoFlex = Generate.booleans();
    Gen<Integer> trialDays = trialDays();
    Gen<Boolean> trialRequiresCard = Generate.booleans();
    // no minimum four times in five, else a minimum of 2 to 5 seats
    Gen<Integer> minimumSeats =
        Generate.frequency(
            List.of(Pair.of(4, Generate.constant(0)), Pair.of(1, Generate.range(2, 5))));
    return in -> {
      Amount month = monthly.generate(in);
      Map<BillingFrequency, Amount> prices = new TreeMap<>();
      prices.put(BillingFrequency.MONTHLY, month);
      switch (annualKind.generate(in)) {
        case 0 -> prices.put(BillingFrequency.ANNUAL, month.multipliedBy(12));
        case 1 -> prices.put(BillingFrequency.ANNUAL, month.multipliedBy(10));
        case 2 -> prices.put(BillingFrequency.ANNUAL, any.generate(in));
        default -> {
          // monthly only
        }
      }
      boolean enterprise = tier.equals(KafkamanSample.ENTERPRISE);
      return Plan.builder()
          .id(tier)
          .name(name(tier))
          .seatPrices(prices)
          .allowances(allowances.generate(in))
          .selfServe(!enterprise)
          .payByInvoiceAllowed(enterprise)
          .autoFlexEligible(!enterprise && autoFlex.generate(in))
          .trialDays(trialDays.generate(in))
          .trialRequiresCard(trialRequiresCard.generate(in))
          .minimumSeats(minimumSeats.generate(in))
          .build();
    };
  }

  /**
   * Returns free-trial lengths: none three times in four, else 1 to 30 days (7 and 14 often).
   *
   * @return the generator of {@code Plan.trialDays()}
   * @since 0.1.0
   */
  public static Gen<Integer> trialDays() {
    return Generate.frequency(
        List.of(
            Pair.of(6, Generate.constant(0)),
            Pair.of(1, Generate.pick(List.of(7, 14))),
            Pair.of(1, Generate.range(1, 30))));
  }

  /**
   * Returns add-on block definitions for {@code resource}: block sizes of 1, round thousands or
   * any, priced for both frequencies.
   *
   * @param resource the resource
   * @param currency the currency
   * @return the generator
   */
  public static Gen<AddOn> addOns(ResourceId resource, CurrencyUnit currency) {
    Gen<Long> sizes =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(1L)),
                Pair.of(2, Generate.pick(List.of(1_000L, 10_000L, 100_000L))),
                Pair.of(1, Generate.longRange(1, 1_000_000))));
    return sizes.zip(
        seatPrices(currency),
        (size, monthly) ->
            new AddOn(
                resource,
                size,
                Map.of(
                    BillingFrequency.MONTHLY,
                    monthly,
                    BillingFrequency.ANNUAL,
                    monthly.multipliedBy(12))));
  }

  /**
   * Returns overage prices for {@code resource}: per unit or per package of 1,000 or any size, and
   * one time in four a tiered price ({@link #tieredOveragePrices}).
   *
   * @param resource the resource
   * @param currency the currency
   * @return the generator
   */
  public static Gen<OveragePrice> overagePrices(ResourceId resource, CurrencyUnit currency) {
    Gen<Long> packages =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(1L)),
                Pair.of(1, Generate.constant(1_000L)),
                Pair.of(1, Generate.longRange(1, 100_000))));
    Gen<OveragePrice> perPackage =
        packages.zip(
            MoneyGen.prices(currency), (size, price) -> new OveragePrice(resource, price, size));
    return Generate.frequency(
        List.of(Pair.of(3, perPackage), Pair.of(1, tieredOveragePrices(resource, currency))));
  }

  /**
   * Returns graduated and volume overage prices for {@code resource}: 1 to 4 tiers with increasing
   * bounds (steps of 1 to 100,000 units), the last unbounded, any non-negative unit prices.
   *
   * @param resource the resource
   * @param currency the currency
   * @return the generator
   */
  public static Gen<OveragePrice> tieredOveragePrices(ResourceId resource, CurrencyUnit currency) {
    Gen<OveragePrice.Model> models =
        Generate.pick(List.of(OveragePrice.Model.GRADUATED, OveragePrice.Model.VOLUME));
    Gen<Integer> counts = Generate.range(1, 4);
    Gen<Long> steps =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(1L)),
                Pair.of(2, Generate.constant(1_000L)),
                Pair.of(3, Generate.longRange(1, 100_000))));
    Gen<Amount> prices = MoneyGen.prices(currency);
    return in -> {
      OveragePrice.Model model = models.generate(in);
      int count = counts.generate(in);
      List<OveragePrice.Tier> tiers = new java.util.ArrayList<>(count);
      long upTo = 0;
      for (int i = 1; i <= count; i++) {
        upTo = i == count ? OveragePrice.Tier.UNBOUNDED : upTo + steps.generate(in);
        tiers.add(new OveragePrice.Tier(upTo, prices.generate(in)));
      }
      return OveragePrice.tiered(resource, model, tiers);
    };
  }

  /** {@code "Basic"} for {@code BASIC}: the sample's display names. */
  private static String name(PlanId id) {
    String text = id.value().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static Plan free(CurrencyUnit currency) {
    Amount zero = Amount.zero(currency);
    return Plan.builder()
        .id(KafkamanSample.FREE)
        .name("Free")
        .putSeatPrices(BillingFrequency.MONTHLY, zero)
        .putSeatPrices(BillingFrequency.ANNUAL, zero)
        .putAllowances(KafkamanSample.MONITORING_REQUESTS, 1_000L)
        .putAllowances(KafkamanSample.MOCK_SERVER_CALLS, 1_000L)
        .build();
  }

  /** Seat prices: a minor unit, round prices, anything up to 10,000; never overflowing a year. */
  static Gen<Amount> seatPrices(CurrencyUnit currency) {
    long unit = MoneyGen.pow10(Currencies.scaleOf(currency));
    return Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(1L)),
                Pair.of(3, Generate.longRange(1, 200).map(whole -> whole * unit)),
                Pair.of(3, Generate.longRange(1, 10_000 * unit))))
        .map(minor -> Amount.ofMinor(minor, currency));
  }

  private static Gen<Map<ResourceId, Long>> allowances() {
    Gen<Long> amounts =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.constant(0L)),
                Pair.of(3, Generate.pick(List.of(1_000L, 10_000L, 100_000L, 1_000_000L))),
                Pair.of(1, Generate.longRange(0, 10_000_000))));
    return in -> {
      Map<ResourceId, Long> map = new TreeMap<>();
      for (ResourceId resource : SAMPLE_RESOURCES.keySet()) {
        map.put(resource, amounts.generate(in));
      }
      return map;
    };
  }

  private static Gen<List<AddOn>> addOnLists(CurrencyUnit currency) {
    List<ResourceId> blockResources =
        List.of(
            KafkamanSample.MONITORING_REQUESTS,
            KafkamanSample.MOCK_SERVER_CALLS,
            KafkamanSample.CUSTOM_DOMAINS);
    Gen<Boolean> present = Generate.booleans();
    return in -> {
      List<AddOn> result = new java.util.ArrayList<>();
      for (ResourceId resource : blockResources) {
        if (present.generate(in)) {
          result.add(addOns(resource, currency).generate(in));
        }
      }
      return result;
    };
  }

  private static Gen<List<OveragePrice>> overageLists(CurrencyUnit currency) {
    Gen<Boolean> present = Generate.booleans();
    return in -> {
      List<OveragePrice> result = new java.util.ArrayList<>();
      for (Resource resource : SAMPLE_RESOURCES.values()) {
        if (resource.hasOverageSetting() && present.generate(in)) {
          result.add(overagePrices(resource.id(), currency).generate(in));
        }
      }
      return result;
    };
  }
}
