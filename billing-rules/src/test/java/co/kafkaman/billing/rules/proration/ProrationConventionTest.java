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

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import java.time.LocalDate;
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
        new ChargeItem.Seats(PlanTier.BASIC),
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
        // Lago: both ends inclusive; the change day is charged by the new item, not credited
        "lago          | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 15/30 days | -9.33",
        "lago          | 10.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 5.00  | 15/30 days | -4.67",
        "lago          | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.16 | 17/31 days | -12.39",
        "lago          | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-01 | 24.00 | 31/31 days | -23.23",
        // 30-day month: every month counts 30 days
        "30-day        | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.60 | 17/30 days | -13.60",
        "30-day        | 20.00 | 1 | 2024-04-01 | 2024-05-01 | 2024-04-16 | 10.00 | 15/30 days | -10.00",
        "30-day        | 12.00 | 1 | 2023-02-28 | 2023-03-28 | 2023-03-01 | 10.80 | 27/30 days | -10.80",
        "30-day        | 144.00 | 3 | 2024-02-29 | 2025-02-28 | 2024-08-29 | 216.00 | 180/360 days | -216.00",
        // the other day counts, through withDayCount
        "fixed30       | 12.00 | 2 | 2024-03-01 | 2024-04-01 | 2024-03-15 | 13.60 | 17/30 days | -13.60",
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
        "lago     | 13.16 | 2024-03-15 | 2024-04-01 | 0.00  | 2024-03-20 | -8.52  | 11/17 days | ''",
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
    "30-day, 30-day month, 30-day months (30/360), HALF_UP",
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
