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
import static co.kafkaman.billing.rules.TestTeams.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.renewal.FirstStub;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Billing alignment (a billing day distinct from the start date) through {@link BillingEngine},
 * with amounts worked by hand on the sample catalog (Basic 12.00 a seat a month, 144.00 a year).
 */
class BillingAlignmentTest {
  private static final Catalog CATALOG = Catalog.kafkamanSample();

  private static Command.CreateTeam creation(String terms, LocalDate on, int billingDay) {
    return co.kafkaman.billing.rules.TestTeams.creation(on, terms(terms), CATALOG.currency())
        .withBillingDay(billingDay);
  }

  private static Outcome.Accepted create(
      BillingPolicy policy, String terms, String on, int billingDay) {
    LocalDate day = LocalDate.parse(on);
    return accepted(
        BillingEngine.of(CATALOG, policy).create(creation(terms, day, billingDay), day));
  }

  @ParameterizedTest(name = "{0} on {1}, day {2}, {3}: {4} in {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // terms | created | day | stub | first invoice, worked by hand | first cycle
        // calendar billing on the 1st: [03-15, 04-01) of the month [03-01, 04-01), 3 x 12.00 x
        // 17/31 = 19.741... -> 19.74
        "BASIC MONTHLY 3 | 2024-03-15 | 1 | PRORATED | SEAT_PRORATION 19.74 | [2024-03-01, 2024-04-01)",
        "BASIC MONTHLY 3 | 2024-03-15 | 1 | FREE     | ''                   | [2024-03-01, 2024-04-01)",
        "BASIC MONTHLY 3 | 2024-03-15 | 1 | WHOLE    | PLAN_SEATS 36.00     | [2024-03-01, 2024-04-01)",
        // day 31: counted from 2024-01-31, the month containing 03-15 is [02-29, 03-31) (31 days);
        // 16 days left: 3 x 12.00 x 16/31 = 18.580... -> 18.58
        "BASIC MONTHLY 3 | 2024-03-15 | 31 | PRORATED | SEAT_PRORATION 18.58 | [2024-02-29, 2024-03-31)",
        // annual from 2024-03-01 (365 days to 2025-03-01), 351 left: 144.00 x 351/365 = 138.476...
        // -> 138.48
        "BASIC ANNUAL 1 | 2024-03-15 | 1 | PRORATED | SEAT_PRORATION 138.48 | [2024-03-01, 2025-03-01)",
        // created on the billing day: a whole first cycle, as without one
        "BASIC MONTHLY 3 | 2024-03-01 | 1 | PRORATED | PLAN_SEATS 36.00 | [2024-03-01, 2024-04-01)",
      })
  void theFirstCycleAlignsToTheBillingDayAndItsStubIsBilledByPolicy(
      String terms, String on, int day, FirstStub stub, String expected, String cycle) {
    Outcome.Accepted created = create(BillingPolicy.kafkaman().withFirstStub(stub), terms, on, day);

    assertThat(created.invoices().isEmpty() ? "" : kindsAndAmounts(created.invoices().get(0)))
        .isEqualTo(expected);
    assertThat(created.team().subscription().currentCycle().toString()).isEqualTo(cycle);
  }

  @Test
  void laterCyclesAreWholeAndRenewOnTheBillingDay() {
    Outcome.Accepted created =
        create(BillingPolicy.kafkaman(), "BASIC MONTHLY 3", "2024-03-15", 31);
    BillingEngine engine = BillingEngine.of(CATALOG);
    Team team = created.team();

    Outcome.Accepted march =
        accepted(engine.apply(team, new Command.Renew("r-1", "ana"), LocalDate.of(2024, 3, 31)));
    Outcome.Accepted april =
        accepted(
            engine.apply(march.team(), new Command.Renew("r-2", "ana"), LocalDate.of(2024, 4, 30)));

    assertThat(kindsAndAmounts(march.invoices().get(0))).isEqualTo("PLAN_SEATS 36.00");
    assertThat(march.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-03-31, 2024-04-30)");
    assertThat(april.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-04-30, 2024-05-31)");
    assertThat(engine.replay(april.team().history())).isEqualTo(april.team());
  }

  @Test
  void aBillingDayOutsideTheMonthOrOnAWeeklyPlanIsRefusedNamingTheField() {
    assertThatThrownBy(() -> creation("BASIC MONTHLY 3", LocalDate.of(2024, 3, 15), 32))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("MALFORMED_VALUE [billingDay]: 32 is not a day of the month");
    Catalog weekly =
        co.kafkaman.billing.model.catalog.CatalogFormat.read(
            new java.io.StringReader("currency=USD\nplans=solo\nplan.solo.seat.WEEKLY=3.00\n"));
    LocalDate on = LocalDate.of(2024, 3, 15);
    Creation refused =
        BillingEngine.of(weekly)
            .create(
                new Command.CreateTeam(
                        "c-0",
                        "ana",
                        "acme",
                        weekly.currency(),
                        Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
                        new BillingDetails("Acme Ltd", "billing@acme.test", "", ""),
                        "KB-",
                        Terms.of(
                            co.kafkaman.billing.model.catalog.PlanId.of("solo"),
                            co.kafkaman.billing.model.time.BillingFrequency.WEEKLY,
                            1))
                    .withBillingDay(1),
                on);
    assertThat(refused.summary())
        .contains("MALFORMED_VALUE [billingDay]: a billing day aligns month-based periods");
  }

  /**
   * Whatever the start day, billing day and period, the cycles tile time: each renewal starts where
   * the cycle before ended, every boundary after the creation falls on the billing day (clamped to
   * shorter months), and the first cycle contains the creation day.
   */
  @Test
  void theCyclesOfEveryAlignmentTileTime() {
    BillingEngine engine = BillingEngine.of(CATALOG);
    qt().withExamples(150)
        .forAll(
            integers().between(0, 365 * 4).map(d -> LocalDate.of(2023, 1, 1).plusDays(d)),
            integers().between(1, 31),
            Generate.pick(java.util.List.of("BASIC MONTHLY 2", "BASIC ANNUAL 2")))
        .checkAssert(
            (on, day, terms) -> {
              Team team = accepted(engine.create(creation(terms, on, day), on)).team();
              DateRange cycle = team.subscription().currentCycle();
              assertThat(cycle.contains(on)).isTrue();
              for (int i = 0; i < 6; i++) {
                LocalDate end = cycle.endExclusive();
                assertThat(end.getDayOfMonth()).isEqualTo(Math.min(day, end.lengthOfMonth()));
                team = accepted(engine.apply(team, new Command.Renew("r-" + i, "ana"), end)).team();
                DateRange next = team.subscription().currentCycle();
                assertThat(next.start()).isEqualTo(end);
                cycle = next;
              }
            });
  }
}
