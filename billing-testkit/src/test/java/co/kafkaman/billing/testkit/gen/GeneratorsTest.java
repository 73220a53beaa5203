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

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.testkit.simulation.DatedCommand;
import co.kafkaman.billing.testkit.simulation.Simulator;
import co.kafkaman.billing.testkit.simulation.TeamLife;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The edge cases the generators promise do appear, often enough to matter. */
class GeneratorsTest {

  @Test
  void currenciesIncludeZeroAndThreeDecimalOnes() {
    List<String> codes =
        sample(MoneyGen.currencies(), 400).stream().map(c -> c.getCurrencyCode()).toList();
    assertThat(codes).contains("USD", "EUR", "JPY", "BHD");
    assertThat(share(codes, "JPY"::equals)).isGreaterThan(0.15);
    assertThat(share(codes, "BHD"::equals)).isGreaterThan(0.15);
  }

  @Test
  void pricesIncludeZeroOneMinorUnitAndHugeAmounts() {
    List<Amount> prices = sample(MoneyGen.prices(MoneyGen.currencies()), 1_000);
    assertThat(prices).anyMatch(Amount::isZero);
    assertThat(prices).anyMatch(a -> a.minorUnits() == 1);
    assertThat(prices).anyMatch(a -> a.minorUnits() >= MoneyGen.HUGE_MINOR_UNITS / 1000);
    assertThat(prices).allMatch(a -> !a.isNegative());
  }

  @Test
  void quantitiesIncludeZeroAndHugeCounts() {
    List<Integer> quantities = sample(MoneyGen.quantities(), 1_000);
    assertThat(quantities).contains(0, 1, 100_000);
    assertThat(quantities).allMatch(q -> q >= 0);
  }

  @Test
  void fractionsIncludeWholeEmptyAndMonthLengths() {
    List<Fraction> fractions = sample(MoneyGen.fractions(), 1_000);
    assertThat(fractions).anyMatch(Fraction::isWhole).anyMatch(Fraction::isZero);
    assertThat(fractions)
        .anyMatch(f -> f.denominator() == 29)
        .anyMatch(f -> f.denominator() == 366);
    assertThat(fractions).allMatch(f -> f.numerator() <= f.denominator());
  }

  @Test
  void anchorsFavourMonthEndsAndLeapDays() {
    List<LocalDate> anchors = sample(DateGen.anchors(), 2_000);
    // uniform dates would put about 6.6% on the 29th to 31st and 0.07% on a February 29
    assertThat(share(anchors, d -> d.getDayOfMonth() >= 29)).isGreaterThan(0.2);
    assertThat(share(anchors, d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29))
        .isGreaterThan(0.02);
    assertThat(anchors).anyMatch(d -> d.getDayOfMonth() == 31);
    assertThat(anchors)
        .anyMatch(d -> d.getDayOfMonth() == d.lengthOfMonth() && d.getDayOfMonth() < 31);
    assertThat(anchors)
        .allMatch(d -> d.getYear() >= DateGen.FIRST_YEAR && d.getYear() <= DateGen.LAST_YEAR);
  }

  @Test
  void datesInARangeIncludeItsFirstAndLastDay() {
    DateRange cycle = DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31));
    List<LocalDate> dates = sample(DateGen.datesIn(cycle), 300);
    assertThat(dates).contains(cycle.start(), LocalDate.of(2024, 3, 30)).allMatch(cycle::contains);
  }

  @Test
  void catalogsComeInEveryCurrencyWithAFreePlan() {
    List<Catalog> catalogs = sample(CatalogGen.catalogs(), 200);
    assertThat(catalogs).allMatch(c -> c.plans().containsKey(PlanTier.FREE));
    assertThat(catalogs).anyMatch(c -> c.currency().getCurrencyCode().equals("JPY"));
    assertThat(catalogs).anyMatch(c -> c.currency().getCurrencyCode().equals("BHD"));
    assertThat(catalogs).anyMatch(c -> c.plans().containsKey(PlanTier.ENTERPRISE));
    assertThat(catalogs).anyMatch(c -> !c.addOns().isEmpty());
  }

  @Test
  void livesChangeThingsOnTheFirstAndLastDayOfACycle() {
    List<TeamLife> lives = sample(LifeGen.sample().withSteps(4, 12).lives(), 150);
    int onFirstDay = 0;
    int onLastDay = 0;
    int commands = 0;
    for (TeamLife life : lives) {
      Simulator simulator = Simulator.start(life.fixture());
      for (DatedCommand dated : life.commands()) {
        simulator.advanceTo(dated.on());
        DateRange cycle = simulator.team().subscription().currentCycle();
        onFirstDay += dated.on().equals(cycle.start()) ? 1 : 0;
        onLastDay += dated.on().equals(cycle.endExclusive().minusDays(1)) ? 1 : 0;
        commands++;
        simulator.apply(dated.command());
      }
    }
    assertThat(onFirstDay).as("commands on a cycle's first day").isGreaterThan(commands / 10);
    assertThat(onLastDay).as("commands on a cycle's last day").isGreaterThan(commands / 10);
    assertThat(
            lives.stream()
                .flatMap(l -> l.commands().stream())
                .map(c -> c.command().getClass().getSimpleName()))
        .contains("ChangeSubscription", "SetStandingInstructions", "ClearStandingInstructions");
  }

  @Test
  void livesRecordUsageAndSomeAreBilledOverage() {
    List<TeamLife> lives = sample(LifeGen.sample().withSteps(6, 12).lives(), 150);

    assertThat(
            lives.stream()
                .flatMap(l -> l.commands().stream())
                .map(c -> c.command().getClass().getSimpleName()))
        .contains("RecordUsage", "SetOverage");
    assertThat(
            lives.stream()
                .flatMap(l -> l.simulate().invoices().stream())
                .flatMap(i -> i.lines().stream())
                .filter(line -> line.kind() == LineKind.OVERAGE))
        .as("overage lines over 150 lives")
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.amount().isPositive()).isTrue());
  }

  @Test
  void livesAreDeterministicForASeed() {
    assertThat(sample(LifeGen.sample().lives(), 20).toString())
        .isEqualTo(sample(LifeGen.sample().lives(), 20).toString());
  }

  @Test
  void aNewCommandKindPlugsIntoLives() {
    CommandGen renewNow =
        (team, catalog, asOf, id) ->
            org.quicktheories.generators.Generate.constant(new Command.Renew(id, "system"));
    List<TeamLife> lives =
        sample(
            LifeGen.of(BillingEngine.of(Catalog.kafkamanSample()))
                .withOnlyCommands(renewNow)
                .withSteps(3, 3)
                .lives(),
            10);
    assertThat(lives)
        .allSatisfy(
            l ->
                assertThat(l.commands())
                    .hasSize(3)
                    .allMatch(c -> c.command() instanceof Command.Renew));
  }

  @Test
  void generatedInvoiceLinesCarryTheirArithmetic() {
    List<Invoice> invoices =
        sample(InvoiceGen.invoices(co.kafkaman.billing.model.money.Currencies.of("BHD")), 200);
    assertThat(invoices).allMatch(i -> !i.totalDue().isNegative());
    List<InvoiceLine> lines = new ArrayList<>();
    invoices.forEach(i -> lines.addAll(i.lines()));
    assertThat(lines).anyMatch(l -> l.amount().isNegative()).anyMatch(l -> l.quantity() == 0);
    assertThat(lines)
        .anyMatch(l -> l.kind() == co.kafkaman.billing.model.invoice.LineKind.CREDIT_TO_ACCOUNT)
        .anyMatch(
            l -> l.kind() == co.kafkaman.billing.model.invoice.LineKind.ACCOUNT_CREDIT_APPLIED);
  }

  /** Draws {@code n} values with a fixed seed, so these statistics are the same every run. */
  static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>(n);
    qt().withFixedSeed(20240315L).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static <T> double share(List<T> values, Predicate<T> test) {
    return values.stream().filter(test).count() / (double) values.size();
  }
}
