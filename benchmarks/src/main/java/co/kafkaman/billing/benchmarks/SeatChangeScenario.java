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
package co.kafkaman.billing.benchmarks;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import org.javamoney.moneta.Money;

/**
 * Workload 1, the same prorated seat change three ways: a Basic monthly team on cycle {@code
 * [2024-03-01, 2024-04-01)} with account credit upgrades to Professional and buys monitoring blocks
 * on a day of March. The library gets a team and a command; the long-cents reference gets plain
 * numbers; the naive reference gets {@link Money} amounts and dates. All three are built once,
 * outside the measured code, from the same figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeatChangeScenario {
  /** The first day of the cycle. */
  public static final LocalDate CYCLE_START = LocalDate.of(2024, 3, 1);

  /** The day after the cycle. */
  public static final LocalDate CYCLE_END = LocalDate.of(2024, 4, 1);

  private final BillingEngine engine;
  private final Team team;
  private final Command command;
  private final LocalDate changeDay;

  private final long refCycleStart;
  private final long refCycleEnd;
  private final long refChangeDay;
  private final long refBilledSeats;
  private final long refCreditedSeats;
  private final long refNewSeats;
  private final long refNewSeatPrice;
  private final long refAddedBlocks;
  private final long refBlockPrice;
  private final long refAccountCredit;

  private final Money naiveBilledSeats;
  private final Money naiveCreditedSeats;
  private final Money naiveNewSeatPrice;
  private final Money naiveBlockPrice;
  private final Money naiveAccountCredit;
  private final int newSeats;
  private final int addedBlocks;

  private SeatChangeScenario(
      BillingEngine engine,
      int oldSeats,
      int newSeats,
      int addedBlocks,
      long accountCreditMinor,
      LocalDate changeDay) {
    this.engine = engine;
    this.changeDay = changeDay;
    this.newSeats = newSeats;
    this.addedBlocks = addedBlocks;
    Catalog catalog = engine.catalog();
    Team created =
        TeamPool.create(
            engine,
            "team-1",
            "ana",
            "KB-",
            Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, oldSeats),
            CYCLE_START);
    this.team = created.withAccountCredit(Amount.ofMinor(accountCreditMinor, catalog.currency()));
    Terms target = Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, newSeats);
    if (addedBlocks > 0) {
      target = target.withBlocks(Resource.MONITORING_REQUESTS, addedBlocks);
    }
    this.command = Command.ChangeSubscription.of("change-1", "ana", target, Timing.IMMEDIATELY);

    DateRange cycle = team.subscription().currentCycle();
    BilledItem billed = team.subscription().billedItems().get(0);
    Amount seatPrice = catalog.plan(PlanTier.PROFESSIONAL).seatPrice(BillingFrequency.MONTHLY);
    Amount blockPrice = catalog.addOn(Resource.MONITORING_REQUESTS).price(BillingFrequency.MONTHLY);
    this.refCycleStart = cycle.start().toEpochDay();
    this.refCycleEnd = cycle.endExclusive().toEpochDay();
    this.refChangeDay = changeDay.toEpochDay();
    this.refBilledSeats = billed.billed().minorUnits();
    this.refCreditedSeats = billed.credited().minorUnits();
    this.refNewSeats = newSeats;
    this.refNewSeatPrice = seatPrice.minorUnits();
    this.refAddedBlocks = addedBlocks;
    this.refBlockPrice = blockPrice.minorUnits();
    this.refAccountCredit = accountCreditMinor;

    this.naiveBilledSeats = NaiveMoneta.from(billed.billed());
    this.naiveCreditedSeats = NaiveMoneta.from(billed.credited());
    this.naiveNewSeatPrice = NaiveMoneta.from(seatPrice);
    this.naiveBlockPrice = NaiveMoneta.from(blockPrice);
    this.naiveAccountCredit = NaiveMoneta.from(team.accountCredit());
  }

  /**
   * Returns workload 1: 3 Basic seats (36.00 billed), 5.00 of account credit, upgraded on
   * 2024-03-15 to 3 Professional seats with 2 monitoring blocks. Lines {@code -19.74}, {@code
   * 47.71}, {@code 8.77}, {@code -5.00}; total due 31.74.
   *
   * @return the scenario
   */
  public static SeatChangeScenario workload1() {
    return of(BillingEngine.of(Catalog.kafkamanSample()), 3, 3, 2, 500, LocalDate.of(2024, 3, 15));
  }

  /**
   * Returns a seat change with other figures, on the sample catalog's prices.
   *
   * @param engine the engine (its catalog gives the prices)
   * @param oldSeats the Basic seats billed on 2024-03-01, 1 or more
   * @param newSeats the Professional seats wanted, not fewer than {@code oldSeats}
   * @param addedBlocks the monitoring blocks bought, zero or more
   * @param accountCreditMinor the account credit in cents, zero or more
   * @param changeDay a day of March 2024
   * @return the scenario
   */
  public static SeatChangeScenario of(
      BillingEngine engine,
      int oldSeats,
      int newSeats,
      int addedBlocks,
      long accountCreditMinor,
      LocalDate changeDay) {
    return new SeatChangeScenario(
        engine, oldSeats, newSeats, addedBlocks, accountCreditMinor, changeDay);
  }

  /**
   * Runs the change through the public engine API.
   *
   * @return the outcome: the new team, the invoice with its 4 lines, the history entries
   */
  public Outcome library() {
    return engine.apply(team, command, changeDay);
  }

  /**
   * Computes the same invoice with the long-cents reference.
   *
   * @return the lines in cents
   */
  public LongCents.SeatChangeInvoice longCents() {
    return LongCents.seatChange(
        refCycleStart,
        refCycleEnd,
        refChangeDay,
        refBilledSeats,
        refCreditedSeats,
        refNewSeats,
        refNewSeatPrice,
        refAddedBlocks,
        refBlockPrice,
        refAccountCredit);
  }

  /**
   * Computes the same invoice with the naive Moneta reference.
   *
   * @return the lines as {@link Money}
   */
  public NaiveMoneta.SeatChangeInvoice naiveMoneta() {
    return NaiveMoneta.seatChange(
        CYCLE_START,
        CYCLE_END,
        changeDay,
        naiveBilledSeats,
        naiveCreditedSeats,
        newSeats,
        naiveNewSeatPrice,
        addedBlocks,
        naiveBlockPrice,
        naiveAccountCredit);
  }

  /**
   * Returns the team before the change.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }
}
