package co.kafkaman.billing.testkit.scenario;

import java.util.List;

/** One expectation of a step, read from the file, checked against what the step did. */
@FunctionalInterface
public interface Check {

  /**
   * Checks the expectation.
   *
   * @param result what the step did
   * @return the mismatches, empty when the expectation holds
   */
  List<Mismatch> check(StepResult result);
}
