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
package co.kafkaman.billing.benchmarks;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 4: the agenda query for 100,000 teams over one year ({@code [2025-01-01, 2026-01-01)});
 * one operation asks for every team's agenda once. The score is milliseconds per 100,000 teams.
 *
 * <p>The query is an {@link AgendaQuery} chosen by name: {@code engine}, the engine's agenda (the
 * workload), and {@code renewal-dates}, the renewal dates alone (the former stand-in, for
 * comparison).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AgendaBenchmark {
  /** The teams asked about. */
  public static final int TEAMS = 100_000;

  private static final DateRange YEAR =
      DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

  /** The agenda query measured, by its {@link AgendaQuery#named} name. */
  @Param({"engine", "renewal-dates"})
  public String query = "engine";

  private AgendaQuery agenda = AgendaQuery.renewalDates();
  private Team[] teams = new Team[0];

  /** Generates the teams once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    teams = TeamPool.generate(engine, TEAMS, 20250101L);
    agenda = AgendaQuery.named(query, engine);
  }

  /**
   * Asks for the agenda of every team.
   *
   * @return the number of items due, over all teams
   */
  @Benchmark
  public long agendaForAllTeams() {
    long items = 0;
    for (Team team : teams) {
      items += agenda.itemsDue(team, YEAR).size();
    }
    return items;
  }
}
