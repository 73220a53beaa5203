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
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** Prorated upgrades and seat additions, a refused downgrade, and a renewal quote. */
public final class ProrationExamples {
  private ProrationExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    upgradeTenToTwenty();
    addTwoSeats();
  }

  /** A $10/month plan upgraded to $20/month halfway through a 30-day cycle. */
  static void upgradeTenToTwenty() {
    Print.title("Upgrade: $10/month -> $20/month halfway through a 30-day cycle");
    CurrencyUnit usd = Currencies.of("USD");
    Catalog catalog =
        Catalog.builder()
            .currency(usd)
            .putPlans(KafkamanSample.FREE, plan(KafkamanSample.FREE, "Free", "0.00"))
            .putPlans(KafkamanSample.BASIC, plan(KafkamanSample.BASIC, "Basic", "10.00"))
            .putPlans(
                KafkamanSample.PROFESSIONAL,
                plan(KafkamanSample.PROFESSIONAL, "Professional", "20.00"))
            .build();
    BillingEngine engine = BillingEngine.of(catalog);
    LocalDate april1 = LocalDate.of(2024, 4, 1);
    Team team =
        created(engine, usd, april1, Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 1));
    Print.line("Cycle " + team.subscription().currentCycle() + " (30 days), 1 seat at 10.00");
    Outcome upgrade =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-2",
                "ana",
                Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 1),
                Timing.IMMEDIATELY),
            LocalDate.of(2024, 4, 16));
    Print.outcome("Upgrade to $20 immediately on 2024-04-16 (15 of 30 days left)", upgrade);
  }

  /** Basic at 12.00 per seat per month; 2 seats added on 2024-03-15. */
  static void addTwoSeats() {
    Print.title("Seats: 2 Basic seats added on 2024-03-15 (cycle [2024-03-01, 2024-04-01))");
    BillingEngine engine = BillingEngine.of(Catalog.kafkamanSample());
    Team team =
        created(
            engine,
            Currencies.of("USD"),
            LocalDate.of(2024, 3, 1),
            Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3));
    Outcome added =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-2", "ana", team.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 15));
    Print.outcome("Add 2 seats immediately", added);
    team = added.team();

    Outcome downgrade =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "c-3",
                "ana",
                Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 5),
                Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 20));
    Print.outcome("Downgrade to Free immediately", downgrade);
    if (downgrade instanceof Outcome.Refused refused && refused.alternative().isPresent()) {
      Outcome alternative =
          engine.apply(team, refused.alternative().get(), LocalDate.of(2024, 3, 20));
      Print.outcome("Take the alternative: On renewal", alternative);
      team = alternative.team();
    }
    Outcome instructions =
        engine.apply(
            team,
            new Command.SetStandingInstructions(
                "c-4",
                "ana",
                Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 5)
                    .withBlocks(
                        co.kafkaman.billing.model.catalog.KafkamanSample.MONITORING_REQUESTS, 1)),
            LocalDate.of(2024, 3, 25));
    Print.outcome("Replace the instructions: Professional with one monitoring block", instructions);
    team = instructions.team();
    RenewalQuote quote = engine.quoteRenewal(team);
    Print.line("");
    Print.line(
        "> Expected cost upon renewal on "
            + quote.renewsOn()
            + " for "
            + quote.nextCycle()
            + ": "
            + quote.total());
    quote.lines().forEach(l -> Print.line("    " + l.description() + ": " + l.explanation()));
    Outcome renewed = engine.apply(team, new Command.Renew("r-1", "system"), quote.renewsOn());
    Print.outcome("Renew on " + quote.renewsOn(), renewed);
  }

  private static Plan plan(PlanId tier, String name, String monthly) {
    return Plan.builder()
        .id(tier)
        .name(name)
        .putSeatPrices(BillingFrequency.MONTHLY, Amount.of(monthly, "USD"))
        .build();
  }

  /** Creates the example team and prints its first invoice. */
  static Team created(BillingEngine engine, CurrencyUnit currency, LocalDate on, Terms terms) {
    Outcome.Accepted created = creation(engine, currency, on, terms);
    created.invoices().forEach(i -> Print.line(InvoiceText.render(i)));
    return created.team();
  }

  /** Creates the example team without printing anything. */
  static Team createdQuietly(
      BillingEngine engine, CurrencyUnit currency, LocalDate on, Terms terms) {
    return creation(engine, currency, on, terms).team();
  }

  private static Outcome.Accepted creation(
      BillingEngine engine, CurrencyUnit currency, LocalDate on, Terms terms) {
    Creation created =
        engine.create(
            new Command.CreateTeam(
                "c-1",
                "ana",
                "acme",
                currency,
                Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
                new BillingDetails("Acme Ltd", "billing@acme.test", "1 Main St, Springfield", ""),
                "KB-",
                terms),
            on);
    if (created instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new IllegalStateException(created.summary());
  }
}
