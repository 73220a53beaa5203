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

/**
 * One expectation of a scenario that did not hold: where it is written, what it expected and what
 * happened.
 *
 * @param line the 1-based line of the expectation in the file
 * @param key the key path, such as {@code steps[1].expect.invoices[0].lines[1]}
 * @param expected what the file expects, as text
 * @param actual what happened, as text
 * @since 0.1.0
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
