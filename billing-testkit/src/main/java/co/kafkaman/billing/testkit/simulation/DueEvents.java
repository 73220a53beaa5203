package co.kafkaman.billing.testkit.simulation;

import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Discovers what falls due for a team in a date range: the seam between the simulator's test clock
 * and the engine's knowledge of time.
 *
 * <p>{@link #renewals()} is the discovery the current engine supports: the renewal at the end of
 * the current cycle. When the engine offers an agenda query (every event that falls due in a range:
 * renewals, auto-flex cycle ends and reminders, payment retries, grace ends), an implementation of
 * this interface that maps each agenda item to its command replaces {@link #renewals()} as the
 * simulator's default; {@link #and(DueEvents)} combines sources meanwhile.
 *
 * <p>Implementations must be pure: the same team and range give the same events, in date order,
 * with the same command ids.
 */
@FunctionalInterface
public interface DueEvents {

  /**
   * Returns the events due for {@code team} on the dates of {@code range}, ordered by date (events
   * of one date in the order they must apply).
   *
   * @param team the team as it is now
   * @param range the dates asked about, {@code [start, end)}
   * @return the events, possibly empty
   */
  List<DueEvent> dueIn(Team team, DateRange range);

  /**
   * Returns the renewal-only discovery: a {@link Command.Renew} with id {@code "renew@<cycle end>"}
   * and actor {@code "system"} on the current cycle's end, when that date is in the range. Free
   * teams renew too, so their cycle keeps moving.
   *
   * @return the renewal discovery
   */
  static DueEvents renewals() {
    return (team, range) -> {
      LocalDate end = team.subscription().currentCycle().endExclusive();
      if (!range.contains(end)) {
        return List.of();
      }
      return List.of(
          new DueEvent(
              end,
              new Command.Renew("renew@" + end, "system"),
              "renewal of " + team.subscription().currentCycle()));
    };
  }

  /**
   * Returns the events of this source and of {@code other}, merged in date order; on one date, this
   * source's events come first.
   *
   * @param other another source
   * @return the combined source
   */
  default DueEvents and(DueEvents other) {
    DueEvents self = this;
    return (team, range) -> {
      List<DueEvent> all = new ArrayList<>(self.dueIn(team, range));
      all.addAll(other.dueIn(team, range));
      all.sort(Comparator.comparing(DueEvent::on));
      return all;
    };
  }
}
