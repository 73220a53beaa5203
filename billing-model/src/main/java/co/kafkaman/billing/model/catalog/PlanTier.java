package co.kafkaman.billing.model.catalog;

/**
 * The plan tiers, in ascending order: a later constant is an upgrade of an earlier one. Enterprise
 * is sales-assisted; Free has no per-seat price.
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
