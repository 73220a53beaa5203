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
package co.kafkaman.billing.model.history;

import static co.kafkaman.billing.model.history.HistoryFixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@link History} against copied {@code ArrayList}s: versions that share a buffer stay what they
 * were, whichever version is appended to next (the newest, an older one twice, one from another
 * thread), and {@link History#entriesOf(String)} finds what a scan of the entries finds.
 */
class HistoryPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @Test
  void versionsKeepTheirEntriesWhicheverIsAppendedTo() {
    // each step: append 0-3 entries to version number `from` (modulo the versions made so far)
    qt().forAll(
            lists()
                .of(
                    integers()
                        .between(0, 1_000)
                        .zip(integers().between(0, 3), (f, n) -> new int[] {f, n}))
                .ofSizeBetween(1, 30))
        .checkAssert(
            steps -> {
              List<History> versions = new ArrayList<>(List.of(History.empty()));
              List<List<HistoryEntry>> expected = new ArrayList<>(List.of(List.of()));
              int serial = 0;
              for (int[] step : steps) {
                int from = step[0] % versions.size();
                List<HistoryEntry> added = new ArrayList<>();
                for (int i = 0; i < step[1]; i++) {
                  added.add(entry("c-" + serial++));
                }
                versions.add(versions.get(from).plus(added));
                List<HistoryEntry> model = new ArrayList<>(expected.get(from));
                model.addAll(added);
                expected.add(model);
              }
              for (int v = 0; v < versions.size(); v++) {
                assertThat(versions.get(v)).as("version %d", v).isEqualTo(expected.get(v));
                for (HistoryEntry entry : expected.get(v)) {
                  assertThat(versions.get(v).entriesOf(entry.id())).containsExactly(entry);
                }
                assertThat(versions.get(v).entriesOf("c-" + serial)).isEmpty();
              }
            });
  }

  @Test
  void twoThreadsAppendingToOneVersionEachGetTheirOwn() throws Exception {
    for (int round = 0; round < 200; round++) {
      History base = History.of(List.of(entry("a"), entry("b"))).plus(List.of(entry("c")));
      HistoryEntry left = entry("left");
      HistoryEntry right = entry("right");
      CompletableFuture<History> fromLeft =
          CompletableFuture.supplyAsync(() -> base.plus(List.of(left)));
      History fromRight = base.plus(List.of(right));

      assertThat(fromLeft.get())
          .extracting(HistoryEntry::id)
          .containsExactly("a", "b", "c", "left");
      assertThat(fromRight).extracting(HistoryEntry::id).containsExactly("a", "b", "c", "right");
      assertThat(base).extracting(HistoryEntry::id).containsExactly("a", "b", "c");
    }
  }

  @Test
  void findsACommandAndItsEffectsButNotIdsThatMerelyStartAlike() {
    History history =
        History.of(
            List.of(
                entry("c-1"),
                entry("c-1/1"),
                entry("c-10"),
                entry("c-1x/1"),
                entry("a/b"),
                entry("a/b/1")));

    assertThat(history.entriesOf("c-1"))
        .extracting(HistoryEntry::id)
        .containsExactly("c-1", "c-1/1");
    assertThat(history.entriesOf("c-10")).extracting(HistoryEntry::id).containsExactly("c-10");
    assertThat(history.entriesOf("c-1x")).extracting(HistoryEntry::id).containsExactly("c-1x/1");
    assertThat(history.entriesOf("a")).extracting(HistoryEntry::id).containsExactly("a/b", "a/b/1");
    assertThat(history.entriesOf("a/b"))
        .extracting(HistoryEntry::id)
        .containsExactly("a/b", "a/b/1");
    assertThat(history.entriesOf("c")).isEmpty();
    assertThat(history.latest().id()).isEqualTo("a/b/1");
    assertThatThrownBy(() -> History.empty().latest()).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> history.add(entry("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> history.get(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(History.of(history)).isSameAs(history);
    assertThat(history.plus(List.of())).isSameAs(history);
  }
}
