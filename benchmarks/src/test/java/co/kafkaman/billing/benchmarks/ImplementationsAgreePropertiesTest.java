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

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.rules.engine.BillingEngine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties: for any seat change and any renewal of the benchmarks' shapes, the library, the
 * long-cents reference and naive Moneta compute the same lines and total to the cent.
 */
class ImplementationsAgreePropertiesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());

  @Test
  void seatChangesAgreeToTheCent() {
    qt().withExamples(300)
        .forAll(
            integers().between(1, 40),
            integers().between(0, 40),
            integers().between(0, 12).zip(integers().between(1, 31), List::of),
            longs().between(0, 300_000))
        .checkAssert(
            (oldSeats, addedSeats, blocksAndDay, credit) -> {
              SeatChangeScenario scenario =
                  SeatChangeScenario.of(
                      ENGINE,
                      oldSeats,
                      oldSeats + addedSeats,
                      blocksAndDay.get(0),
                      credit,
                      LocalDate.of(2024, 3, blocksAndDay.get(1)));
              long[] reference = ImplementationsAgreeTest.seatChangeLongCents(scenario);
              assertThat(ImplementationsAgreeTest.seatChangeLibrary(scenario))
                  .containsExactly(reference);
              assertThat(ImplementationsAgreeTest.seatChangeNaive(scenario))
                  .containsExactly(reference);
            });
  }

  @Test
  void renewalsWithoutUsageAgreeToTheCent() {
    qt().withExamples(200)
        .forAll(
            integers().between(1, 60),
            integers().between(0, 5),
            integers().between(0, 6),
            integers().between(0, 6))
        .checkAssert(
            (seats, flexUsers, monitoringBlocks, mockBlocks) -> {
              RenewalScenario scenario =
                  RenewalScenario.of(
                      ENGINE, seats, seats + flexUsers, monitoringBlocks, mockBlocks, 0, 0);
              long[] reference = ImplementationsAgreeTest.renewalLongCents(scenario);
              assertThat(ImplementationsAgreeTest.renewalLibrary(scenario))
                  .containsExactly(reference);
              assertThat(ImplementationsAgreeTest.renewalNaive(scenario))
                  .containsExactly(reference);
            });
  }

  @Test
  void renewalsWithOverageAgreeToTheCent() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 6),
            integers().between(0, 6),
            longs().between(0, 2_000_000),
            longs().between(0, 2_000_000))
        .checkAssert(
            (monitoringBlocks, mockBlocks, monitoringUsed, mockUsed) -> {
              RenewalScenario scenario =
                  RenewalScenario.of(
                      ENGINE, 5, 6, monitoringBlocks, mockBlocks, monitoringUsed, mockUsed);
              long[] reference = ImplementationsAgreeTest.renewalLongCents(scenario);
              assertThat(ImplementationsAgreeTest.renewalLibrary(scenario))
                  .containsExactly(reference);
              assertThat(ImplementationsAgreeTest.renewalNaive(scenario))
                  .containsExactly(reference);
            });
  }
}
