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

/**
 * The plan tiers, in ascending order: a later constant is an upgrade of an earlier one. Enterprise
 * is sales-assisted; Free has no per-seat price.
 *
 * @since 0.1.0
 */
public enum PlanTier {
  /** The free tier; moving to it is a downgrade ("cancel"). */
  FREE,
  /** The entry paid tier. */
  BASIC,
  /** The middle paid tier. */
  PROFESSIONAL,
  /** The sales-assisted tier, usually paid by invoice. */
  ENTERPRISE;

  /**
   * Returns whether this tier is above {@code other}.
   *
   * @param other the tier compared with
   * @return true for an upgrade from {@code other} to this
   */
  public boolean isAbove(PlanTier other) {
    return compareTo(other) > 0;
  }
}
