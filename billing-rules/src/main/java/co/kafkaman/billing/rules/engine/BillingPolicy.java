package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.rules.proration.ProrationConvention;

/**
 * The pluggable conventions the engine applies, as one value. {@link #kafkaman()} is the default
 * product policy of RULES.md; each {@code with*} copy swaps one convention.
 *
 * <p>Immutable and thread-safe.
 */
public final class BillingPolicy {
  private final ProrationConvention proration;

  private BillingPolicy(ProrationConvention proration) {
    this.proration = proration;
  }

  /**
   * Returns the kafkaman policy: {@link ProrationConvention#KAFKAMAN}.
   *
   * @return the default policy
   */
  public static BillingPolicy kafkaman() {
    return new BillingPolicy(ProrationConvention.KAFKAMAN);
  }

  /**
   * Returns the proration convention.
   *
   * @return the convention
   */
  public ProrationConvention proration() {
    return proration;
  }

  /**
   * Returns a copy prorating with {@code convention}, for example {@link
   * ProrationConvention#KILL_BILL}.
   *
   * @param convention the convention
   * @return the copy
   */
  public BillingPolicy withProration(ProrationConvention convention) {
    return new BillingPolicy(convention);
  }
}
