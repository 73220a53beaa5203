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
package co.kafkaman.billing.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.gen.LifeGen;
import co.kafkaman.billing.testkit.invariants.TeamInvariants;
import co.kafkaman.billing.testkit.invariants.Violation;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The fuzz gate (issue 13): hostile commands and hostile query arguments ({@link HostileInputs})
 * applied to generated teams ({@link LifeGen}) at every point of their lives. It passes only when
 *
 * <ul>
 *   <li>no exception escapes but the documented ones: a {@link BillingException} (a typed refusal
 *       where the value enters, or from a query) or a {@link NullPointerException} naming the null
 *       parameter;
 *   <li>every refusal returns the team it was given, the very same object;
 *   <li>every accepted outcome's team is valid: rebuilding it through its builder re-runs every
 *       check, {@code engine.replay(history)} equals it, and {@link TeamInvariants} finds no
 *       violation of the step (the team's state, the step's commands re-applied).
 * </ul>
 *
 * <p>{@code -Dfuzz.inputs=N} sets the number of inputs (10,000 by default; the {@code fuzz} Maven
 * profile runs 1,000,000); the counts are printed at the end.
 */
@SuppressWarnings("NullAway") // hostile inputs include nulls
class FuzzGateTest {
  private static final int INPUTS_PER_LIFE = 250;

  private final Counts counts = new Counts();

  @Test
  void noHostileInputPoisonsATeam() {
    int inputs = Integer.getInteger("fuzz.inputs", 10_000);
    int lives = Math.max(1, (inputs + INPUTS_PER_LIFE - 1) / INPUTS_PER_LIFE);
    long started = System.nanoTime();

    qt().withFixedSeed(13L)
        .withExamples(lives)
        .withShrinkCycles(0)
        .forAll(LifeGen.sample().withSteps(2, 14).lives())
        .checkAssert(life -> fuzz(life, INPUTS_PER_LIFE));

    System.out.printf(
        "fuzz gate: %d inputs over %d lives in %.1f s; %s%n",
        counts.inputs, lives, (System.nanoTime() - started) / 1e9, counts);
    assertThat(counts.failures).as("inputs that poisoned a team or escaped").isEmpty();
    assertThat(counts.inputs).isGreaterThanOrEqualTo(inputs);
    assertThat(counts.accepted).as("some hostile commands fit and are accepted").isPositive();
  }

  private void fuzz(TeamLife life, int inputs) {
    Simulator simulator = life.simulate();
    BillingEngine engine = simulator.engine();
    List<Simulator.Step> snapshots = new ArrayList<>();
    Map<Team, Boolean> seen = new IdentityHashMap<>();
    for (Simulator.Step step : simulator.steps()) {
      if (seen.put(step.outcome().team(), true) == null) {
        snapshots.add(step);
      }
    }
    HostileInputs hostile = new HostileInputs(life.toString().hashCode() * 31L + counts.inputs);
    for (int i = 0; i < inputs; i++) {
      Simulator.Step step = snapshots.get(i % snapshots.size());
      Team team = step.outcome().team();
      counts.inputs++;
      if (hostile.chance(20)) {
        query(engine, team, step.date(), hostile);
      } else {
        command(engine, team, step.date(), hostile);
      }
    }
  }

  private void command(BillingEngine engine, Team team, LocalDate today, HostileInputs hostile) {
    LocalDate asOf = hostile.date(team, today);
    Command command;
    try {
      command = hostile.command(team, asOf == null ? today : asOf);
    } catch (RuntimeException e) {
      counts.enteredRefused(e);
      return;
    }
    Supplier<String> input = () -> command + " on " + asOf;
    Outcome outcome;
    try {
      outcome = engine.apply(team, command, asOf);
    } catch (NullPointerException e) {
      if (asOf != null || !"asOf".equals(e.getMessage())) {
        counts.fail(input, e);
      } else {
        counts.enteredRefused(e);
      }
      return;
    } catch (RuntimeException e) {
      counts.fail(input, e);
      return;
    }
    if (outcome instanceof Outcome.Refused refused) {
      counts.refused.merge(refused.code().code() + " " + refused.code(), 1, Integer::sum);
      if (refused.team() != team) {
        counts.fail(input, new AssertionError("a refusal returned another team"));
      }
      return;
    }
    counts.accepted++;
    try {
      Team after = outcome.team();
      Team rebuilt = Team.builder().from(after).build();
      if (!rebuilt.equals(after)) {
        counts.fail(input, new AssertionError("the team rebuilt differs"));
      }
      Team replayed = engine.replay(after.history());
      if (!replayed.equals(after)) {
        counts.fail(input, new AssertionError("replay(history) differs from the team"));
      }
      List<Violation> violations = TeamInvariants.of(engine).violationsOf(team, outcome);
      if (!violations.isEmpty()) {
        counts.fail(input, new AssertionError("invariants broken: " + violations));
      }
    } catch (RuntimeException e) {
      counts.fail(() -> input.get() + " (accepted, then invalid)", e);
    }
  }

  private void query(BillingEngine engine, Team team, LocalDate today, HostileInputs hostile) {
    LocalDate asOf = hostile.date(team, today);
    int kind = hostile.nextInt(9);
    DateRange range;
    try {
      range = kind == 0 || kind == 1 ? hostile.range(team, today) : null;
    } catch (RuntimeException e) {
      counts.enteredRefused(e);
      return;
    }
    String invoice = hostile.invoiceNumber(team);
    Supplier<Object> call =
        switch (kind) {
          case 0 -> () -> engine.agenda(team, range);
          case 1 -> () -> engine.historyBetween(team, range);
          case 2 -> () -> engine.usage(team, asOf);
          case 3 -> () -> engine.autoFlexOverview(team, asOf);
          case 4 -> () -> engine.chargeFor(team, invoice, asOf);
          case 5 -> () -> engine.pendingPayments(team, asOf);
          case 6 -> () -> engine.quoteRenewal(team);
          case 7 -> () -> engine.overview(team);
          default -> () -> engine.pastInvoices(team);
        };
    Supplier<String> input =
        () -> "query " + kind + " of team " + team.id() + " on " + asOf + " range " + range;
    try {
      Object answer = call.get();
      if (answer.toString().isEmpty()) {
        counts.fail(input, new AssertionError("an answer without text"));
      }
      counts.answered++;
    } catch (BillingException e) {
      counts.refused.merge("query " + e.errorCode().code() + " " + e.errorCode(), 1, Integer::sum);
    } catch (NullPointerException e) {
      boolean named =
          (asOf == null && "asOf".equals(e.getMessage()))
              || (range == null && "range".equals(e.getMessage()))
              || (invoice == null && "invoiceNumber".equals(e.getMessage()));
      if (named) {
        counts.enteredRefused(e);
      } else {
        counts.fail(input, e);
      }
    } catch (RuntimeException e) {
      counts.fail(input, e);
    }
  }

  /** What the gate saw. */
  private static final class Counts {
    long inputs;
    long accepted;
    long answered;
    final Map<String, Integer> refused = new TreeMap<>();
    final Map<String, Integer> entered = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> exceptions = new TreeMap<>();

    /** A value refused where it entered: a typed refusal, or a null named. */
    void enteredRefused(RuntimeException e) {
      String key;
      if (e instanceof BillingException b) {
        key = b.errorCode().code() + " " + b.errorCode();
      } else if (e instanceof NullPointerException && e.getMessage() != null) {
        key = "NullPointerException";
      } else {
        fail(() -> "construction", e);
        return;
      }
      entered.merge(key, 1, Integer::sum);
    }

    /** Records an input that poisoned a team or let an exception escape; describes it lazily. */
    void fail(Supplier<String> input, Throwable e) {
      exceptions.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      if (failures.size() < 20) {
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        String described = input.get();
        String text = described.length() > 400 ? described.substring(0, 400) + "..." : described;
        failures.add(text + " -> " + e + " at " + at);
      }
    }

    @Override
    public String toString() {
      return "accepted="
          + accepted
          + ", queries answered="
          + answered
          + ", refused by code="
          + refused
          + ", refused where they entered="
          + entered
          + ", exceptions escaping="
          + exceptions;
    }
  }
}
