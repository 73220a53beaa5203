package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;

/**
 * What a billed item pays for: seats of a plan, or add-on blocks of a resource. A change that
 * replaces an item credits what was billed for it.
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
