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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Versions of a team's history share one buffer: the first version to append claims the slots after
 * its last entry, every other version appending to the same one copies. Many threads applying
 * commands to one team version at once must each get exactly what one thread alone gets, and the
 * version they started from must stay as it was.
 */
class ConcurrentApplyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 150;
  private static final LocalDate ON = LocalDate.of(2024, 3, 20);

  /** Commands that all apply to the same team version on 2024-03-20, each with its own id. */
  private static List<Command> commands(Team team, int round) {
    String actor = team.members().get(0).id();
    List<Command> commands = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String id = "r" + round + "-t" + i;
      commands.add(
          switch (i % 4) {
            case 0 -> Command.AddMember.of(id, actor, "m-" + id, "m-" + id + "@acme.test");
            case 1 ->
                new Command.RecordUsage(
                    id,
                    "system",
                    KafkamanSample.MONITORING_REQUESTS,
                    100 + i,
                    "monitor-" + i,
                    Instant.parse("2024-03-20T10:00:00Z"));
            case 2 ->
                Command.ChangeSubscription.of(
                    id,
                    actor,
                    team.subscription().terms().withSeats(team.subscription().terms().seats() + i),
                    Timing.IMMEDIATELY);
            default ->
                new Command.SetOverage(
                    id,
                    actor,
                    KafkamanSample.MOCK_SERVER_CALLS,
                    i % 2 == 0,
                    Instant.parse("2024-03-20T00:00:00Z"));
          });
    }
    return commands;
  }

  @Test
  void commandsAppliedToOneVersionFromManyThreadsGiveTheSingleThreadedResults() throws Exception {
    PaymentStory story = PaymentStory.basicByCard();
    BillingEngine engine = story.engine();
    Team base = story.team();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Command> commands = commands(base, round);
        // the single-threaded answers, computed on a rebuilt copy so the base's buffer is unclaimed
        Team copy = engine.replay(base.history());
        assertThat(copy).isEqualTo(base);
        List<Outcome> expected = new ArrayList<>();
        for (Command command : commands) {
          expected.add(engine.apply(copy, command, ON));
        }
        List<HistoryEntry> baseHistory = List.copyOf(base.history());
        Team frozen = base;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int first = t;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    // each thread applies every command, starting with its own
                    List<Outcome> mine = new ArrayList<>();
                    for (int i = 0; i < commands.size(); i++) {
                      int index = (first + i) % commands.size();
                      mine.add(engine.apply(frozen, commands.get(index), ON));
                    }
                    return mine;
                  }));
        }
        start.countDown();
        for (int t = 0; t < THREADS; t++) {
          List<Outcome> mine = results.get(t).get(30, TimeUnit.SECONDS);
          for (int i = 0; i < commands.size(); i++) {
            int index = (t + i) % commands.size();
            Outcome outcome = mine.get(i);
            Outcome alone = expected.get(index);
            assertThat(outcome.team())
                .as("round %d, thread %d, %s", round, t, commands.get(index).id())
                .isEqualTo(alone.team());
            assertThat(List.copyOf(outcome.team().history()))
                .isEqualTo(List.copyOf(alone.team().history()));
            assertThat(outcome.summary()).isEqualTo(alone.summary());
          }
        }
        assertThat(List.copyOf(base.history())).isEqualTo(baseHistory);
        assertThat(base).isEqualTo(copy);
        // go on from one of the results, so later rounds append to a longer shared buffer
        base = expected.get(round % commands.size()).team();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
