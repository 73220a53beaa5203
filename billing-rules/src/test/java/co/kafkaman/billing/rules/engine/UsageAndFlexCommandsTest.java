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

import static co.kafkaman.billing.rules.flex.FlexFixtures.accepted;
import static co.kafkaman.billing.rules.flex.FlexFixtures.at;
import static co.kafkaman.billing.rules.flex.FlexFixtures.created;
import static co.kafkaman.billing.rules.flex.FlexFixtures.d;
import static co.kafkaman.billing.rules.flex.FlexFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The usage, custom-domain, membership and auto-flex commands through the engine: each accepted one
 * leaves its history entry (RULES.md section 12), and closing a usage month is refused on dates
 * that close nothing (section 7).
 */
class UsageAndFlexCommandsTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);

  /** Monthly Basic, 3 seats, from 2024-03-01: auto-flex on (purchased after 2021-04-08). */
  private Team monthly() {
    return created(
        engine, d("2024-03-01"), Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3));
  }

  /** Annual Basic, 1 seat, from 2024-01-31: usage months end 02-29, 03-31, 04-30 (a quarter). */
  private Team annual() {
    return created(
        engine, d("2024-01-31"), Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 1));
  }

  private Outcome.Accepted apply(Team team, Command command, LocalDate on) {
    return accepted(engine.apply(team, command, on));
  }

  private static void recordsOne(Outcome.Accepted outcome, EntryKind kind, String summary) {
    assertThat(outcome.entries())
        .extracting(HistoryEntry::kind, HistoryEntry::summary)
        .containsExactly(tuple(kind, summary));
  }

  @Test
  void usageAndCustomDomainsAreRecordedInTheHistory() {
    Outcome.Accepted reading =
        apply(
            monthly(),
            new Command.RecordUsage(
                "u-1",
                "system",
                KafkamanSample.MONITORING_REQUESTS,
                700,
                "monitor-a",
                at(d("2024-03-05"))),
            d("2024-03-05"));
    recordsOne(reading, EntryKind.USAGE, reading.summary());
    assertThat(reading.summary()).startsWith("Recorded 700 monitoring requests from monitor-a");

    Team withDomain =
        apply(
                reading.team(),
                new Command.AddCustomDomain("dom-1", "ana", "a.test"),
                d("2024-03-06"))
            .team();
    Outcome.Accepted removed =
        apply(
            withDomain, new Command.RemoveCustomDomain("dom-2", "ana", "a.test"), d("2024-03-07"));
    recordsOne(removed, EntryKind.USAGE, "Custom domain 'a.test' removed");
    assertThat(removed.team().subscription().customDomains()).isEmpty();
  }

  @Test
  void membershipChangesAndRemindersAreRecordedInTheHistory() {
    Outcome.Accepted added =
        apply(
            monthly(),
            Command.AddMember.of("add-bo", "ana", "bo", "bo@acme.test"),
            d("2024-03-05"));
    recordsOne(added, EntryKind.MEMBERSHIP_CHANGED, "Member 'bo' added: 2 members, 3 paid seats");
    Team team = added.team();
    for (String member : new String[] {"cy", "di", "ed"}) {
      team =
          apply(
                  team,
                  Command.AddMember.of("add-" + member, "ana", member, member + "@acme.test"),
                  d("2024-03-05"))
              .team();
    }

    Outcome.Accepted reminded =
        apply(team, new Command.RemindAutoFlex("rem", "system"), d("2024-03-25"));
    assertThat(reminded.summary())
        .startsWith("Auto-flex reminder: 2 users added through auto-flex");
    recordsOne(reminded, EntryKind.AUTO_FLEX, reminded.summary());

    Outcome.Accepted removed =
        apply(reminded.team(), new Command.RemoveMember("rm-ed", "ana", "ed"), d("2024-03-26"));
    recordsOne(
        removed,
        EntryKind.MEMBERSHIP_CHANGED,
        "Member 'ed' removed: 4 members, 3 paid seats; one auto-flex user fewer to bill");
  }

  @Test
  void closingAUsageMonthIsRefusedOnDatesThatCloseNothing() {
    Team team = annual();

    Outcome.Refused onTheAnchor =
        refused(engine.apply(team, new Command.CloseUsageMonth("m-0", "system"), d("2024-01-31")));
    assertThat(onTheAnchor.code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(onTheAnchor.reason())
        .isEqualTo("2024-01-31 is not inside the current cycle [2024-01-31, 2025-01-31)");
    Outcome.Refused midMonth =
        refused(engine.apply(team, new Command.CloseUsageMonth("m-1", "system"), d("2024-02-15")));
    assertThat(midMonth.reason())
        .isEqualTo("2024-02-15 does not end a usage month; the open one ends on 2024-02-29");

    team = apply(team, new Command.CloseUsageMonth("m-2", "system"), d("2024-02-29")).team();
    Outcome.Refused again =
        refused(engine.apply(team, new Command.CloseUsageMonth("m-3", "system"), d("2024-02-29")));
    assertThat(again.code()).isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
    assertThat(again.reason()).isEqualTo("the usage month ending on 2024-02-29 is already closed");
  }

  @Test
  void aQuarterEndingWithoutFlexUsersClosesOnceAndNotifiesNobody() {
    Team team = annual();
    team = apply(team, new Command.CloseUsageMonth("m-feb", "system"), d("2024-02-29")).team();
    team = apply(team, new Command.CloseUsageMonth("m-mar", "system"), d("2024-03-31")).team();

    Outcome.Accepted quarter =
        apply(team, new Command.CloseUsageMonth("m-apr", "system"), d("2024-04-30"));
    assertThat(quarter.invoices()).isEmpty();
    assertThat(quarter.notifications()).isEmpty();
    assertThat(quarter.entries()).extracting(HistoryEntry::kind).contains(EntryKind.AUTO_FLEX);

    Outcome.Refused again =
        refused(
            engine.apply(
                quarter.team(), new Command.CloseUsageMonth("m-apr-2", "system"), d("2024-04-30")));
    assertThat(again.reason()).isEqualTo("the usage month ending on 2024-04-30 is already closed");
  }
}
