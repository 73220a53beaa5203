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

import co.kafkaman.billing.rules.engine.Outcome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 2: the renewal invoice of a team with seats, auto-flex users and add-on blocks of two
 * resources used past their entitlement with overage allowed, the library through {@code
 * BillingEngine.apply(team, Renew, cycleEnd)} side by side with the two references. See {@link
 * RenewalScenario#workload2()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenewalBenchmark {
  private final RenewalScenario scenario = RenewalScenario.workload2();

  /**
   * The library: the engine renews the team and issues the renewal invoice.
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome library() {
    return scenario.library();
  }

  /**
   * The long-cents reference.
   *
   * @return the lines in cents
   */
  @Benchmark
  public LongCents.RenewalInvoice longCents() {
    return scenario.longCents();
  }

  /**
   * The naive Moneta reference.
   *
   * @return the lines as {@code Money}
   */
  @Benchmark
  public NaiveMoneta.RenewalInvoice naiveMoneta() {
    return scenario.naiveMoneta();
  }
}
