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
 * When an existing team moves to a catalog version that took effect after its subscription was
 * priced. New teams always start on the version in effect on their creation date.
 *
 * @since 0.1.0
 */
public enum VersionAdoption {
  /**
   * The default: a team moves at its first renewal on or after the new version's effective date;
   * changes within the current cycle (seats, add-ons, usage, auto-flex) keep the prices the cycle
   * was billed at. Example: version 2 effective 2025-03-15 raises Basic from 9.00 to 10.00; a team
   * renewing on 2025-04-01 pays 10.00 per seat from then, its March invoice stays at 9.00.
   */
  NEXT_RENEWAL,
  /**
   * Grandfathered prices: a team stays for its whole life on the version in effect when it was
   * created; only teams created on or after a new version's date get it.
   */
  GRANDFATHERED
}
