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

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BillingEngine} refuses histories it cannot rebuild, and standing instructions set or
 * cleared outside the current cycle (RULES.md sections 6, 12 and 13).
 */
class BillingEngineRefusalsTest {
  private static final String UNKNOWN_CARD_B =
      "Refused "
          + BillingErrorCode.UNKNOWN_CARD.code()
          + " UNKNOWN_CARD [token]: no card with token 'b' is on file";

  /** A Free team that added card a, added card b, removed card b, then added card c. */
  private static PaymentStory cards() {
    return PaymentStory.free()
        .then(new Command.AddCard("add-a", "ana", PaymentStory.visa("a", 2027, 8)), "2024-03-02")
        .then(new Command.AddCard("add-b", "ana", PaymentStory.visa("b", 2027, 8)), "2024-03-03")
        .then(new Command.RemoveCard("remove-b", "ana", "b"), "2024-03-04")
        .then(new Command.AddCard("add-c", "ana", PaymentStory.visa("c", 2027, 8)), "2024-03-05");
  }

  private static List<HistoryEntry> without(Team team, String... ids) {
    List<HistoryEntry> entries = new ArrayList<>(team.history());
    for (String id : ids) {
      entries.removeIf(entry -> entry.id().equals(id));
    }
    return entries;
  }

  @Test
  void aHistoryReplaysToItsTeam() {
    PaymentStory story = cards();

    assertThat(story.engine().replay(story.team().history())).isEqualTo(story.team());
  }

  @Test
  void aHistoryMustStartWithTheTeamsCreation() {
    PaymentStory story = cards();
    BillingEngine engine = story.engine();
    List<HistoryEntry> history = story.team().history();

    assertRefused(
        () -> engine.replay(List.of()),
        BillingErrorCode.INCONSISTENT_STATE,
        "history[0]",
        "a history starts with TEAM_CREATED carrying the CreateTeam command, was empty");
    assertRefused(
        () -> engine.replay(history.subList(1, history.size())),
        BillingErrorCode.INCONSISTENT_STATE,
        "history[0]",
        "a history starts with TEAM_CREATED carrying the CreateTeam command, was "
            + history.get(1));
  }

  @Test
  void aCommandThatReplaysAsRefusedIsNamedWhereverItIs() {
    PaymentStory story = cards();
    BillingEngine engine = story.engine();

    // without adding b, removing it is refused: in the middle of the history, then at its end
    assertRefused(
        () -> engine.replay(without(story.team(), "add-b")),
        BillingErrorCode.INCONSISTENT_STATE,
        "history",
        "command remove-b replays as " + UNKNOWN_CARD_B);
    assertRefused(
        () -> engine.replay(without(story.team(), "add-b", "add-c")),
        BillingErrorCode.INCONSISTENT_STATE,
        "history",
        "command remove-b replays as " + UNKNOWN_CARD_B);
  }

  @Test
  void standingInstructionsAreSetAndClearedOnlyWithinTheCurrentCycle() {
    PaymentStory story = PaymentStory.basicByCard();
    Team team = story.team();
    BillingEngine engine = story.engine();
    LocalDate april5 = LocalDate.of(2024, 4, 5);
    String outside = "2024-04-05 is outside the current cycle [2024-03-01, 2024-04-01)";

    Outcome set =
        engine.apply(
            team,
            new Command.SetStandingInstructions(
                "set", "ana", PaymentStory.terms(KafkamanSample.BASIC, 2), false),
            april5);
    assertThat(set).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) set).code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(((Outcome.Refused) set).reason()).isEqualTo(outside);
    Outcome clear =
        engine.apply(team, new Command.ClearStandingInstructions("clear", "ana"), april5);
    assertThat(clear).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) clear).reason()).isEqualTo(outside);
    assertThat(clear.team()).isSameAs(team);
  }
}
