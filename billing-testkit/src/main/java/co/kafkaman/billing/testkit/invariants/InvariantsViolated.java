package co.kafkaman.billing.testkit.invariants;

import java.util.List;

/**
 * Raised by {@link TeamInvariants#check} when a team breaks invariants: an {@link AssertionError}
 * (so a test fails rather than errs) whose message lists every violation, one a line.
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
