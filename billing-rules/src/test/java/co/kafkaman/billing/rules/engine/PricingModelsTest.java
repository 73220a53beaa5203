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
package co.kafkaman.billing.rules.engine;

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.Timing;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three ways a plan is priced, through {@link BillingEngine}, with amounts worked by hand: per
 * seat ({@code solo}: 10.00 a seat a month, at least 3 seats), a flat fee ({@code studio}: 49.00 a
 * month or 490.00 a year, whatever the seats) and a base fee plus seats ({@code agency}: 99.00 a
 * month plus 15.00 a seat). Teams start on 2025-01-01; changes happen on 2025-01-16, leaving 16 of
 * January's 31 days, each line rounded once (half up).
 *
 * <p>The tiered overage models (package, graduated, volume) have their own tables in {@code
 * OverageArithmeticTest} and {@code UsageRulesTest}.
 */
class PricingModelsTest {
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JAN_16 = LocalDate.of(2025, 1, 16);
  private static final String CATALOG =
      String.join(
          "\n",
          "currency=EUR",
          "plans=solo,studio,agency",
          "plan.solo.name=Solo",
          "plan.solo.seat.MONTHLY=10.00",
          "plan.solo.minimumSeats=3",
          "plan.studio.name=Studio",
          "plan.studio.baseFee.MONTHLY=49.00",
          "plan.studio.baseFee.ANNUAL=490.00",
          "plan.agency.name=Agency",
          "plan.agency.baseFee.MONTHLY=99.00",
          "plan.agency.seat.MONTHLY=15.00",
          "");

  private static final BillingEngine ENGINE =
      BillingEngine.of(CatalogFormat.read(new StringReader(CATALOG)));

  private static Team create(String plan, String frequency, int seats) {
    return accepted(
            TestTeams.create(
                ENGINE, JAN_1, Terms.of(PlanId.of(plan), BillingFrequency.parse(frequency), seats)))
        .team();
  }

  private static String explained(Invoice invoice) {
    return invoice.lines().stream()
        .map(line -> line.description() + ": " + line.explanation())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0} {1} x {2} seats: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // plan | frequency | seats | first invoice, worked by hand
        "solo   | MONTHLY | 4 | PLAN_SEATS 40.00", // 4 x 10.00
        "studio | MONTHLY | 5 | PLAN_FEE 49.00", // the fee alone, whatever the seats
        "studio | MONTHLY | 1 | PLAN_FEE 49.00",
        "studio | ANNUAL  | 5 | PLAN_FEE 490.00",
        "agency | MONTHLY | 3 | PLAN_FEE 99.00; PLAN_SEATS 45.00", // 99.00 + 3 x 15.00 = 144.00
      })
  void creationBillsTheFirstCycleByThePlansPricingModel(
      String plan, String frequency, int seats, String expected) {
    Team team = create(plan, frequency, seats);

    assertThat(team.invoices()).hasSize(1);
    assertThat(kindsAndAmounts(team.invoices().get(0))).isEqualTo(expected);
  }

  @Test
  void linesSayTheBaseFeeAndTheSeatsSeparately() {
    Invoice first = create("agency", "MONTHLY", 3).invoices().get(0);

    assertThat(explained(first))
        .isEqualTo(
            "Agency base fee (monthly): 1 x 99.00 = 99.00; "
                + "Agency seats (monthly): 3 x 15.00 = 45.00");
    assertThat(first.totalDue().toPlainString()).isEqualTo("144.00");
  }

  @ParameterizedTest(name = "{0} x {1} -> {2} {3} x {4}: {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // from plan | seats | to plan | frequency | seats | lines of the change, worked by hand
        // more seats on a flat fee cost nothing: no invoice
        "studio | 5 | studio | MONTHLY | 8 | ''",
        // 2 x 15.00 x 16/31 = 15.483... -> 15.48; the base fee stays as billed
        "agency | 3 | agency | MONTHLY | 5 | SEAT_PRORATION 15.48",
        // credit 49.00 x 16/31 = 25.290... -> -25.29; 99.00 x 16/31 = 51.096... -> 51.10;
        // 5 x 15.00 x 16/31 = 38.709... -> 38.71; total 64.52
        "studio | 5 | agency | MONTHLY | 5 | CHANGE_CREDIT -25.29; PLAN_FEE_PRORATION 51.10;"
            + " SEAT_PRORATION 38.71",
        // credit 4 x 10.00 x 16/31 = 20.645... -> -20.65; 51.10; 4 x 15.00 x 16/31 = 30.967...
        // -> 30.97; total 61.42
        "solo   | 4 | agency | MONTHLY | 4 | CHANGE_CREDIT -20.65; PLAN_FEE_PRORATION 51.10;"
            + " SEAT_PRORATION 30.97",
        // per seat to flat fee: credit -20.65; 49.00 x 16/31 = 25.29; total 4.64
        "solo   | 4 | studio | MONTHLY | 4 | CHANGE_CREDIT -20.65; PLAN_FEE_PRORATION 25.29",
        // monthly to annual starts a new term on the change day: credit -25.29, 490.00 in full
        "studio | 5 | studio | ANNUAL  | 5 | CHANGE_CREDIT -25.29; PLAN_FEE 490.00",
      })
  void anImmediateChangeCreditsAndChargesTheBaseFeeLikeSeats(
      String from, int seats, String to, String frequency, int toSeats, String expected) {
    Team team = create(from, "MONTHLY", seats);

    Outcome.Accepted changed =
        accepted(
            ENGINE.apply(
                team,
                Command.ChangeSubscription.of(
                    "change",
                    "ana",
                    Terms.of(PlanId.of(to), BillingFrequency.parse(frequency), toSeats),
                    Timing.IMMEDIATELY),
                JAN_16));

    List<InvoiceLine> lines =
        changed.invoices().isEmpty() ? List.of() : changed.invoices().get(0).lines();
    assertThat(kindsAndAmounts(lines)).isEqualTo(expected);
    assertThat(changed.team().subscription().terms().seats()).isEqualTo(toSeats);
  }

  @Test
  void theCreditOfABaseFeeExplainsItsArithmetic() {
    Team team = create("studio", "MONTHLY", 5);

    Invoice upgrade =
        accepted(
                ENGINE.apply(
                    team,
                    Command.ChangeSubscription.of(
                        "up",
                        "ana",
                        team.subscription().terms().withPlan(PlanId.of("agency")),
                        Timing.IMMEDIATELY),
                    JAN_16))
            .invoices()
            .get(0);

    assertThat(explained(upgrade))
        .isEqualTo(
            "Credit: unused Studio base fee: 1 x -49.00 x 16/31 days = -25.29; "
                + "Agency base fee (monthly): 1 x 99.00 x 16/31 days = 51.10; "
                + "Agency seats (monthly): 5 x 15.00 x 16/31 days = 38.71");
    assertThat(upgrade.totalDue().toPlainString()).isEqualTo("64.52");
  }

  @Test
  void aDowngradeToTheFlatFeeBillsItFromTheRenewal() {
    Team team = create("agency", "MONTHLY", 3);
    Team scheduled =
        accepted(
                ENGINE.apply(
                    team,
                    Command.ChangeSubscription.of(
                        "down",
                        "ana",
                        team.subscription().terms().withPlan(PlanId.of("studio")),
                        Timing.ON_RENEWAL),
                    JAN_16))
            .team();

    Outcome.Accepted renewed =
        accepted(
            ENGINE.apply(
                scheduled, new Command.Renew("renew", "system"), LocalDate.of(2025, 2, 1)));

    assertThat(kindsAndAmounts(renewed.invoices().get(0))).isEqualTo("PLAN_FEE 49.00");
  }

  @Test
  void aRenewalBillsTheBaseFeeAndTheSeatsAgain() {
    Team team = create("agency", "MONTHLY", 3);

    Outcome.Accepted renewed =
        accepted(
            ENGINE.apply(team, new Command.Renew("renew", "system"), LocalDate.of(2025, 2, 1)));

    assertThat(kindsAndAmounts(renewed.invoices().get(0)))
        .isEqualTo("PLAN_FEE 99.00; PLAN_SEATS 45.00");
  }

  @Test
  void theBaseFeesRoundTripThroughThePropertiesFormat() {
    Catalog catalog = ENGINE.catalog();

    String written = CatalogFormat.write(catalog);

    assertThat(written)
        .contains("plan.studio.baseFee.ANNUAL=490.00", "plan.agency.baseFee.MONTHLY=99.00")
        .doesNotContain("plan.studio.seat.");
    assertThat(CatalogFormat.read(new StringReader(written))).isEqualTo(catalog);
    assertThat(catalog.plan(PlanId.of("studio")).frequencies())
        .containsExactly(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL);
  }
}
