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
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.List;

/**
 * Monthly to annual, an add-on purchase, one change under each convention preset, and one downgrade
 * under each change policy.
 */
public final class ChangeExamples {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

  private ChangeExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    monthlyToAnnual();
    addOnPurchase();
    presetsSideBySide();
    changePolicies();
    billCycleDayChange();
  }

  /**
   * Kill Bill's bill-cycle-day change: Basic monthly on the 1st moves to the 11th; the renewal on
   * 2024-04-01 bills the bridge {@code [04-01, 04-11)} pro rata over {@code [03-11, 04-11)}.
   */
  static void billCycleDayChange() {
    Print.title("Bill-cycle day: 2 Basic seats billed on the 1st move to the 11th");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team =
        ProrationExamples.createdQuietly(
            engine,
            Currencies.of("USD"),
            MARCH_1,
            Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 2));
    team =
        Print.step(
            engine,
            team,
            new Command.ChangeBillingDay("d-1", "ana", 11),
            "2024-03-15",
            "move the billing day to the 11th (March stays as paid)");
    team =
        Print.step(
            engine,
            team,
            new Command.Renew("r-1", "system"),
            "2024-04-01",
            "renewal: the bridge to the 11th, 10 of the 31 days of [03-11, 04-11)");
    Print.step(
        engine,
        team,
        new Command.Renew("r-2", "system"),
        "2024-04-11",
        "renewal on the new day: a whole month");
  }

  /**
   * One downgrade request under each shipped change policy, then, under the immediate policy, a
   * seat removal, an immediate cancellation and buying again.
   */
  static void changePolicies() {
    Print.title(
        "Change policies: 5 Professional seats -> Basic on 2024-03-15, under each shipped policy");
    Terms basic = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5);
    for (ChangePolicy policy :
        List.of(ChangePolicy.kafkaman(), ChangePolicy.killBill(), ChangePolicy.immediate())) {
      BillingEngine engine =
          BillingEngine.of(Catalog.kafkamanSample(), BillingPolicy.kafkaman().withChanges(policy));
      Team team =
          ProrationExamples.createdQuietly(
              engine,
              Currencies.of("USD"),
              MARCH_1,
              Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 5));
      Outcome down =
          engine.apply(
              team,
              Command.ChangeSubscription.of("c-2", "ana", basic, Timing.IMMEDIATELY),
              MARCH_15);
      Print.outcome("Policy " + policy.name() + ": downgrade to Basic immediately", down);
    }
    BillingEngine engine =
        BillingEngine.of(
            Catalog.kafkamanSample(),
            BillingPolicy.kafkaman().withChanges(ChangePolicy.immediate()));
    Team team = ProrationExamples.createdQuietly(engine, Currencies.of("USD"), MARCH_1, basic);
    team =
        Print.step(
            engine,
            team,
            Command.ChangeSubscription.of("c-3", "ana", basic.withSeats(3), Timing.IMMEDIATELY),
            "2024-03-15",
            "immediate policy: remove 2 of the 5 Basic seats (credited)");
    team =
        Print.step(
            engine,
            team,
            new Command.Cancel("c-4", "ana"),
            "2024-03-20",
            "immediate policy: cancel today (the unused part credited)");
    Print.step(
        engine,
        team,
        Command.ChangeSubscription.of("c-5", "ana", basic.withSeats(2), Timing.IMMEDIATELY),
        "2024-05-02",
        "buy again: a new term from the day, paid from the account credit");
  }

  /** A monthly team switches to annual immediately: a new annual term starts on the change day. */
  static void monthlyToAnnual() {
    Print.title("Monthly -> annual immediately: a new annual term from 2024-03-15");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team = basicMonthly(engine, 3);
    Outcome annual =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-2",
                "ana",
                Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 3),
                Timing.IMMEDIATELY),
            MARCH_15);
    Print.outcome("Switch 3 Basic seats to annual billing on 2024-03-15", annual);
    Print.line("  new cycle: " + annual.team().subscription().currentCycle());
  }

  /** Two monitoring blocks bought mid-cycle, prorated. */
  static void addOnPurchase() {
    Print.title("Add-on purchase: 2 monitoring blocks (10,000 requests each) on 2024-03-15");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team = basicMonthly(engine, 3);
    Outcome bought =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-2",
                "ana",
                team.subscription().terms().withBlocks(KafkamanSample.MONITORING_REQUESTS, 2),
                Timing.IMMEDIATELY),
            MARCH_15);
    Print.outcome("Buy 2 monitoring blocks immediately", bought);
    Print.line(
        "  monitoring entitlement now: "
            + engine.usage(bought.team(), MARCH_15).resources().stream()
                .filter(r -> r.resource() == KafkamanSample.MONITORING_REQUESTS)
                .findFirst()
                .map(Object::toString)
                .orElse("-"));
  }

  /** The same upgrade (3 Basic seats to Professional on 2024-03-15) under every preset. */
  static void presetsSideBySide() {
    Print.title(
        "One change under each convention preset: 3 seats Basic 12.00 -> Professional 29.00,"
            + " 2024-03-15, cycle [2024-03-01, 2024-04-01)");
    List<ProrationConvention> presets =
        List.of(
            ProrationConvention.KAFKAMAN,
            ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN),
            ProrationConvention.KILL_BILL,
            ProrationConvention.LAGO,
            ProrationConvention.THIRTY_DAY_MONTH);
    for (ProrationConvention preset : presets) {
      BillingEngine engine =
          BillingEngine.of(
              Catalog.kafkamanSample(), BillingPolicy.kafkaman().withProration(preset));
      Team team =
          ProrationExamples.createdQuietly(
              engine,
              Currencies.of("USD"),
              MARCH_1,
              Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3));
      Outcome upgrade =
          engine.apply(
              team,
              Command.ChangeSubscription.of(
                  "c-2",
                  "ana",
                  team.subscription().terms().withPlan(KafkamanSample.PROFESSIONAL),
                  Timing.IMMEDIATELY),
              MARCH_15);
      Print.line("");
      Print.line(String.format("%-22s rounding %-9s", preset.name(), preset.rounding().name()));
      if (upgrade instanceof Outcome.Accepted accepted) {
        for (Invoice invoice : accepted.invoices()) {
          for (InvoiceLine line : invoice.lines()) {
            Print.line(
                String.format(
                    "    %-16s %10s   %s",
                    line.kind(), line.amount().toPlainString(), line.explanation()));
          }
          Print.line(
              String.format("    %-16s %10s", "total due", invoice.totalDue().toPlainString()));
        }
      } else {
        Print.line("    " + upgrade.summary());
      }
    }
  }

  private static Team basicMonthly(BillingEngine engine, int seats) {
    return ProrationExamples.created(
        engine,
        Currencies.of("USD"),
        MARCH_1,
        Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, seats));
  }
}
