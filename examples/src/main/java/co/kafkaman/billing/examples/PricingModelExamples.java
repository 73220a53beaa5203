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
package co.kafkaman.billing.examples;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import java.io.StringReader;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/**
 * Plans priced other than per seat, in two currencies: "Deskly", a desk-booking service with a
 * flat-fee plan (Hobby: 9.00 a month whatever the seats) and a base fee plus seats (Studio: 29.00 a
 * month plus 6.00 a seat, at least 2 seats), priced in pounds and in euros (the host's own euro
 * prices, not a conversion). The same life of a team is billed once in each currency.
 */
public final class PricingModelExamples {
  /** The Deskly price list in GBP and EUR, as a host would keep it in a properties file. */
  static final String DESKLY =
      String.join(
          "\n",
          "currency=GBP",
          "currencies=GBP,EUR",
          "plans=hobby,studio",
          "plan.hobby.name=Hobby",
          "plan.hobby.baseFee.MONTHLY=9.00",
          "plan.hobby.baseFee.MONTHLY.EUR=10.00",
          "plan.studio.name=Studio",
          "plan.studio.baseFee.MONTHLY=29.00",
          "plan.studio.baseFee.MONTHLY.EUR=33.00",
          "plan.studio.seat.MONTHLY=6.00",
          "plan.studio.seat.MONTHLY.EUR=7.00",
          "plan.studio.minimumSeats=2",
          "");

  private PricingModelExamples() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Catalog catalog = CatalogFormat.read(new StringReader(DESKLY));
    BillingEngine engine = BillingEngine.of(catalog);
    for (String currency : new String[] {"GBP", "EUR"}) {
      Print.title(
          "Pricing models in "
              + currency
              + ": a flat fee, then a base fee plus seats (Deskly, GBP and EUR prices)");
      Team team = created(engine, Currencies.of(currency), LocalDate.of(2025, 4, 1));
      team =
          Print.step(
              engine,
              team,
              Command.ChangeSubscription.of(
                  "seats", "ana", team.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
              "2025-04-11",
              "4 more seats on the flat fee: nothing to bill");
      team =
          Print.step(
              engine,
              team,
              Command.ChangeSubscription.of(
                  "up",
                  "ana",
                  team.subscription().terms().withPlan(PlanId.of("studio")),
                  Timing.IMMEDIATELY),
              "2025-04-21",
              "upgrade to Studio, 10 of 30 days left");
      team = Print.step(engine, team, new Command.Renew("r-1", "system"), "2025-05-01", "renewal");
      Print.step(
          engine,
          team,
          Command.ChangeSubscription.of(
              "one", "ana", team.subscription().terms().withSeats(1), Timing.ON_RENEWAL),
          "2025-05-02",
          "1 seat on Studio: below its minimum of 2");
    }
  }

  /** Creates team {@code acme} on Hobby monthly, 1 seat, billing in {@code currency}. */
  static Team created(BillingEngine engine, CurrencyUnit currency, LocalDate on) {
    return Print.created(
        engine,
        Print.createAcme(
            currency,
            on,
            new BillingDetails("Acme Ltd", "billing@acme.test", "1 High Street, Leeds", ""),
            "DK-",
            Terms.of(PlanId.of("hobby"), BillingFrequency.MONTHLY, 1)),
        on,
        "create team acme on Hobby, 1 seat, in " + currency);
  }
}
