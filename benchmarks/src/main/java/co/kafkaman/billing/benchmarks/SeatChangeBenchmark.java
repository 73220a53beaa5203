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

import co.kafkaman.billing.model.invoice.InvoiceLine;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 1: a prorated seat-change invoice of 4 lines (credit, seat charge, add-on charge,
 * account credit) with its total, the library through {@code BillingEngine.apply} side by side with
 * the long-cents and the naive Moneta references. See {@link SeatChangeScenario#workload1()}.
 *
 * <p>{@link #library()} returns the whole outcome: the new team, the immutable invoice (whose lines
 * carry every field their explanation is rendered from) and the history entries. {@link
 * #libraryWithExplanations(Blackhole)} also renders the 4 explanation texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SeatChangeBenchmark {
  private final SeatChangeScenario scenario = SeatChangeScenario.workload1();

  /**
   * The library: the engine applies the change and builds the invoice.
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome library() {
    return scenario.library();
  }

  /**
   * The library, with the explanation text of every line rendered too.
   *
   * @param blackhole sink for the texts
   * @return the outcome
   */
  @Benchmark
  public Outcome libraryWithExplanations(Blackhole blackhole) {
    Outcome outcome = scenario.library();
    for (InvoiceLine line : ((Outcome.Accepted) outcome).invoices().get(0).lines()) {
      blackhole.consume(line.explanation());
    }
    return outcome;
  }

  /**
   * The long-cents reference.
   *
   * @return the lines in cents
   */
  @Benchmark
  public LongCents.SeatChangeInvoice longCents() {
    return scenario.longCents();
  }

  /**
   * The naive Moneta reference.
   *
   * @return the lines as {@code Money}
   */
  @Benchmark
  public NaiveMoneta.SeatChangeInvoice naiveMoneta() {
    return scenario.naiveMoneta();
  }
}
