package co.kafkaman.billing.testkit.scenario;

/**
 * One expectation of a scenario that did not hold: where it is written, what it expected and what
 * happened.
 *
 * @param line the 1-based line of the expectation in the file
 * @param key the key path, such as {@code steps[1].expect.invoices[0].lines[1]}
 * @param expected what the file expects, as text
 * @param actual what happened, as text
 */
public record Mismatch(int line, String key, String expected, String actual) {

  /**
   * Returns the mismatch as a small diff.
   *
   * <pre>
   * line 19 steps[1].expect.invoices[0].total
   *   - expected: 10.01
   *   + actual:   10.00
   * </pre>
   *
   * @return the text, lines separated by {@code \n}
   */
  public String render() {
    return "line "
        + line
        + " "
        + key
        + "\n  - expected: "
        + expected.replace("\n", "\n              ")
        + "\n  + actual:   "
        + actual.replace("\n", "\n              ");
  }
}
