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
package co.kafkaman.billing.rules.engine;

import static co.kafkaman.billing.rules.TestTeams.accepted;
import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link BillingEngine#apply(Team, Command, Instant)}: proration by seconds through the engine. */
class SecondsProrationEngineTest {
  private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);

  private static BillingEngine engine(ZoneId zone, ChangePolicy changes) {
    return BillingEngine.of(
        Catalog.kafkamanSample(),
        BillingPolicy.kafkaman()
            .withProration(ProrationConvention.KAFKAMAN.withDayCount(DayCount.seconds(zone)))
            .withChanges(changes));
  }

  private static final BillingEngine UTC = engine(ZoneOffset.UTC, ChangePolicy.kafkaman());

  private static Command upgrade(String id) {
    return change(id, "PROFESSIONAL MONTHLY 1");
  }

  private static Command change(String id, String to) {
    return Command.ChangeSubscription.of(id, "ana", terms(to), Timing.IMMEDIATELY);
  }

  /**
   * Basic 12.00 a seat to Professional 29.00, cycle [2024-04-01, 2024-05-01) of 30 x 86400 =
   * 2592000 s, by hand: at 12:00 on the 16th 14 x 86400 + 43200 = 1252800 s are left, 14.5 days;
   * credit -12.00 x 14.5/30 = -5.80 exactly, charge 29.00 x 14.5/30 = 14.0166.. -> 14.02 (HALF_UP).
   * At midnight of the 16th 15 days: -6.00 and 14.50. At 18:00, 14.25 days: 12 x 14.25/30 = 5.70,
   * 29 x 14.25/30 = 13.775 -> 13.78 (HALF_UP, half a cent up). One second before midnight of the
   * 30th, 1 s of 2592000: 12 x 1/2592000 = 0.0000046.. -> 0.00, 29 x .. -> 0.00.
   */
  @ParameterizedTest(name = "an upgrade at {0} invoices {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-04-16T12:00:00Z | CHANGE_CREDIT -5.80; SEAT_PRORATION 14.02",
        "2024-04-16T00:00:00Z | CHANGE_CREDIT -6.00; SEAT_PRORATION 14.50",
        "2024-04-16T18:00:00Z | CHANGE_CREDIT -5.70; SEAT_PRORATION 13.78",
        // on the cycle's first date the change is a full-cycle charge and credit at any hour
        "2024-04-01T12:00:00Z | CHANGE_CREDIT -12.00; SEAT_PRORATION 29.00",
      })
  void anUpgradeIsProratedFromItsInstant(Instant at, String lines) {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);

    Outcome.Accepted upgraded = accepted(UTC.apply(team, upgrade("up"), at));

    assertThat(upgraded.invoices()).hasSize(1);
    assertThat(kindsAndAmounts(upgraded.invoices().get(0))).isEqualTo(lines);
    assertThat(upgraded.entries())
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.date()).isEqualTo(LocalDate.ofInstant(at, ZoneOffset.UTC));
              assertThat(entry.instant()).contains(at);
            });
    // the replay applies the upgrade at the same instant again
    assertThat(UTC.replay(upgraded.team().history())).isEqualTo(upgraded.team());
  }

  /**
   * Seats added at noon of 2024-04-16 in UTC and removed at 18:00 of the 20th, under a policy that
   * removes them at once; by hand: the seats' service from noon lasts 14.5 days (1252800 s), 10.25
   * days (885600 s) are left at the removal. 2 Basic seats: 2 x 12.00 x 1252800/2592000 = 11.60,
   * credited 11.60 x 885600/1252800 = 8.20 exactly (10.25/30 of 24.00). 1 Professional seat: 29.00
   * x 14.5/30 = 14.0166.. -> 14.02, credited 14.02 x 10.25/14.5 = 9.9106.. -> 9.91. Counted from
   * the date's midnight (15 days) the credits would be 7.93 and 9.58. Removed on the date
   * 2024-04-20 instead (11 days left): 11.60 x 11/14.5 = 8.80.
   */
  @ParameterizedTest(name = "{0} + {1} at noon, removed at {2}: {3}, then {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BASIC        | 2 | 2024-04-20T18:00:00Z | SEAT_PRORATION 11.60 | CHANGE_CREDIT -8.20; CREDIT_TO_ACCOUNT 8.20",
        "PROFESSIONAL | 1 | 2024-04-20T18:00:00Z | SEAT_PRORATION 14.02 | CHANGE_CREDIT -9.91; CREDIT_TO_ACCOUNT 9.91",
        "BASIC        | 2 | 2024-04-20           | SEAT_PRORATION 11.60 | CHANGE_CREDIT -8.80; CREDIT_TO_ACCOUNT 8.80",
        // removed at the instant they were bought: all of it back
        "BASIC        | 2 | 2024-04-16T12:00:00Z | SEAT_PRORATION 11.60 | CHANGE_CREDIT -11.60; CREDIT_TO_ACCOUNT 11.60",
      })
  void seatsBoughtAtAnInstantAreCreditedFromIt(
      String plan, int added, String removedAt, String charged, String credited) {
    BillingEngine engine = engine(ZoneOffset.UTC, ChangePolicy.immediate());
    Team team = TestTeams.created(engine, APR_1, terms(plan + " MONTHLY 1"), 1);
    Instant noon = Instant.parse("2024-04-16T12:00:00Z");

    Outcome.Accepted bought =
        accepted(engine.apply(team, change("add", plan + " MONTHLY " + (1 + added)), noon));
    Command removal = change("remove", plan + " MONTHLY 1");
    Outcome.Accepted removed =
        accepted(
            removedAt.contains("T")
                ? engine.apply(bought.team(), removal, Instant.parse(removedAt))
                : engine.apply(bought.team(), removal, LocalDate.parse(removedAt)));

    assertThat(kindsAndAmounts(bought.invoices().get(0))).isEqualTo(charged);
    assertThat(bought.team().subscription().billedItems())
        .last()
        .satisfies(
            item -> {
              assertThat(item.serviceStart()).isEqualTo(noon);
              assertThat(item.servicePeriod().start()).isEqualTo(LocalDate.of(2024, 4, 16));
            });
    assertThat(kindsAndAmounts(removed.invoices().get(0))).isEqualTo(credited);
    assertThat(engine.replay(removed.team().history())).isEqualTo(removed.team());
  }

  @Test
  void aChangeOnTheCyclesFirstDateBuysTheWholeCycleFromMidnight() {
    // at 12:00 of 2024-04-01 the seat is the whole cycle, 12.00, with no service start; removed
    // at 18:00 of the 16th, 14.25 of 30 days are left: 12.00 x 1231200/2592000 = 5.70
    BillingEngine engine = engine(ZoneOffset.UTC, ChangePolicy.immediate());
    Team team = TestTeams.created(engine, APR_1, terms("BASIC MONTHLY 1"), 1);
    Outcome.Accepted bought =
        accepted(
            engine.apply(
                team, change("add", "BASIC MONTHLY 2"), Instant.parse("2024-04-01T12:00:00Z")));
    Outcome.Accepted removed =
        accepted(
            engine.apply(
                bought.team(),
                change("remove", "BASIC MONTHLY 1"),
                Instant.parse("2024-04-16T18:00:00Z")));

    assertThat(kindsAndAmounts(bought.invoices().get(0))).isEqualTo("SEAT_PRORATION 12.00");
    assertThat(bought.team().subscription().billedItems())
        .allSatisfy(item -> assertThat(item.serviceStart()).isNull());
    assertThat(kindsAndAmounts(removed.invoices().get(0)))
        .isEqualTo("CHANGE_CREDIT -5.70; CREDIT_TO_ACCOUNT 5.70");
  }

  @Test
  void onADateTheSameEngineProratesFromMidnight() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);

    Outcome.Accepted upgraded = accepted(UTC.apply(team, upgrade("up"), LocalDate.of(2024, 4, 16)));

    assertThat(kindsAndAmounts(upgraded.invoices().get(0)))
        .isEqualTo("CHANGE_CREDIT -6.00; SEAT_PRORATION 14.50");
    assertThat(upgraded.entries()).allSatisfy(e -> assertThat(e.instant()).isEmpty());
  }

  @Test
  void theBillingDateIsTheInstantsDateInTheZone() {
    BillingEngine berlin = engine(ZoneId.of("Europe/Berlin"), ChangePolicy.kafkaman());
    Team team = TestTeams.created(berlin, APR_1, terms("BASIC MONTHLY 1"), 1);
    // 2024-04-15T22:00Z is midnight of the 16th in Berlin (CEST, +2): 15 days left
    Outcome.Accepted upgraded =
        accepted(berlin.apply(team, upgrade("up"), Instant.parse("2024-04-15T22:00:00Z")));

    assertThat(upgraded.entries().get(0).date()).isEqualTo(LocalDate.of(2024, 4, 16));
    assertThat(kindsAndAmounts(upgraded.invoices().get(0)))
        .isEqualTo("CHANGE_CREDIT -6.00; SEAT_PRORATION 14.50");
  }

  @Test
  void anImmediateCancellationOnTheDayTheClocksGoForwardCreditsItsHours() {
    // Europe/Berlin, March 2024: 743 h = 2674800 s; 2024-03-31T10:00Z is 12:00 CEST, 12 h of the
    // 23-hour day are left: 5 x 12.00 x 43200/2674800 = 0.96904.. -> -0.97
    BillingEngine berlin =
        engine(
            ZoneId.of("Europe/Berlin"),
            ChangePolicy.kafkaman().withCancellation(Timing.IMMEDIATELY));
    Team team = TestTeams.created(berlin, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 1);

    Outcome.Accepted cancelled =
        accepted(
            berlin.apply(
                team, new Command.Cancel("cancel", "ana"), Instant.parse("2024-03-31T10:00:00Z")));

    assertThat(kindsAndAmounts(cancelled.invoices().get(0))).startsWith("CHANGE_CREDIT -0.97");
    assertThat(berlin.replay(cancelled.team().history())).isEqualTo(cancelled.team());
  }

  @Test
  void aPauseCreditsFromItsInstant() {
    // UTC, March 2024: 31 x 86400 = 2678400 s; from 2024-03-15T06:00Z 17 x 86400 - 21600 =
    // 1447200 s left: 5 x 12.00 x 1447200/2678400 = 32.4193.. -> -32.42 (on the date: -32.90)
    BillingEngine engine = engine(ZoneOffset.UTC, ChangePolicy.killBill());
    Team team = TestTeams.created(engine, LocalDate.of(2024, 3, 1), terms("BASIC MONTHLY 5"), 1);

    Outcome.Accepted paused =
        accepted(
            engine.apply(
                team, new Command.Pause("pause", "ana"), Instant.parse("2024-03-15T06:00:00Z")));

    assertThat(kindsAndAmounts(paused.invoices().get(0)))
        .isEqualTo("CHANGE_CREDIT -32.42; CREDIT_TO_ACCOUNT 32.42");
    assertThat(engine.replay(paused.team().history())).isEqualTo(paused.team());
  }

  @Test
  void aTeamWithCommandsAtInstantsAndOnDatesReplaysExactly() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);
    Team seats =
        accepted(
                UTC.apply(
                    team,
                    change("seats", "BASIC MONTHLY 3"),
                    Instant.parse("2024-04-10T09:30:00Z")))
            .team();
    Team upgraded =
        accepted(
                UTC.apply(seats, change("up", "PROFESSIONAL MONTHLY 3"), LocalDate.of(2024, 4, 12)))
            .team();
    Team later =
        accepted(
                UTC.apply(
                    upgraded,
                    change("more", "PROFESSIONAL MONTHLY 4"),
                    Instant.parse("2024-04-20T17:45:10Z")))
            .team();
    Team renewed =
        accepted(UTC.apply(later, new Command.Renew("renew", "ana"), LocalDate.of(2024, 5, 1)))
            .team();

    assertThat(UTC.replay(renewed.history())).isEqualTo(renewed);
    assertThat(renewed.history().stream().filter(e -> e.instant().isPresent()))
        .extracting(HistoryEntry::id)
        .contains("seats", "more");
  }

  @Test
  void aRepeatedCommandReturnsItsFirstOutcome() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);
    Outcome.Accepted first =
        accepted(UTC.apply(team, upgrade("up"), Instant.parse("2024-04-16T12:00:00Z")));

    Outcome again = UTC.apply(first.team(), upgrade("up"), Instant.parse("2024-04-18T00:00:00Z"));

    assertThat(again.team()).isEqualTo(first.team());
    assertThat(accepted(again).invoices()).isEqualTo(first.invoices());
  }

  @Test
  void anInstantBeforeTheLatestEntrysInstantIsRefused() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);
    Team upgraded =
        accepted(UTC.apply(team, upgrade("up"), Instant.parse("2024-04-16T12:00:00Z"))).team();
    Command seats = change("seats", "PROFESSIONAL MONTHLY 2");

    Outcome.Refused earlier =
        (Outcome.Refused) UTC.apply(upgraded, seats, Instant.parse("2024-04-16T11:59:59Z"));

    assertThat(earlier.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(earlier.field()).isEqualTo("at");
    assertThat(earlier.team()).isSameAs(upgraded);
    assertThat(UTC.apply(upgraded, seats, Instant.parse("2024-04-16T12:00:00Z")).isAccepted())
        .isTrue();
  }

  @Test
  void anEntryOnADateAfterAnInstantDoesNotMoveTimeBackOnThatDate() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);
    Team upgraded =
        accepted(UTC.apply(team, upgrade("up"), Instant.parse("2024-04-16T12:00:00Z"))).team();
    // applied on the date, after the upgrade at noon: its entry has no instant
    Team seats =
        accepted(
                UTC.apply(
                    upgraded, change("seats", "PROFESSIONAL MONTHLY 2"), LocalDate.of(2024, 4, 16)))
            .team();
    Command more = change("more", "PROFESSIONAL MONTHLY 3");

    Outcome.Refused morning =
        (Outcome.Refused) UTC.apply(seats, more, Instant.parse("2024-04-16T10:00:00Z"));

    assertThat(morning.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(morning.field()).isEqualTo("at");
    assertThat(morning.reason()).contains("2024-04-16T12:00:00Z");
    assertThat(UTC.apply(seats, more, Instant.parse("2024-04-16T12:30:00Z")).isAccepted()).isTrue();
    assertThat(UTC.apply(seats, more, Instant.parse("2024-04-17T08:00:00Z")).isAccepted()).isTrue();
  }

  @Test
  void anEngineThatCountsDatesRefusesAnInstant() {
    BillingEngine dates = BillingEngine.kafkaman();
    Team team = TestTeams.created(dates, APR_1, terms("BASIC MONTHLY 1"), 1);

    Outcome.Refused refused =
        (Outcome.Refused) dates.apply(team, upgrade("up"), Instant.parse("2024-04-16T12:00:00Z"));

    assertThat(refused.code()).isEqualTo(BillingErrorCode.INCONSISTENT_STATE);
    assertThat(refused.field()).isEqualTo("at");
    assertThat(refused.reason()).contains("actual days", "DayCount.seconds");
    assertThat(refused.team()).isSameAs(team);
  }

  @Test
  void anInstantWithoutADateIsRefused() {
    Team team = TestTeams.created(UTC, APR_1, terms("BASIC MONTHLY 1"), 1);

    Outcome.Refused refused = (Outcome.Refused) UTC.apply(team, upgrade("up"), Instant.MAX);

    assertThat(refused.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(refused.field()).isEqualTo("at");
  }
}
