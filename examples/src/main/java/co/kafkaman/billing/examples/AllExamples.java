package co.kafkaman.billing.examples;

/** Runs every example in turn: the README's first command. */
public final class AllExamples {
  private AllExamples() {}

  /**
   * Runs all examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ProrationExamples.main(args);
    ChangeExamples.main(args);
    UsageExamples.main(args);
    AutoFlexExamples.main(args);
    PaymentExamples.main(args);
    ScenarioExamples.main(args);
  }
}
