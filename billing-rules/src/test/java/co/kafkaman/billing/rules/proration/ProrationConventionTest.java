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
package co.kafkaman.billing.rules.proration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProrationConventionTest {

  static ProrationConvention preset(String name) {
    return TestTeams.convention(name);
  }

  private static BilledItem billed(
      String amount, long quantity, LocalDate start, LocalDate endExclusive, String credited) {
    return new BilledItem(
        new ChargeItem.Seats(KafkamanSample.BASIC),
        quantity,
        DateRange.of(start, endExclusive),
        Amount.of(amount, "USD"),
        Amount.of(credited, "USD"));
  }

  /**
   * A unit price for a whole cycle, charged for the rest of the cycle from the change day; and the
   * credit for the same item billed in full for the cycle, replaced on the same day.
   */
  @ParameterizedTest(name = "{0}: {2} x {1} in [{3}, {4}) from {5}: charge {6} ({7}), credit {8}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the public worked examples: $10 -> $20 halfway through a 30-day cycle; 2 Basic seats
        "kafkaman      | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 15/30 days | -10.00",
        "kafkaman      | 10.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 5.00  | 15/30 days | -5.00",
        "kafkaman      | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.16 | 17/31 days | -13.16",
        "kafkaman      | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-01 | 24.00 | 31/31 days | -24.00",
        "kafkaman      | 144.00 | 3 | 2024-02-29 | 2025-02-28 | 2024-08-29 | 216.59 | 183/365 days | -216.59",
        "kafkaman      | 100000000.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-21 | 33333333.33 | 10/30 days | -33333333.33",
        "kafkaman      | 0.05  | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 0.03  | 15/30 days | -0.03",
        // HALF_EVEN through withRounding: 2.5 cents rounds to 2
        "kafkaman-even | 0.05  | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 0.02  | 15/30 days | -0.02",
        "kafkaman-even | 0.07  | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 0.04  | 15/30 days | -0.04",
        "kafkaman-even | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.16 | 17/31 days | -13.16",
        // Kill Bill: the fraction is rounded to 9 decimals first, which shows on a large amount
        "killbill      | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.16 | 548387097/1000000000 | -13.16",
        "killbill      | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 500000000/1000000000 | -10.00",
        "killbill      | 100000000.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-21 | 33333333.30 | 333333333/1000000000 | -33333333.30",
        "killbill      | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-01 | 24.00 | 31/31 days | -24.00",
        // Lago: an upgrade credits the old item including the change day, which the new one bills
        "lago          | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 15/30 days | -10.00",
        "lago          | 10.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 5.00  | 15/30 days | -5.00",
        "lago          | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.16 | 17/31 days | -13.16",
        "lago          | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-01 | 24.00 | 31/31 days | -24.00",
        "lago          | 100.00 | 1 | 2024-01-01 | 2024-02-01 | 2024-01-15 | 54.84 | 17/31 days | -54.84",
        // 30-day month, 30E/360: 15th to 30th of March is 16 days, the 31st counts as the 30th
        "30-day        | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 12.80 | 16/30 days | -12.80",
        "30-day        | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 15/30 days | -10.00",
        "30-day        | 12.00 | 1 | 2023-02-28 | 2023-03-28 | 2023-03-01 | 10.80 | 27/30 days | -10.80",
        // 432.00 x 179/359: 360 + 30 x (2 - 8) + (28 - 29) = 179 of 360 + (28 - 29) = 359
        "30-day        | 144.00 | 3 | 2024-02-29 | 2025-02-28 | 2024-08-29 | 215.40 | 179/359 days | -215.40",
        "30-day        | 30.00 | 1 | 2023-02-10 | 2023-03-10 | 2023-03-05 | 5.00  | 5/30 days | -5.00",
        // the other day counts, through withDayCount
        "fixed30       | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 12.80 | 16/30 days | -12.80",
        "months        | 144.00 | 3 | 2024-02-29 | 2025-02-28 | 2024-05-29 | 324.00 | 9/12 months | -324.00",
      })
  void chargeAndCreditByPreset(
      String preset,
      String unitPrice,
      long quantity,
      LocalDate start,
      LocalDate endExclusive,
      LocalDate changeDay,
      String charge,
      String fraction,
      String credit) {
    ProrationConvention convention = preset(preset);
    DateRange cycle = DateRange.of(start, endExclusive);
    Amount price = Amount.of(unitPrice, "USD");
    Prorated charged = convention.charge(price, quantity, cycle, changeDay);
    assertThat(charged.amount()).isEqualTo(Amount.of(charge, "USD"));
    assertThat(charged.fraction().toString()).isEqualTo(fraction);
    BilledItem item =
        billed(price.multipliedBy(quantity).toPlainString(), quantity, start, endExclusive, "0.00");
    assertThat(convention.credit(item, changeDay).amount()).isEqualTo(Amount.of(credit, "USD"));
  }

  @ParameterizedTest(name = "{0}: {1} billed for [{2}, {3}), {4} credited, replaced {5}: {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a prorated item is credited over its own span: 13.16 x 12/17
        "kafkaman | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-03-20 | -9.29  | 12/17 days | ''",
        "killbill | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-03-20 | -9.29  | 705882353/1000000000 | 12/17 days rounded to 9 decimals",
        "lago     | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-03-20 | -9.29  | 12/17 days | ''",
        // never more than is left to credit
        "kafkaman | 60.00 | 2024-03-01 | 2024-04-01 | 50.00 | 2024-03-15 | -10.00 | 17/31 days | capped at 10.00 left to credit",
        "kafkaman | 60.00 | 2024-03-01 | 2024-04-01 | 60.00 | 2024-03-15 | 0.00   | 17/31 days | capped at 0.00 left to credit",
        // a change before the item's span credits all of it, one after its end nothing
        "kafkaman | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-03-10 | -13.16 | 17/17 days | ''",
        "kafkaman | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-04-03 | 0.00   | 0/17 days  | ''",
        "lago     | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-04-03 | 0.00   | 0/17 days  | ''",
      })
  void creditOfABilledItem(
      String preset,
      String billed,
      LocalDate start,
      LocalDate endExclusive,
      String credited,
      LocalDate changeDay,
      String credit,
      String fraction,
      String note) {
    Prorated prorated =
        preset(preset).credit(billed(billed, 2, start, endExclusive, credited), changeDay);
    assertThat(prorated.amount()).isEqualTo(Amount.of(credit, "USD"));
    assertThat(prorated.fraction().toString()).isEqualTo(fraction);
    assertThat(prorated.note()).isEqualTo(note);
  }

  /**
   * Worked by hand, UTC: 1 Professional seat bought at 2024-04-16T12:00Z for 29.00 x
   * 1252800/2592000 = 14.0166.. -> 14.02, its service [2024-04-16, 2024-05-01) from noon lasting
   * 1252800 s (14.5 days). Credited at 2024-04-20T18:00Z (885600 s, 10.25 days, left): 14.02 x
   * 885600/1252800 = 9.9106.. -> -9.91; Kill Bill rounds the fraction to 0.706896552 first,
   * 9.9106.. -> -9.91. On the date 2024-04-20 (950400 s): 10.6358.. -> -10.64. At 18:00 of the day
   * it was bought (1231200 s): 13.7782.. -> -13.78; at the instant it was bought, all of it. Lago
   * keeps the termination day: from midnight of the 21st (864000 s), 9.6689.. -> -9.67. Counted
   * from the item's midnight instead (1296000 s), the credit at 18:00 would be 9.5803.. -> -9.58.
   */
  @ParameterizedTest(name = "{0} at {1}, bought at noon: {3} ({4})")
  @CsvSource(
      delimiter = '|',
      value = {
        "kafkaman | 2024-04-20T18:00:00Z | credit      | -9.91  | 885600/1252800 seconds",
        "killbill | 2024-04-20T18:00:00Z | credit      | -9.91  | 706896552/1000000000",
        "kafkaman | -                    | credit      | -10.64 | 950400/1252800 seconds",
        "kafkaman | 2024-04-16T18:00:00Z | credit      | -13.78 | 1231200/1252800 seconds",
        "kafkaman | 2024-04-16T12:00:00Z | credit      | -14.02 | 1252800/1252800 seconds",
        "kafkaman | 2024-04-20T18:00:00Z | termination | -9.91  | 885600/1252800 seconds",
        "lago     | 2024-04-20T18:00:00Z | termination | -9.67  | 864000/1252800 seconds",
      })
  void creditOfAnItemBoughtAtAnInstantCountsFromThatInstant(
      String preset, String pin, String kind, String credit, String fraction) {
    SecondsDayCount seconds = SecondsDayCountTest.pinned("UTC", pin);
    LocalDate day =
        pin.equals("-") ? LocalDate.of(2024, 4, 20) : LocalDate.parse(pin.substring(0, 10));
    ProrationConvention convention = preset(preset).withDayCount(seconds);
    BilledItem item =
        new BilledItem(
            new ChargeItem.Seats(KafkamanSample.PROFESSIONAL),
            1,
            DateRange.of(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 1)),
            Amount.of("14.02", "USD"),
            Amount.of("0.00", "USD"),
            null,
            Instant.parse("2024-04-16T12:00:00Z"));

    Prorated prorated =
        kind.equals("credit")
            ? convention.credit(item, day)
            : convention.terminationCredit(item, day);

    assertThat(prorated.amount()).isEqualTo(Amount.of(credit, "USD"));
    assertThat(prorated.fraction()).hasToString(fraction);
  }

  @Test
  void anItemBilledFromADateIsCreditedFromMidnight() {
    // the same item without its service start: 14.02 x 885600/1296000 = 9.5803.. -> -9.58
    ProrationConvention convention =
        ProrationConvention.KAFKAMAN.withDayCount(
            DayCount.seconds(ZoneOffset.UTC).at(Instant.parse("2024-04-20T18:00:00Z")));
    BilledItem item =
        billed("14.02", 1, LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 1), "0.00");

    assertThat(convention.credit(item, LocalDate.of(2024, 4, 20)).amount())
        .isEqualTo(Amount.of("-9.58", "USD"));
  }

  @ParameterizedTest(name = "{0}: {1} billed for [{2}, {3}), terminated {4}: {5} ({6})")
  @CsvSource(
      delimiter = '|',
      value = {
        // kafkaman credits the termination day, Lago keeps it (04-17 to 04-30: 14 days)
        "kafkaman | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-16 | -5.00  | 15/30 days",
        "lago     | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-16 | -4.67  | 14/30 days",
        "killbill | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-16 | -5.00  | 500000000/1000000000",
        "30-day   | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-16 | -5.00  | 15/30 days",
        // Lago's January: terminated on the 15th, the 16th to the 31st are credited
        "lago     | 100.00 | 2024-01-01 | 2024-02-01 | 2024-01-15 | -51.61 | 16/31 days",
        // on the last day: kafkaman credits that day, Lago nothing
        "kafkaman | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-30 | -0.33  | 1/30 days",
        "lago     | 10.00  | 2024-04-01 | 2024-05-01 | 2024-04-30 | 0.00   | 0/30 days",
        // before the item's span (Lago still keeps one day), and on its end
        "lago     | 13.16  | 2024-03-15 | 2024-04-01 | 2024-03-10 | -12.39 | 16/17 days",
        "lago     | 13.16  | 2024-03-15 | 2024-04-01 | 2024-04-01 | 0.00   | 0/17 days",
      })
  void terminationCredit(
      String preset,
      String billed,
      LocalDate start,
      LocalDate endExclusive,
      LocalDate terminatedOn,
      String credit,
      String fraction) {
    Prorated prorated =
        preset(preset)
            .terminationCredit(billed(billed, 1, start, endExclusive, "0.00"), terminatedOn);
    assertThat(prorated.amount()).isEqualTo(Amount.of(credit, "USD"));
    assertThat(prorated.fraction().toString()).isEqualTo(fraction);
  }

  /**
   * Lago's published rule, worked by hand: calendar-billed 100.00 a month paid in advance, upgraded
   * to 200.00 on 2024-01-15. The old plan is credited its unused days counting the upgrade day
   * (15th to 31st: 17 of 31), the new one billed from the same day; the old plan keeps 14/31 x
   * 100.00 = 45.16, the figure of Lago's own example for January 1 to 14.
   */
  @Test
  void lagoCreditsTheUpgradeDayItselfSoNoDayIsBilledTwice() {
    ProrationConvention lago = ProrationConvention.LAGO;
    DateRange january = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    LocalDate upgrade = LocalDate.of(2024, 1, 15);
    BilledItem planA = billed("100.00", 1, january.start(), january.endExclusive(), "0.00");
    Prorated credit = lago.credit(planA, upgrade);
    Prorated charge = lago.charge(Amount.of("200.00", "USD"), 1, january, upgrade);
    assertThat(credit.amount()).isEqualTo(Amount.of("-54.84", "USD"));
    assertThat(credit.fraction().toString()).isEqualTo("17/31 days");
    assertThat(charge.amount()).isEqualTo(Amount.of("109.68", "USD"));
    assertThat(charge.fraction().toString()).isEqualTo("17/31 days");
    assertThat(planA.billed().plus(credit.amount())).isEqualTo(Amount.of("45.16", "USD"));
    // the credited and the charged days are the same days: the 15th is billed once, by plan B
    assertThat(credit.fraction()).isEqualByComparingTo(charge.fraction());
    // a plain termination on the same day keeps the 15th: 16/31
    assertThat(lago.terminationCredit(planA, upgrade).amount())
        .isEqualTo(Amount.of("-51.61", "USD"));
  }

  @ParameterizedTest(name = "{0}: {2} x {1} for [{5}, {6}) of [{3}, {4}): {7} ({8})")
  @CsvSource(
      delimiter = '|',
      value = {
        // a first partial period billed on the 1st
        "kafkaman | 31.00 | 1 | 2024-03-01 | 2024-04-01 | 2024-03-20 | 2024-04-01 | 12.00 | 12/31 days",
        "30-day   | 31.00 | 1 | 2024-03-01 | 2024-04-01 | 2024-03-20 | 2024-04-01 | 11.37 | 11/30 days",
        // the 30/360 example: 2023-02-10 to 2023-03-05 is 25 days of 30 (actual 23)
        "30-day   | 30.00 | 1 | 2023-02-10 | 2023-03-10 | 2023-02-10 | 2023-03-05 | 25.00 | 25/30 days",
        "kafkaman | 28.00 | 1 | 2023-02-10 | 2023-03-10 | 2023-02-10 | 2023-03-05 | 23.00 | 23/28 days",
        // Kill Bill's bill-cycle-day bridge [07-01, 07-11) over [06-11, 07-11)
        "kafkaman | 30.00 | 1 | 2024-06-11 | 2024-07-11 | 2024-07-01 | 2024-07-11 | 10.00 | 10/30 days",
        "killbill | 30.00 | 1 | 2024-06-11 | 2024-07-11 | 2024-07-01 | 2024-07-11 | 10.00 | 333333333/1000000000",
        // a stretch that ends before the period does
        "kafkaman | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-10 | 2024-03-20 | 7.74  | 10/31 days",
      })
  void chargeForAStretch(
      String preset,
      String unitPrice,
      long quantity,
      LocalDate start,
      LocalDate endExclusive,
      LocalDate stretchStart,
      LocalDate stretchEnd,
      String charge,
      String fraction) {
    Prorated prorated =
        preset(preset)
            .charge(
                Amount.of(unitPrice, "USD"),
                quantity,
                DateRange.of(start, endExclusive),
                DateRange.of(stretchStart, stretchEnd));
    assertThat(prorated.amount()).isEqualTo(Amount.of(charge, "USD"));
    assertThat(prorated.fraction().toString()).isEqualTo(fraction);
  }

  @Test
  void refusesToChargeAStretchOutsideThePeriod() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    DateRange stretch = DateRange.of(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 5));
    assertThatThrownBy(
            () -> ProrationConvention.KAFKAMAN.charge(Amount.of("12.00", "USD"), 1, march, stretch))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining(stretch.toString())
        .extracting(e -> ((BillingException) e).field())
        .isEqualTo("stretch");
  }

  @Test
  void killBillNotesTheRoundedFraction() {
    Prorated charge =
        ProrationConvention.KILL_BILL.charge(
            Amount.of("12.00", "USD"),
            2,
            DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)),
            LocalDate.of(2024, 3, 15));
    assertThat(charge.note()).isEqualTo("17/31 days rounded to 9 decimals");
  }

  @ParameterizedTest(name = "{0} is named {1}, counts {2}, rounds {3}")
  @CsvSource({
    "kafkaman, kafkaman, actual days, HALF_UP",
    "killbill, Kill Bill compatible, actual days, HALF_UP",
    "lago, Lago compatible, actual days, HALF_UP",
    "30-day, 30-day month, 30-day months (30E/360), HALF_UP",
    "kafkaman-even, kafkaman, actual days, HALF_EVEN",
  })
  void presets(String preset, String name, String dayCount, RoundingPolicy rounding) {
    ProrationConvention convention = preset(preset);
    assertThat(convention.name()).isEqualTo(name);
    assertThat(convention.toString()).isEqualTo(name);
    assertThat(convention.dayCount().name()).isEqualTo(dayCount);
    assertThat(convention.rounding()).isEqualTo(rounding);
  }

  @Test
  void refusesImpossibleFractionDecimals() {
    assertThatThrownBy(
            () ->
                new ProrationConvention(
                    "x", DayCount.actualDays(), RoundingPolicy.HALF_UP, 19, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("19");
  }
}
