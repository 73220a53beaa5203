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
package co.kafkaman.billing.testkit.invariants;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the invariants every team must keep, whatever commands it was given ({@link Invariant}):
 *
 * <ul>
 *   <li>each invoice's total due, subtotal and credits applied equal the sums of its lines, and no
 *       total is negative;
 *   <li>account credit is never negative, moves only by {@code CREDIT_TO_ACCOUNT} and {@code
 *       ACCOUNT_CREDIT_APPLIED} lines, and the credit granted equals the credit consumed plus the
 *       balance;
 *   <li>the change credits of an item never exceed what was billed for it on invoices that are not
 *       void, and the subscription's billed items were billed by such invoices;
 *   <li>every invoice total is accounted for exactly once: paid (by one payment), still open, void
 *       or uncollectible, with one receivable while it is collected and one history entry that
 *       issued it;
 *   <li>invoice numbers are gapless; the history is chronological with unique ids;
 *   <li>replaying the history rebuilds the team, and re-applying any command of the history changes
 *       nothing.
 * </ul>
 *
 * <p>{@link #violationsOf(Team)} returns what is broken; {@link #check(Team)} raises {@link
 * InvariantsViolated}, an {@link AssertionError} listing every violation. {@link
 * #violationsOf(Team, Outcome)} checks one step of a life cheaply enough to run after every command
 * (the team's state, the step's own commands re-applied, the history grown, issued invoices kept);
 * replaying and re-applying the whole history cost the history's length and more, so a long life
 * checks them with {@link #violationsOf(Team)} at chosen points.
 *
 * <pre>{@code
 * TeamInvariants invariants = TeamInvariants.of(engine);
 * Outcome outcome = engine.apply(team, command, asOf);
 * assertThat(invariants.violationsOf(team, outcome)).isEmpty();
 * invariants.check(outcome.team());   // throws InvariantsViolated with readable messages
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamInvariants {
  private final BillingEngine engine;

  private TeamInvariants(BillingEngine engine) {
    this.engine = engine;
  }

  /**
   * Returns the invariants of teams made by {@code engine} (its catalog and policy replay them).
   *
   * @param engine the engine the teams were made with
   * @return the checker
   */
  public static TeamInvariants of(BillingEngine engine) {
    return new TeamInvariants(engine);
  }

  /**
   * Returns the invariants of teams made with the sample catalog and the kafkaman policy.
   *
   * @return the checker
   */
  public static TeamInvariants sample() {
    return of(BillingEngine.of(Catalog.kafkamanSample()));
  }

  /**
   * Returns the engine that replays and re-applies.
   *
   * @return the engine
   */
  public BillingEngine engine() {
    return engine;
  }

  /**
   * Checks every invariant of {@code team}.
   *
   * @param team the team
   * @throws InvariantsViolated listing every violation, if there is one
   */
  public void check(Team team) {
    raise(violationsOf(team));
  }

  /**
   * Checks the step {@code outcome} made from {@code before}.
   *
   * @param before the team the command was applied to
   * @param outcome the engine's outcome
   * @throws InvariantsViolated listing every violation, if there is one
   * @see #violationsOf(Team, Outcome)
   */
  public void check(Team before, Outcome outcome) {
    raise(violationsOf(before, outcome));
  }

  /**
   * Returns every violation of {@code team}: its state, replay and idempotency (each command of the
   * history re-applied).
   *
   * @param team the team
   * @return the violations, empty when every invariant holds
   */
  public List<Violation> violationsOf(Team team) {
    List<Violation> found = stateViolationsOf(team);
    replay(team, found);
    for (HistoryEntry entry : team.history()) {
      reapply(team, entry, found);
    }
    return found;
  }

  /**
   * Returns the violations of {@code team}'s state alone (totals, account credit, credit basis,
   * settlement, numbering, chronology), without replaying or re-applying anything.
   *
   * @param team the team
   * @return the violations, empty when every invariant holds
   */
  public List<Violation> stateViolationsOf(Team team) {
    List<Violation> found = new ArrayList<>(0);
    new StateChecks(team, found).checkAll();
    return found;
  }

  /**
   * Returns the violations of one step: a refused command must leave {@code before} as it was; an
   * accepted one must give a team whose state keeps every invariant, whose history extends {@code
   * before}'s, whose earlier invoices keep their lines and move only by legal status transitions,
   * and on which the step's own commands, re-applied, change nothing.
   *
   * @param before the team the command was applied to
   * @param outcome the engine's outcome
   * @return the violations, empty when every invariant holds
   */
  public List<Violation> violationsOf(Team before, Outcome outcome) {
    Team after = outcome.team();
    if (outcome instanceof Outcome.Refused refused) {
      List<Violation> found = new ArrayList<>(0);
      if (!after.equals(before)) {
        found.add(
            new Violation(
                Invariant.STEP,
                before.id(),
                "command " + refused.command().id() + " was refused but changed the team"));
      }
      return found;
    }
    List<Violation> found = stateViolationsOf(after);
    grown(before, after, outcome.command(), found);
    for (int i = before.history().size(); i < after.history().size(); i++) {
      reapply(after, after.history().get(i), found);
    }
    return found;
  }

  private static void grown(Team before, Team after, Command command, List<Violation> found) {
    String step = "command " + command.id() + ": ";
    List<HistoryEntry> old = before.history();
    List<HistoryEntry> now = after.history();
    if (now.size() < old.size() || !now.subList(0, old.size()).equals(old)) {
      found.add(
          new Violation(Invariant.STEP, after.id(), step + "the history was rewritten, not grown"));
    }
    List<Invoice> oldInvoices = before.invoices();
    List<Invoice> newInvoices = after.invoices();
    if (newInvoices.size() < oldInvoices.size()) {
      found.add(new Violation(Invariant.STEP, after.id(), step + "invoices disappeared"));
      return;
    }
    for (int i = 0; i < oldInvoices.size(); i++) {
      Invoice was = oldInvoices.get(i);
      Invoice is = newInvoices.get(i);
      if (!is.withStatus(was.status()).equals(was)) {
        found.add(
            new Violation(
                Invariant.STEP, after.id(), step + "issued invoice " + was.number() + " changed"));
      } else if (is.status() != was.status() && !was.status().canBecome(is.status())) {
        found.add(
            new Violation(
                Invariant.STEP,
                after.id(),
                step
                    + "invoice "
                    + was.number()
                    + " moved "
                    + was.status()
                    + " -> "
                    + is.status()));
      }
    }
  }

  private void replay(Team team, List<Violation> found) {
    try {
      Team replayed = engine.replay(team.history());
      if (!replayed.equals(team)) {
        found.add(
            new Violation(
                Invariant.REPLAY,
                team.id(),
                "replaying "
                    + team.history().size()
                    + " entries gives another team: "
                    + difference(replayed, team)));
      }
    } catch (BillingException e) {
      found.add(new Violation(Invariant.REPLAY, team.id(), "replay refused: " + e.getMessage()));
    }
  }

  private void reapply(Team team, HistoryEntry entry, List<Violation> found) {
    if (!(entry.payload() instanceof Command command) || !entry.id().equals(command.id())) {
      return;
    }
    Outcome again = engine.apply(team, command, entry.date());
    if (!again.isAccepted()) {
      found.add(
          new Violation(
              Invariant.IDEMPOTENCY,
              team.id(),
              "re-applying " + command.id() + " is refused: " + again.summary()));
    } else if (!again.team().equals(team)) {
      found.add(
          new Violation(
              Invariant.IDEMPOTENCY,
              team.id(),
              "re-applying "
                  + command.id()
                  + " on "
                  + entry.date()
                  + " changes the team: "
                  + difference(again.team(), team)));
    } else if (again instanceof Outcome.Accepted accepted && !accepted.notifications().isEmpty()) {
      found.add(
          new Violation(
              Invariant.IDEMPOTENCY,
              team.id(),
              "re-applying " + command.id() + " notifies again: " + accepted.notifications()));
    }
  }

  /** Names the first part of two teams that differs, for a readable message. */
  private static String difference(Team actual, Team expected) {
    if (!actual.subscription().equals(expected.subscription())) {
      return "subscription " + actual.subscription() + " instead of " + expected.subscription();
    }
    if (!actual.invoices().equals(expected.invoices())) {
      return "invoices differ";
    }
    if (!actual.history().equals(expected.history())) {
      return "history of "
          + actual.history().size()
          + " entries instead of "
          + expected.history().size();
    }
    if (!actual.accountCredit().equals(expected.accountCredit())) {
      return "account credit " + actual.accountCredit() + " instead of " + expected.accountCredit();
    }
    return "members, cards, receivables or standing differ";
  }

  private static void raise(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new InvariantsViolated(violations);
    }
  }
}
