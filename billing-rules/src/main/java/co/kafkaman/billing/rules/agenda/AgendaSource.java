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
package co.kafkaman.billing.rules.agenda;

import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import java.util.List;

/**
 * A rule that knows which of its events fall due in a date range. The engine's agenda joins the
 * sources of every rule: renewals ({@link Agenda#renewals}), dunning ({@code DunningRules::agenda})
 * and, as one more source, auto-flex cycle ends and reminders.
 *
 * <p>A source must be pure: the same team and range always give the same events.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AgendaSource {

  /**
   * Returns the events of {@code team} whose date is in {@code range}, in any order.
   *
   * @param team the team
   * @param range the dates asked about, half-open
   * @return the events
   */
  List<AgendaEvent> eventsIn(Team team, DateRange range);
}
