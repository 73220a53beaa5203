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
package co.kafkaman.billing.rules.proration;

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seats bought at an instant and removed at the same or a later instant of the cycle, prorated by
 * seconds under a policy that removes them at once: the credit is what was billed for them times
 * the seconds left over the seconds bought, rounded once, checked against plain {@link BigDecimal}
 * arithmetic; it never exceeds what was billed, and a removal at the instant of the purchase nets
 * to zero.
 */
class SecondsCreditPropertiesTest {

  private static final Gen<RoundingPolicy> ROUNDINGS =
      Generate.pick(List.of(RoundingPolicy.HALF_UP, RoundingPolicy.HALF_EVEN));

  /** Where the purchase falls in the cycle, and the removal in what is left, per million. */
  private static final Gen<Long> PER_MILLION =
      Generate.oneOf(Generate.pick(List.of(0L, 1_000_000L)), longs().between(0, 1_000_000));

  /** The engine's zone and rounding, and the team's creation date (2024 to 2025). */
  record Engine(ZoneId zone, RoundingPolicy rounding, LocalDate created) {}

  /** The team's plan and seats, and how many more it buys. */
  record Seats(String plan, int seats, int added) {}

  /**
   * One story: the team buys {@code added} seats at {@code at} per million of its first cycle and
   * removes them at {@code removal} per million of what is left after the purchase (0: at the same
   * instant).
   */
  record Purchase(Engine engine, Seats seats, long at, long removal) {}

  private static final Gen<Purchase> PURCHASES =
      ProrationPropertiesTest.ZONES
          .zip(
              ROUNDINGS,
              integers().between(0, 730).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)),
              Engine::new)
          .zip(
              Generate.pick(List.of("BASIC", "PROFESSIONAL"))
                  .zip(integers().between(1, 5), integers().between(1, 5), Seats::new),
              PER_MILLION,
              PER_MILLION,
              Purchase::new);

  @Test
  void aCreditOfSeatsBoughtAtAnInstantCountsFromThatInstant() {
    qt().forAll(PURCHASES)
        .checkAssert(
            purchase -> {
              Engine p = purchase.engine();
              Seats seats = purchase.seats();
              BillingEngine engine =
                  BillingEngine.of(
                      Catalog.kafkamanSample(),
                      BillingPolicy.kafkaman()
                          .withProration(
                              ProrationConvention.KAFKAMAN
                                  .withDayCount(DayCount.seconds(p.zone()))
                                  .withRounding(p.rounding()))
                          .withChanges(ChangePolicy.immediate()));
              Team team =
                  TestTeams.created(
                      engine, p.created(), terms(seats.plan() + " MONTHLY " + seats.seats()), 1);
              DateRange cycle = team.subscription().currentCycle();
              long start = midnight(cycle.start(), p.zone());
              long end = midnight(cycle.endExclusive(), p.zone());
              long boughtAt = start + (end - 1 - start) * purchase.at() / 1_000_000;
              long removedAt = boughtAt + (end - 1 - boughtAt) * purchase.removal() / 1_000_000;

              Outcome.Accepted bought =
                  accepted(
                      engine.apply(
                          team,
                          change("add", seats.plan(), seats.seats() + seats.added()),
                          Instant.ofEpochSecond(boughtAt)));
              long charged = minor(bought.invoices(), LineKind.SEAT_PRORATION);
              long credited =
                  -minor(removal(engine, bought.team(), seats, removedAt), LineKind.CHANGE_CREDIT);
              long creditedAtOnce =
                  -minor(removal(engine, bought.team(), seats, boughtAt), LineKind.CHANGE_CREDIT);

              // on the cycle's first date the seats buy the whole cycle, from midnight
              boolean firstDate = date(boughtAt, p.zone()).equals(cycle.start());
              long serviceStart = firstDate ? start : boughtAt;
              long from =
                  firstDate && date(removedAt, p.zone()).equals(cycle.start()) ? start : removedAt;
              long expected =
                  BigDecimal.valueOf(charged)
                      .multiply(BigDecimal.valueOf(end - from))
                      .divide(
                          BigDecimal.valueOf(end - serviceStart), 0, p.rounding().toRoundingMode())
                      .longValueExact();
              assertThat(credited).isEqualTo(expected).isBetween(0L, charged);
              assertThat(Math.abs(charged - creditedAtOnce)).isLessThanOrEqualTo(1L);
            });
  }

  private static List<Invoice> removal(
      BillingEngine engine, Team team, Seats seats, long epochSecond) {
    return accepted(
            engine.apply(
                team,
                change("remove", seats.plan(), seats.seats()),
                Instant.ofEpochSecond(epochSecond)))
        .invoices();
  }

  private static Command change(String id, String plan, int seats) {
    return Command.ChangeSubscription.of(
        id, "ana", terms(plan + " MONTHLY " + seats), Timing.IMMEDIATELY);
  }

  private static long minor(List<Invoice> invoices, LineKind kind) {
    return invoices.stream()
        .flatMap(invoice -> invoice.lines().stream())
        .filter(line -> line.kind() == kind)
        .map(InvoiceLine::amount)
        .mapToLong(amount -> amount.minorUnits())
        .sum();
  }

  private static long midnight(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).toEpochSecond();
  }

  private static LocalDate date(long epochSecond, ZoneId zone) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
  }
}
