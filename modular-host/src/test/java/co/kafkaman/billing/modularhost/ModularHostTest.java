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
package co.kafkaman.billing.modularhost;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.testkit.scenario.ScenarioResult;
import co.kafkaman.billing.testkit.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the named module {@code co.kafkaman.billing.modularhost} on the module path (Surefire
 * with {@code useModulePath}), so the library's module descriptors, and Moneta's, are resolved as a
 * modular host's are.
 */
class ModularHostTest {

  @Test
  void runsInsideNamedModulesOnTheModulePath() {
    assertThat(ModularHost.class.getModule().getName())
        .isEqualTo("co.kafkaman.billing.modularhost");
    assertThat(Amount.class.getModule().getName()).isEqualTo("co.kafkaman.billing.model");
    assertThat(BillingEngine.class.getModule().getName()).isEqualTo("co.kafkaman.billing.rules");
    assertThat(ScenarioRunner.class.getModule().getName()).isEqualTo("co.kafkaman.billing.testkit");
    assertThat(Amount.of("13.16", "USD").toMonetaryAmount().getClass().getModule().getName())
        .isEqualTo("org.javamoney.moneta");
  }

  @Test
  void engineProratesTwoAddedSeats() {
    assertThat(ModularHost.addTwoSeats().explanation()).isEqualTo("2 x 12.00 x 17/31 days = 13.16");
  }

  @Test
  void testkitScenarioPasses() {
    ScenarioResult result = ModularHost.checkPriceList();
    assertThat(result.passed()).as(result::report).isTrue();
    assertThat(result.stepCount()).isEqualTo(2);
  }
}
