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
package co.kafkaman.billing.rules.change;

import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link ChangeRules}' decisions say (RULES.md sections 4 and 5): monthly Basic at 12.00 a
 * seat from 2024-03-01, changed on 2024-03-15 with 17 of 31 days left.
 */
class ChangeRulesSummaryTest {
  private static final LocalDate ANCHOR = LocalDate.of(2024, 3, 1);
  private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

  private static Team team(String current) {
    return TestTeams.created(BillingEngine.of(TestTeams.sample()), ANCHOR, terms(current), 1);
  }

  private static ChangeDecision decide(Team team, String target, Timing timing) {
    return ChangeRules.decide(
        team,
        TestTeams.sample(),
        ProrationConvention.KAFKAMAN,
        new ChangeRequest(terms(target), timing, false),
        MARCH_15);
  }

  @Test
  void anImmediateChangeNamesBothTermsAndTheRestOfTheCycle() {
    ChangeDecision decision =
        decide(team("BASIC MONTHLY 3"), "BASIC MONTHLY 5", Timing.IMMEDIATELY);

    assertThat(decision).isInstanceOf(ChangeDecision.Immediately.class);
    // 2 seats x 12.00 x 17/31 = 13.16
    assertThat(kindsAndAmounts(((ChangeDecision.Immediately) decision).lines()))
        .isEqualTo("SEAT_PRORATION 13.16");
    assertThat(decision.summary())
        .isEqualTo(
            "Immediately: Basic monthly, 3 seats -> Basic monthly, 5 seats for [2024-03-15,"
                + " 2024-04-01)");
  }

  @Test
  void anImmediateChangeRemindsOfStandingInstructionsForTheRenewal() {
    Team team = team("BASIC MONTHLY 3");
    team =
        team.withSubscription(
            team.subscription().withNextTerms(Optional.of(terms("BASIC MONTHLY 2"))));

    assertThat(decide(team, "BASIC MONTHLY 5", Timing.IMMEDIATELY).summary())
        .isEqualTo(
            "Immediately: Basic monthly, 3 seats -> Basic monthly, 5 seats for [2024-03-15,"
                + " 2024-04-01); standing instructions for renewal still say Basic monthly, 2"
                + " seats");
  }

  @Test
  void aRenewalOnlyPartNamesHowManyBlocksWouldGo() {
    ChangeDecision decision =
        decide(
            team("BASIC MONTHLY 5 MONITORING_REQUESTS=3"),
            "BASIC MONTHLY 5 MONITORING_REQUESTS=1",
            Timing.IMMEDIATELY);

    assertThat(decision).isInstanceOf(ChangeDecision.Refused.class);
    assertThat(((ChangeDecision.Refused) decision).reason())
        .isEqualTo(
            "removing 2 monitoring requests blocks can only apply on renewal (2024-04-01); On"
                + " renewal would be accepted");
  }
}
