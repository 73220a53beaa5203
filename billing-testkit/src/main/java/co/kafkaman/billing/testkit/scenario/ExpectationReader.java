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
package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.Catalog;

/**
 * Reads one kind of expectation under a step's {@code expect:} (such as {@code invoices}). Register
 * a reader with {@link ScenarioFormat#withExpectation(String, ExpectationReader)}; that is how new
 * engine results (usage views, payment schedules) become checkable in scenario files.
 *
 * @since 0.1.0
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
