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

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.payment.Charge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Discovers what falls due for a team in a date range: the seam between the simulator's test clock
 * and the engine's knowledge of time.
 *
 * <p>{@link #agenda(BillingEngine)} is the simulator's default: every event of the engine's agenda
 * ({@link BillingEngine#agenda}: renewals, usage-month and auto-flex cycle ends, auto-flex
 * reminders, automatic payment attempts, overdue dates and grace ends) as the command that carries
 * it out. {@link #renewals()} keeps the older renewal-only discovery; {@link #and(DueEvents)}
 * combines sources.
 *
 * <p>Implementations must be pure: the same team and range give the same events, in date order,
 * with the same command ids.
 *
 * @since 0.1.0
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
   * Returns the engine's agenda as due events, with automatic payment attempts answered by {@link
   * PaymentProcessor#cardOnFile()}.
   *
   * @param engine the engine whose agenda is asked
   * @return the agenda discovery
   * @see #agenda(BillingEngine, PaymentProcessor)
   */
  static DueEvents agenda(BillingEngine engine) {
    return agenda(engine, PaymentProcessor.cardOnFile());
  }

  /**
   * Returns the engine's agenda as due events, each mapped to its command with actor {@code
   * "system"} and an id that is stable and unique per team:
   *
   * <ul>
   *   <li>{@code RENEWAL} on 2024-04-01: {@link Command.Renew} {@code "renew@2024-04-01"};
   *   <li>{@code USAGE_MONTH_END} or {@code AUTO_FLEX_CYCLE_END} on 2024-04-30: {@link
   *       Command.CloseUsageMonth} {@code "close@2024-04-30"} (one per date);
   *   <li>{@code AUTO_FLEX_REMINDER} on 2024-04-16: {@link Command.RemindAutoFlex} {@code
   *       "remind@2024-04-16"};
   *   <li>{@code PAYMENT_ATTEMPT} number 2 of invoice KB-000002: {@link
   *       Command.ReportPaymentAttempt} {@code "attempt@KB-000002#2"}, with the outcome {@code
   *       processor} gives for what {@link BillingEngine#chargeFor} says to charge (a failure with
   *       the refusal's reason when the invoice cannot be charged);
   *   <li>{@code PAYMENT_OVERDUE}, {@code GRACE_END} or {@code OVERDUE_STAGE} on 2024-03-22: {@link
   *       Command.EvaluateDunning} {@code "dunning@2024-03-22"} (one per date; on an overdue
   *       stage's day it records the stage reached).
   * </ul>
   *
   * <p>Events keep the agenda's order; of two events with one id only the first is kept.
   *
   * @param engine the engine whose agenda is asked
   * @param processor answers the automatic payment attempts
   * @return the agenda discovery
   */
  static DueEvents agenda(BillingEngine engine, PaymentProcessor processor) {
    return (team, range) -> {
      List<DueEvent> events = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      Map<String, Integer> attempts = new HashMap<>();
      for (AgendaEvent event : engine.agenda(team, range).events()) {
        LocalDate on = event.date();
        Command command =
            switch (event.kind()) {
              case RENEWAL -> new Command.Renew("renew@" + on, "system");
              case USAGE_MONTH_END, AUTO_FLEX_CYCLE_END ->
                  new Command.CloseUsageMonth("close@" + on, "system");
              case AUTO_FLEX_REMINDER -> new Command.RemindAutoFlex("remind@" + on, "system");
              case PAYMENT_OVERDUE, GRACE_END, OVERDUE_STAGE ->
                  new Command.EvaluateDunning("dunning@" + on, "system");
              case PAYMENT_ATTEMPT -> {
                String invoice = event.reference();
                int number =
                    attempts.merge(invoice, 1, Integer::sum) - 1 + nextAttemptNumber(team, invoice);
                yield attempt(engine, processor, team, invoice, number, on);
              }
            };
        if (ids.add(command.id())) {
          events.add(new DueEvent(on, command, event.kind() + " " + event.description()));
        }
      }
      return events;
    };
  }

  private static int nextAttemptNumber(Team team, String invoiceNumber) {
    return team.receivables().stream()
        .filter(r -> r.invoiceNumber().equals(invoiceNumber))
        .mapToInt(r -> r.nextAttemptNumber())
        .findFirst()
        .orElse(1);
  }

  private static Command attempt(
      BillingEngine engine,
      PaymentProcessor processor,
      Team team,
      String invoiceNumber,
      int number,
      LocalDate on) {
    String id = "attempt@" + invoiceNumber + "#" + number;
    Charge charge;
    try {
      charge = engine.chargeFor(team, invoiceNumber, on);
    } catch (BillingException e) {
      charge = new Charge.Impossible(e.errorCode(), String.valueOf(e.getMessage()));
    }
    PaymentProcessor.Result result = processor.attempt(invoiceNumber, number, charge, on);
    return new Command.ReportPaymentAttempt(
        id, "system", invoiceNumber, result.outcome(), result.reason());
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
