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
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.usage.ResourceUsage;
import co.kafkaman.billing.rules.usage.UsageReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Usage and overage: the same month with overage disallowed and allowed; custom domains. */
public final class UsageExamples {
  private UsageExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    overage(false);
    overage(true);
    customDomains();
  }

  /** Basic monthly, 10,000 monitoring requests included: 9,700 used, then a reading of 2,800. */
  static void overage(boolean allowed) {
    Print.title(
        "Usage: monitoring overage "
            + (allowed ? "ALLOWED (pay as you go, 0.90 per 1,000)" : "DISALLOWED (the default)"));
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    Team team =
        ProrationExamples.created(
            engine,
            Currencies.of("USD"),
            march1,
            Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    if (allowed) {
      team =
          AutoFlexExamples.apply(
              engine,
              team,
              new Command.SetOverage(
                  "allow", "ana", Resource.MONITORING_REQUESTS, true, noon(march1)),
              march1,
              "Allow monitoring overage");
    }
    team = read(engine, team, "r-1", 9_700, "monitor-checkout", LocalDate.of(2024, 3, 10));
    Outcome outcome =
        engine.apply(
            team,
            reading("r-2", 2_800, "monitor-login", LocalDate.of(2024, 3, 20)),
            LocalDate.of(2024, 3, 20));
    Print.outcome("2024-03-20: 2,800 more monitoring requests", outcome);
    if (outcome instanceof Outcome.Refused refused && refused.alternative().isPresent()) {
      outcome = engine.apply(team, refused.alternative().get(), LocalDate.of(2024, 3, 20));
      Print.outcome("2024-03-20: the host records only what is still allowed", outcome);
    }
    team = outcome.team();
    Outcome more =
        engine.apply(
            team,
            reading("r-3", 1, "monitor-login", LocalDate.of(2024, 3, 21)),
            LocalDate.of(2024, 3, 21));
    Print.outcome("2024-03-21: one more request", more);
    team = more.team();
    view(engine, team, LocalDate.of(2024, 3, 31));
    Print.outcome(
        "2024-04-01: renewal (the month's overage is charged after the usage month)",
        engine.apply(team, new Command.Renew("renew", "system"), LocalDate.of(2024, 4, 1)));
  }

  /** Basic includes one custom domain: a hard limit. */
  static void customDomains() {
    Print.title("Usage: custom domains are a hard limit");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    Team team =
        ProrationExamples.created(
            engine,
            Currencies.of("USD"),
            march1,
            Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 1));
    team =
        AutoFlexExamples.apply(
            engine,
            team,
            new Command.AddCustomDomain("d-1", "ana", "api.acme.test"),
            march1,
            "Add api.acme.test");
    Outcome second =
        engine.apply(
            team,
            new Command.AddCustomDomain("d-2", "ana", "docs.acme.test"),
            LocalDate.of(2024, 3, 16));
    Print.outcome("2024-03-16: add docs.acme.test", second);
    if (second instanceof Outcome.Refused refused && refused.alternative().isPresent()) {
      team =
          AutoFlexExamples.apply(
              engine,
              team,
              refused.alternative().get(),
              LocalDate.of(2024, 3, 16),
              "Take the alternative: buy a custom-domain block");
      AutoFlexExamples.apply(
          engine,
          team,
          new Command.AddCustomDomain("d-2", "ana", "docs.acme.test"),
          LocalDate.of(2024, 3, 16),
          "Add docs.acme.test again");
    }
  }

  /** Prints the resource usage view. */
  static void view(BillingEngine engine, Team team, LocalDate asOf) {
    UsageReport report = engine.usage(team, asOf);
    Print.line("");
    Print.line("> Resource usage, usage month " + report.usageMonth() + ":");
    for (ResourceUsage row : report.resources()) {
      if (row.used() == 0 && !row.resource().hasOverageSetting()) {
        continue;
      }
      Print.line(
          String.format(
              "    %-20s used %,9d  included %,9d  purchased %,7d  remaining %,9d  overage so far"
                  + " %s%s",
              row.resource().label(),
              row.used(),
              row.included(),
              row.purchased(),
              row.remaining(),
              row.overageSoFar(),
              row.resource().hasOverageSetting()
                  ? row.overageAllowed() ? " (allowed)" : " (disallowed)"
                  : ""));
      row.bySource()
          .forEach(
              (source, units) -> Print.line(String.format("        %-24s %,9d", source, units)));
    }
  }

  private static Team read(
      BillingEngine engine, Team team, String id, long quantity, String source, LocalDate on) {
    Outcome outcome = engine.apply(team, reading(id, quantity, source, on), on);
    Print.outcome(
        on + ": " + String.format("%,d", quantity) + " monitoring requests from " + source,
        outcome);
    return outcome.team();
  }

  private static Command reading(String id, long quantity, String source, LocalDate on) {
    return new Command.RecordUsage(
        id, "system", Resource.MONITORING_REQUESTS, quantity, source, noon(on));
  }

  private static Instant noon(LocalDate date) {
    return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }
}
