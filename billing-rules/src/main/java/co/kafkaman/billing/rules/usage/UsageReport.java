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
import co.kafkaman.billing.model.time.DateRange;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The resource usage view of a team: one {@link ResourceUsage} per resource, for the open usage
 * month.
 *
 * @param usageMonth the usage month shown
 * @param resources one row per resource, in {@link ResourceId} order
 * @since 0.1.0
 */
public record UsageReport(DateRange usageMonth, List<ResourceUsage> resources) {

  /**
   * Copies the rows.
   *
   * @param usageMonth the usage month shown
   * @param resources one row per resource, in {@link ResourceId} order
   */
  public UsageReport {
    resources = List.copyOf(resources);
  }

  /**
   * Returns the row of {@code resource}.
   *
   * @param resource the resource
   * @return its row
   */
  public ResourceUsage of(ResourceId resource) {
    for (ResourceUsage row : resources) {
      if (row.resource().equals(resource)) {
        return row;
      }
    }
    throw new NoSuchElementException("no row for " + resource);
  }
}
