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
