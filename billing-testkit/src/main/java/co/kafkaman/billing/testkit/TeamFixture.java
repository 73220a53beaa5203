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
  private final BillingEngine engine;
  private final String teamId;
  private final LocalDate createdOn;
  private final Terms terms;
  private final Member owner;
  private final BillingDetails billingDetails;
  private final String invoicePrefix;
  private final String commandId;
  private final CollectionMethod collectionMethod;
  private final Optional<CardReference> card;
  private final CurrencyUnit currency;
  private final Optional<Integer> billingDay;

  private TeamFixture(
      BillingEngine engine,
      String teamId,
      LocalDate createdOn,
      Terms terms,
      Member owner,
      BillingDetails billingDetails,
      String invoicePrefix,
      String commandId,
      CollectionMethod collectionMethod,
      Optional<CardReference> card,
      CurrencyUnit currency,
      Optional<Integer> billingDay) {
    this.engine = engine;
    this.billingDay = billingDay;
    this.currency = currency;
    this.teamId = teamId;
    this.createdOn = createdOn;
    this.terms = terms;
    this.owner = owner;
    this.billingDetails = billingDetails;
    this.invoicePrefix = invoicePrefix;
    this.commandId = commandId;
    this.collectionMethod = collectionMethod;
    this.card = card;
  }

  /**
   * Returns the default fixture for {@code engine}.
   *
   * @param engine the engine whose catalog prices the team
   * @return the fixture
   */
  public static TeamFixture of(BillingEngine engine) {
    LocalDate on = LocalDate.of(2024, 3, 1);
    return new TeamFixture(
        engine,
        "acme",
        on,
        Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3),
        Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
        new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
        "KB-",
        "c-1",
        CollectionMethod.cardAutoCharge(),
        Optional.empty(),
        engine.catalog().currency(),
        Optional.empty());
  }

  /**
   * Returns a copy billing in {@code currency}, one of the catalog's {@code currencies()}.
   *
   * @param currency the team's currency
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withCurrency(CurrencyUnit currency) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns the team's currency.
   *
   * @return the currency the team bills in
   * @since 0.1.0
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns a copy with another team id.
   *
   * @param id the host's team id
   * @return the copy
   */
  public TeamFixture withTeamId(String id) {
    return new TeamFixture(
        engine,
        id,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy created on {@code date}; the owner joins that day.
   *
   * @param date the creation date (also the anchor of a paid initial plan)
   * @return the copy
   */
  public TeamFixture withCreatedOn(LocalDate date) {
    Member joined = new Member(owner.id(), owner.email(), owner.roles(), date);
    return new TeamFixture(
        engine,
        teamId,
        date,
        terms,
        joined,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy starting on {@code initialTerms}.
   *
   * @param initialTerms the terms to create the team with (Free or a paid plan)
   * @return the copy
   */
  public TeamFixture withTerms(Terms initialTerms) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        initialTerms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy with another owner.
   *
   * @param member the first member
   * @return the copy
   */
  public TeamFixture withOwner(Member member) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        member,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy with other billing details.
   *
   * @param details the billing details
   * @return the copy
   */
  public TeamFixture withBillingDetails(BillingDetails details) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        details,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy with another invoice prefix.
   *
   * @param prefix such as {@code "INV-"}
   * @return the copy
   */
  public TeamFixture withInvoicePrefix(String prefix) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        prefix,
        commandId,
        collectionMethod,
        card,
        currency,
        billingDay);
  }

  /**
   * Returns a copy whose creation command has another id.
   *
   * @param id the command id
   * @return the copy
   */
  public TeamFixture withCommandId(String id) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        id,
        collectionMethod,
        card,
        currency,
        billingDay);
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
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        method,
        card,
        currency,
        billingDay);
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
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        card,
        currency,
        Optional.of(day));
  }

  /**
   * Returns a copy creating the team with {@code first} on file (primary).
   *
   * @param first the card reference
   * @return the copy
   * @since 0.1.0
   */
  public TeamFixture withCard(CardReference first) {
    return new TeamFixture(
        engine,
        teamId,
        createdOn,
        terms,
        owner,
        billingDetails,
        invoicePrefix,
        commandId,
        collectionMethod,
        Optional.of(first),
        currency,
        billingDay);
  }

  /**
   * Returns the engine.
   *
   * @return the engine
   */
  public BillingEngine engine() {
    return engine;
  }

  /**
   * Returns the creation date.
   *
   * @return the date
   */
  public LocalDate createdOn() {
    return createdOn;
  }

  /**
   * Returns the terms the team is created with.
   *
   * @return the initial terms
   */
  public Terms terms() {
    return terms;
  }

  /**
   * Returns the creation command this fixture describes.
   *
   * @return the command
   */
  public Command.CreateTeam toCommand() {
    return new Command.CreateTeam(
        commandId,
        owner.id(),
        teamId,
        currency,
        owner,
        billingDetails,
        invoicePrefix,
        terms,
        collectionMethod,
        card,
        billingDay);
  }

  /**
   * Creates the team with the engine.
   *
   * @return the accepted outcome: the team and, for a paid plan, its first invoice
   * @throws IllegalStateException if the engine refuses the creation, with the refusal's summary
   */
  public Outcome.Accepted create() {
    Creation outcome = engine.create(toCommand(), createdOn);
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted;
    }
    throw new IllegalStateException("team " + teamId + " was not created: " + outcome.summary());
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
        + teamId
        + " ("
        + currency.getCurrencyCode()
        + ", "
        + engine.policy().proration().name()
        + ") created "
        + createdOn
        + " on "
        + terms;
  }
}
