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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.dunning.DunningPolicy;
import co.kafkaman.billing.rules.dunning.DunningTerms;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A team's billing story for tests: created through the engine on 2024-03-01, then commands applied
 * one after another on given dates. Only the engine changes the team, so every story can be
 * replayed.
 */
public final class PaymentStory {
  /** The sample catalog: Basic 12.00, Professional 29.00, Enterprise 99.00 per seat monthly. */
  public static final Catalog CATALOG = Catalog.kafkamanSample();

  /** The first invoice of a story's team. */
  private static final String KB1 = "KB-000001";

  /** The day every story starts. */
  public static final LocalDate START = LocalDate.of(2024, 3, 1);

  private final BillingEngine engine;
  private final AtomicInteger ids = new AtomicInteger(1);
  private Team team;
  private Outcome last;

  private PaymentStory(BillingEngine engine, Outcome created) {
    this.engine = engine;
    this.last = created;
    this.team = created.team();
  }

  /**
   * Starts a story: team {@code acme} created on 2024-03-01 with {@code initialTerms}.
   *
   * @param engine the engine
   * @param initialTerms the terms to start with
   * @return the story
   */
  public static PaymentStory created(BillingEngine engine, Terms initialTerms) {
    Creation created =
        engine.create(
            new Command.CreateTeam(
                "c-0",
                "ana",
                "acme",
                Currencies.of("USD"),
                Member.of("ana", "ana@acme.test", START, Role.BILLING, Role.ADMIN),
                new BillingDetails("Acme Ltd", "billing@acme.test", "1 Main St", ""),
                "KB-",
                initialTerms),
            START);
    assertThat(created.isAccepted()).as(created.summary()).isTrue();
    return new PaymentStory(engine, (Outcome.Accepted) created);
  }

  /**
   * Returns a Free team of the sample catalog.
   *
   * @return the story
   */
  public static PaymentStory free() {
    return created(BillingEngine.of(CATALOG), terms(KafkamanSample.FREE, 1));
  }

  /**
   * Returns a card team that bought Basic, 3 seats, on 2024-03-01 after adding the card {@code
   * tok_visa} (visa 4242, expiring 2027-08): invoice KB-000001 of USD 36.00 is open.
   *
   * @return the story
   */
  public static PaymentStory basicByCard() {
    return basicByCard(BillingEngine.of(CATALOG));
  }

  /**
   * Returns {@link #basicByCard()} with {@code engine}.
   *
   * @param engine the engine
   * @return the story
   */
  public static PaymentStory basicByCard(BillingEngine engine) {
    return created(engine, terms(KafkamanSample.FREE, 1))
        .then(new Command.AddCard("card-1", "ana", visa("tok_visa", 2027, 8)), START)
        .then(
            Command.ChangeSubscription.of(
                "buy", "ana", terms(KafkamanSample.BASIC, 3), Timing.IMMEDIATELY),
            START);
  }

  /**
   * Returns {@link #basicByCard(BillingEngine)} under the sample catalog and the dunning {@code
   * terms}, after every attempt of KB-000001 failed ({@code "insufficient funds"}): {@code "a1"} on
   * 2024-03-01, {@code "a2"} on 03-04 and {@code "a3"} on 03-08 (the kafkaman offsets 0, 3, 7).
   *
   * @param terms the dunning terms of the engine
   * @return the story, its last outcome the third failure
   */
  public static PaymentStory failedThreeTimes(DunningTerms terms) {
    BillingEngine engine =
        BillingEngine.of(CATALOG, BillingPolicy.kafkaman().withDunning(DunningPolicy.of(terms)));
    return basicByCard(engine)
        .then(Command.ReportPaymentAttempt.failed("a1", KB1, "insufficient funds"), "2024-03-01")
        .then(Command.ReportPaymentAttempt.failed("a2", KB1, "insufficient funds"), "2024-03-04")
        .then(Command.ReportPaymentAttempt.failed("a3", KB1, "insufficient funds"), "2024-03-08");
  }

  /**
   * Returns the kinds of {@code entries}, in order.
   *
   * @param entries history entries
   * @return their kinds
   */
  public static List<EntryKind> kinds(List<HistoryEntry> entries) {
    return entries.stream().map(HistoryEntry::kind).toList();
  }

  /**
   * Returns an Enterprise team (5 seats at 99.00) that switched to pay by invoice (net 30) on
   * 2024-03-01 and then renewed on 2024-04-01: invoice KB-000002 of USD 495.00 is due 2024-05-01.
   *
   * @return the story
   */
  public static PaymentStory enterpriseByInvoice() {
    return created(BillingEngine.of(CATALOG), terms(KafkamanSample.ENTERPRISE, 5))
        .then(
            new Command.RecordPayment(
                "pay-first", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("495.00", "USD")),
            START)
        .then(Command.SetCollectionMethod.payByInvoice("by-invoice", "ana"), START)
        .then(new Command.Renew("renew-1", "system"), LocalDate.of(2024, 4, 1));
  }

  /**
   * Returns monthly terms of {@code tier} with {@code seats}.
   *
   * @param tier the tier
   * @param seats the seats
   * @return the terms
   */
  public static Terms terms(PlanId tier, int seats) {
    return Terms.of(tier, BillingFrequency.MONTHLY, seats);
  }

  /**
   * Returns a visa card reference ending 4242.
   *
   * @param token the token
   * @param year the expiry year
   * @param month the expiry month
   * @return the card
   */
  public static CardReference visa(String token, int year, int month) {
    return new CardReference(token, "visa", "4242", YearMonth.of(year, month));
  }

  /**
   * Applies {@code command} on {@code date}; the team moves on only when it is accepted.
   *
   * @param command the command
   * @param date the date
   * @return this story
   */
  public PaymentStory apply(Command command, LocalDate date) {
    last = engine.apply(team, command, date);
    team = last.team();
    return this;
  }

  /**
   * Applies {@code command} on {@code date}, which must be accepted.
   *
   * @param command the command
   * @param date the date
   * @return this story
   */
  public PaymentStory then(Command command, LocalDate date) {
    apply(command, date);
    assertThat(last.isAccepted()).as(last.summary()).isTrue();
    return this;
  }

  /**
   * Applies {@code command} on the ISO date {@code date}, which must be accepted.
   *
   * @param command the command
   * @param date such as {@code "2024-03-04"}
   * @return this story
   */
  public PaymentStory then(Command command, String date) {
    return then(command, LocalDate.parse(date));
  }

  /**
   * Applies {@code command} on the ISO date {@code date}.
   *
   * @param command the command
   * @param date such as {@code "2024-03-04"}
   * @return this story
   */
  public PaymentStory apply(Command command, String date) {
    return apply(command, LocalDate.parse(date));
  }

  /**
   * Returns a fresh command id.
   *
   * @return {@code "s-1"}, {@code "s-2"}, ...
   */
  public String nextId() {
    return "s-" + ids.getAndIncrement();
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
   * Returns the team now.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }

  /**
   * Returns the last outcome.
   *
   * @return the outcome
   */
  public Outcome last() {
    return last;
  }

  /**
   * Returns the last outcome, which must be accepted.
   *
   * @return the accepted outcome
   */
  public Outcome.Accepted accepted() {
    assertThat(last).as(last.summary()).isInstanceOf(Outcome.Accepted.class);
    return (Outcome.Accepted) last;
  }

  /**
   * Returns the last outcome, which must be refused.
   *
   * @return the refused outcome
   */
  public Outcome.Refused refused() {
    assertThat(last).as(last.summary()).isInstanceOf(Outcome.Refused.class);
    return (Outcome.Refused) last;
  }
}
