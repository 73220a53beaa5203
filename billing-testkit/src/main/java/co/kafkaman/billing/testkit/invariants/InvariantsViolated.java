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
package co.kafkaman.billing.testkit.invariants;

import java.util.List;

/**
 * Raised by {@link TeamInvariants#check} when a team breaks invariants: an {@link AssertionError}
 * (so a test fails rather than errs) whose message lists every violation, one a line.
 *
 * @since 0.1.0
 */
public final class InvariantsViolated extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The violations, in the order found. */
  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Violation> violations;

  /**
   * Creates the error.
   *
   * @param violations the violations, at least one
   */
  public InvariantsViolated(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the violations.
   *
   * @return the violations, in the order found
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    StringBuilder text =
        new StringBuilder(64 * violations.size() + 32)
            .append(violations.size())
            .append(violations.size() == 1 ? " invariant violated:" : " invariants violated:");
    for (Violation violation : violations) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }
}
