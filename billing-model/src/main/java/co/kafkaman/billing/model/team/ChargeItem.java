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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;

/**
 * What a billed item pays for: seats of a plan, the base fee of a plan, or add-on blocks of a
 * resource. A change that replaces an item credits what was billed for it.
 *
 * @since 0.1.0
 */
public sealed interface ChargeItem {

  /**
   * Seats of {@code plan}.
   *
   * @param plan the plan's id
   */
  record Seats(PlanId plan) implements ChargeItem {
    @Override
    public String toString() {
      return plan + " seats";
    }
  }

  /**
   * The base fee of {@code plan}, billed once a cycle (quantity 1).
   *
   * @param plan the plan's id
   * @since 0.1.0
   */
  record BaseFee(PlanId plan) implements ChargeItem {
    @Override
    public String toString() {
      return plan + " base fee";
    }
  }

  /**
   * Add-on blocks of {@code resource}.
   *
   * @param resource the resource
   */
  record AddOnBlocks(ResourceId resource) implements ChargeItem {
    @Override
    public String toString() {
      return resource + " blocks";
    }
  }
}
