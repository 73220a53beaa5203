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

import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.time.DateRange;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The usage of the open usage month, per resource: a {@link UsageTally} of units used, units
 * billable as overage and units per source. Usage months are aligned to the subscription's anchor
 * (also on annual plans); when a month closes its overage is invoiced and the ledger starts again
 * for the next month.
 *
 * <p>Example: {@code [2024-03-31, 2024-04-30)}, monitoring requests 12,500 used, 2,500 billable.
 *
 * <p>Immutable and thread-safe. Resources with nothing used are left out of {@link #tallies()}.
 *
 * @param usageMonth the usage month the ledger counts
 * @param tallies what each resource used in it
 * @since 0.1.0
 */
public record UsageLedger(DateRange usageMonth, Map<ResourceId, UsageTally> tallies) {

  /**
   * Copies the tallies, leaving out empty ones.
   *
   * @param usageMonth the usage month the ledger counts
   * @param tallies what each resource used in it
   */
  public UsageLedger {
    TreeMap<ResourceId, UsageTally> copy = new TreeMap<>();
    tallies.forEach(
        (resource, tally) -> {
          if (tally.used() > 0) {
            copy.put(resource, tally);
          }
        });
    tallies = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
  }

  /**
   * Returns an empty ledger for {@code usageMonth}.
   *
   * @param usageMonth the usage month
   * @return the ledger
   */
  public static UsageLedger of(DateRange usageMonth) {
    return new UsageLedger(usageMonth, Map.of());
  }

  /**
   * Returns what {@code resource} used, {@link UsageTally#NONE} when nothing.
   *
   * @param resource the resource
   * @return the tally
   */
  public UsageTally tally(ResourceId resource) {
    UsageTally tally = tallies.get(resource);
    return tally == null ? UsageTally.NONE : tally;
  }

  /**
   * Returns a copy with {@code tally} for {@code resource}.
   *
   * @param resource the resource
   * @param tally its new tally
   * @return the copy
   */
  public UsageLedger withTally(ResourceId resource, UsageTally tally) {
    TreeMap<ResourceId, UsageTally> copy = new TreeMap<>(tallies);
    copy.put(resource, tally);
    return new UsageLedger(usageMonth, copy);
  }

  /**
   * Returns whether nothing was used this usage month.
   *
   * @return true when no resource has usage
   */
  public boolean isEmpty() {
    return tallies.isEmpty();
  }
}
