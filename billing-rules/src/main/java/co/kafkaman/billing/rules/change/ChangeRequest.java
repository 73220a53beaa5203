package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.team.Terms;
import java.util.Objects;

/**
 * A requested change of plan, seats, frequency and add-on blocks, expressed as the whole terms
 * wanted, with its timing. The rules split it into parts (upgrade, seats added, blocks removed,
 * ...) and decide it as a whole.
 *
 * <p>Example: from {@code BASIC MONTHLY, 3 seats}, the target {@code PROFESSIONAL MONTHLY, 5 seats}
 * is two parts, an upgrade and 2 seats added, both allowed "Immediately"; the target {@code
 * PROFESSIONAL MONTHLY, 2 seats} adds a renewal-only part (1 seat removed), so "Immediately" is
 * refused as a whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the terms wanted
 * @param timing immediately or on renewal
 * @param salesAssisted whether sales staff made the request (needed to move to or from Enterprise)
 */
public record ChangeRequest(Terms target, Timing timing, boolean salesAssisted) {

  /**
   * Checks that the target and the timing are given (a missing timing is never taken as
   * "Immediately").
   *
   * @param target the terms wanted
   * @param timing immediately or on renewal
   * @param salesAssisted whether sales staff made the request (needed to move to or from
   *     Enterprise)
   * @throws NullPointerException naming {@code target} or {@code timing} when it is null
   */
  public ChangeRequest {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(timing, "timing");
  }

  /**
   * Returns a self-serve request (not sales-assisted, so it cannot move to or from Enterprise).
   *
   * @param target the terms wanted
   * @param timing immediately or on renewal
   * @return the request
   */
  public static ChangeRequest of(Terms target, Timing timing) {
    return new ChangeRequest(target, timing, false);
  }
}
