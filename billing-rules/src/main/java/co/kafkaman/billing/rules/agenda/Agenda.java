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

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import co.kafkaman.billing.rules.flex.AutoFlexPolicy;
import co.kafkaman.billing.rules.flex.FlexCalendar;
import co.kafkaman.billing.rules.flex.FlexDate;
import co.kafkaman.billing.rules.invoicing.Lines;
import co.kafkaman.billing.rules.renewal.RenewalRules;
import co.kafkaman.billing.rules.usage.UsageCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every billing event of a team that falls due in a date range, in a deterministic order ({@link
 * AgendaEvent#ORDER}), so a host's scheduler knows on which dates to call the engine and with what.
 * It is a projection "if nothing changes": a payment or a plan change may remove or move events, so
 * a host asks again after applying a command.
 *
 * <p>Worked example: a monthly Basic team anchored 2024-03-01 whose invoice KB-000002 (USD 36.00)
 * failed its first attempt on 2024-03-01 has, for {@code [2024-03-01, 2024-04-02)}: {@code
 * 2024-03-04 PAYMENT_ATTEMPT} (attempt 2 of 3), {@code 2024-03-08 PAYMENT_ATTEMPT} (attempt 3 of
 * 3), {@code 2024-03-22 GRACE_END} and {@code 2024-04-01 RENEWAL}.
 *
 * @param teamId the team
 * @param range the dates covered, half-open
 * @param events the events in {@link AgendaEvent#ORDER}
 * @since 0.1.0
 */
public record Agenda(String teamId, DateRange range, List<AgendaEvent> events) {

  /**
   * Copies the events in order.
   *
   * @param teamId the team
   * @param range the dates covered, half-open
   * @param events the events in {@link AgendaEvent#ORDER}
   */
  public Agenda {
    List<AgendaEvent> sorted = new ArrayList<>(events);
    sorted.sort(AgendaEvent.ORDER);
    events = List.copyOf(sorted);
  }

  /**
   * Returns the agenda of {@code team} for {@code range}, joining the events of every source and
   * keeping those whose date is in the range.
   *
   * @param team the team
   * @param range the dates asked about, half-open
   * @param sources the rules' event sources
   * @return the agenda
   */
  public static Agenda of(Team team, DateRange range, List<AgendaSource> sources) {
    List<AgendaEvent> events = new ArrayList<>();
    for (AgendaSource source : sources) {
      for (AgendaEvent event : source.eventsIn(team, range)) {
        if (range.contains(event.date())) {
          events.add(event);
        }
      }
    }
    return new Agenda(team.id(), range, events);
  }

  /**
   * Returns the renewals of {@code team} in {@code range}: the current cycle's end, then the
   * boundaries of the next terms' cycles (counted from the anchor when the frequency stays, from
   * the first renewal when it changes), if nothing changes.
   *
   * <p>Descriptions print the terms with the catalog's names: {@code "renew Basic monthly, 3 seats
   * (first renewal)"}.
   *
   * @param team the team
   * @param catalog the catalog that prices the team, whose names the descriptions print
   * @param range the dates asked about, half-open
   * @return the renewal events
   */
  public static List<AgendaEvent> renewals(Team team, Catalog catalog, DateRange range) {
    Subscription subscription = team.subscription();
    Optional<List<AgendaEvent>> ending = endingOrTrial(team, catalog, range);
    if (ending.isPresent()) {
      return ending.get();
    }
    LocalDate firstRenewal = subscription.currentCycle().endExclusive();
    Terms next = RenewalRules.nextTerms(team);
    List<AgendaEvent> events = new ArrayList<>();
    for (ScheduleProjection.Boundary boundary :
        ScheduleProjection.of(subscription).boundaries(frequency -> frequency, range)) {
      if (boundary.renewal()) {
        boolean first = boundary.date().equals(firstRenewal);
        events.add(
            renewal(
                boundary.date(),
                "renew "
                    + Lines.terms(catalog, next)
                    + (first ? " (first renewal)" : " (projected)")));
      }
    }
    return events;
  }

  /**
   * Lists the usage-month ends inside billing cycles and the auto-flex reminders and cycle ends of
   * {@code team} in {@code range}. A quarter end of an annual term is one {@code
   * AUTO_FLEX_CYCLE_END} event (it also closes the usage month); auto-flex cycles that end with the
   * billing cycle are billed by the renewal and not listed again.
   *
   * <p>Example: annual Basic anchored 2024-01-31 with auto-flex, range {@code [2024-04-01,
   * 2024-05-01)}: {@code AUTO_FLEX_REMINDER} on 2024-04-16 and {@code AUTO_FLEX_CYCLE_END} on
   * 2024-04-30.
   *
   * <p>Auto-flex dates are listed only where auto-flex is active ({@link
   * FlexCalendar#activeBetween}), so every reminder listed is accepted on its date: a team on a
   * plan without auto-flex (Enterprise, Free in the sample catalog) gets none, even with auto-flex
   * on.
   *
   * @param team the team
   * @param range the dates asked about, half-open
   * @param policy the auto-flex policy (reminder lead days)
   * @param catalog the price list (which plans are auto-flex eligible)
   * @return the events
   */
  public static List<AgendaEvent> usageAndAutoFlex(
      Team team, DateRange range, AutoFlexPolicy policy, Catalog catalog) {
    if (team.subscription().ended() || team.subscription().paused()) {
      return List.of();
    }
    Optional<LocalDate> endsOn = team.subscription().endsOn();
    if (endsOn.isPresent() && !range.start().isBefore(endsOn.get())) {
      return List.of();
    }
    if (endsOn.isPresent() && range.endExclusive().isAfter(endsOn.get())) {
      // nothing falls due after a cancelled subscription ends
      return usageAndAutoFlex(
          team, DateRange.of(range.start(), endsOn.get().plusDays(1)), policy, catalog);
    }
    List<AgendaEvent> events = new ArrayList<>();
    java.util.Set<LocalDate> flexEnds = new java.util.HashSet<>();
    for (FlexDate date : FlexCalendar.activeBetween(team, catalog, policy, range)) {
      if (date.kind() == FlexDate.Kind.REMINDER) {
        events.add(
            new AgendaEvent(
                date.date(),
                AgendaEventKind.AUTO_FLEX_REMINDER,
                "auto-flex cycle " + date.autoFlexCycle(),
                "remind billing members and admins: auto-flex cycle "
                    + date.autoFlexCycle()
                    + " ends on "
                    + date.autoFlexCycle().endExclusive()));
      } else if (!date.renewal()) {
        flexEnds.add(date.date());
        events.add(
            new AgendaEvent(
                date.date(),
                AgendaEventKind.AUTO_FLEX_CYCLE_END,
                "auto-flex cycle " + date.autoFlexCycle(),
                "close the usage month and bill the flex users of auto-flex cycle "
                    + date.autoFlexCycle()));
      }
    }
    for (LocalDate closing : UsageCalendar.closings(team.subscription(), range)) {
      if (!flexEnds.contains(closing)) {
        events.add(
            new AgendaEvent(
                closing,
                AgendaEventKind.USAGE_MONTH_END,
                "usage month ending " + closing,
                "close the usage month ending " + closing + " and bill its overage"));
      }
    }
    return events;
  }

  // --- trials and endings (issue 11, lifecycle) ---

  /**
   * Returns the renewal events of an ended, cancelled or trial subscription, or empty for one that
   * simply renews: an ended one has none; a cancelled one has its end (the {@code RENEWAL} that
   * ends it) and nothing after; a trial has its end, the start of the first paid cycle, then the
   * paid cycles' renewals.
   */
  private static Optional<List<AgendaEvent>> endingOrTrial(
      Team team, Catalog catalog, DateRange range) {
    Subscription subscription = team.subscription();
    if (subscription.ended() || subscription.paused()) {
      return Optional.of(List.of());
    }
    LocalDate end = subscription.currentCycle().endExclusive();
    if (subscription.endsOn().isPresent()) {
      return Optional.of(
          range.contains(end)
              ? List.of(
                  renewal(
                      end,
                      "end the cancelled subscription ("
                          + Lines.terms(catalog, subscription.terms())
                          + "): nothing more is billed"))
              : List.of());
    }
    if (!subscription.inTrial()) {
      return Optional.empty();
    }
    Terms next = RenewalRules.nextTerms(team);
    List<AgendaEvent> events = new ArrayList<>();
    for (ScheduleProjection.Boundary boundary :
        ScheduleProjection.of(subscription).boundaries(frequency -> frequency, range)) {
      if (boundary.renewal()) {
        events.add(
            renewal(
                boundary.date(),
                boundary.date().equals(end)
                    ? "free trial ends: first paid cycle of "
                        + Lines.terms(catalog, next)
                        + " starts and is billed"
                    : "renew " + Lines.terms(catalog, next) + " (projected)"));
      }
    }
    return Optional.of(events);
  }

  private static AgendaEvent renewal(LocalDate date, String description) {
    return new AgendaEvent(date, AgendaEventKind.RENEWAL, "cycle ending " + date, description);
  }
}
