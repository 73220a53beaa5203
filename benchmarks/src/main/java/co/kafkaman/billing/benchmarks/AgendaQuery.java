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
package co.kafkaman.billing.benchmarks;

import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.engine.BillingEngine;
import java.util.List;

/**
 * What workload 4 measures: the agenda of one team, everything that falls due for it in a window of
 * dates, as a list of items of whatever type the agenda returns. {@link AgendaBenchmark} runs it
 * for 100,000 teams over one year.
 *
 * <p>Two queries: {@link #engine(BillingEngine)}, the engine's agenda ({@code
 * BillingEngine.agenda(team, range)}: renewals, auto-flex reminders and cycle ends, usage-month
 * ends, payment retries, grace ends), the one workload 4 reports; and {@link #renewalDates()}, the
 * renewal dates from the cycle schedule alone, which stood in before the agenda existed and now
 * shows what the other events cost.
 */
@FunctionalInterface
public interface AgendaQuery {

  /**
   * Returns what falls due for {@code team} in {@code window}.
   *
   * @param team the team
   * @param window the dates asked about
   * @return the items due, in date order
   */
  List<?> itemsDue(Team team, DateRange window);

  /**
   * The stand-in: renewal dates in the window, from the team's cycle schedule.
   *
   * @return the query
   */
  static AgendaQuery renewalDates() {
    return (team, window) ->
        CycleSchedule.billingCycles(
                team.subscription().anchor(), team.subscription().terms().frequency())
            .boundariesIn(window);
  }

  /**
   * The engine's agenda: every event the engine knows for the team in the window.
   *
   * @param engine the engine asked
   * @return the query
   */
  static AgendaQuery engine(BillingEngine engine) {
    return (team, window) -> engine.agenda(team, window).events();
  }

  /**
   * Returns the query named {@code name}.
   *
   * @param name {@code "engine"} or {@code "renewal-dates"}
   * @param engine the engine the query asks
   * @return the query
   * @throws IllegalArgumentException for an unknown name
   */
  static AgendaQuery named(String name, BillingEngine engine) {
    return switch (name) {
      case "engine" -> engine(engine);
      case "renewal-dates" -> renewalDates();
      default -> throw new IllegalArgumentException("unknown agenda query '" + name + "'");
    };
  }
}
