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
package co.kafkaman.billing.benchmarks;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates distinct paid teams through the public engine API, deterministically from a seed: Basic
 * or Professional, mostly monthly, 1 to 30 seats, up to two members beyond the seats (auto-flex
 * users), 0 to 2 blocks each of monitoring requests and mock server calls, created on a day of 2024
 * (so anchors include month ends). Each team holds what creating it left: its first invoice and its
 * history entries.
 */
public final class TeamPool {
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private TeamPool() {}

  /**
   * Generates {@code size} distinct teams.
   *
   * @param engine the engine that creates them
   * @param size how many teams
   * @param seed the random seed; the same seed gives the same teams
   * @return the teams
   */
  public static Team[] generate(BillingEngine engine, int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Team[] teams = new Team[size];
    for (int i = 0; i < size; i++) {
      teams[i] = team(engine, i, random);
    }
    return teams;
  }

  /**
   * Creates a team through {@code BillingEngine.create}: its owner (billing and admin), billing
   * email {@code billing@<teamId>.test}, and a first term of {@code terms} from {@code createdOn}.
   *
   * @param engine the engine
   * @param teamId the team id
   * @param ownerId the owner's member id
   * @param invoicePrefix the prefix of the team's invoice numbers
   * @param terms the initial terms, on a paid plan
   * @param createdOn the creation date, the anchor of the first term
   * @return the team, with its first invoice
   */
  public static Team create(
      BillingEngine engine,
      String teamId,
      String ownerId,
      String invoicePrefix,
      Terms terms,
      LocalDate createdOn) {
    return ((Outcome.Accepted)
            engine.create(
                new Command.CreateTeam(
                    "create-" + teamId,
                    ownerId,
                    teamId,
                    engine.catalog().currency(),
                    Member.of(
                        ownerId,
                        ownerId + "@" + teamId + ".test",
                        createdOn,
                        Role.BILLING,
                        Role.ADMIN),
                    BillingDetails.ofEmail("billing@" + teamId + ".test"),
                    invoicePrefix,
                    terms),
                createdOn))
        .team();
  }

  private static Team team(BillingEngine engine, int index, SplittableRandom random) {
    PlanTier tier = random.nextInt(5) < 3 ? PlanTier.BASIC : PlanTier.PROFESSIONAL;
    BillingFrequency frequency =
        random.nextInt(5) == 0 ? BillingFrequency.ANNUAL : BillingFrequency.MONTHLY;
    int seats = 1 + random.nextInt(30);
    int members = 1 + random.nextInt(seats + 2);
    Terms terms =
        Terms.of(tier, frequency, seats)
            .withBlocks(Resource.MONITORING_REQUESTS, random.nextInt(3))
            .withBlocks(Resource.MOCK_SERVER_CALLS, random.nextInt(3));
    LocalDate createdOn = FIRST_DAY.plusDays(random.nextInt(366));
    String id = "team-" + index;
    Team created = create(engine, id, "owner-" + index, "T" + index + "-", terms, createdOn);
    if (members == 1) {
      return created;
    }
    List<Member> all = new ArrayList<>(members);
    all.addAll(created.members());
    for (int m = 2; m <= members; m++) {
      all.add(Member.of("m-" + index + "-" + m, "m" + m + "@" + id + ".test", createdOn));
    }
    return created
        .withMembers(all)
        .withSubscription(created.subscription().withAutoFlexEnabled(members > seats));
  }
}
