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

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;

/**
 * What a billed item pays for: seats of a plan tier, or add-on blocks of a resource. A change that
 * replaces an item credits what was billed for it.
 *
 * @since 0.1.0
 */
public sealed interface ChargeItem {

  /**
   * Seats of {@code tier}.
   *
   * @param tier the plan tier
   */
  record Seats(PlanTier tier) implements ChargeItem {
    @Override
    public String toString() {
      return tier + " seats";
    }
  }

  /**
   * Add-on blocks of {@code resource}.
   *
   * @param resource the resource
   */
  record AddOnBlocks(Resource resource) implements ChargeItem {
    @Override
    public String toString() {
      return resource.label() + " blocks";
    }
  }
}
