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

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.TeamFixture;
import co.kafkaman.billing.testkit.invariants.TeamInvariants;
import co.kafkaman.billing.testkit.invariants.Violation;
import co.kafkaman.billing.testkit.simulation.PaymentProcessor;
import co.kafkaman.billing.testkit.simulation.Simulator;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The open model end to end: catalogs a host could have written (its own plan and resource ids and
 * names, weekly to every-4-months periods, no kafkaman plan or resource) round-trip through the
 * properties format, and whole team lives billed on them keep every invariant of {@link
 * TeamInvariants}.
 */
class HostCatalogPropertiesTest {

  @Test
  void everyGeneratedCatalogRoundTripsThroughThePropertiesFormat() {
    qt().withExamples(500)
        .forAll(CatalogGen.catalogs().mix(CatalogGen.hostCatalogs(), 50))
        .checkAssert(
            catalog -> {
              String text = CatalogFormat.write(catalog);
              Catalog read = CatalogFormat.read(new StringReader(text));
              assertThat(read).as(text).isEqualTo(catalog);
              assertThat(CatalogFormat.write(read)).isEqualTo(text);
            });
  }

  @Test
  void hostCatalogsShareNothingWithTheSample() {
    qt().withExamples(200)
        .forAll(CatalogGen.hostCatalogs())
        .checkAssert(
            catalog -> {
              assertThat(catalog.plans().keySet())
                  .doesNotContainAnyElementsOf(KafkamanSample.PLANS);
              assertThat(catalog.resources().keySet())
                  .doesNotContainAnyElementsOf(KafkamanSample.RESOURCES);
            });
  }

  /**
   * Per seat, flat fee, base fee plus seats: whatever the model, the first paid cycle bills the
   * plan's base fee (if any) and {@code seats x seat price}, each on its own line, and nothing else
   * (no add-ons asked for), in the team's currency when the catalog has several. The oracle is the
   * catalog alone, not the rules' line builders.
   */
  @Test
  void theFirstPaidCycleBillsTheBaseFeePlusTheSeats() {
    qt().withExamples(300)
        .forAll(
            CatalogGen.hostCatalogs(),
            Generate.range(0, 1_000),
            Generate.range(0, 1_000),
            Generate.range(1, 40))
        .checkAssert(
            (catalog, planPick, frequencyPick, seatPick) -> {
              // a team in any currency the catalog is priced in, billed that currency's prices
              CurrencyUnit currency =
                  catalog.currencies().get(frequencyPick / 7 % catalog.currencies().size());
              Catalog priced = catalog.inCurrency(currency);
              List<Plan> plans = List.copyOf(priced.plans().values());
              Plan plan = plans.get(planPick % plans.size());
              List<BillingFrequency> offered = List.copyOf(plan.frequencies());
              BillingFrequency frequency = offered.get(frequencyPick % offered.size());
              int seats = Math.max(plan.minimumSeats(), seatPick);
              BillingEngine engine = BillingEngine.of(catalog);
              LocalDate on = LocalDate.of(2025, 1, 31);
              Team team =
                  TeamFixture.of(engine)
                      .withCreatedOn(on)
                      .withTerms(Terms.of(plan.id(), frequency, seats))
                      .withCard(new CardReference("tok_1", "visa", "4242", YearMonth.of(2040, 1)))
                      .withCurrency(currency)
                      .team();
              if (plan.hasTrial()) {
                LocalDate trialEnd = team.subscription().currentCycle().endExclusive();
                team =
                    ((Outcome.Accepted)
                            engine.apply(team, new Command.Renew("end-trial", "system"), trialEnd))
                        .team();
              }
              List<String> expected = new ArrayList<>();
              Amount fee = plan.baseFee(frequency);
              Amount seatsTotal = plan.seatPrice(frequency).multipliedBy(seats);
              if (!fee.isZero()) {
                expected.add("PLAN_FEE " + fee.toPlainString());
              }
              if (!seatsTotal.isZero()) {
                expected.add("PLAN_SEATS " + seatsTotal.toPlainString());
              }
              List<String> billed =
                  team.invoices().stream()
                      .flatMap(invoice -> invoice.lines().stream())
                      .map(line -> line.kind() + " " + line.amount().toPlainString())
                      .toList();
              assertThat(billed).as("%s%n%s", plan, team).isEqualTo(expected);
            });
  }

  @Test
  void livesOnHostCatalogsKeepEveryInvariant() {
    PaymentProcessor payments = PaymentProcessor.failingSometimes(4, "card declined");
    qt().withExamples(150)
        .withGenerateAttempts(1_500)
        .forAll(
            CatalogGen.hostCatalogs()
                .flatMap(
                    catalog ->
                        LifeGen.of(BillingEngine.of(catalog))
                            .withCommands(2, CommandGen.payments())
                            .withSteps(5, 20)
                            .withGapDays(60)
                            .withTailDays(200)
                            .withPayments(payments)
                            .lives()))
        .checkAssert(
            life -> {
              Simulator simulator = life.simulate(payments);
              TeamInvariants invariants = TeamInvariants.of(life.fixture().engine());
              List<Violation> found = new ArrayList<>();
              List<Simulator.Step> steps = simulator.steps();
              for (int i = 1; i < steps.size(); i++) {
                found.addAll(
                    invariants.violationsOf(
                        steps.get(i - 1).outcome().team(), steps.get(i).outcome()));
              }
              found.addAll(invariants.violationsOf(simulator.team()));
              assertThat(found).as("%s%n%s", life, life.fixture().engine()).isEmpty();
              // the model guards (a credit past what was billed, ...) never fire: a rule that
              // tried to break one shows here as BILL-901, not as a silently refused command
              assertThat(steps)
                  .as("%s", life)
                  .noneMatch(
                      step ->
                          step.outcome() instanceof Outcome.Refused refused
                              && refused.code() == BillingErrorCode.INCONSISTENT_STATE);
            });
  }
}
