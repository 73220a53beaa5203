package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.Catalog;

/**
 * Reads one kind of expectation under a step's {@code expect:} (such as {@code invoices}). Register
 * a reader with {@link ScenarioFormat#withExpectation(String, ExpectationReader)}; that is how new
 * engine results (usage views, payment schedules) become checkable in scenario files.
 */
@FunctionalInterface
public interface ExpectationReader {

  /**
   * Reads the expectation.
   *
   * @param value the value under the expectation's key
   * @param catalog the scenario's catalog (for currencies)
   * @return the check to run after the step
   * @throws ScenarioException for unknown keys or malformed values
   */
  Check read(ScenarioNode value, Catalog catalog);
}
