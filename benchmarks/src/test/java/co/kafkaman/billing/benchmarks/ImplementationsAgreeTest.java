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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three implementations the benchmarks compare (the library through the engine, the long-cents
 * reference, naive Moneta) compute the same numbers: worked cases with exact amounts. No timing.
 */
class ImplementationsAgreeTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());

  @Test
  void workload1LibraryLinesExplainTheirArithmetic() {
    Invoice invoice = onlyInvoice(SeatChangeScenario.workload1().library());

    assertThat(invoice.lines())
        .extracting(InvoiceLine::kind, InvoiceLine::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LineKind.CHANGE_CREDIT, "3 x -12.00 x 17/31 days = -19.74"),
            org.assertj.core.groups.Tuple.tuple(
                LineKind.SEAT_PRORATION, "3 x 29.00 x 17/31 days = 47.71"),
            org.assertj.core.groups.Tuple.tuple(
                LineKind.ADD_ON_PRORATION, "2 x 8.00 x 17/31 days = 8.77"),
            org.assertj.core.groups.Tuple.tuple(
                LineKind.ACCOUNT_CREDIT_APPLIED,
                "1 x -5.00 = -5.00 (balance 5.00 before this invoice)"));
    assertThat(invoice.totalDue()).isEqualTo(Amount.of("31.74", "USD"));
  }

  @ParameterizedTest(name = "{0} -> {1} seats, {2} blocks, credit {3} cents, on March {4}")
  @CsvSource({
    // old seats, new seats, blocks, account credit (cents), change day: credit, seats, blocks,
    // account line, total (cents)
    "3,  3, 2,   500, 15, -1974,  4771,  877,  -500,  3174",
    "3,  3, 2,     0, 15, -1974,  4771,  877,     0,  3674",
    "1,  1, 0,     0,  1, -1200,  2900,    0,     0,  1700",
    "5,  8, 1, 99999, 31,   -194,   748,   26,  -580,     0",
    "10, 10, 0, 1000, 20, -4645, 11226,    0, -1000,  5581",
  })
  void workload1AllThreeAgree(
      int oldSeats,
      int newSeats,
      int blocks,
      long accountCredit,
      int day,
      long credit,
      long seats,
      long addOn,
      long accountLine,
      long total) {
    SeatChangeScenario scenario =
        SeatChangeScenario.of(
            ENGINE, oldSeats, newSeats, blocks, accountCredit, LocalDate.of(2024, 3, day));

    long[] expected = {credit, seats, addOn, accountLine, total};
    assertThat(seatChangeLibrary(scenario)).containsExactly(expected);
    assertThat(seatChangeLongCents(scenario)).containsExactly(expected);
    assertThat(seatChangeNaive(scenario)).containsExactly(expected);
  }

  @Test
  void workload2AllThreeAgree() {
    RenewalScenario scenario = RenewalScenario.workload2();

    // seats + flex users, monitoring blocks, mock blocks, monitoring overage, mock overage, total
    long[] expected = {34_800 + 5_800, 1_600, 1_500, 450, 5_000, 49_150};
    assertThat(renewalLibrary(scenario)).containsExactly(expected);
    assertThat(renewalLongCents(scenario)).containsExactly(expected);
    assertThat(renewalNaive(scenario)).containsExactly(expected);
  }

  @Test
  void workload2LibraryBillsFlexUsersAndOverageOnLinesOfTheirOwn() {
    Invoice invoice = onlyInvoice(RenewalScenario.workload2().library());

    assertThat(invoice.lines())
        .extracting(InvoiceLine::kind, InvoiceLine::description, line -> line.amount().minorUnits())
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                LineKind.OVERAGE, "Monitoring requests overage", 450L),
            org.assertj.core.groups.Tuple.tuple(
                LineKind.OVERAGE, "Mock server calls overage", 5_000L));
    assertThat(sum(invoice, LineKind.AUTO_FLEX)).isEqualTo(5_800);
    assertThat(sum(invoice, LineKind.PLAN_SEATS)).isEqualTo(34_800);
  }

  @ParameterizedTest(name = "monitoring used {0}, mock used {1}")
  @CsvSource({
    // Professional allows 100,000 of each; blocks of 10,000: 2 monitoring, 3 mock blocks
    "     0,      0,    0,    0",
    "120000, 130000,    0,    0",
    "120001, 130001,   90,    1",
    "122500, 130999,  270,  999",
    "500000, 200000, 34200, 70000",
  })
  void workload2AllThreeAgreeOnOverage(
      long monitoringUsed, long mockUsed, long monitoringOverage, long mockOverage) {
    RenewalScenario scenario = RenewalScenario.of(ENGINE, 12, 14, 2, 3, monitoringUsed, mockUsed);

    long[] expected = {40_600, 1_600, 1_500, monitoringOverage, mockOverage, 0};
    expected[5] = expected[0] + expected[1] + expected[2] + expected[3] + expected[4];
    assertThat(renewalLibrary(scenario)).containsExactly(expected);
    assertThat(renewalLongCents(scenario)).containsExactly(expected);
    assertThat(renewalNaive(scenario)).containsExactly(expected);
  }

  @Test
  void teamPoolTeamsAreDistinctAndRenewable() {
    Team[] teams = TeamPool.generate(ENGINE, 200, 7L);

    assertThat(teams).extracting(Team::id).doesNotHaveDuplicates();
    for (Team team : teams) {
      Outcome renewed =
          ENGINE.apply(
              team,
              new co.kafkaman.billing.rules.engine.Command.Renew("r", "system"),
              team.subscription().currentCycle().endExclusive());
      assertThat(onlyInvoice(renewed).totalDue().isPositive()).isTrue();
    }
  }

  @Test
  void renewalDatesAgendaListsTheBoundariesOfTheYear() {
    Team team = SeatChangeScenario.workload1().team();
    DateRange year = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

    List<?> items = AgendaQuery.named("renewal-dates", ENGINE).itemsDue(team, year);

    assertThat(items).hasSize(12).first().isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void engineAgendaHasTheRenewalDatesAmongItsEvents() {
    Team team = SeatChangeScenario.workload1().team();
    DateRange year = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

    List<?> items = AgendaQuery.named("engine", ENGINE).itemsDue(team, year);

    assertThat(items)
        .filteredOn(item -> ((AgendaEvent) item).kind() == AgendaEventKind.RENEWAL)
        .extracting(item -> ((AgendaEvent) item).date())
        .containsExactlyElementsOf(
            AgendaQuery.named("renewal-dates", ENGINE).itemsDue(team, year).stream()
                .map(LocalDate.class::cast)
                .toList());
    assertThat(items).hasSizeGreaterThan(12);
  }

  static long[] seatChangeLibrary(SeatChangeScenario scenario) {
    Invoice invoice = onlyInvoice(scenario.library());
    return new long[] {
      sum(invoice, LineKind.CHANGE_CREDIT),
      sum(invoice, LineKind.SEAT_PRORATION),
      sum(invoice, LineKind.ADD_ON_PRORATION),
      sum(invoice, LineKind.ACCOUNT_CREDIT_APPLIED) + sum(invoice, LineKind.CREDIT_TO_ACCOUNT),
      invoice.totalDue().minorUnits()
    };
  }

  static long[] seatChangeLongCents(SeatChangeScenario scenario) {
    LongCents.SeatChangeInvoice r = scenario.longCents();
    return new long[] {r.credit(), r.seatCharge(), r.addOnCharge(), r.accountLine(), r.total()};
  }

  static long[] seatChangeNaive(SeatChangeScenario scenario) {
    NaiveMoneta.SeatChangeInvoice r = scenario.naiveMoneta();
    return cents(r.credit(), r.seatCharge(), r.addOnCharge(), r.accountLine(), r.total());
  }

  static long[] renewalLibrary(RenewalScenario scenario) {
    Invoice invoice = onlyInvoice(scenario.library());
    return new long[] {
      sum(invoice, LineKind.PLAN_SEATS) + sum(invoice, LineKind.AUTO_FLEX),
      sumAddOn(invoice, KafkamanSample.MONITORING_REQUESTS),
      sumAddOn(invoice, KafkamanSample.MOCK_SERVER_CALLS),
      sumOverage(invoice, KafkamanSample.MONITORING_REQUESTS),
      sumOverage(invoice, KafkamanSample.MOCK_SERVER_CALLS),
      invoice.totalDue().minorUnits()
    };
  }

  static long[] renewalLongCents(RenewalScenario scenario) {
    LongCents.RenewalInvoice r = scenario.longCents();
    return new long[] {
      r.seats() + r.flexUsers(),
      r.monitoringBlocks(),
      r.mockBlocks(),
      r.monitoringOverage(),
      r.mockOverage(),
      r.total()
    };
  }

  static long[] renewalNaive(RenewalScenario scenario) {
    NaiveMoneta.RenewalInvoice r = scenario.naiveMoneta();
    long[] cents =
        cents(
            r.seats(),
            r.flexUsers(),
            r.monitoringBlocks(),
            r.mockBlocks(),
            r.monitoringOverage(),
            r.mockOverage(),
            r.total());
    return new long[] {cents[0] + cents[1], cents[2], cents[3], cents[4], cents[5], cents[6]};
  }

  static Invoice onlyInvoice(Outcome outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    List<Invoice> invoices = ((Outcome.Accepted) outcome).invoices();
    assertThat(invoices).hasSize(1);
    return invoices.get(0);
  }

  private static long sum(Invoice invoice, LineKind kind) {
    return invoice.lines().stream()
        .filter(line -> line.kind() == kind)
        .mapToLong(line -> line.amount().minorUnits())
        .sum();
  }

  private static long sumAddOn(Invoice invoice, ResourceId resource) {
    return invoice.lines().stream()
        .filter(line -> line.kind() == LineKind.ADD_ON)
        .filter(
            line ->
                line.description()
                    .startsWith(
                        co.kafkaman.billing.model.catalog.Catalog.kafkamanSample()
                                .resource(resource)
                                .plural()
                            + " "))
        .mapToLong(line -> line.amount().minorUnits())
        .sum();
  }

  private static long sumOverage(Invoice invoice, ResourceId resource) {
    return invoice.lines().stream()
        .filter(line -> line.kind() == LineKind.OVERAGE)
        .filter(
            line ->
                line.description()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains(
                        co.kafkaman.billing.model.catalog.Catalog.kafkamanSample()
                            .resource(resource)
                            .plural()))
        .mapToLong(line -> line.amount().minorUnits())
        .sum();
  }

  private static long[] cents(MonetaryAmount... amounts) {
    long[] cents = new long[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      cents[i] = Amount.from(amounts[i]).minorUnits();
    }
    return cents;
  }
}
