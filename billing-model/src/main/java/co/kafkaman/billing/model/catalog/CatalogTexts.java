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
import java.util.HashMap;
import java.util.Map;

/**
 * The invoice texts a catalog's names make, built once per catalog ({@link Catalog#texts()}) so
 * that billing a line does not build its description again: {@code "Basic seats (monthly)"}, {@code
 * "Basic seats"}, {@code "monitoring requests blocks (annual)"}, {@code "monitoring requests
 * blocks"}. Texts for a plan or resource the catalog does not have use its id; texts for a
 * frequency no price of the catalog mentions are built on demand.
 *
 * @since 0.1.0
 */
public final class CatalogTexts {
  private final Map<PlanId, String> seats = new HashMap<>();
  private final Map<ResourceId, String> blocks = new HashMap<>();
  private final Map<PlanId, Map<BillingFrequency, String>> seatsFor = new HashMap<>();
  private final Map<ResourceId, Map<BillingFrequency, String>> blocksFor = new HashMap<>();

  CatalogTexts(Catalog catalog) {
    for (Plan plan : catalog.plans().values()) {
      String name = plan.name() + " seats";
      seats.put(plan.id(), name);
      Map<BillingFrequency, String> byFrequency = new HashMap<>();
      plan.seatPrices().keySet().forEach(f -> byFrequency.put(f, withFrequency(name, f)));
      seatsFor.put(plan.id(), byFrequency);
    }
    for (Resource resource : catalog.resources().values()) {
      String name = resource.plural() + " blocks";
      blocks.put(resource.id(), name);
      Map<BillingFrequency, String> byFrequency = new HashMap<>();
      AddOn addOn = catalog.addOns().get(resource.id());
      if (addOn != null) {
        addOn.prices().keySet().forEach(f -> byFrequency.put(f, withFrequency(name, f)));
      }
      blocksFor.put(resource.id(), byFrequency);
    }
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
   * Returns {@code "Basic seats"}: what a seat item of the plan is called.
   *
   * @param plan the plan's id
   * @return the name of its seats
   */
  public String seats(PlanId plan) {
    String text = seats.get(plan);
    return text != null ? text : plan.value() + " seats";
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
    return text != null ? text : resource.value() + " blocks";
  }

  private static String withFrequency(String name, BillingFrequency frequency) {
    return name + " (" + frequency.adjective() + ")";
  }
}
