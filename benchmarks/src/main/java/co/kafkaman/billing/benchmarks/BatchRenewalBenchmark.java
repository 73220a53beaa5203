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
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 3: renew 1,000,000 teams, on one thread and on all cores (a parallel stream over the
 * common fork-join pool plus the calling thread). The score is teams renewed per second; one
 * operation is one team's renewal through {@code BillingEngine.apply}, invoice issued.
 *
 * <p>The teams come from a pool of {@code poolSize} distinct generated teams ({@link TeamPool}),
 * each renewed {@code 1,000,000 / poolSize} times per invocation, so memory stays modest (about 0.5
 * GB for 100,000 teams) while the working set is far larger than the CPU caches. Every renewal's
 * total due is summed so none of them can be skipped.
 *
 * <p>The fork runs the throughput collector ({@code -XX:+UseParallelGC}), as a batch job would:
 * with G1's write barriers the same loop measured about 15% slower here (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BatchRenewalBenchmark {
  /** The renewals per invocation. */
  public static final int RENEWALS = 1_000_000;

  private static final Command RENEW = new Command.Renew("renew-next", "system");

  /** The number of distinct teams renewed in turn. */
  @Param({"100000"})
  public int poolSize;

  private BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
  private Team[] pool = new Team[0];

  /** Generates the pool once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = BillingEngine.of(Catalog.kafkamanSample());
    pool = TeamPool.generate(engine, poolSize, 20240101L);
  }

  /**
   * Renews 1,000,000 teams on the calling thread.
   *
   * @return the sum of the renewal invoices' totals, in cents
   */
  @Benchmark
  @OperationsPerInvocation(RENEWALS)
  public long singleThread() {
    long total = 0;
    for (int i = 0; i < RENEWALS; i++) {
      total += renew(i);
    }
    return total;
  }

  /**
   * Renews 1,000,000 teams on all cores.
   *
   * @return the sum of the renewal invoices' totals, in cents
   */
  @Benchmark
  @OperationsPerInvocation(RENEWALS)
  public long allCores() {
    return IntStream.range(0, RENEWALS).parallel().mapToLong(this::renew).sum();
  }

  /**
   * Renews pool team {@code i % poolSize} at the end of its current cycle.
   *
   * @param i the renewal's index
   * @return the total due of the renewal invoice, in cents
   */
  long renew(int i) {
    Team team = pool[i % pool.length];
    Outcome outcome = engine.apply(team, RENEW, team.subscription().currentCycle().endExclusive());
    long total = 0;
    for (Invoice invoice : ((Outcome.Accepted) outcome).invoices()) {
      total += invoice.totalDue().minorUnits();
    }
    return total;
  }
}
