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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogFormat;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import co.kafkaman.billing.rules.renewal.FirstStub;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changing the bill-cycle day of a running subscription ({@link Command.ChangeBillingDay}), and a
 * trial that ends into a billing-day-aligned cycle, through {@link BillingEngine}. The amounts are
 * worked by hand from Kill Bill's published bridge rule: the stretch from the old boundary to the
 * first new billing day is charged pro rata over the new day's period that contains it.
 */
class BillingDayChangeTest {
  /** Kill Bill's example plan: 30.00 a month (and 300.00 a year); "std" has a 14-day trial. */
  private static final Catalog FLAT =
      CatalogFormat.read(
          new StringReader(
              "currency=USD\n"
                  + "plans=solo,std\n"
                  + "plan.solo.seat.MONTHLY=30.00\n"
                  + "plan.solo.seat.ANNUAL=300.00\n"
                  + "plan.solo.seat.WEEKLY=8.00\n"
                  + "plan.std.seat.MONTHLY=30.00\n"
                  + "plan.std.trialDays=14\n"));

  private static final Catalog SAMPLE = Catalog.kafkamanSample();

  private static Command.CreateTeam creation(Catalog catalog, String terms, LocalDate on) {
    return TestTeams.creation(on, terms(terms), catalog.currency());
  }

  private static Team created(BillingEngine engine, Catalog catalog, String terms, String on) {
    LocalDate day = LocalDate.parse(on);
    return accepted(engine.create(creation(catalog, terms, day), day)).team();
  }

  private static Outcome.Accepted apply(BillingEngine engine, Team team, Command c, String on) {
    return accepted(engine.apply(team, c, LocalDate.parse(on)));
  }

  private static Outcome.Accepted renew(BillingEngine engine, Team team, String id) {
    return accepted(
        engine.apply(
            team, new Command.Renew(id, "ana"), team.subscription().currentCycle().endExclusive()));
  }

  @Test
  void killBillsExampleBillsTheBridgeAtTenThirtiethsThenWholeCyclesFromTheNewDay() {
    BillingEngine engine = BillingEngine.of(FLAT);
    Team june = created(engine, FLAT, "solo MONTHLY 1", "2024-06-01");
    Outcome.Accepted moved =
        apply(engine, june, new Command.ChangeBillingDay("d-1", "ana", 11), "2024-06-20");

    // June stays as paid; nothing is billed on the change
    assertThat(moved.invoices()).isEmpty();
    assertThat(moved.summary())
        .isEqualTo(
            "Billing day 11 from 2024-07-01: the bridge [2024-07-01, 2024-07-11) is billed pro"
                + " rata over [2024-06-11, 2024-07-11), then cycles from 2024-07-11");
    // the quote and the agenda already show the bridge
    assertThat(engine.quoteRenewal(moved.team()).nextCycle().toString())
        .isEqualTo("[2024-07-01, 2024-07-11)");
    assertThat(engine.quoteRenewal(moved.team()).total().toPlainString()).isEqualTo("10.00");
    assertThat(
            engine
                .agenda(
                    moved.team(), DateRange.of(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 1)))
                .events()
                .stream()
                .filter(event -> event.kind() == AgendaEventKind.RENEWAL)
                .map(AgendaEvent::date)
                .map(LocalDate::toString)
                .toList())
        .containsExactly("2024-07-01", "2024-07-11", "2024-08-11");

    // [07-01, 07-11) is 10 of the 30 days of [06-11, 07-11): 30.00 x 10/30 = 10.00
    Outcome.Accepted bridge = renew(engine, moved.team(), "r-1");
    assertThat(kindsAndAmounts(bridge.invoices().get(0))).isEqualTo("SEAT_PRORATION 10.00");
    assertThat(bridge.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-07-01, 2024-07-11)");
    assertThat(bridge.team().subscription().nextBillingDay()).isEmpty();

    Outcome.Accepted july = renew(engine, bridge.team(), "r-2");
    assertThat(kindsAndAmounts(july.invoices().get(0))).isEqualTo("PLAN_SEATS 30.00");
    assertThat(july.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-07-11, 2024-08-11)");
    assertThat(engine.replay(july.team().history())).isEqualTo(july.team());
  }

  @ParameterizedTest(name = "{0} from {1}, day {2}: {3} for {4}, then {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // terms | created | day | bridge invoice, worked by hand | bridge | next cycle
        // [02-01, 02-15) of [01-15, 02-15) (31 days): 3 x 12.00 x 14/31 = 16.258... -> 16.26
        "BASIC MONTHLY 3 | 2024-01-01 | 15 | SEAT_PRORATION 16.26 | [2024-02-01, 2024-02-15)"
            + " | [2024-02-15, 2024-03-15)",
        // day 31 from 2024-03-01: [03-01, 03-31) of [02-29, 03-31) (31 days): 36.00 x 30/31 =
        // 34.838... -> 34.84; from 03-31 the cycles clamp to 04-30 and come back to 05-31
        "BASIC MONTHLY 3 | 2024-02-01 | 31 | SEAT_PRORATION 34.84 | [2024-03-01, 2024-03-31)"
            + " | [2024-03-31, 2024-04-30)",
        // annual, day 15: [2025-01-01, 2025-01-15) of [2024-01-15, 2025-01-15) (366 days, 2024
        // is a leap year): 144.00 x 14/366 = 5.508... -> 5.51
        "BASIC ANNUAL 1 | 2024-01-01 | 15 | SEAT_PRORATION 5.51 | [2025-01-01, 2025-01-15)"
            + " | [2025-01-15, 2026-01-15)",
        // day 28 asked on a cycle on the 31st: [04-30, 05-28) of [04-28, 05-28) (30 days): 2 x
        // 29.00 x 28/30 = 54.133... -> 54.13
        "PROFESSIONAL MONTHLY 2 | 2024-03-31 | 28 | SEAT_PRORATION 54.13 | [2024-04-30, 2024-05-28)"
            + " | [2024-05-28, 2024-06-28)",
      })
  void theBridgeIsProratedOverTheNewDaysPeriodThatContainsIt(
      String terms, String on, int day, String invoice, String bridge, String next) {
    BillingEngine engine = BillingEngine.of(SAMPLE);
    Team team = created(engine, SAMPLE, terms, on);
    Outcome.Accepted moved =
        accepted(
            engine.apply(
                team,
                new Command.ChangeBillingDay("d-1", "ana", day),
                team.subscription().currentCycle().start().plusDays(3)));

    Outcome.Accepted bridged = renew(engine, moved.team(), "r-1");
    Outcome.Accepted after = renew(engine, bridged.team(), "r-2");

    assertThat(kindsAndAmounts(bridged.invoices().get(0))).isEqualTo(invoice);
    assertThat(bridged.team().subscription().currentCycle().toString()).isEqualTo(bridge);
    assertThat(after.team().subscription().currentCycle().toString()).isEqualTo(next);
    assertThat(after.invoices().get(0).lines().get(0).kind().toString()).isEqualTo("PLAN_SEATS");
    assertThat(engine.replay(after.team().history())).isEqualTo(after.team());
  }

  @Test
  void theCurrentDayWithdrawsAPendingChangeOrIsRefused() {
    BillingEngine engine = BillingEngine.of(FLAT);
    Team team = created(engine, FLAT, "solo MONTHLY 1", "2024-06-01");

    Outcome same =
        engine.apply(team, new Command.ChangeBillingDay("d-1", "ana", 1), LocalDate.of(2024, 6, 5));
    assertThat(same).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) same).code()).isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
    assertThat(((Outcome.Refused) same).field()).isEqualTo("day");
    assertThat(((Outcome.Refused) same).team()).isSameAs(team);

    Team moved =
        apply(engine, team, new Command.ChangeBillingDay("d-2", "ana", 11), "2024-06-05").team();
    Outcome.Accepted withdrawn =
        apply(engine, moved, new Command.ChangeBillingDay("d-3", "ana", 1), "2024-06-06");
    assertThat(withdrawn.summary())
        .isEqualTo("Billing day change to 11 withdrawn: cycles stay on day 1");
    assertThat(withdrawn.team().subscription().nextBillingDay()).isEmpty();
    assertThat(kindsAndAmounts(renew(engine, withdrawn.team(), "r-1").invoices().get(0)))
        .isEqualTo("PLAN_SEATS 30.00");
  }

  @Test
  void weeklyPeriodsCancelledSubscriptionsAndDaysOutsideTheMonthAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new Command.ChangeBillingDay("d-0", "ana", 0))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("MALFORMED_VALUE [day]: 0 is not a day of the month (1 to 31)");
    BillingEngine engine = BillingEngine.of(FLAT);
    Team weekly = created(engine, FLAT, "solo WEEKLY 1", "2024-06-03");
    Outcome.Refused onWeeks =
        (Outcome.Refused)
            engine.apply(
                weekly, new Command.ChangeBillingDay("d-1", "ana", 11), LocalDate.of(2024, 6, 4));
    assertThat(onWeeks.code()).isEqualTo(BillingErrorCode.MALFORMED_VALUE);
    assertThat(onWeeks.field()).isEqualTo("day");

    Team monthly = created(engine, FLAT, "solo MONTHLY 1", "2024-06-01");
    Team cancelled = apply(engine, monthly, new Command.Cancel("x-1", "ana"), "2024-06-02").team();
    Outcome.Refused ended =
        (Outcome.Refused)
            engine.apply(
                cancelled,
                new Command.ChangeBillingDay("d-2", "ana", 11),
                LocalDate.of(2024, 6, 3));
    assertThat(ended.code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the 14-day trial from 2024-03-10 ends on 03-24; [03-24, 04-01) of [03-01, 04-01):
        // 30.00 x 8/31 = 7.741... -> 7.74
        "PRORATED | SEAT_PRORATION 7.74",
        "FREE     | ''",
        "WHOLE    | PLAN_SEATS 30.00",
      })
  void aTrialEndsIntoACycleAlignedToTheBillingDay(FirstStub stub, String invoice) {
    BillingEngine engine = BillingEngine.of(FLAT, BillingPolicy.kafkaman().withFirstStub(stub));
    LocalDate on = LocalDate.of(2024, 3, 10);
    Outcome.Accepted created =
        accepted(engine.create(creation(FLAT, "std MONTHLY 1", on).withBillingDay(1), on));
    assertThat(created.summary())
        .endsWith("the first paid cycle starts on 2024-03-24, aligned to billing day 1");
    assertThat(engine.quoteRenewal(created.team()).nextCycle().toString())
        .isEqualTo("[2024-03-24, 2024-04-01)");

    Outcome.Accepted paid = renew(engine, created.team(), "r-1");
    List<Invoice> invoices = paid.invoices();
    assertThat(invoices.isEmpty() ? "" : kindsAndAmounts(invoices.get(0))).isEqualTo(invoice);
    assertThat(paid.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-03-24, 2024-04-01)");
    Outcome.Accepted april = renew(engine, paid.team(), "r-2");
    assertThat(kindsAndAmounts(april.invoices().get(0))).isEqualTo("PLAN_SEATS 30.00");
    assertThat(april.team().subscription().currentCycle().toString())
        .isEqualTo("[2024-04-01, 2024-05-01)");
    assertThat(engine.replay(april.team().history())).isEqualTo(april.team());
  }

  @Test
  void theBridgeAnchorEndsThePeriodContainingTheRenewalOnTheFirstNewBillingDay() {
    qt().forAll(integers().between(0, 3000), integers().between(1, 31), integers().between(0, 3))
        .checkAssert(
            (offset, day, f) -> {
              LocalDate from = LocalDate.of(2023, 1, 1).plusDays(offset);
              BillingFrequency frequency = BillingFrequency.ofMonths(new int[] {1, 3, 6, 12}[f]);
              LocalDate anchor = CycleSchedule.bridgeAnchor(from, day, frequency);
              DateRange period =
                  CycleSchedule.billingCycles(anchor, frequency).periodContaining(from);
              // independently: the first date on or after `from` that is the billing day of its
              // month (the day itself, or the month's last day when it is shorter)
              LocalDate first = from;
              while (first.getDayOfMonth() != Math.min(day, first.lengthOfMonth())) {
                first = first.plusDays(1);
              }
              assertThat(anchor.getDayOfMonth())
                  .isEqualTo(
                      anchor.lengthOfMonth() < day && frequency.months() % 12 == 0
                          ? anchor.lengthOfMonth()
                          : day);
              assertThat(anchor).isBeforeOrEqualTo(from);
              if (first.equals(from)) {
                assertThat(period.start()).isEqualTo(from);
              } else {
                assertThat(period.endExclusive()).isEqualTo(first);
              }
            });
  }

  @Test
  void afterADayChangeTheCyclesTileAndNoCycleBillsMoreThanAWholePeriod() {
    BillingEngine engine = BillingEngine.of(FLAT);
    qt().withExamples(150)
        .forAll(
            integers().between(0, 800),
            integers().between(1, 31),
            integers().between(0, 27),
            integers().between(0, 1))
        .checkAssert(
            (offset, day, askedAfter, annual) -> {
              LocalDate on = LocalDate.of(2023, 1, 1).plusDays(offset);
              Team team =
                  created(
                      engine,
                      FLAT,
                      annual == 1 ? "solo ANNUAL 1" : "solo MONTHLY 1",
                      on.toString());
              BigDecimal whole = new BigDecimal(annual == 1 ? "300.00" : "30.00");
              Outcome outcome =
                  engine.apply(
                      team,
                      new Command.ChangeBillingDay("d-1", "ana", day),
                      on.plusDays(askedAfter));
              if (outcome instanceof Outcome.Refused refused) {
                // only the day the cycles already renew on
                assertThat(refused.code()).isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
                return;
              }
              Team t = ((Outcome.Accepted) outcome).team();
              LocalDate end = t.subscription().currentCycle().endExclusive();
              for (int i = 0; i < 4; i++) {
                Outcome.Accepted renewed = renew(engine, t, "r-" + i);
                DateRange cycle = renewed.team().subscription().currentCycle();
                assertThat(cycle.start()).isEqualTo(end);
                assertThat(cycle.endExclusive().getDayOfMonth())
                    .isEqualTo(Math.min(day, cycle.endExclusive().lengthOfMonth()));
                BigDecimal billed =
                    renewed.invoices().isEmpty()
                        ? BigDecimal.ZERO
                        : renewed.invoices().get(0).subtotal().toBigDecimal();
                assertThat(billed).isLessThanOrEqualTo(whole).isPositive();
                end = cycle.endExclusive();
                t = renewed.team();
              }
              assertThat(engine.replay(t.history())).isEqualTo(t);
            });
  }
}
