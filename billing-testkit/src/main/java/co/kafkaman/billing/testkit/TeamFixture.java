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
package co.kafkaman.billing.testkit;

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;

/**
 * A team ready for a test: the {@link Command.CreateTeam} a test would otherwise spell out, with
 * sensible defaults that each {@code with*} copy replaces.
 *
 * <p>Defaults: team {@code "acme"}, created 2024-03-01 on Basic monthly with 3 seats, owner {@code
 * ana} (billing and admin, {@code ana@acme.test}), billing email {@code billing@acme.test}, company
 * {@code "Acme Ltd"}, invoice prefix {@code "KB-"}, command id {@code "c-1"}, in the engine's
 * catalog currency (another currency the catalog is priced in with {@link
 * #withCurrency(CurrencyUnit)}).
 *
 * <pre>{@code
 * Team team = TeamFixture.of(engine).withTerms(Terms.of(BASIC, MONTHLY, 3)).create().team();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamFixture {
  // never changed once the fixture is made (each with* method changes a copy), and read through a
  // final field: what it holds is safely published with the fixture
  private final Draft fields;

  private TeamFixture(Draft fields) {
    this.fields = fields;
  }

  /** The fields of a fixture being made or copied: each {@code with*} method changes one or two. */
  private static final class Draft {
    BillingEngine engine;
    String teamId;
    LocalDate createdOn;
    Terms terms;
    Member owner;
    BillingDetails billingDetails;
    String invoicePrefix;
    String commandId;
    CollectionMethod collectionMethod;
    Optional<CardReference> card;
    CurrencyUnit currency;
    Optional<Integer> billingDay;

    /** The defaults of {@link TeamFixture#of}. */
    Draft(BillingEngine engine) {
      LocalDate on = LocalDate.of(2024, 3, 1);
      this.engine = engine;
      this.teamId = "acme";
      this.createdOn = on;
      this.terms = Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3);
      this.owner = Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN);
      this.billingDetails = new BillingDetails("Acme Ltd", "billing@acme.test", "", "");
      this.invoicePrefix = "KB-";
      this.commandId = "c-1";
      this.collectionMethod = CollectionMethod.cardAutoCharge();
      this.card = Optional.empty();
      this.currency = engine.catalog().currency();
      this.billingDay = Optional.empty();
    }

    Draft(Draft from) {
      engine = from.engine;
      teamId = from.teamId;
      createdOn = from.createdOn;
      terms = from.terms;
      owner = from.owner;
      billingDetails = from.billingDetails;
      invoicePrefix = from.invoicePrefix;
      commandId = from.commandId;
      collectionMethod = from.collectionMethod;
      card = from.card;
      currency = from.currency;
      billingDay = from.billingDay;
    }
  }

  /** Returns a copy of this fixture with what {@code change} sets on its fields. */
  private TeamFixture with(Consumer<Draft> change) {
    Draft draft = new Draft(fields);
    change.accept(draft);
    return new TeamFixture(draft);
  }

  /**
   * Returns the default fixture for {@code engine}.
   *
   * @param engine the engine whose catalog prices the team
   * @return the fixture
   */
  public static TeamFixture of(BillingEngine engine) {
    return new TeamFixture(new Draft(engine));
  }

  /**
   * Returns a copy billing in {@code currency}, one of the catalog's {@code currencies()}.
   *
   * @param currency the team's currency
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withCurrency(CurrencyUnit currency) {
    return with(d -> d.currency = currency);
  }

  /**
   * Returns the team's currency.
   *
   * @return the currency the team bills in
   * @since 0.1.0
   */
  public CurrencyUnit currency() {
    return fields.currency;
  }

  /**
   * Returns a copy with another team id.
   *
   * @param id the host's team id
   * @return the copy
   */
  public TeamFixture withTeamId(String id) {
    return with(d -> d.teamId = id);
  }

  /**
   * Returns a copy created on {@code date}; the owner joins that day.
   *
   * @param date the creation date (also the anchor of a paid initial plan)
   * @return the copy
   */
  public TeamFixture withCreatedOn(LocalDate date) {
    Member joined = new Member(fields.owner.id(), fields.owner.email(), fields.owner.roles(), date);
    return with(
        d -> {
          d.createdOn = date;
          d.owner = joined;
        });
  }

  /**
   * Returns a copy starting on {@code initialTerms}.
   *
   * @param initialTerms the terms to create the team with (Free or a paid plan)
   * @return the copy
   */
  public TeamFixture withTerms(Terms initialTerms) {
    return with(d -> d.terms = initialTerms);
  }

  /**
   * Returns a copy with another owner.
   *
   * @param member the first member
   * @return the copy
   */
  public TeamFixture withOwner(Member member) {
    return with(d -> d.owner = member);
  }

  /**
   * Returns a copy with other billing details.
   *
   * @param details the billing details
   * @return the copy
   */
  public TeamFixture withBillingDetails(BillingDetails details) {
    return with(d -> d.billingDetails = details);
  }

  /**
   * Returns a copy with another invoice prefix.
   *
   * @param prefix such as {@code "INV-"}
   * @return the copy
   */
  public TeamFixture withInvoicePrefix(String prefix) {
    return with(d -> d.invoicePrefix = prefix);
  }

  /**
   * Returns a copy whose creation command has another id.
   *
   * @param id the command id
   * @return the copy
   */
  public TeamFixture withCommandId(String id) {
    return with(d -> d.commandId = id);
  }

  /**
   * Returns a copy creating the team with {@code method}, such as pay by invoice net 30 on a plan
   * that allows it.
   *
   * @param method the collection method
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withCollectionMethod(CollectionMethod method) {
    return with(d -> d.collectionMethod = method);
  }

  /**
   * Returns a copy whose cycles align to {@code day} of the month ({@code
   * Command.CreateTeam.withBillingDay}): the first cycle's stub is billed as the engine's policy
   * says.
   *
   * @param day the billing day, 1 to 31
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withBillingDay(int day) {
    return with(d -> d.billingDay = Optional.of(day));
  }

  /**
   * Returns a copy creating the team with {@code first} on file (primary).
   *
   * @param first the card reference
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withCard(CardReference first) {
    return with(d -> d.card = Optional.of(first));
  }

  /**
   * Returns the engine.
   *
   * @return the engine
   */
  public BillingEngine engine() {
    return fields.engine;
  }

  /**
   * Returns the creation date.
   *
   * @return the date
   */
  public LocalDate createdOn() {
    return fields.createdOn;
  }

  /**
   * Returns the terms the team is created with.
   *
   * @return the initial terms
   */
  public Terms terms() {
    return fields.terms;
  }

  /**
   * Returns the creation command this fixture describes.
   *
   * @return the command
   */
  public Command.CreateTeam toCommand() {
    return new Command.CreateTeam(
        fields.commandId,
        fields.owner.id(),
        fields.teamId,
        fields.currency,
        fields.owner,
        fields.billingDetails,
        fields.invoicePrefix,
        fields.terms,
        fields.collectionMethod,
        fields.card,
        fields.billingDay);
  }

  /**
   * Creates the team with the engine.
   *
   * @return the accepted outcome: the team and, for a paid plan, its first invoice
   * @throws IllegalStateException if the engine refuses the creation, with the refusal's summary
   */
  public Outcome.Accepted create() {
    Creation outcome = fields.engine.create(toCommand(), fields.createdOn);
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new IllegalStateException(
        "team " + fields.teamId + " was not created: " + outcome.summary());
  }

  /**
   * Creates the team and returns it.
   *
   * @return the new team
   * @throws IllegalStateException if the engine refuses the creation
   */
  public Team team() {
    return create().team();
  }

  /**
   * Returns {@code "team acme (USD) created 2024-03-01 on BASIC MONTHLY, 3 seats"}.
   *
   * @return the fixture as one line
   */
  @Override
  public String toString() {
    return "team "
        + fields.teamId
        + " ("
        + fields.currency.getCurrencyCode()
        + ", "
        + fields.engine.policy().proration().name()
        + ") created "
        + fields.createdOn
        + " on "
        + fields.terms;
  }
}
