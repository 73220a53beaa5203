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
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A product that is not kafkaman: "Buildbox", a CI service billed in Swedish kronor, with its own
 * plans (Starter, Team, Growth), a metered resource (build minutes) whose overage is priced in
 * graduated tiers, a quarterly period and a 14-day free trial. The catalog is data, in the
 * properties format of {@link CatalogFormat}; the engine built on it gets none of kafkaman's
 * policy.
 */
public final class HostCatalogExamples {
  /** The Buildbox price list, as a host would keep it in a {@code .properties} file. */
  static final String BUILDBOX =
      String.join(
          "\n",
          "currency=SEK",
          "plans=starter,team,growth",
          "resources=build-minutes",
          "resource.build-minutes.singular=build minute",
          "resource.build-minutes.plural=build minutes",
          "resource.build-minutes.measure=METERED",
          "resource.build-minutes.limit=OVERAGE_ALWAYS",
          "plan.starter.name=Starter",
          "plan.starter.seat.MONTHLY=49.00",
          "plan.starter.allowance.build-minutes=500",
          "plan.team.name=Team",
          "plan.team.seat.MONTHLY=99.00",
          "plan.team.seat.QUARTERLY=270.00",
          "plan.team.allowance.build-minutes=2000",
          "plan.team.trialDays=14",
          "plan.growth.name=Growth",
          "plan.growth.seat.MONTHLY=199.00",
          "plan.growth.seat.QUARTERLY=540.00",
          "plan.growth.allowance.build-minutes=10000",
          "overage.build-minutes.model=GRADUATED",
          "overage.build-minutes.tier.1.upTo=1000",
          "overage.build-minutes.tier.1.price=0.10",
          "overage.build-minutes.tier.2.upTo=5000",
          "overage.build-minutes.tier.2.price=0.08",
          "overage.build-minutes.tier.3.upTo=inf",
          "overage.build-minutes.tier.3.price=0.05",
          "");

  private HostCatalogExamples() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Print.title("Your own catalog: Buildbox in SEK, a 14-day trial, graduated build minutes");
    Catalog catalog = CatalogFormat.read(new StringReader(BUILDBOX));
    BillingEngine engine = BillingEngine.of(catalog);
    Team team = created(engine, LocalDate.of(2025, 1, 6));
    team =
        Print.step(
            engine, team, new Command.Renew("trial-end", "system"), "2025-01-20", "trial ends");
    team =
        Print.step(
            engine,
            team,
            new Command.RecordUsage(
                "u-1",
                "system",
                ResourceId.of("build-minutes"),
                8_500,
                "runner-eu",
                Instant.parse("2025-02-03T09:00:00Z")),
            "2025-02-03",
            "8,500 build minutes (2,000 included)");
    team = Print.step(engine, team, new Command.Renew("r-2", "system"), "2025-02-20", "renewal");
    Print.step(
        engine,
        team,
        Command.ChangeSubscription.of(
            "up-1",
            "ana",
            team.subscription()
                .terms()
                .withPlan(PlanId.of("growth"))
                .withFrequency(BillingFrequency.QUARTERLY),
            Timing.IMMEDIATELY),
        "2025-03-05",
        "upgrade to Growth, quarterly");
  }

  /**
   * Creates team {@code acme} on Team monthly with 3 seats: the trial starts, nothing is billed.
   */
  static Team created(BillingEngine engine, LocalDate on) {
    return Print.created(
        engine,
        Print.createAcme(
            engine.catalog().currency(),
            on,
            new BillingDetails("Acme AB", "billing@acme.test", "Storgatan 1, Stockholm", ""),
            "BB-",
            Terms.of(PlanId.of("team"), BillingFrequency.MONTHLY, 3)),
        on,
        "create team acme on Team, 3 seats");
  }
}
