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
package co.kafkaman.billing.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import co.kafkaman.billing.model.history.History;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.HistoryFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Team#entriesOf(String)} against a scan of the whole history: the entries whose id is the
 * command id or starts with it and a {@code '/'}, whatever the ids (nested slashes, ids that are
 * prefixes of others), however the team was made (builder, appended history, copies of other
 * attributes, a replaced history).
 */
class TeamHistoryPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  /** Ids from few parts, so that queries hit, miss and nearly hit: "a", "a/1", "a/1/2", "ab". */
  private static final String[] PARTS = {"a", "b", "ab", "1", "2", "c-9"};

  private static Gen<String> ids() {
    return lists()
        .of(integers().between(0, PARTS.length - 1))
        .ofSizeBetween(1, 3)
        .map(
            parts -> {
              StringBuilder id = new StringBuilder();
              for (int part : parts) {
                id.append(id.length() == 0 ? "" : "/").append(PARTS[part]);
              }
              return id.toString();
            });
  }

  /** How the team is carried from one batch of entries to the next. */
  private enum Step {
    APPEND,
    APPEND_AFTER_A_COPY,
    REPLACE_WHOLE_HISTORY,
    REBUILD
  }

  @Test
  void findsExactlyTheEntriesAScanFinds() {
    qt().forAll(
            lists().of(lists().of(ids()).ofSizeBetween(0, 4)).ofSizeBetween(1, 5),
            lists().of(integers().between(0, Step.values().length - 1)).ofSize(5),
            lists().of(ids()).ofSizeBetween(1, 6))
        .checkAssert(
            (batches, steps, queries) -> {
              Team team = team();
              for (int b = 0; b < batches.size(); b++) {
                List<HistoryEntry> entries = entries(batches.get(b));
                team =
                    switch (Step.values()[steps.get(b)]) {
                      case APPEND -> team.plusHistory(entries);
                      case APPEND_AFTER_A_COPY ->
                          team.withStanding(Standing.PAST_DUE)
                              .plusHistory(entries)
                              .withStanding(Standing.ACTIVE);
                      case REPLACE_WHOLE_HISTORY ->
                          team.withHistory(concat(team.history(), entries));
                      case REBUILD ->
                          Team.builder()
                              .from(team)
                              .history(History.of(concat(team.history(), entries)))
                              .build();
                    };
              }
              for (String query : queries) {
                assertThat(team.entriesOf(query)).as(query).isEqualTo(scan(team, query));
              }
              for (HistoryEntry entry : team.history()) {
                assertThat(team.entriesOf(entry.id())).contains(entry);
              }
            });
  }

  private static List<HistoryEntry> scan(Team team, String commandId) {
    List<HistoryEntry> found = new ArrayList<>();
    for (HistoryEntry entry : team.history()) {
      if (entry.id().equals(commandId) || entry.id().startsWith(commandId + "/")) {
        found.add(entry);
      }
    }
    return found;
  }

  private static List<HistoryEntry> entries(List<String> ids) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (String id : ids) {
      entries.add(HistoryFixtures.entry(id));
    }
    return entries;
  }

  private static List<HistoryEntry> concat(List<HistoryEntry> head, List<HistoryEntry> tail) {
    List<HistoryEntry> all = new ArrayList<>(head);
    all.addAll(tail);
    return all;
  }

  private static Team team() {
    return TeamFixtures.oneMemberTeam(DAY);
  }
}
