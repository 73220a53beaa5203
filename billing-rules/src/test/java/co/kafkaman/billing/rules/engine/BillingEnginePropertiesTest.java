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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BillingEnginePropertiesTest {
  private static final BillingEngine ENGINE = BillingEngine.of(TestTeams.sample());

  private static final Gen<Terms> TERMS =
      Generate.enumValues(PlanTier.class)
          .zip(
              Generate.enumValues(BillingFrequency.class),
              integers().between(0, 9),
              integers().between(0, 2),
              (tier, frequency, seats, blocks) ->
                  Terms.of(tier, frequency, seats)
                      .withBlocks(Resource.MONITORING_REQUESTS, blocks));

  /** A team anchored on 2024-01-31 (a month end) with 1-6 members, next terms set or not. */
  private static final Gen<Team> TEAMS =
      TERMS
          .assuming(terms -> terms.seats() > 0)
          .zip(
              integers().between(1, 6),
              TERMS.toOptionals(50),
              (terms, members, next) -> {
                Team team = TestTeams.created(ENGINE, LocalDate.of(2024, 1, 31), terms, members);
                return next.isEmpty()
                    ? team
                    : team.withSubscription(
                        team.subscription().withNextTerms(Optional.of(next.get())));
              });

  private static final Gen<Command> COMMANDS =
      integers()
          .between(0, 5)
          .zip(
              TERMS,
              Generate.booleans(),
              (kind, terms, sales) ->
                  switch (kind) {
                    case 0 ->
                        new Command.ChangeSubscription(
                            "p-1", "ana", new ChangeRequest(terms, Timing.IMMEDIATELY, sales));
                    case 1 ->
                        new Command.ChangeSubscription(
                            "p-1", "ana", new ChangeRequest(terms, Timing.ON_RENEWAL, sales));
                    case 2 -> new Command.SetStandingInstructions("p-1", "ana", terms, sales);
                    case 3 -> new Command.ClearStandingInstructions("p-1", "ana");
                    case 4 -> new Command.Renew("p-1", "system");
                    default -> Command.SetStandingInstructions.cancel("p-1", "ana", terms);
                  });

  @Test
  void aRefusedCommandReturnsATeamEqualToItsInput() {
    qt().withExamples(400)
        .forAll(TEAMS, COMMANDS, integers().between(-3, 400))
        .checkAssert(
            (team, command, days) -> {
              DateRange cycle = team.subscription().currentCycle();
              LocalDate asOf =
                  switch (Math.floorMod(days, 5)) {
                    case 0 -> cycle.endExclusive();
                    case 1 -> LocalDate.of(2024, 1, 31).plusDays(days);
                    default -> cycle.start().plusDays(Math.floorMod(days, cycle.lengthInDays()));
                  };
              Outcome outcome = ENGINE.apply(team, command, asOf);
              if (outcome instanceof Outcome.Refused refused) {
                assertThat(refused.team()).isEqualTo(team);
                assertThat(refused.reason()).isNotBlank();
                refused
                    .alternative()
                    .ifPresent(
                        alternative ->
                            assertThat(ENGINE.apply(team, alternative, asOf).isAccepted())
                                .isTrue());
              } else {
                assertThat(outcome.team().history()).hasSizeGreaterThan(team.history().size());
              }
            });
  }
}
