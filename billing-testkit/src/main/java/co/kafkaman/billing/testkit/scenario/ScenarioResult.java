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
import java.util.Optional;

/**
 * The result of running one scenario file: passed, or the steps whose expectations did not hold, or
 * the error that stopped it (a malformed file, a command that could not be built).
 *
 * @param file the file's name as given to the runner
 * @param name the scenario's name (the file name when it could not be read)
 * @param stepCount the steps the scenario has
 * @param failures the steps with mismatches, in order
 * @param error what stopped the scenario, or empty
 * @since 0.1.0
 */
public record ScenarioResult(
    String file, String name, int stepCount, List<StepFailure> failures, Optional<String> error) {

  /**
   * Copies the failures.
   *
   * @param file the file's name as given to the runner
   * @param name the scenario's name (the file name when it could not be read)
   * @param stepCount the steps the scenario has
   * @param failures the steps with mismatches, in order
   * @param error what stopped the scenario, or empty
   */
  public ScenarioResult {
    failures = List.copyOf(failures);
  }

  /**
   * The mismatches of one step.
   *
   * @param heading which step: number, date, command, line and note
   * @param mismatches what did not hold
   */
  public record StepFailure(String heading, List<Mismatch> mismatches) {
    /**
     * Copies the mismatches.
     *
     * @param heading which step: number, date, command, line and note
     * @param mismatches what did not hold
     */
    public StepFailure {
      mismatches = List.copyOf(mismatches);
    }
  }

  /**
   * Returns whether every expectation held and nothing stopped the scenario.
   *
   * @return true when passed
   */
  public boolean passed() {
    return failures.isEmpty() && error.isEmpty();
  }

  /**
   * Returns the readable report: one {@code PASS} line, or a {@code FAIL} line followed by each
   * failing step and its mismatches as small diffs.
   *
   * <pre>
   * FAIL scenarios/upgrade.yaml: $10 to $20 upgrade
   *   step 2 on 2024-04-16 (change, line 14)
   *     line 19 steps[1].expect.invoices[0].total
   *       - expected: USD 10.01
   *       + actual:   USD 5.00
   * </pre>
   *
   * @return the report, lines separated by {@code \n}
   */
  public String report() {
    if (passed()) {
      return "PASS "
          + file
          + ": "
          + name
          + " ("
          + stepCount
          + (stepCount == 1 ? " step)" : " steps)");
    }
    StringBuilder out = new StringBuilder("FAIL ").append(file).append(": ").append(name);
    for (StepFailure failure : failures) {
      out.append("\n  ").append(failure.heading());
      for (Mismatch mismatch : failure.mismatches()) {
        out.append("\n    ").append(mismatch.render().replace("\n", "\n    "));
      }
    }
    error.ifPresent(e -> out.append("\n  stopped: ").append(e.replace("\n", "\n    ")));
    return out.toString();
  }
}
