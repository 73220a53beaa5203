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

import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of teams and their parts, valid by construction: terms a catalog prices, members with
 * unique ids, billing details with an email, card references with four-digit endings, and whole
 * teams created through the engine (so their first invoice, history and numbering are real).
 *
 * <p>Example: {@code TeamGen.teams(engine)} yields a team created on 2024-01-31 on Professional
 * annual with 3 seats and 2 members, and a Free team created on 2096-02-29.
 *
 * @since 0.1.0
 */
public final class TeamGen {
  private TeamGen() {}

  /**
   * Returns terms {@code catalog} prices: a tier of the catalog, a frequency its plan offers, seats
   * from {@link MoneyGen#quantities()} (zero and huge included), and blocks of the catalog's
   * add-ons (usually none).
   *
   * @param catalog the catalog
   * @return the generator
   */
  public static Gen<Terms> terms(Catalog catalog) {
    return terms(catalog, List.copyOf(catalog.plans().keySet()), MoneyGen.quantities());
  }

  /**
   * Returns terms a team can be created with: as {@link #terms(Catalog)} but with at least one seat
   * (the owner's), and on the catalog's free plan (one seat, its first frequency) one time in four.
   *
   * @param catalog the catalog
   * @return the generator
   */
  public static Gen<Terms> initialTerms(Catalog catalog) {
    List<PlanId> paid = new ArrayList<>(catalog.plans().keySet());
    Gen<Integer> seats = MoneyGen.quantities().map(q -> Math.max(1, q));
    java.util.Optional<PlanId> free = catalog.freePlan();
    if (free.isEmpty()) {
      return terms(catalog, paid, seats);
    }
    paid.remove(free.get());
    Plan freePlan = catalog.plan(free.get());
    Terms onFree = Terms.of(free.get(), freePlan.frequencies().first(), 1);
    if (paid.isEmpty()) {
      return Generate.constant(onFree);
    }
    return Generate.frequency(
        List.of(Pair.of(1, Generate.constant(onFree)), Pair.of(3, terms(catalog, paid, seats))));
  }

  /**
   * Returns members with the given id who joined on {@code joinedOn}, with any roles.
   *
   * @param id the member id
   * @param joinedOn the joining date
   * @return the generator
   */
  public static Gen<Member> members(String id, LocalDate joinedOn) {
    return Generate.pick(
            List.<Set<Role>>of(
                Set.of(), Set.of(Role.BILLING), Set.of(Role.ADMIN), EnumSet.allOf(Role.class)))
        .map(roles -> new Member(id, id + "@team.test", roles, joinedOn));
  }

  /**
   * Returns billing details: with or without company name, address and VAT ID.
   *
   * @return the generator
   */
  public static Gen<BillingDetails> billingDetails() {
    Gen<String> companies = Generate.pick(List.of("", "Acme Ltd", "Ünïcode GmbH", "Tiny & Co"));
    Gen<String> addresses = Generate.pick(List.of("", "1 Main St\nSpringfield", "Rue 2, Paris"));
    Gen<String> vatIds = Generate.pick(List.of("", "DE123456789", "FR12345678901"));
    return companies.zip(
        addresses,
        vatIds,
        (company, address, vat) -> new BillingDetails(company, "billing@team.test", address, vat));
  }

  /**
   * Returns card references with token {@code token}: any brand, four digits, an expiry between
   * 2000-01 and 2099-12.
   *
   * @param token the processor token
   * @return the generator
   */
  public static Gen<CardReference> cards(String token) {
    return Generate.pick(List.of("visa", "mastercard", "amex"))
        .zip(
            Generate.range(0, 9999),
            Generate.range(0, 1199),
            (brand, digits, month) ->
                new CardReference(
                    token,
                    brand,
                    String.format("%04d", digits),
                    YearMonth.of(2000, 1).plusMonths(month)));
  }

  /**
   * Returns team fixtures for {@code engine}: created on an {@link DateGen#anchors()} date (month
   * ends, the 29th to 31st, February 29 weighted in) with {@link #initialTerms(Catalog)}, and a
   * card on file ({@link #cards(String)}) where the plan's free trial requires one.
   *
   * @param engine the engine
   * @return the generator
   */
  public static Gen<TeamFixture> fixtures(BillingEngine engine) {
    TeamFixture base = TeamFixture.of(engine);
    Catalog catalog = engine.catalog();
    // a catalog priced in several currencies has teams in each
    Gen<CurrencyUnit> currencies = Generate.pick(catalog.currencies());
    return DateGen.anchors()
        .zip(
            initialTerms(catalog),
            currencies,
            (on, terms, currency) -> {
              TeamFixture fixture = base.withCreatedOn(on).withTerms(terms).withCurrency(currency);
              return catalog.plan(terms.plan()).trialRequiresCard()
                  ? fixture.withCard(
                      new CardReference(
                          "tok_trial", "visa", "4242", YearMonth.from(on).plusYears(3)))
                  : fixture;
            });
  }

  /**
   * Returns teams created through {@code engine} from {@link #fixtures(BillingEngine)}, with up to
   * as many members as seats.
   *
   * @param engine the engine
   * @return the generator
   */
  public static Gen<Team> teams(BillingEngine engine) {
    Gen<TeamFixture> fixtures = fixtures(engine);
    Gen<Integer> extra = Generate.range(0, 5);
    return in -> {
      TeamFixture fixture = fixtures.generate(in);
      Team team = fixture.team();
      int members = Math.min(extra.generate(in), team.subscription().terms().seats() - 1);
      List<Member> all = new ArrayList<>(team.members());
      for (int i = 1; i <= members; i++) {
        all.add(members("m-" + i, fixture.createdOn()).generate(in));
      }
      return team.withMembers(all);
    };
  }

  /**
   * Returns terms one or two steps away from {@code current}, as a team would ask for them: seats
   * up or down (by a few, or by a thousand), another tier of the catalog, the other frequency,
   * add-on blocks up or down. Whether the engine accepts them is the rules' business.
   *
   * @param current the terms now
   * @param catalog the catalog
   * @return the generator
   */
  public static Gen<Terms> changedTerms(Terms current, Catalog catalog) {
    List<PlanId> tiers = List.copyOf(catalog.plans().keySet());
    List<ResourceId> addOns = List.copyOf(catalog.addOns().keySet());
    // every period some plan of the catalog offers, in a stable order
    List<BillingFrequency> frequencies =
        catalog.plans().values().stream()
            .flatMap(plan -> plan.frequencies().stream())
            .distinct()
            .sorted()
            .toList();
    Gen<Integer> kinds = Generate.range(0, 4);
    Gen<Integer> deltas =
        Generate.frequency(
            List.of(Pair.of(8, Generate.range(1, 3)), Pair.of(1, Generate.constant(1_000))));
    Gen<Boolean> up = Generate.booleans();
    Gen<Integer> steps =
        Generate.frequency(
            List.of(Pair.of(3, Generate.constant(1)), Pair.of(1, Generate.constant(2))));
    Gen<Integer> picks = Generate.range(0, 1_000);
    return in -> {
      Terms terms = current;
      for (int step = steps.generate(in); step > 0; step--) {
        int kind = kinds.generate(in);
        int delta = up.generate(in) ? deltas.generate(in) : -deltas.generate(in);
        int pick = picks.generate(in);
        if (kind == 0 || (kind >= 3 && addOns.isEmpty())) {
          terms = terms.withSeats(within(terms.seats() + delta, InputLimits.MAX_SEATS));
        } else if (kind == 1) {
          terms = terms.withPlan(tiers.get(pick % tiers.size()));
        } else if (kind == 2) {
          BillingFrequency now = terms.frequency();
          List<BillingFrequency> others = frequencies.stream().filter(f -> !f.equals(now)).toList();
          terms = others.isEmpty() ? terms : terms.withFrequency(others.get(pick % others.size()));
        } else {
          ResourceId resource = addOns.get(pick % addOns.size());
          terms =
              terms.withBlocks(
                  resource, within(terms.blocks(resource) + delta, InputLimits.MAX_BLOCKS));
        }
      }
      return terms;
    };
  }

  /** Clamps a generated count to the bounds a team accepts, {@code [0, max]}. */
  private static int within(int count, int max) {
    return Math.min(max, Math.max(0, count));
  }

  private static Gen<Terms> terms(Catalog catalog, List<PlanId> tiers, Gen<Integer> seats) {
    Gen<PlanId> tierGen = Generate.pick(tiers);
    Gen<Integer> frequencyIndex = Generate.range(0, 1);
    Gen<Integer> blocks =
        Generate.frequency(
            List.of(
                Pair.of(6, Generate.constant(0)),
                Pair.of(3, Generate.range(1, 3)),
                Pair.of(1, Generate.constant(1_000))));
    List<ResourceId> addOns = List.copyOf(catalog.addOns().keySet());
    return in -> {
      Plan plan = catalog.plan(tierGen.generate(in));
      List<BillingFrequency> offered = List.copyOf(plan.frequencies());
      BillingFrequency frequency =
          offered.get(Math.min(frequencyIndex.generate(in), offered.size() - 1));
      // at least the plan's minimum (Plan.minimumSeats)
      Terms terms =
          Terms.of(plan.id(), frequency, Math.max(plan.minimumSeats(), seats.generate(in)));
      for (ResourceId resource : addOns) {
        terms = terms.withBlocks(resource, blocks.generate(in));
      }
      return terms;
    };
  }
}
