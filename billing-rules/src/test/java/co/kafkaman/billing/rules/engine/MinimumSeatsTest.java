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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.change.Timing;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A per-seat plan with a minimum seat count: "Team, 20.00 a seat a month, 5 seats minimum". Worked
 * by hand: 5 seats on 2024-03-01 bill 5 x 20.00 = 100.00; a sixth seat on 2024-03-15 bills 1 x
 * 20.00 x 17/31 days = 10.967... -> 10.97; fewer than 5 seats are refused, whatever the timing.
 */
class MinimumSeatsTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
  private static final String CATALOG =
      String.join(
          "\n",
          "currency=EUR",
          "plans=solo,team",
          "plan.solo.name=Solo",
          "plan.solo.seat.MONTHLY=8.00",
          "plan.team.name=Team",
          "plan.team.seat.MONTHLY=20.00",
          "plan.team.minimumSeats=5",
          "");

  private static BillingEngine engine() {
    return BillingEngine.of(CatalogFormat.read(new StringReader(CATALOG)));
  }

  private static Creation create(BillingEngine engine, String plan, int seats) {
    return TestTeams.create(
        engine, MARCH_1, Terms.of(PlanId.of(plan), BillingFrequency.MONTHLY, seats));
  }

  @ParameterizedTest(name = "{0} x {1} seats: {2}")
  @CsvSource({
    // plan, seats, first invoice (or the refusal code), worked by hand
    "solo, 1, PLAN_SEATS 8.00", // 1 x 8.00: no minimum
    "team, 5, PLAN_SEATS 100.00", // 5 x 20.00: the minimum itself
    "team, 7, PLAN_SEATS 140.00", // 7 x 20.00
    "team, 4, BILL-409",
    "team, 1, BILL-409",
  })
  void creationBillsTheSeatsBoughtAndRefusesFewerThanTheMinimum(
      String plan, int seats, String expected) {
    Creation creation = create(engine(), plan, seats);
    if (expected.startsWith("BILL-")) {
      assertThat(creation).isInstanceOf(Creation.Refused.class);
      Creation.Refused refused = (Creation.Refused) creation;
      assertThat(refused.code().code()).isEqualTo(expected);
      assertThat(refused.code()).isEqualTo(BillingErrorCode.SEATS_BELOW_MINIMUM);
      assertThat(refused.field()).isEqualTo("initialTerms.seats");
      assertThat(refused.reason())
          .isEqualTo(
              seats
                  + (seats == 1 ? " seat is" : " seats is")
                  + " below the Team plan's minimum of 5");
    } else {
      assertThat(kindsAndAmounts(accepted(creation).invoices().get(0))).isEqualTo(expected);
    }
  }

  @Test
  void aChangeBelowTheMinimumIsRefusedImmediatelyAndOnRenewalAndAboveItIsBilled() {
    BillingEngine engine = engine();
    Team team = accepted(create(engine, "team", 5)).team();
    for (Timing timing : Timing.values()) {
      Outcome outcome =
          engine.apply(
              team,
              Command.ChangeSubscription.of(
                  "c-" + timing, "ana", team.subscription().terms().withSeats(4), timing),
              LocalDate.of(2024, 3, 15));
      assertThat(outcome).isInstanceOf(Outcome.Refused.class);
      Outcome.Refused refused = (Outcome.Refused) outcome;
      assertThat(refused.code()).isEqualTo(BillingErrorCode.SEATS_BELOW_MINIMUM);
      assertThat(refused.field()).isEqualTo("target.seats");
      assertThat(refused.reason()).isEqualTo("4 seats is below the Team plan's minimum of 5");
      assertThat(refused.team()).isSameAs(team);
    }
    // a solo team moving to team with 2 seats is refused too: the minimum is the target plan's
    Team solo = accepted(create(engine, "solo", 2)).team();
    Outcome up =
        engine.apply(
            solo,
            Command.ChangeSubscription.of(
                "up",
                "ana",
                solo.subscription().terms().withPlan(PlanId.of("team")),
                Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 15));
    assertThat(((Outcome.Refused) up).code()).isEqualTo(BillingErrorCode.SEATS_BELOW_MINIMUM);
    // a sixth seat: 1 x 20.00 x 17/31 days = 10.97
    Outcome sixth =
        engine.apply(
            team,
            Command.ChangeSubscription.of(
                "six", "ana", team.subscription().terms().withSeats(6), Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 15));
    assertThat(kindsAndAmounts(accepted(sixth).invoices().get(0)))
        .isEqualTo("SEAT_PRORATION 10.97");
  }

  @Test
  void theMinimumRoundTripsThroughThePropertiesFormatAndIsBounded() {
    Catalog catalog = CatalogFormat.read(new StringReader(CATALOG));
    assertThat(catalog.plan(PlanId.of("team")).minimumSeats()).isEqualTo(5);
    assertThat(catalog.plan(PlanId.of("solo")).minimumSeats()).isZero();
    String written = CatalogFormat.write(catalog);
    assertThat(written).contains("plan.team.minimumSeats=5").doesNotContain("solo.minimumSeats");
    assertThat(CatalogFormat.read(new StringReader(written))).isEqualTo(catalog);
    BillingException tooMany =
        catchThrowableOfType(
            () ->
                CatalogFormat.read(
                    new StringReader(CATALOG.replace("minimumSeats=5", "minimumSeats=100001"))),
            BillingException.class);
    assertThat(tooMany.field()).isEqualTo("plan.team.minimumSeats");
  }
}
