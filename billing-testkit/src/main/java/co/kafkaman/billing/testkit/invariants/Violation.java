package co.kafkaman.billing.testkit.invariants;

/**
 * One broken invariant of one team, with a message that says which invoice, line, item or entry
 * breaks it and by how much.
 *
 * <p>Example: {@code ACCOUNT_CREDIT team acme: granted 10.00 but consumed 4.00 + balance 5.00 =
 * 9.00}.
 *
 * @param invariant the invariant broken
 * @param teamId the team
 * @param message what breaks it
 */
public record Violation(Invariant invariant, String teamId, String message) {

  /**
   * Returns {@code "ACCOUNT_CREDIT team acme: ..."}.
   *
   * @return the violation as one line
   */
  @Override
  public String toString() {
    return invariant + " team " + teamId + ": " + message;
  }
}
