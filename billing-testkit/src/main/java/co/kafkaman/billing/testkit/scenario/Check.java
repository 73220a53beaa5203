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

import java.util.List;

/**
 * One expectation of a step, read from the file, checked against what the step did.
 *
 * @since 0.1.0
 */
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
