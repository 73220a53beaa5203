package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.rules.dunning.DunningPolicy;
import co.kafkaman.billing.rules.proration.ProrationConvention;

/**
 * The pluggable conventions the engine applies, as one value. {@link #kafkaman()} is the default
 * product policy of RULES.md; each {@code with*} copy swaps one convention.
 *
 * <p>Immutable and thread-safe.
 */
public final class BillingPolicy {
  private final ProrationConvention proration;
  private final DunningPolicy dunning;

  private BillingPolicy(ProrationConvention proration, DunningPolicy dunning) {
    this.proration = proration;
    this.dunning = dunning;
  }

  /**
   * Returns the kafkaman policy: {@link ProrationConvention#KAFKAMAN} and {@link
   * DunningPolicy#kafkaman()} (attempts on days 0, 3 and 7, grace 21 days).
   *
   * @return the default policy
   */
  public static BillingPolicy kafkaman() {
    return new BillingPolicy(ProrationConvention.KAFKAMAN, DunningPolicy.kafkaman());
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
   * Returns the dunning policy: retries, grace and the recipients of payment notifications, as
   * effective-dated data.
   *
   * @return the dunning policy
   */
  public DunningPolicy dunning() {
    return dunning;
  }

  /**
   * Returns a copy prorating with {@code convention}, for example {@link
   * ProrationConvention#KILL_BILL}.
   *
   * @param convention the convention
   * @return the copy
   */
  public BillingPolicy withProration(ProrationConvention convention) {
    return new BillingPolicy(convention, dunning);
  }

  /**
   * Returns a copy with another dunning policy, for example one whose earlier version had 10 days
   * of grace.
   *
   * @param policy the dunning policy
   * @return the copy
   */
  public BillingPolicy withDunning(DunningPolicy policy) {
    return new BillingPolicy(proration, policy);
  }
}
