package co.kafkaman.billing.rules.change;

/** When a requested change applies. */
public enum Timing {
  /** Now, prorated and invoiced at once. */
  IMMEDIATELY,
  /** At the end of the current cycle, without proration. */
  ON_RENEWAL
}
