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
 * <p><b>Pending:</b> the engine's agenda query (renewals, auto-flex reminders and true-ups, usage
 * months, payment retries, grace ends) is not on this branch yet. Until it is, {@link
 * #renewalDates()} stands in: the renewal dates from the cycle schedule, the only dated event the
 * engine has today. To measure the real agenda, add a case to {@link #named(String, BillingEngine)}
 * that calls it, and its name to {@link AgendaBenchmark#query}.
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
   * Returns the query named {@code name}.
   *
   * @param name {@code "renewal-dates"}
   * @param engine the engine the query asks
   * @return the query
   * @throws IllegalArgumentException for an unknown name
   */
  static AgendaQuery named(String name, BillingEngine engine) {
    return switch (name) {
      case "renewal-dates" -> renewalDates();
      default -> throw new IllegalArgumentException("unknown agenda query '" + name + "'");
    };
  }
}
