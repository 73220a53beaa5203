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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.util.EnumSet;
import java.util.Set;

/**
 * One overdue stage, as a Kill Bill {@code overdue.xml} state: reached {@code daysAfterDue} days
 * after the due date of an unpaid invoice (so first by the earliest unpaid invoice), with its
 * effects. The stage's days count with the terms in force on that invoice's due date.
 *
 * <p>Example: {@code OverdueStage.of("blocked", 10, OverdueEffect.BLOCK_CHANGES)} refuses immediate
 * changes from 2024-03-11 on while an invoice due 2024-03-01 is unpaid. Immutable.
 *
 * @param name the stage's name, as history and refusals print it
 * @param daysAfterDue days from the due date to the first day in the stage, 1 or more
 * @param effects what the stage does, at least one
 * @since 0.1.0
 */
public record OverdueStage(String name, int daysAfterDue, Set<OverdueEffect> effects) {

  /**
   * Validates the stage and copies the effects.
   *
   * @param name the stage's name, as history and refusals print it
   * @param daysAfterDue days from the due date to the first day in the stage, 1 or more
   * @param effects what the stage does, at least one
   */
  public OverdueStage {
    BillingException.check(
        !name.isBlank(), BillingErrorCode.BLANK_VALUE, "name", "must not be blank");
    BillingException.check(
        daysAfterDue >= 1,
        BillingErrorCode.INVALID_QUANTITY,
        "daysAfterDue",
        () ->
            "stage '"
                + name
                + "' must start 1 day or more after the due date, was "
                + daysAfterDue);
    BillingException.check(
        !effects.isEmpty(),
        BillingErrorCode.INVALID_QUANTITY,
        "effects",
        () -> "stage '" + name + "' must have at least one effect, was empty");
    effects = Set.copyOf(EnumSet.copyOf(effects));
  }

  /**
   * Returns a stage.
   *
   * @param name the stage's name
   * @param daysAfterDue days from the due date to the first day in the stage, 1 or more
   * @param first an effect
   * @param more further effects
   * @return the stage
   */
  public static OverdueStage of(
      String name, int daysAfterDue, OverdueEffect first, OverdueEffect... more) {
    return new OverdueStage(name, daysAfterDue, EnumSet.of(first, more));
  }

  /**
   * Returns the kafkaman deactivation stage: {@code "deactivated"} at the grace end.
   *
   * @param graceDays days from the due date to the grace end
   * @return the stage
   */
  public static OverdueStage deactivation(int graceDays) {
    return of("deactivated", graceDays, OverdueEffect.DEACTIVATE);
  }

  /**
   * Returns whether the stage has {@code effect}.
   *
   * @param effect the effect
   * @return true when it has it
   */
  public boolean has(OverdueEffect effect) {
    return effects.contains(effect);
  }
}
