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
package co.kafkaman.billing.rules.proration;

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proration presets selected through {@link BillingPolicy#withProration(ProrationConvention)}
 * and applied by {@link BillingEngine}, with numbers worked by hand from each engine's published
 * rule.
 */
class ProrationPresetsEngineTest {

  /**
   * Creates a team on {@code created} under {@code preset}, changes it "Immediately" on {@code
   * changedOn} and returns the one invoice of the change.
   */
  private static Invoice changed(
      Catalog catalog,
      String preset,
      LocalDate created,
      String from,
      String to,
      LocalDate changedOn) {
    BillingEngine engine =
        BillingEngine.of(
            catalog, BillingPolicy.kafkaman().withProration(TestTeams.convention(preset)));
    Team team = TestTeams.created(engine, created, terms(from), 1);
    Command change = Command.ChangeSubscription.of("c-1", "ana", terms(to), Timing.IMMEDIATELY);
    List<Invoice> invoices = accepted(engine.apply(team, change, changedOn)).invoices();
    assertThat(invoices).hasSize(1);
    return invoices.get(0);
  }

  /**
   * $10 a month upgraded to $20 on 2024-04-16 in {@code [2024-04-01, 2024-05-01)}: 04-16 to 04-30
   * are 15 of 30 days, the upgrade day included. Lago credits the upgrade day itself, so its lines
   * are kafkaman's; before the fix it credited only 14 days ({@code -4.67}, net 5.33) and billed
   * 04-16 under both plans.
   */
  @ParameterizedTest(name = "{0}: $10 -> $20 on day 16 of 30 nets {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafkaman | 1 x -10.00 x 15/30 days = -5.00 | 1 x 20.00 x 15/30 days = 10.00 | 5.00",
        "lago     | 1 x -10.00 x 15/30 days = -5.00 | 1 x 20.00 x 15/30 days = 10.00 | 5.00",
        "30-day   | 1 x -10.00 x 15/30 days = -5.00 | 1 x 20.00 x 15/30 days = 10.00 | 5.00",
      })
  void anUpgradeCreditsTheOldPlanFromTheChangeDayAndChargesTheNewOneFromIt(
      String preset, String credit, String charge, String net) {
    Invoice invoice =
        changed(
            TestTeams.twoPlans("10.00", "20.00"),
            preset,
            LocalDate.of(2024, 4, 1),
            "BASIC MONTHLY 1",
            "PROFESSIONAL MONTHLY 1",
            LocalDate.of(2024, 4, 16));
    assertThat(invoice.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly(credit, charge);
    assertThat(invoice.totalDue().toPlainString()).isEqualTo(net);
  }

  /**
   * The 30/360 rule across a short February through the engine: Basic at 12.00 a seat, cycle {@code
   * [2023-02-10, 2023-03-10)}, one seat added on 2023-03-05. 30E/360 leaves {@code 10 - 5 = 5} days
   * of 30 (the period counts {@code 30 x 1 + (10 - 10) = 30}); actual days leave 5 of 28.
   */
  @ParameterizedTest(name = "{0}: a seat added 2023-03-05 in [2023-02-10, 2023-03-10) costs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafkaman | 1 x 12.00 x 5/28 days = 2.14",
        "30-day   | 1 x 12.00 x 5/30 days = 2.00",
        "fixed30  | 1 x 12.00 x 5/30 days = 2.00",
      })
  void aSeatAddedAfterAShortFebruary(String preset, String line) {
    Invoice invoice =
        changed(
            TestTeams.sample(),
            preset,
            LocalDate.of(2023, 2, 10),
            "BASIC MONTHLY 1",
            "BASIC MONTHLY 2",
            LocalDate.of(2023, 3, 5));
    assertThat(invoice.lines()).extracting(InvoiceLine::explanation).containsExactly(line);
    assertThat(kindsAndAmounts(invoice)).startsWith("SEAT_PRORATION");
  }
}
