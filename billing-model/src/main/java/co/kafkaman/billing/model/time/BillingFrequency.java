package co.kafkaman.billing.model.time;

/**
 * How often a plan is billed. A billing cycle is one period of the frequency, counted from the
 * anchor date: monthly cycles are one month long, annual cycles twelve months.
 */
public enum BillingFrequency {
  /** One month per cycle. */
  MONTHLY(1),
  /** Twelve months per cycle. */
  ANNUAL(12);

  private final int months;

  BillingFrequency(int months) {
    this.months = months;
  }

  /**
   * Returns the length of one cycle in months: 1 or 12.
   *
   * @return the months per cycle
   */
  public int months() {
    return months;
  }
}
