package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;

/**
 * What a billed item pays for: seats of a plan tier, or add-on blocks of a resource. A change that
 * replaces an item credits what was billed for it.
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
