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
package co.kafkaman.billing.testkit.simulation;

import static co.kafkaman.billing.testkit.assertions.BillingAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test clock: renewals fall due on the anchor's boundaries, deterministically. */
class SimulatorTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());

  @Test
  void aYearOfMonthlyRenewalsFromAnAnchorOnThe31st() {
    Simulator simulator =
        Simulator.start(
            TeamFixture.of(ENGINE)
                .withCreatedOn(LocalDate.of(2024, 1, 31))
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)));
    simulator.advanceTo(LocalDate.of(2025, 1, 31));

    assertThat(simulator.invoices()).hasSize(13);
    assertThat(simulator.invoices().stream().map(Invoice::issueDate).toList())
        .containsExactly(
            LocalDate.of(2024, 1, 31),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2024, 4, 30),
            LocalDate.of(2024, 5, 31),
            LocalDate.of(2024, 6, 30),
            LocalDate.of(2024, 7, 31),
            LocalDate.of(2024, 8, 31),
            LocalDate.of(2024, 9, 30),
            LocalDate.of(2024, 10, 31),
            LocalDate.of(2024, 11, 30),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 31));
    simulator.invoices().forEach(i -> assertThat(i).hasTotalDue("36.00").totalEqualsSumOfLines());
    assertThat(simulator.team())
        .hasCurrentCycle(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28));
    assertThat(simulator.refusals()).isEmpty();
    assertThat(simulator.today()).isEqualTo(LocalDate.of(2025, 1, 31));
  }

  @ParameterizedTest(name = "annual anchor {0} renews on {1}, {2}, {3}, {4}")
  @CsvSource({
    "2024-02-29, 2025-02-28, 2026-02-28, 2027-02-28, 2028-02-29",
    "2023-03-31, 2024-03-31, 2025-03-31, 2026-03-31, 2027-03-31",
  })
  void annualRenewalsComeFromTheAnchor(
      LocalDate anchor, LocalDate first, LocalDate second, LocalDate third, LocalDate fourth) {
    Simulator simulator =
        Simulator.start(
            TeamFixture.of(ENGINE)
                .withCreatedOn(anchor)
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 3)));
    simulator.advanceTo(fourth);
    assertThat(simulator.invoices().stream().map(Invoice::issueDate).toList())
        .containsExactly(anchor, first, second, third, fourth);
    simulator
        .invoices()
        .forEach(
            i ->
                assertThat(i)
                    .hasLineExplained(
                        co.kafkaman.billing.model.invoice.LineKind.PLAN_SEATS,
                        "3 x 144.00 = 432.00"));
  }

  @Test
  void dueEventsApplyBeforeTheCommandsOfTheirDate() {
    Simulator simulator = Simulator.start(TeamFixture.of(ENGINE), DueEvents.renewals());
    var outcome =
        simulator.apply(
            LocalDate.of(2024, 4, 1),
            Command.ChangeSubscription.of(
                "c-2",
                "ana",
                Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 4),
                Timing.IMMEDIATELY));
    assertThat(outcome)
        .isAccepted()
        .invoice(0)
        .hasLineExplained(
            co.kafkaman.billing.model.invoice.LineKind.SEAT_PRORATION,
            "1 x 12.00 x 30/30 days = 12.00");
    assertThat(simulator.steps()).hasSize(3);
    assertThat(simulator.steps().get(1).isScheduled()).isTrue();
    assertThat(simulator.steps().get(1).toString())
        .startsWith("2024-04-01 renew@2024-04-01 (due): Renewed");
    assertThat(simulator.steps().get(2).isScheduled()).isFalse();
  }

  /**
   * 2 Basic seats added at noon of 2024-03-15 in UTC, 16.5 of March's 31 days left: 2 x 12.00 x
   * 1425600/2678400 = 12.7741.. -> 12.77 (13.16 on the date alone, 17 days).
   */
  @Test
  void aCommandAtAnInstantIsProratedFromIt() {
    BillingEngine seconds =
        BillingEngine.of(
            Catalog.kafkamanSample(),
            BillingPolicy.kafkaman()
                .withProration(
                    ProrationConvention.KAFKAMAN.withDayCount(DayCount.seconds(ZoneOffset.UTC))));
    Simulator simulator =
        Simulator.start(
            TeamFixture.of(seconds)
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)));
    simulator.advanceTo(LocalDate.of(2024, 3, 15));

    Outcome outcome = simulator.apply(fiveSeats("c-2"), Instant.parse("2024-03-15T12:00:00Z"));

    assertThat(outcome)
        .isAccepted()
        .invoice(0)
        .hasLineExplained(
            co.kafkaman.billing.model.invoice.LineKind.SEAT_PRORATION,
            "2 x 12.00 x 1425600/2678400 seconds = 12.77");
    assertThat(simulator.steps().get(simulator.stepCount() - 1).date())
        .isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(simulator.history().get(simulator.history().size() - 1).instant())
        .contains(Instant.parse("2024-03-15T12:00:00Z"));
    assertThatThrownBy(
            () -> simulator.apply(fiveSeats("c-3"), Instant.parse("2024-03-16T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2024-03-16T00:00:00Z is 2024-03-16 in Z, not today 2024-03-15");
  }

  @Test
  void anEngineThatCountsDatesRefusesACommandAtAnInstant() {
    Simulator simulator =
        Simulator.start(
            TeamFixture.of(ENGINE)
                .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3)));

    Outcome outcome = simulator.apply(fiveSeats("c-2"), Instant.parse("2024-03-01T12:00:00Z"));

    assertThat(outcome).isRefusedWith(BillingErrorCode.INCONSISTENT_STATE);
    assertThat(simulator.refusals()).containsExactly((Outcome.Refused) outcome);
  }

  private static Command fiveSeats(String id) {
    return Command.ChangeSubscription.of(
        id, "ana", Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 5), Timing.IMMEDIATELY);
  }

  @Test
  void aSimulationIsDeterministic() {
    List<String> first = story();
    List<String> second = story();
    assertThat(first)
        .isEqualTo(second)
        .anyMatch(entry -> entry.contains("PAYMENT_ATTEMPTED"))
        .anyMatch(entry -> entry.contains("RENEWED"));
  }

  @Test
  void aThousandTeamsLiveTwoYearsEach() {
    for (int i = 0; i < 1_000; i++) {
      LocalDate created = LocalDate.of(2024, 1, 1).plusDays(i % 366);
      Simulator simulator =
          Simulator.start(
              TeamFixture.of(ENGINE)
                  .withTeamId("team-" + i)
                  .withCreatedOn(created)
                  .withTerms(Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 1 + i % 7)));
      simulator.advanceDays(730);
      // one invoice at creation, then one per monthly boundary up to and including the last day
      long renewals =
          co.kafkaman.billing.rules.calendar.CycleSchedule.billingCycles(
                  created, BillingFrequency.MONTHLY)
              .boundariesIn(DateRange.of(created.plusDays(1), created.plusDays(731)))
              .size();
      assertThat(simulator.invoices()).hasSize(1 + (int) renewals);
      assertThat(simulator.refusals()).isEmpty();
    }
  }

  @Test
  void pendingEventsAreVisibleBeforeTheyApply() {
    Simulator simulator = Simulator.start(TeamFixture.of(ENGINE), DueEvents.renewals());
    assertThat(
            simulator.pendingIn(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1))))
        .extracting(DueEvent::toString)
        .containsExactly("2024-04-01 renew@2024-04-01: renewal of [2024-03-01, 2024-04-01)");
  }

  @Test
  void timeNeverGoesBack() {
    Simulator simulator = Simulator.start(TeamFixture.of(ENGINE));
    simulator.advanceTo(LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> simulator.advanceTo(LocalDate.of(2024, 4, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot go back in time from 2024-05-01 to 2024-04-30");
    assertThatThrownBy(() -> simulator.advanceDays(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEventSourceThatNeverSettlesIsStopped() {
    int[] counter = {0};
    DueEvents endless =
        (team, range) ->
            List.of(
                new DueEvent(
                    range.start(),
                    new Command.ClearStandingInstructions("x-" + counter[0]++, "system"),
                    "endless"));
    Simulator simulator = Simulator.start(TeamFixture.of(ENGINE), endless);
    assertThatThrownBy(() -> simulator.advanceTo(LocalDate.of(2024, 3, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never settle");
  }

  @Test
  void combinedSourcesMergeInDateOrder() {
    DueEvents extra =
        (team, range) ->
            range.contains(LocalDate.of(2024, 3, 20))
                ? List.of(
                    new DueEvent(
                        LocalDate.of(2024, 3, 20),
                        new Command.SetStandingInstructions(
                            "si@2024-03-20",
                            "system",
                            Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 3)),
                        "instructions"))
                : List.of();
    Simulator simulator = Simulator.start(TeamFixture.of(ENGINE), DueEvents.renewals().and(extra));
    simulator.advanceTo(LocalDate.of(2024, 4, 1));
    assertThat(simulator.steps())
        .extracting(s -> s.outcome().command().id())
        .containsExactly("c-1", "si@2024-03-20", "renew@2024-04-01");
    assertThat(simulator.team()).isOn(KafkamanSample.PROFESSIONAL);
  }

  private static List<String> story() {
    Simulator simulator =
        Simulator.start(TeamFixture.of(ENGINE).withCreatedOn(LocalDate.of(2024, 1, 31)));
    simulator.apply(
        LocalDate.of(2024, 2, 15),
        Command.ChangeSubscription.of(
            "c-2",
            "ana",
            Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.MONTHLY, 4),
            Timing.IMMEDIATELY));
    simulator.apply(
        LocalDate.of(2024, 6, 30),
        Command.ChangeSubscription.of(
            "c-3",
            "ana",
            Terms.of(KafkamanSample.PROFESSIONAL, BillingFrequency.ANNUAL, 4),
            Timing.IMMEDIATELY));
    simulator.advanceTo(LocalDate.of(2027, 12, 31));
    return simulator.history().stream().map(Object::toString).toList();
  }
}
