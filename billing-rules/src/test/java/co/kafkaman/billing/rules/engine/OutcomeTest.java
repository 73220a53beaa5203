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

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.flex.FlexFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Outcome}: accepted outcomes are values; a refusal's summary names its alternative. */
class OutcomeTest {
  private final BillingEngine engine = BillingEngine.of(FlexFixtures.CATALOG);

  /** Monthly Basic with 3 seats from 2024-03-01 (monitoring allowance 10,000 a month). */
  private Team monthlyBasic() {
    return created(
        engine, d("2024-03-01"), Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, 3));
  }

  private Outcome record(Team team, String id, long quantity, LocalDate on) {
    return engine.apply(
        team,
        new Command.RecordUsage(
            id, "system", KafkamanSample.MONITORING_REQUESTS, quantity, "monitor-a", at(on)),
        on);
  }

  @Test
  void theSameCommandOnTheSameTeamGivesEqualOutcomes() {
    Team team = monthlyBasic();
    Outcome.Accepted first = accepted(record(team, "u-1", 700, d("2024-03-05")));
    Outcome.Accepted again = accepted(record(team, "u-1", 700, d("2024-03-05")));

    assertThat(again).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(first.summary())
        .startsWith("Recorded 700 monitoring requests from monitor-a: 700 of");
    assertThat(first.toString())
        .startsWith("Accepted[command=" + first.command() + ", team=" + first.team() + ", summary=")
        .contains(", summary=" + first.summary() + ", invoices=[]")
        .contains(", entries=" + first.entries() + "]");
  }

  @Test
  void outcomesOfDifferentCommandsDiffer() {
    Team team = monthlyBasic();
    Outcome.Accepted seven = accepted(record(team, "u-1", 700, d("2024-03-05")));
    Outcome.Accepted eight = accepted(record(team, "u-1", 800, d("2024-03-05")));

    assertThat(eight).isNotEqualTo(seven);
    assertThat(eight.hashCode()).isNotEqualTo(seven.hashCode());
    assertThat(seven).isNotEqualTo(refused(record(team, "u-2", 20_000, d("2024-03-05"))));
  }

  @Test
  void aRefusalsSummaryNamesTheCommandThatWouldBeAccepted() {
    Team team = accepted(record(monthlyBasic(), "u-1", 9_700, d("2024-03-05"))).team();
    Outcome.Refused over = refused(record(team, "u-2", 500, d("2024-03-06")));

    assertThat(over.alternative()).isPresent();
    assertThat(over.summary())
        .isEqualTo(
            "Refused "
                + over.code().code()
                + " "
                + over.code()
                + " ["
                + over.field()
                + "]: "
                + over.reason()
                + "; an alternative is offered (command "
                + over.alternative().get().id()
                + ")");
    assertThat(over.summary()).doesNotContain("RecordUsage[");
    Team cut = accepted(engine.apply(team, over.alternative().get(), d("2024-03-06"))).team();
    Outcome.Refused atLimit = refused(record(cut, "u-3", 1, d("2024-03-07")));
    assertThat(atLimit.alternative()).isEmpty();
    assertThat(atLimit.summary()).doesNotContain("alternative").endsWith(atLimit.reason());
  }
}
