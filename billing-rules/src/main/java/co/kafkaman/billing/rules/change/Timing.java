package co.kafkaman.billing.rules.change;

/**
 * When a requested change applies. Example: 2 seats added on 2024-03-15 to a monthly cycle {@code
 * [2024-03-01, 2024-04-01)} at 12.00 cost {@code 2 x 12.00 x 17/31 = 13.16} now when {@link
 * #IMMEDIATELY}, and nothing now but {@code 2 x 12.00 = 24.00} more on the 2024-04-01 renewal
 * invoice when {@link #ON_RENEWAL}.
 */
public enum Timing {
  /** Now, prorated and invoiced at once. */
  IMMEDIATELY,
  /** At the end of the current cycle, without proration. */
  ON_RENEWAL
}
