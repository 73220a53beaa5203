package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.flex.FlexChargeMode;
import co.kafkaman.billing.rules.proration.ProrationConvention;

/**
 * The pluggable conventions the engine applies, as one value. {@link #kafkaman()} is the default
 * product policy of RULES.md; each {@code with*} copy swaps one convention.
 *
 * <p>Example: {@code BillingPolicy.kafkaman().withProration(ProrationConvention.KILL_BILL)}
 * prorates 2 seats at 12.00 with 17 of 31 days left as {@code 2 x 12.00 x 0.548387097 = 13.16};
 * {@code withProration(ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN))} rounds
 * a half cent to even.
 *
 * <p>Immutable and thread-safe.
 */
public final class BillingPolicy {
  private final ProrationConvention proration;
  private final AutoFlexPolicy autoFlex;

  private BillingPolicy(ProrationConvention proration, AutoFlexPolicy autoFlex) {
    this.proration = proration;
    this.autoFlex = autoFlex;
  }

  /**
   * Returns the kafkaman policy: {@link ProrationConvention#KAFKAMAN} and {@link
   * AutoFlexPolicy#kafkaman()}.
   *
   * @return the default policy
   */
  public static BillingPolicy kafkaman() {
    return new BillingPolicy(ProrationConvention.KAFKAMAN, AutoFlexPolicy.kafkaman());
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
   * Returns the auto-flex policy: eligibility rollouts, charge mode and reminder lead days.
   *
   * @return the auto-flex policy
   */
  public AutoFlexPolicy autoFlex() {
    return autoFlex;
  }

  /**
   * Returns a copy prorating with {@code convention}, for example {@link
   * ProrationConvention#KILL_BILL}.
   *
   * @param convention the convention
   * @return the copy
   */
  public BillingPolicy withProration(ProrationConvention convention) {
    return new BillingPolicy(convention, autoFlex);
  }

  /**
   * Returns a copy with another auto-flex policy, for example one with a further rollout entry.
   *
   * @param policy the auto-flex policy
   * @return the copy
   */
  public BillingPolicy withAutoFlex(AutoFlexPolicy policy) {
    return new BillingPolicy(proration, policy);
  }

  /**
   * Returns a copy charging flex users with {@code mode}, for example {@link
   * FlexChargeMode#dayProrated()}.
   *
   * @param mode the charge mode
   * @return the copy
   */
  public BillingPolicy withFlexChargeMode(FlexChargeMode mode) {
    return new BillingPolicy(proration, autoFlex.withChargeMode(mode));
  }
}
