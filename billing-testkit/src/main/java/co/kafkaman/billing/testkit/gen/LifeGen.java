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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.testkit.TeamFixture;
import co.kafkaman.billing.testkit.simulation.DatedCommand;
import co.kafkaman.billing.testkit.simulation.DueEvents;
import co.kafkaman.billing.testkit.simulation.PaymentProcessor;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generates whole team lives: a team created on an edge-weighted date, then a sequence of dated
 * commands, each drawn for the team as it is on its date (time advanced and the agenda applied by a
 * {@link Simulator} while generating), then a quiet tail. Dates favour the days that break billing
 * code: the first and last day of the current cycle, the renewal day itself, the same day again.
 *
 * <p>The command kinds and their weights are data: {@link #of(Gen)} starts with the engine's
 * subscription commands ({@link CommandGen#changes()} weight 6, {@link
 * CommandGen#standingInstructions()} 2, {@link CommandGen#clearStandingInstructions()} 1, {@link
 * CommandGen#memberChanges()} 3, {@link CommandGen#usage()} 3) and {@link #withCommands(int,
 * CommandGen)} adds more. Immutable; each {@code with*} returns a copy.
 *
 * <pre>{@code
 * qt().forAll(LifeGen.sample().withSteps(1, 20).lives())
 *     .checkAssert(life -> assertThat(life.simulate().invoices()).allSatisfy(...));
 * }</pre>
 *
 * <p>Example life: {@code team acme (JPY) created 2096-02-29 on BASIC ANNUAL, 1 seat; 2096-02-29
 * ChangeSubscription c-2 ... 3 seats IMMEDIATELY; 2097-02-27 SetStandingInstructions c-3 ...; until
 * 2097-06-30}.
 *
 * @since 0.1.0
 */
public final class LifeGen {
  private final Gen<TeamFixture> fixtures;
  private final List<Pair<Integer, CommandGen>> commands;
  private final int minSteps;
  private final int maxSteps;
  private final int tailDays;
  private final int gapDays;
  private final @Nullable DueEvents dueEvents;
  private final @Nullable PaymentProcessor processor;

  private LifeGen(
      Gen<TeamFixture> fixtures,
      List<Pair<Integer, CommandGen>> commands,
      int minSteps,
      int maxSteps,
      int tailDays,
      int gapDays,
      @Nullable DueEvents dueEvents,
      @Nullable PaymentProcessor processor) {
    this.fixtures = fixtures;
    this.commands = List.copyOf(commands);
    this.minSteps = minSteps;
    this.maxSteps = maxSteps;
    this.tailDays = tailDays;
    this.gapDays = gapDays;
    this.dueEvents = dueEvents;
    this.processor = processor;
  }

  /**
   * Returns lives of teams from {@code fixtures}, with subscription, member and usage commands, 0
   * to 12 steps, a tail of up to 400 days, and each fixture's engine's agenda falling due ({@link
   * DueEvents#agenda(BillingEngine)}).
   *
   * @param fixtures the teams' creations (see {@link TeamGen#fixtures(BillingEngine)})
   * @return the life generator
   */
  public static LifeGen of(Gen<TeamFixture> fixtures) {
    return new LifeGen(
        fixtures,
        List.of(
            Pair.of(6, CommandGen.changes()),
            Pair.of(2, CommandGen.standingInstructions()),
            Pair.of(1, CommandGen.clearStandingInstructions()),
            Pair.of(3, CommandGen.memberChanges()),
            Pair.of(3, CommandGen.usage())),
        0,
        12,
        400,
        45,
        null,
        null);
  }

  /**
   * Returns lives of teams created through {@code engine} ({@link TeamGen#fixtures}).
   *
   * @param engine the engine
   * @return the life generator
   */
  public static LifeGen of(BillingEngine engine) {
    return of(TeamGen.fixtures(engine));
  }

  /**
   * Returns lives priced by the sample catalog with the kafkaman policy.
   *
   * @return the life generator
   */
  public static LifeGen sample() {
    return of(BillingEngine.of(Catalog.kafkamanSample()));
  }

  /**
   * Returns a copy that also draws commands from {@code generator}, with relative {@code weight}.
   *
   * @param weight the weight against the other command kinds, 1 or more
   * @param generator the command kind
   * @return the copy
   */
  public LifeGen withCommands(int weight, CommandGen generator) {
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be 1 or more, was " + weight);
    }
    List<Pair<Integer, CommandGen>> more = new ArrayList<>(commands);
    more.add(Pair.of(weight, generator));
    return new LifeGen(fixtures, more, minSteps, maxSteps, tailDays, gapDays, dueEvents, processor);
  }

  /**
   * Returns a copy drawing commands only from {@code generator} (replacing the defaults).
   *
   * @param generator the only command kind
   * @return the copy
   */
  public LifeGen withOnlyCommands(CommandGen generator) {
    return new LifeGen(
        fixtures,
        List.of(Pair.of(1, generator)),
        minSteps,
        maxSteps,
        tailDays,
        gapDays,
        dueEvents,
        processor);
  }

  /**
   * Returns a copy with between {@code min} and {@code max} commands per life.
   *
   * @param min the fewest commands, zero or more
   * @param max the most commands, at least {@code min}
   * @return the copy
   */
  public LifeGen withSteps(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "steps must satisfy 0 <= min <= max, were " + min + ", " + max);
    }
    return new LifeGen(fixtures, commands, min, max, tailDays, gapDays, dueEvents, processor);
  }

  /**
   * Returns a copy whose lives go on up to {@code days} days after their last command.
   *
   * @param days the longest tail, zero or more
   * @return the copy
   */
  public LifeGen withTailDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    return new LifeGen(fixtures, commands, minSteps, maxSteps, days, gapDays, dueEvents, processor);
  }

  /**
   * Returns a copy whose commands, when they do not fall on a date near a cycle boundary, come 1 to
   * {@code days} days after the previous one (45 by default): {@code withGapDays(120)} with 20 to
   * 40 steps spreads a life over years.
   *
   * @param days the longest gap, 1 or more
   * @return the copy
   */
  public LifeGen withGapDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be 1 or more, was " + days);
    }
    return new LifeGen(
        fixtures, commands, minSteps, maxSteps, tailDays, days, dueEvents, processor);
  }

  /**
   * Returns a copy that simulates with {@code events} while generating (use the same source when
   * replaying the lives).
   *
   * @param events what falls due
   * @return the copy
   */
  public LifeGen withDueEvents(DueEvents events) {
    return new LifeGen(fixtures, commands, minSteps, maxSteps, tailDays, gapDays, events, null);
  }

  /**
   * Returns a copy that simulates as {@link Simulator#start(TeamFixture, PaymentProcessor)} does
   * while generating: the engine's agenda, the simulated card, attempts answered by {@code
   * processor} (replay the lives with {@link TeamLife#simulate(PaymentProcessor)}). Replaces {@link
   * #withDueEvents(DueEvents)}.
   *
   * @param processor answers the automatic payment attempts
   * @return the copy
   */
  public LifeGen withPayments(PaymentProcessor processor) {
    return new LifeGen(fixtures, commands, minSteps, maxSteps, tailDays, gapDays, null, processor);
  }

  /**
   * Returns the generator of lives.
   *
   * @return the generator
   */
  public Gen<TeamLife> lives() {
    Gen<Integer> stepCounts = Generate.range(minSteps, maxSteps);
    Gen<CommandGen> kinds =
        Generate.frequency(
            commands.stream().map(p -> Pair.of(p._1, Generate.constant(p._2))).toList());
    Gen<Integer> whens = Generate.range(0, 5);
    Gen<Integer> days = Generate.range(1, gapDays);
    Gen<Integer> tails = Generate.range(0, tailDays);
    return in -> {
      TeamFixture fixture = fixtures.generate(in);
      Simulator simulator =
          processor != null
              ? Simulator.start(fixture, processor)
              : dueEvents == null ? Simulator.start(fixture) : Simulator.start(fixture, dueEvents);
      Catalog catalog = fixture.engine().catalog();
      List<DatedCommand> dated = new ArrayList<>();
      int count = stepCounts.generate(in);
      for (int i = 0; i < count; i++) {
        LocalDate on =
            nextDate(simulator.team(), simulator.today(), whens.generate(in), days.generate(in));
        simulator.advanceTo(on);
        String id = "c-" + (i + 2);
        Command command =
            kinds.generate(in).commandsFor(simulator.team(), catalog, on, id).generate(in);
        simulator.apply(command);
        dated.add(new DatedCommand(on, command));
      }
      return new TeamLife(fixture, dated, simulator.today().plusDays(tails.generate(in)));
    };
  }

  /**
   * The next command's date: the same day, the current cycle's last day, the renewal day, the first
   * or last day of the next cycle, or some days on.
   */
  private static LocalDate nextDate(Team team, LocalDate today, int when, int days) {
    DateRange cycle = team.subscription().currentCycle();
    LocalDate candidate =
        switch (when) {
          case 0 -> today;
          case 1 -> cycle.endExclusive().minusDays(1);
          case 2 -> cycle.endExclusive();
          case 3 -> cycle.endExclusive().plusDays(days);
          default -> today.plusDays(days);
        };
    return candidate.isBefore(today) ? today : candidate;
  }
}
