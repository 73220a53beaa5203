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

import co.kafkaman.billing.model.catalog.AddOn;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;

/**
 * Workload 2, the same renewal three ways: a Professional monthly team with paid seats, members
 * beyond them (auto-flex users) and add-on blocks of two resources that have an overage setting
 * (monitoring requests and mock server calls), renewed at the end of its cycle.
 *
 * <p>The team is prepared outside the measured code: overage allowed for both resources ({@code
 * SetOverage} on the cycle's first day) and one usage reading of each recorded mid-month ({@code
 * RecordUsage}), so the renewal bills the usage month that ends with the cycle: seats, an {@code
 * AUTO_FLEX} line for the members above the paid seats, the add-on blocks and one {@code OVERAGE}
 * line per resource used past its entitlement. The two references get the same figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class RenewalScenario {
  /** The first day of the cycle that ends with the renewal. */
  public static final LocalDate CYCLE_START = LocalDate.of(2024, 3, 1);

  /** The renewal date. */
  public static final LocalDate RENEWAL = LocalDate.of(2024, 4, 1);

  /** The day the month's usage is recorded. */
  public static final LocalDate USAGE_DAY = LocalDate.of(2024, 3, 20);

  private static final Command RENEW = new Command.Renew("renew-2024-04", "system");

  private final BillingEngine engine;
  private final Team team;

  private final long refSeats;
  private final long refMembers;
  private final long refSeatPrice;
  private final LongCents.Usage refMonitoring;
  private final LongCents.Usage refMock;

  private final int seats;
  private final int members;
  private final Money naiveSeatPrice;
  private final NaiveMoneta.Usage naiveMonitoring;
  private final NaiveMoneta.Usage naiveMock;

  private RenewalScenario(
      BillingEngine engine,
      int seats,
      int members,
      int monitoringBlocks,
      int mockBlocks,
      long monitoringUsed,
      long mockUsed) {
    this.engine = engine;
    this.seats = seats;
    this.members = members;
    Catalog catalog = engine.catalog();
    Terms terms =
        Terms.of(PlanTier.PROFESSIONAL, BillingFrequency.MONTHLY, seats)
            .withBlocks(Resource.MONITORING_REQUESTS, monitoringBlocks)
            .withBlocks(Resource.MOCK_SERVER_CALLS, mockBlocks);
    Team created = TeamPool.create(engine, "team-2", "ana", "KB-", terms, CYCLE_START);
    List<Member> all = new ArrayList<>(created.members());
    for (int m = 2; m <= members; m++) {
      all.add(Member.of("m-" + m, "m" + m + "@acme.test", CYCLE_START.plusDays(m)));
    }
    Team withMembers =
        created
            .withMembers(all)
            .withSubscription(created.subscription().withAutoFlexEnabled(members > seats));
    Team prepared = allowOverage(engine, withMembers, Resource.MONITORING_REQUESTS, monitoringUsed);
    prepared = allowOverage(engine, prepared, Resource.MOCK_SERVER_CALLS, mockUsed);
    prepared = recordUsage(engine, prepared, Resource.MONITORING_REQUESTS, monitoringUsed);
    this.team = recordUsage(engine, prepared, Resource.MOCK_SERVER_CALLS, mockUsed);

    Plan plan = catalog.plan(PlanTier.PROFESSIONAL);
    Amount seatPrice = plan.seatPrice(BillingFrequency.MONTHLY);
    this.refSeats = seats;
    this.refMembers = members;
    this.refSeatPrice = seatPrice.minorUnits();
    this.refMonitoring =
        refUsage(catalog, plan, Resource.MONITORING_REQUESTS, monitoringBlocks, monitoringUsed);
    this.refMock = refUsage(catalog, plan, Resource.MOCK_SERVER_CALLS, mockBlocks, mockUsed);
    this.naiveSeatPrice = NaiveMoneta.from(seatPrice);
    this.naiveMonitoring =
        naiveUsage(catalog, plan, Resource.MONITORING_REQUESTS, monitoringBlocks, monitoringUsed);
    this.naiveMock = naiveUsage(catalog, plan, Resource.MOCK_SERVER_CALLS, mockBlocks, mockUsed);
  }

  /**
   * Returns workload 2: 12 Professional seats (29.00), 14 members (2 flex users), 2 monitoring
   * blocks (8.00) and 3 mock-server blocks (5.00), with 125,000 monitoring requests and 135,000
   * mock server calls used in March (100,000 of each included, plus 10,000 a block), renewed on
   * 2024-04-01: seats 348.00, flex users 58.00, blocks 16.00 and 15.00, monitoring overage {@code 5
   * x 0.90 = 4.50} (5,000 past 120,000), mock overage {@code 5,000 x 0.01 = 50.00} (past 130,000),
   * total 491.50.
   *
   * @return the scenario
   */
  public static RenewalScenario workload2() {
    return of(BillingEngine.of(Catalog.kafkamanSample()), 12, 14, 2, 3, 125_000, 135_000);
  }

  /**
   * Returns a renewal with other figures, on the engine catalog's prices.
   *
   * @param engine the engine (its catalog gives the prices)
   * @param seats the paid seats, 1 or more
   * @param members the members, 1 or more (those beyond seats are flex users)
   * @param monitoringBlocks the monitoring-request blocks, zero or more
   * @param mockBlocks the mock-server-call blocks, zero or more
   * @param monitoringUsed monitoring requests used this month, zero or more (overage allowed)
   * @param mockUsed mock server calls used this month, zero or more (overage allowed)
   * @return the scenario
   */
  public static RenewalScenario of(
      BillingEngine engine,
      int seats,
      int members,
      int monitoringBlocks,
      int mockBlocks,
      long monitoringUsed,
      long mockUsed) {
    return new RenewalScenario(
        engine, seats, members, monitoringBlocks, mockBlocks, monitoringUsed, mockUsed);
  }

  /**
   * Renews the team through the public engine API.
   *
   * @return the outcome: the renewed team and its renewal invoice
   */
  public Outcome library() {
    return engine.apply(team, RENEW, RENEWAL);
  }

  /**
   * Computes the same renewal with the long-cents reference.
   *
   * @return the lines in cents
   */
  public LongCents.RenewalInvoice longCents() {
    return LongCents.renewal(refSeats, refMembers, refSeatPrice, refMonitoring, refMock);
  }

  /**
   * Computes the same renewal with the naive Moneta reference.
   *
   * @return the lines as {@link Money}
   */
  public NaiveMoneta.RenewalInvoice naiveMoneta() {
    return NaiveMoneta.renewal(seats, members, naiveSeatPrice, naiveMonitoring, naiveMock);
  }

  /**
   * Returns the team before the renewal.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }

  /**
   * Allows overage of {@code resource} from the cycle's first day when {@code used} is positive;
   * otherwise returns the team unchanged.
   */
  private static Team allowOverage(BillingEngine engine, Team team, Resource resource, long used) {
    if (used == 0) {
      return team;
    }
    Command allow =
        new Command.SetOverage(
            "overage-" + resource.name(), "ana", resource, true, atStartOf(CYCLE_START));
    return accepted(engine.apply(team, allow, CYCLE_START));
  }

  /**
   * Records {@code used} units of {@code resource} on {@link #USAGE_DAY} when positive; otherwise
   * returns the team unchanged.
   */
  private static Team recordUsage(BillingEngine engine, Team team, Resource resource, long used) {
    if (used == 0) {
      return team;
    }
    Command reading =
        new Command.RecordUsage(
            "usage-" + resource.name(),
            "system",
            resource,
            used,
            "benchmark",
            atStartOf(USAGE_DAY));
    return accepted(engine.apply(team, reading, USAGE_DAY));
  }

  private static Instant atStartOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Team accepted(Outcome outcome) {
    if (outcome instanceof Outcome.Accepted accepted) {
      return accepted.team();
    }
    Outcome.Refused refused = (Outcome.Refused) outcome;
    throw new IllegalStateException(
        "the scenario's set-up was refused: " + refused.code() + " " + refused.reason());
  }

  private static LongCents.Usage refUsage(
      Catalog catalog, Plan plan, Resource resource, int blocks, long used) {
    AddOn addOn = catalog.addOn(resource);
    OveragePrice overage = catalog.overagePrice(resource).orElseThrow();
    return new LongCents.Usage(
        blocks,
        addOn.price(BillingFrequency.MONTHLY).minorUnits(),
        plan.allowance(resource),
        addOn.blockSize(),
        used,
        overage.packageSize(),
        overage.price().minorUnits());
  }

  private static NaiveMoneta.Usage naiveUsage(
      Catalog catalog, Plan plan, Resource resource, int blocks, long used) {
    AddOn addOn = catalog.addOn(resource);
    OveragePrice overage = catalog.overagePrice(resource).orElseThrow();
    return new NaiveMoneta.Usage(
        blocks,
        NaiveMoneta.from(addOn.price(BillingFrequency.MONTHLY)),
        plan.allowance(resource),
        addOn.blockSize(),
        used,
        overage.packageSize(),
        NaiveMoneta.from(overage.price()));
  }
}
