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
