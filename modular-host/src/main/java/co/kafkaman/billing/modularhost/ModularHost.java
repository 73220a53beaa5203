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

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.TeamFixture;
import co.kafkaman.billing.testkit.scenario.ScenarioFormat;
import co.kafkaman.billing.testkit.scenario.ScenarioResult;
import co.kafkaman.billing.testkit.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a modular host does with the library: one engine call and one scenario check of its price
 * list, from inside its own named module.
 */
public final class ModularHost {
  /** The scenario file bundled in this module's package. */
  public static final String PRICE_LIST_SCENARIO = "price-list.yaml";

  private ModularHost() {}

  /**
   * Adds two seats on 2024-03-15 to a team on the sample catalog's Basic plan (3 seats at 12.00 a
   * month since 2024-03-01, the testkit's {@link TeamFixture} defaults) and returns the prorated
   * charge.
   *
   * @return the one line of the invoice, {@code 2 x 12.00 x 17/31 days = 13.16}
   */
  public static InvoiceLine addTwoSeats() {
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team = TeamFixture.of(engine).team();
    Outcome added =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-2", "ana", team.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 15));
    return accepted(added).invoices().get(0).lines().get(0);
  }

  /**
   * Runs the scenario file bundled in this module ({@value #PRICE_LIST_SCENARIO}) with the
   * testkit's runner.
   *
   * @return the result; {@link ScenarioResult#passed()} when the price list bills as expected
   */
  public static ScenarioResult checkPriceList() {
    String text;
    try (InputStream in = ModularHost.class.getResourceAsStream(PRICE_LIST_SCENARIO)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PRICE_LIST_SCENARIO);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ScenarioRunner.standard()
        .run(ScenarioFormat.standard().read(PRICE_LIST_SCENARIO, text, Path.of(".")));
  }

  /**
   * Prints the engine's line and the scenario's report, one after the other, and nothing else.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    InvoiceLine line = addTwoSeats();
    System.out.println(line.explanation());
    System.out.println(line.amount().toMonetaryAmount());
    System.out.println(checkPriceList().report());
  }

  private static Outcome.Accepted accepted(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new IllegalStateException(outcome.summary());
  }
}
