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
package co.kafkaman.billing.rules.engine;

import co.kafkaman.billing.model.BillingErrorCode;

/**
 * What creating a team produced: {@link Outcome.Accepted} with the new team, its first history
 * entries and any first invoice, or {@link Refused} with the code, the field and the reason, and no
 * team, since none was created.
 *
 * <p>Example: {@code CreateTeam} in EUR with a USD catalog is {@code Refused} with {@code BILL-101
 * CURRENCY_MISMATCH [currency]: EUR is not the catalog currency USD}; in USD with initial terms
 * {@code BASIC MONTHLY, 3 seats} on 2024-03-01 it is {@code Accepted} with invoice {@code
 * KB-000001} of USD 36.00.
 *
 * <pre>{@code
 * if (engine.create(command, today) instanceof Outcome.Accepted created) {
 *   store(created.team());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Creation permits Outcome.Accepted, Creation.Refused {

  /**
   * Returns the creation command decided.
   *
   * @return the command
   */
  Command command();

  /**
   * Returns a one-line summary of what happened.
   *
   * @return the summary
   */
  String summary();

  /**
   * Returns whether the team was created.
   *
   * @return true for {@link Outcome.Accepted}
   */
  boolean isAccepted();

  /**
   * The team was not created: nothing exists, so the refusal carries no team.
   *
   * @param command the creation command
   * @param code the stable error code
   * @param field the field at fault, such as {@code currency}
   * @param reason why, naming the value
   */
  record Refused(Command.CreateTeam command, BillingErrorCode code, String field, String reason)
      implements Creation {

    /**
     * Returns {@code "Refused BILL-101 CURRENCY_MISMATCH [currency]: ..."}.
     *
     * @return the summary
     */
    @Override
    public String summary() {
      return "Refused " + code.code() + " " + code + " [" + field + "]: " + reason;
    }

    /**
     * Returns false: the team was not created.
     *
     * @return false
     */
    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
