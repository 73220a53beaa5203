/*
 * Copyright 2026 the kafkaman-billing authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
 * @since 0.1.0
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
