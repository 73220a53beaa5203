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
package co.kafkaman.billing.testkit.simulation;

import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.proration.SecondsDayCount;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A test clock for one team: applies dated commands and lets time advance, applying on each date
 * what falls due (as told by {@link DueEvents}), and collects every outcome, invoice, notification
 * intent and history entry on the way.
 *
 * <p>Time only moves forward and only when asked: {@link #advanceTo(LocalDate)} jumps from event to
 * event, {@link #advanceDayByDay(LocalDate)} visits every date; both apply the same events in the
 * same order. On a date, due events apply first (at the start of the day), then the commands the
 * test applies on that date. Each due event's command id is applied at most once, so an event the
 * engine refuses is recorded in {@link #refusals()} and not retried.
 *
 * <p>Nothing sleeps and nothing reads a clock: a simulated year is a few dozen engine calls, so
 * years and thousands of teams run in seconds, and the same inputs always give the same log.
 *
 * <pre>{@code
 * Simulator sim = Simulator.start(TeamFixture.of(engine));      // created 2024-03-01
 * sim.apply(LocalDate.of(2024, 3, 15), ChangeSubscription.of("c-2", "ana", terms, IMMEDIATELY));
 * sim.advanceTo(LocalDate.of(2025, 3, 1));                      // 12 renewals (and payments)
 * sim.invoices();                                               // 14 invoices
 * }</pre>
 *
 * <p>Mutable and not thread-safe: one simulator per team and thread.
 *
 * @since 0.1.0
 */
public final class Simulator {
  /** More events than this on one date means a {@link DueEvents} source never settles. */
  private static final int MAX_EVENTS_PER_DATE = 10_000;

  private final BillingEngine engine;
  private final DueEvents dueEvents;
  private final List<Step> steps = new ArrayList<>();
  private final List<Invoice> invoices = new ArrayList<>();
  private final List<NotificationIntent> notifications = new ArrayList<>();
  private final Set<String> appliedEventIds = new HashSet<>();
  private Team team;
  private LocalDate today;

  /**
   * One thing that happened: a command applied on a date and its outcome.
   *
   * @param date the date it applied on
   * @param outcome the engine's outcome
   * @param event the due event it carried out, or {@code null} for a command the test applied
   */
  public record Step(
      LocalDate date, Outcome outcome, @org.jspecify.annotations.Nullable DueEvent event) {

    /**
     * Returns whether the step carried out a due event (rather than a command the test applied).
     *
     * @return true for scheduled steps
     */
    public boolean isScheduled() {
      return event != null;
    }

    /**
     * Returns {@code "2024-04-01 renew@2024-04-01 (due): Renewed ..."}.
     *
     * @return the step as one line
     */
    @Override
    public String toString() {
      return date
          + " "
          + outcome.command().id()
          + (event != null ? " (due)" : "")
          + ": "
          + (outcome.isAccepted() ? "" : "REFUSED ")
          + outcome.summary();
    }
  }

  private Simulator(BillingEngine engine, DueEvents dueEvents, Team team, LocalDate today) {
    this.engine = engine;
    this.dueEvents = dueEvents;
    this.team = team;
    this.today = today;
  }

  /**
   * Starts a simulation with an existing team on {@code today}; the engine's agenda falls due
   * ({@link DueEvents#agenda(BillingEngine)}, payment attempts succeed when a card can be charged).
   *
   * @param engine the engine
   * @param team the team
   * @param today the simulated date, not before the team's creation
   * @return the simulator
   */
  public static Simulator of(BillingEngine engine, Team team, LocalDate today) {
    return of(engine, DueEvents.agenda(engine), team, today);
  }

  /**
   * Starts a simulation with an existing team on {@code today} and the given due-event discovery.
   *
   * @param engine the engine
   * @param dueEvents what falls due
   * @param team the team
   * @param today the simulated date, not before the team's creation
   * @return the simulator
   * @throws IllegalArgumentException if {@code today} is before the team was created
   */
  public static Simulator of(
      BillingEngine engine, DueEvents dueEvents, Team team, LocalDate today) {
    if (today.isBefore(team.createdOn())) {
      throw new IllegalArgumentException(
          "today " + today + " is before the team was created on " + team.createdOn());
    }
    return new Simulator(engine, dueEvents, team, today);
  }

  /**
   * The card {@link #start(TeamFixture)} gives a team created without one, so the automatic payment
   * attempts of the engine's agenda can succeed: visa ending 4242, token {@code "tok_simulated"},
   * expiring 2099-12.
   */
  public static final CardReference SIMULATED_CARD =
      new CardReference("tok_simulated", "visa", "4242", YearMonth.of(2099, 12));

  /**
   * Creates the fixture's team on its creation date, gives it {@link #SIMULATED_CARD} (an {@code
   * AddCard} with id {@code "card@setup"}, a step of its own) when it has no card, and starts
   * simulating from there; the engine's agenda falls due ({@link DueEvents#agenda(BillingEngine)}:
   * renewals, usage months, auto-flex, payment attempts that succeed on the card, dunning). For a
   * team without a card, or another payment story, use {@link #start(TeamFixture, DueEvents)}.
   *
   * @param fixture the team to create
   * @return the simulator
   * @throws IllegalStateException if the engine refuses the creation
   */
  public static Simulator start(TeamFixture fixture) {
    return start(fixture, PaymentProcessor.cardOnFile());
  }

  /**
   * Creates the fixture's team as {@link #start(TeamFixture)} does (with {@link #SIMULATED_CARD}
   * when it has no card), with the engine's agenda falling due and its automatic payment attempts
   * answered by {@code processor}: {@code start(fixture, PaymentProcessor.failingSometimes(4, "card
   * declined"))} tells a life with retries, dunning and grace.
   *
   * @param fixture the team to create
   * @param processor answers the automatic payment attempts
   * @return the simulator
   * @throws IllegalStateException if the engine refuses the creation
   */
  public static Simulator start(TeamFixture fixture, PaymentProcessor processor) {
    Simulator simulator = start(fixture, DueEvents.agenda(fixture.engine(), processor));
    if (simulator.team().cards().isEmpty()) {
      simulator.apply(new Command.AddCard("card@setup", "system", SIMULATED_CARD));
    }
    return simulator;
  }

  /**
   * Creates the fixture's team on its creation date and starts simulating with {@code dueEvents}.
   *
   * @param fixture the team to create
   * @param dueEvents what falls due
   * @return the simulator
   * @throws IllegalStateException if the engine refuses the creation
   */
  public static Simulator start(TeamFixture fixture, DueEvents dueEvents) {
    Outcome.Accepted created = fixture.create();
    Simulator simulator =
        new Simulator(fixture.engine(), dueEvents, created.team(), fixture.createdOn());
    simulator.record(new Step(fixture.createdOn(), created, null));
    return simulator;
  }

  /**
   * Returns the simulated date.
   *
   * @return today
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Returns the team as it is now.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }

  /**
   * Returns the engine.
   *
   * @return the engine
   */
  public BillingEngine engine() {
    return engine;
  }

  /**
   * Applies {@code command} today, without advancing time.
   *
   * @param command the command
   * @return the engine's outcome (also recorded)
   */
  public Outcome apply(Command command) {
    Outcome outcome = engine.apply(team, command, today);
    record(new Step(today, outcome, null));
    return outcome;
  }

  /**
   * Applies {@code command} today at the instant {@code at}, without advancing time: {@code
   * engine.apply(team, command, at)}, for an engine that prorates by seconds ({@code
   * DayCount.seconds(zone)}), whose charges and credits then count from the instant. The step is
   * recorded on today's date. An engine that counts dates refuses the command ({@code
   * INCONSISTENT_STATE} naming {@code at}), and the refusal is recorded like any other.
   *
   * <p>Example: today 2024-04-16, {@code apply(upgrade, Instant.parse("2024-04-16T12:00:00Z"))} on
   * an engine prorating by seconds in UTC credits and charges 14.5 of the cycle's 30 days.
   *
   * @param command the command
   * @param at the instant, on today's date in the zone of the engine's seconds count
   * @return the engine's outcome (also recorded)
   * @throws IllegalArgumentException if the engine prorates by seconds and {@code at} falls on
   *     another date than today in its zone
   * @since 0.1.0
   */
  public Outcome apply(Command command, Instant at) {
    if (engine.policy().proration().dayCount() instanceof SecondsDayCount seconds) {
      LocalDate date = dateIn(seconds, at);
      if (date != null && !date.equals(today)) {
        throw new IllegalArgumentException(
            at + " is " + date + " in " + seconds.zone() + ", not today " + today);
      }
    }
    Outcome outcome = engine.apply(team, command, at);
    record(new Step(today, outcome, null));
    return outcome;
  }

  /**
   * The date of {@code at} in the zone, or null for an instant without one (the engine refuses it).
   */
  private static @org.jspecify.annotations.Nullable LocalDate dateIn(
      SecondsDayCount seconds, Instant at) {
    try {
      return seconds.dateOf(at);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * Advances to {@code date} (applying what falls due until then, that date included), then applies
   * {@code command} on it.
   *
   * @param date the command's date, not before today
   * @param command the command
   * @return the engine's outcome (also recorded)
   * @throws IllegalArgumentException if {@code date} is before today
   */
  public Outcome apply(LocalDate date, Command command) {
    advanceTo(date);
    return apply(command);
  }

  /**
   * Advances the clock to {@code date}, jumping from one due event to the next and applying each;
   * events due on {@code date} itself are applied too.
   *
   * @param date the target date, not before today
   * @return this simulator
   * @throws IllegalArgumentException if {@code date} is before today
   * @throws IllegalStateException if the due events of one date never settle
   */
  public Simulator advanceTo(LocalDate date) {
    requireNotBefore(date);
    int onOneDate = 0;
    LocalDate last = today;
    while (true) {
      DueEvent next = firstPending(DateRange.of(today, date.plusDays(1)));
      if (next == null) {
        break;
      }
      onOneDate = next.on().equals(last) ? onOneDate + 1 : 1;
      last = next.on();
      if (onOneDate > MAX_EVENTS_PER_DATE) {
        throw new IllegalStateException("due events on " + last + " never settle: " + next);
      }
      if (next.on().isAfter(today)) {
        today = next.on();
      }
      applyEvent(next);
    }
    today = date;
    return this;
  }

  /**
   * Advances the clock to {@code date} one date at a time, applying on each date what falls due on
   * it. Gives the same result as {@link #advanceTo(LocalDate)}; slower, for tests that check that.
   *
   * @param date the target date, not before today
   * @return this simulator
   * @throws IllegalArgumentException if {@code date} is before today
   * @throws IllegalStateException if the due events of one date never settle
   */
  public Simulator advanceDayByDay(LocalDate date) {
    requireNotBefore(date);
    for (LocalDate day = today; !day.isAfter(date); day = day.plusDays(1)) {
      today = day;
      int events = 0;
      for (DueEvent next = firstPending(DateRange.ofDays(day, 1));
          next != null;
          next = firstPending(DateRange.ofDays(day, 1))) {
        if (++events > MAX_EVENTS_PER_DATE) {
          throw new IllegalStateException("due events on " + day + " never settle: " + next);
        }
        applyEvent(next);
      }
    }
    return this;
  }

  /**
   * Advances the clock by {@code days} days (event to event).
   *
   * @param days the days to advance, zero or more
   * @return this simulator
   */
  public Simulator advanceDays(long days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    return advanceTo(today.plusDays(days));
  }

  /**
   * Returns what falls due in {@code range} for the team as it is now (without applying it).
   *
   * @param range the dates asked about
   * @return the events not yet applied, in date order
   */
  public List<DueEvent> pendingIn(DateRange range) {
    List<DueEvent> pending = new ArrayList<>();
    for (DueEvent event : dueEvents.dueIn(team, range)) {
      if (!appliedEventIds.contains(event.command().id())) {
        pending.add(event);
      }
    }
    return pending;
  }

  /**
   * Returns every step so far, in order.
   *
   * @return the steps
   */
  public List<Step> steps() {
    return Collections.unmodifiableList(steps);
  }

  /**
   * Returns the number of steps so far; with {@link #stepsSince(int)}, what one part of a test
   * caused.
   *
   * @return the step count
   */
  public int stepCount() {
    return steps.size();
  }

  /**
   * Returns the steps from index {@code from} on.
   *
   * @param from a value {@link #stepCount()} returned earlier
   * @return the steps since then
   */
  public List<Step> stepsSince(int from) {
    return Collections.unmodifiableList(steps.subList(from, steps.size()));
  }

  /**
   * Returns every invoice issued so far, in order.
   *
   * @return the invoices
   */
  public List<Invoice> invoices() {
    return Collections.unmodifiableList(invoices);
  }

  /**
   * Returns every notification intent so far, in order.
   *
   * @return the intents
   */
  public List<NotificationIntent> notifications() {
    return Collections.unmodifiableList(notifications);
  }

  /**
   * Returns the team's account history.
   *
   * @return the entries, oldest first
   */
  public List<HistoryEntry> history() {
    return team.history();
  }

  /**
   * Returns every refused outcome so far, of test commands and of due events alike.
   *
   * @return the refusals, in order
   */
  public List<Outcome.Refused> refusals() {
    List<Outcome.Refused> refused = new ArrayList<>();
    for (Step step : steps) {
      if (step.outcome() instanceof Outcome.Refused r) {
        refused.add(r);
      }
    }
    return refused;
  }

  private @org.jspecify.annotations.Nullable DueEvent firstPending(DateRange range) {
    for (DueEvent event : dueEvents.dueIn(team, range)) {
      if (!appliedEventIds.contains(event.command().id())) {
        return event;
      }
    }
    return null;
  }

  private void applyEvent(DueEvent event) {
    appliedEventIds.add(event.command().id());
    Outcome outcome = engine.apply(team, event.command(), event.on());
    record(new Step(event.on(), outcome, event));
  }

  private void record(Step step) {
    steps.add(step);
    team = step.outcome().team();
    if (step.outcome() instanceof Outcome.Accepted accepted) {
      invoices.addAll(accepted.invoices());
      notifications.addAll(accepted.notifications());
    }
  }

  private void requireNotBefore(LocalDate date) {
    if (date.isBefore(today)) {
      throw new IllegalArgumentException("cannot go back in time from " + today + " to " + date);
    }
  }
}
