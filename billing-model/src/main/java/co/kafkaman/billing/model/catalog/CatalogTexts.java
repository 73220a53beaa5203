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

import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invoice texts a catalog's names make, built once per catalog ({@link Catalog#texts()}) so
 * that billing a line does not build its description again: {@code "Basic seats (monthly)"}, {@code
 * "Basic seats"}, {@code "Team base fee (monthly)"}, {@code "monitoring requests blocks (annual)"},
 * {@code "monitoring requests blocks"}. Texts for a plan or resource the catalog does not have use
 * its id; texts for a frequency no price of the catalog mentions are built on demand. The static
 * methods are the one place these texts are spelled, for callers that hold a plan or resource.
 *
 * @since 0.1.0
 */
public final class CatalogTexts {
  // looked up by reference first (SmallTable): a line's text is read on every change and renewal
  private final Map<PlanId, String> seats;
  private final Map<ResourceId, String> blocks;
  private final Map<PlanId, Map<BillingFrequency, String>> seatsFor;
  private final Map<PlanId, String> fees;
  private final Map<PlanId, Map<BillingFrequency, String>> feesFor;
  private final Map<ResourceId, Map<BillingFrequency, String>> blocksFor;

  CatalogTexts(Catalog catalog) {
    Map<PlanId, String> seats = new LinkedHashMap<>();
    Map<PlanId, Map<BillingFrequency, String>> seatsFor = new LinkedHashMap<>();
    Map<PlanId, String> fees = new LinkedHashMap<>();
    Map<PlanId, Map<BillingFrequency, String>> feesFor = new LinkedHashMap<>();
    for (Plan plan : catalog.plans().values()) {
      String name = seatsOf(plan.name());
      seats.put(plan.id(), name);
      seatsFor.put(plan.id(), byFrequency(name, plan.seatPrices()));
      String fee = feeOf(plan.name());
      fees.put(plan.id(), fee);
      feesFor.put(plan.id(), byFrequency(fee, plan.baseFees()));
    }
    Map<ResourceId, String> blocks = new LinkedHashMap<>();
    Map<ResourceId, Map<BillingFrequency, String>> blocksFor = new LinkedHashMap<>();
    for (Resource resource : catalog.resources().values()) {
      String name = blocksOf(resource.plural());
      blocks.put(resource.id(), name);
      AddOn addOn = catalog.addOns().get(resource.id());
      blocksFor.put(resource.id(), byFrequency(name, addOn == null ? Map.of() : addOn.prices()));
    }
    this.seats = SmallTable.copyOf(seats);
    this.seatsFor = SmallTable.copyOf(seatsFor);
    this.fees = SmallTable.copyOf(fees);
    this.feesFor = SmallTable.copyOf(feesFor);
    this.blocks = SmallTable.copyOf(blocks);
    this.blocksFor = SmallTable.copyOf(blocksFor);
  }

  /** The text of {@code name} for each frequency {@code prices} has a price for. */
  private static Map<BillingFrequency, String> byFrequency(
      String name, Map<BillingFrequency, ?> prices) {
    Map<BillingFrequency, String> texts = new LinkedHashMap<>();
    prices.keySet().forEach(f -> texts.put(f, withFrequency(name, f)));
    return SmallTable.copyOf(texts);
  }

  /**
   * Returns {@code "Basic seats (monthly)"}: the plan's display name, "seats" and the frequency.
   *
   * @param plan the plan's id
   * @param frequency the frequency
   * @return the description of a seat line
   */
  public String seats(PlanId plan, BillingFrequency frequency) {
    Map<BillingFrequency, String> known = seatsFor.get(plan);
    String text = known == null ? null : known.get(frequency);
    return text != null ? text : withFrequency(seats(plan), frequency);
  }

  /**
   * Returns {@code "Basic seat"}: one seat of the plan, as a count of 1 reads.
   *
   * @param plan the plan's id
   * @return the singular name of its seats
   * @since 0.1.0
   */
  public String seat(PlanId plan) {
    // every seat text is spelled by seatsOf: "<name> seats"
    String plural = seats(plan);
    return plural.substring(0, plural.length() - 1);
  }

  /**
   * Returns {@code "monitoring requests block"}: one add-on block of the resource, as a count of 1
   * reads.
   *
   * @param resource the resource's id
   * @return the singular name of its blocks
   * @since 0.1.0
   */
  public String block(ResourceId resource) {
    // every block text is spelled by blocksOf: "<plural> blocks"
    String plural = blocks(resource);
    return plural.substring(0, plural.length() - 1);
  }

  /**
   * Returns {@code "Team base fee (monthly)"}: the plan's display name, "base fee" and the
   * frequency.
   *
   * @param plan the plan's id
   * @param frequency the frequency
   * @return the description of a base-fee line
   * @since 0.1.0
   */
  public String baseFee(PlanId plan, BillingFrequency frequency) {
    Map<BillingFrequency, String> known = feesFor.get(plan);
    String text = known == null ? null : known.get(frequency);
    return text != null ? text : withFrequency(baseFee(plan), frequency);
  }

  /**
   * Returns {@code "Team base fee"}: what a base-fee item of the plan is called.
   *
   * @param plan the plan's id
   * @return the name of its base fee
   * @since 0.1.0
   */
  public String baseFee(PlanId plan) {
    String text = fees.get(plan);
    return text != null ? text : feeOf(plan.value());
  }

  /**
   * Returns {@code "Basic seats"}: what a seat item of the plan is called.
   *
   * @param plan the plan's id
   * @return the name of its seats
   */
  public String seats(PlanId plan) {
    String text = seats.get(plan);
    return text != null ? text : seatsOf(plan.value());
  }

  /**
   * Returns {@code "monitoring requests blocks (monthly)"}: the resource's plural name, "blocks"
   * and the frequency.
   *
   * @param resource the resource's id
   * @param frequency the frequency
   * @return the description of an add-on line
   */
  public String blocks(ResourceId resource, BillingFrequency frequency) {
    Map<BillingFrequency, String> known = blocksFor.get(resource);
    String text = known == null ? null : known.get(frequency);
    return text != null ? text : withFrequency(blocks(resource), frequency);
  }

  /**
   * Returns {@code "monitoring requests blocks"}: what an add-on item of the resource is called.
   *
   * @param resource the resource's id
   * @return the name of its blocks
   */
  public String blocks(ResourceId resource) {
    String text = blocks.get(resource);
    return text != null ? text : blocksOf(resource.value());
  }

  /**
   * Returns {@code "Basic seats (monthly)"} for {@code plan}, the text {@link #seats(PlanId,
   * BillingFrequency)} caches.
   *
   * @param plan the plan
   * @param frequency the frequency
   * @return the description of a seat line
   * @since 0.1.0
   */
  public static String seatsOf(Plan plan, BillingFrequency frequency) {
    return withFrequency(seatsOf(plan.name()), frequency);
  }

  /**
   * Returns {@code "monitoring requests blocks (monthly)"} for {@code resource}, the text {@link
   * #blocks(ResourceId, BillingFrequency)} caches.
   *
   * @param resource the resource
   * @param frequency the frequency
   * @return the description of an add-on line
   * @since 0.1.0
   */
  public static String blocksOf(Resource resource, BillingFrequency frequency) {
    return withFrequency(blocksOf(resource.plural()), frequency);
  }

  private static String seatsOf(String planName) {
    return planName + " seats";
  }

  private static String feeOf(String planName) {
    return planName + " base fee";
  }

  private static String blocksOf(String plural) {
    return plural + " blocks";
  }

  private static String withFrequency(String name, BillingFrequency frequency) {
    return name + " (" + frequency.adjective() + ")";
  }
}
