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
