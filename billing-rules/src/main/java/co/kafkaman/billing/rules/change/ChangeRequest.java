package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.team.Terms;

/**
 * A requested change of plan, seats, frequency and add-on blocks, expressed as the terms wanted,
 * with its timing. The rules split it into parts (upgrade, seats added, blocks removed, ...) and
 * decide it as a whole.
 *
 * @param target the terms wanted
 * @param timing immediately or on renewal
 * @param salesAssisted whether sales staff made the request (needed to move to or from Enterprise)
 */
public record ChangeRequest(Terms target, Timing timing, boolean salesAssisted) {

  /**
   * Returns a self-serve request.
   *
   * @param target the terms wanted
   * @param timing immediately or on renewal
   * @return the request
   */
  public static ChangeRequest of(Terms target, Timing timing) {
    return new ChangeRequest(target, timing, false);
  }
}
