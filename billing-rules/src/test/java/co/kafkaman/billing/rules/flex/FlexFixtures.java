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
package co.kafkaman.billing.rules.flex;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.team.AutoFlexCycle;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/** Teams for the usage and auto-flex tests: built directly, or created through the engine. */
public final class FlexFixtures {
  /** The sample catalog. */
  public static final Catalog CATALOG = Catalog.kafkamanSample();

  /** US dollars. */
  public static final CurrencyUnit USD = Currencies.of("USD");

  private FlexFixtures() {}

  /**
   * Returns a team with {@code members} members (the first, "m1", is billing and admin), on its
   * first cycle from {@code anchor}, purchased on the anchor.
   */
  public static Team team(
      PlanTier tier,
      BillingFrequency frequency,
      int seats,
      int members,
      LocalDate anchor,
      boolean autoFlex) {
    List<Member> list = new ArrayList<>();
    for (int i = 1; i <= members; i++) {
      list.add(
          i == 1
              ? Member.of("m1", "m1@acme.test", anchor, Role.BILLING, Role.ADMIN)
              : Member.of("m" + i, "m" + i + "@acme.test", anchor));
    }
    Subscription subscription =
        Subscription.builder()
            .terms(Terms.of(tier, frequency, seats))
            .anchor(anchor)
            .currentCycle(CycleSchedule.billingCycles(anchor, frequency).period(0))
            .purchasedOn(anchor)
            .autoFlexEnabled(autoFlex)
            .autoFlexCycle(
                autoFlex ? Optional.of(AutoFlexCycle.of(anchor, members)) : Optional.empty())
            .build();
    return Team.builder()
        .id("acme")
        .currency(USD)
        .createdOn(anchor)
        .members(list)
        .subscription(subscription)
        .billingDetails(new BillingDetails("Acme Ltd", "billing@acme.test", "1 Main St", ""))
        .accountCredit(Amount.zero(USD))
        .invoiceNumbering(InvoiceNumbering.startingAt1("KB-"))
        .build();
  }

  /** Creates a team through the engine on {@code on} with {@code terms}; owner "ana" (admin). */
  public static Team created(BillingEngine engine, LocalDate on, Terms terms) {
    return accepted(
            engine.create(
                new Command.CreateTeam(
                    "create",
                    "ana",
                    "acme",
                    USD,
                    Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
                    new BillingDetails("Acme Ltd", "billing@acme.test", "1 Main St", ""),
                    "KB-",
                    terms),
                on))
        .team();
  }

  /** Asserts {@code creation} created the team and returns its outcome. */
  public static Outcome.Accepted accepted(Creation creation) {
    assertThat(creation.isAccepted()).as(creation.summary()).isTrue();
    return (Outcome.Accepted) creation;
  }

  /** Asserts {@code outcome} was accepted and returns it. */
  public static Outcome.Accepted accepted(Outcome outcome) {
    assertThat(outcome.isAccepted()).as(outcome.summary()).isTrue();
    return (Outcome.Accepted) outcome;
  }

  /** Asserts {@code outcome} was refused and returns it. */
  public static Outcome.Refused refused(Outcome outcome) {
    assertThat(outcome.isAccepted()).as(outcome.summary()).isFalse();
    return (Outcome.Refused) outcome;
  }

  /** Returns noon UTC of {@code date}. */
  public static Instant at(LocalDate date) {
    return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /** Returns USD {@code value}. */
  public static Amount usd(String value) {
    return Amount.of(value, "USD");
  }

  /** Returns the date {@code text}. */
  public static LocalDate d(String text) {
    return LocalDate.parse(text);
  }
}
