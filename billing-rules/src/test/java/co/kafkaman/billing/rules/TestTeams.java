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
package co.kafkaman.billing.rules;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;

/** Teams, catalogs and terms for the rules' tests: plain factories, no test base class. */
public final class TestTeams {
  /** US dollars. */
  public static final CurrencyUnit USD = Currencies.of("USD");

  private TestTeams() {}

  /**
   * The sample catalog: Basic 12.00/144.00, Professional 29.00/348.00, Enterprise 99.00/1188.00
   * (sales-assisted); blocks: monitoring 8.00/96.00, mock 5.00/60.00, domains 10.00/120.00.
   */
  public static Catalog sample() {
    return Catalog.kafkamanSample();
  }

  /** Free 0.00, Basic {@code basic}, Professional {@code professional}, monthly and annual x 12. */
  public static Catalog twoPlans(String basic, String professional) {
    return Catalog.builder()
        .currency(USD)
        .putPlans(KafkamanSample.FREE, plan(KafkamanSample.FREE, "0.00"))
        .putPlans(KafkamanSample.BASIC, plan(KafkamanSample.BASIC, basic))
        .putPlans(KafkamanSample.PROFESSIONAL, plan(KafkamanSample.PROFESSIONAL, professional))
        .putAllResources(KafkamanSample.catalog().resources())
        .build();
  }

  private static Plan plan(PlanId tier, String monthly) {
    Amount price = Amount.of(monthly, "USD");
    return Plan.builder()
        .id(tier)
        .putSeatPrices(BillingFrequency.MONTHLY, price)
        .putSeatPrices(BillingFrequency.ANNUAL, price.multipliedBy(12))
        .build();
  }

  /**
   * Parses {@code "BASIC MONTHLY 5"} or {@code "BASIC MONTHLY 5 MONITORING_REQUESTS=2"}: tier,
   * frequency, seats, then blocks per resource.
   */
  public static Terms terms(String text) {
    String[] parts = text.trim().split("\\s+", -1);
    Terms terms =
        Terms.of(PlanId.of(parts[0]), BillingFrequency.parse(parts[1]), Integer.parseInt(parts[2]));
    for (int i = 3; i < parts.length; i++) {
      String[] block = parts[i].split("=", -1);
      terms = terms.withBlocks(ResourceId.of(block[0]), Integer.parseInt(block[1]));
    }
    return terms;
  }

  /**
   * Creates team {@code acme} (owner ana, in the catalog currency) through the engine on {@code on}
   * directly on {@code terms}, as {@code Command.CreateTeam} does for a host catalog.
   */
  public static Creation create(BillingEngine engine, LocalDate on, Terms terms) {
    return create(engine, on, terms, engine.catalog().currency());
  }

  /**
   * Creates team {@code acme} as {@link #create(BillingEngine, LocalDate, Terms)}, in {@code
   * currency}.
   */
  public static Creation create(
      BillingEngine engine, LocalDate on, Terms terms, CurrencyUnit currency) {
    return engine.create(creation(on, terms, currency), on);
  }

  /** The creation of team {@code acme} (owner ana) on {@code on} on {@code terms}. */
  public static Command.CreateTeam creation(LocalDate on, Terms terms, CurrencyUnit currency) {
    return new Command.CreateTeam(
        "c-0",
        "ana",
        "acme",
        currency,
        Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
        new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
        "KB-",
        terms);
  }

  /**
   * Creates team {@code acme} through the engine on {@code on} (the anchor) with {@code terms} (the
   * first invoice is issued when they are paid), then gives it {@code members} members, ana first.
   * Members may exceed seats, as with auto-flex.
   */
  public static Team created(BillingEngine engine, LocalDate on, Terms terms, int members) {
    Creation outcome =
        create(engine, on, Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 1));
    Team team = accepted(outcome).team();
    if (!terms.equals(team.subscription().terms())) {
      team =
          accepted(
                  engine.apply(
                      team,
                      new Command.ChangeSubscription(
                          "c-00", "ana", new ChangeRequest(terms, Timing.IMMEDIATELY, true)),
                      on))
              .team();
    }
    List<Member> all = new ArrayList<>(team.members());
    for (int i = 2; i <= members; i++) {
      all.add(Member.of("m" + i, "m" + i + "@acme.test", on));
    }
    return team.withMembers(all);
  }

  /**
   * Returns a proration convention by a short name: {@code kafkaman}, {@code kafkaman-even}
   * (HALF_EVEN), {@code killbill}, {@code lago}, {@code 30-day}, {@code fixed30} or {@code months}.
   */
  public static ProrationConvention convention(String name) {
    return switch (name) {
      case "kafkaman" -> ProrationConvention.KAFKAMAN;
      case "kafkaman-even" -> ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN);
      case "killbill" -> ProrationConvention.KILL_BILL;
      case "lago" -> ProrationConvention.LAGO;
      case "30-day" -> ProrationConvention.THIRTY_DAY_MONTH;
      case "fixed30" -> ProrationConvention.KAFKAMAN.withDayCount(DayCount.fixedMonth(30));
      case "months" -> ProrationConvention.KAFKAMAN.withDayCount(DayCount.wholeMonths());
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Returns the creation as accepted, or fails with its summary. */
  public static Outcome.Accepted accepted(Creation creation) {
    if (creation instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new AssertionError("expected accepted, was " + creation.summary());
  }

  /** Returns the outcome as accepted, or fails with its summary. */
  public static Outcome.Accepted accepted(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new AssertionError("expected accepted, was " + outcome.summary());
  }

  /** Renders lines as {@code "CHANGE_CREDIT -5.00; SEAT_PRORATION 10.00"}. */
  public static String kindsAndAmounts(List<InvoiceLine> lines) {
    return lines.stream()
        .map(line -> line.kind() + " " + line.amount().toPlainString())
        .collect(Collectors.joining("; "));
  }

  /** Renders an invoice's lines, as {@link #kindsAndAmounts(List)}. */
  public static String kindsAndAmounts(Invoice invoice) {
    return kindsAndAmounts(invoice.lines());
  }
}
