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
package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Amount;
import java.util.Map;

/**
 * One row of the resource usage view: what a resource used this usage month against what the plan
 * includes and what was purchased, what remains, the overage so far, and the usage per source.
 *
 * <p>Example: monitoring requests: used 12,500, included 10,000, purchased 0, remaining 0, 2,500
 * billable, overage so far USD 2.70 (3 packages of 1,000 at 0.90), by source {@code
 * {monitor-a=8000, monitor-b=4500}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource the resource
 * @param used the units used this usage month (custom domains: in use)
 * @param included the plan's allowance
 * @param purchased the units bought as blocks
 * @param remaining {@code max(0, included + purchased - used)}
 * @param billable the units billable as overage so far
 * @param overageSoFar what the billable units cost so far (zero when none or not priced)
 * @param overageAllowed whether overage is allowed now: always for {@code OVERAGE_ALWAYS}, the
 *     setting in force for {@code OVERAGE_OPTIONAL}, never for {@code HARD} and {@code UNENFORCED}
 * @param bySource the units per source, sorted by source
 * @since 0.1.0
 */
public record ResourceUsage(
    ResourceId resource,
    long used,
    long included,
    long purchased,
    long remaining,
    long billable,
    Amount overageSoFar,
    boolean overageAllowed,
    Map<String, Long> bySource) {

  /**
   * Copies the sources.
   *
   * @param resource the resource
   * @param used the units used this usage month (custom domains: in use)
   * @param included the plan's allowance
   * @param purchased the units bought as blocks
   * @param remaining {@code max(0, included + purchased - used)}
   * @param billable the units billable as overage so far
   * @param overageSoFar what the billable units cost so far (zero when none or not priced)
   * @param overageAllowed whether overage is allowed now: always for {@code OVERAGE_ALWAYS}, the
   *     setting in force for {@code OVERAGE_OPTIONAL}, never for {@code HARD} and {@code
   *     UNENFORCED}
   * @param bySource the units per source, sorted by source
   */
  public ResourceUsage {
    bySource = Map.copyOf(bySource);
  }
}
