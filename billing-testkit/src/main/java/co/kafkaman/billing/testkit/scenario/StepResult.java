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

import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.simulation.Simulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one scenario step did, for its expectations to check: everything that fell due while the
 * clock advanced to the step's date, then the step's own command.
 *
 * @param date the step's date
 * @param outcome the outcome of the step's command, empty for a step that only advances time
 * @param steps every engine call of the step, due events first
 * @param team the team after the step
 * @param engine the engine (for queries such as the renewal quote)
 * @since 0.1.0
 */
public record StepResult(
    LocalDate date,
    Optional<Outcome> outcome,
    List<Simulator.Step> steps,
    Team team,
    BillingEngine engine) {

  /**
   * Copies the steps.
   *
   * @param date the step's date
   * @param outcome the outcome of the step's command, empty for a step that only advances time
   * @param steps every engine call of the step, due events first
   * @param team the team after the step
   * @param engine the engine (for queries such as the renewal quote)
   */
  public StepResult {
    steps = List.copyOf(steps);
  }

  /**
   * Returns the invoices issued during the step, in order.
   *
   * @return the invoices
   */
  public List<Invoice> invoices() {
    return collect(Outcome.Accepted::invoices);
  }

  /**
   * Returns the notification intents of the step, in order.
   *
   * @return the intents
   */
  public List<NotificationIntent> notifications() {
    return collect(Outcome.Accepted::notifications);
  }

  /**
   * Returns the history entries appended during the step, in order.
   *
   * @return the entries
   */
  public List<HistoryEntry> entries() {
    return collect(Outcome.Accepted::entries);
  }

  private <T> List<T> collect(Function<Outcome.Accepted, List<T>> effects) {
    List<T> all = new ArrayList<>();
    for (Simulator.Step step : steps) {
      if (step.outcome() instanceof Outcome.Accepted accepted) {
        all.addAll(effects.apply(accepted));
      }
    }
    return all;
  }
}
