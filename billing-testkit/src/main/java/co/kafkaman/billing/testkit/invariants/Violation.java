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
 * @since 0.1.0
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
