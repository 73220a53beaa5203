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
package co.kafkaman.billing.model.team;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BilledItemTest {
  private static final ChargeItem BASIC_SEATS = new ChargeItem.Seats(PlanTier.BASIC);
  private static final DateRange MARCH =
      DateRange.of(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01"));

  private static BilledItem item(long quantity, String billed, String credited) {
    return new BilledItem(
        BASIC_SEATS, quantity, MARCH, Amount.parse(billed), Amount.parse(credited));
  }

  @ParameterizedTest(name = "billed {0}, credited {1}, then {2} more: creditable {3}, then {4}")
  @CsvSource({
    // 5 Basic seats billed 60.00; an upgrade on 2024-03-15 credits 60.00 x 17/31 = 32.90
    "USD 60.00, USD 0.00, USD 32.90, USD 60.00, USD 27.10",
    "USD 60.00, USD 32.90, USD 27.10, USD 27.10, USD 0.00",
    "USD 60.00, USD 0.00, USD 0.00, USD 60.00, USD 60.00",
    "USD 0.00, USD 0.00, USD 0.00, USD 0.00, USD 0.00",
    "JPY 14400, JPY 7000, JPY 7400, JPY 7400, JPY 0",
  })
  void creditsNeverExceedWhatWasBilled(
      String billed, String credited, String credit, String creditable, String creditableAfter) {
    BilledItem item = item(5, billed, credited);

    BilledItem after = item.plusCredited(Amount.parse(credit));

    assertThat(item.creditable()).isEqualTo(Amount.parse(creditable));
    assertThat(after.creditable()).isEqualTo(Amount.parse(creditableAfter));
    assertThat(after.billed()).isEqualTo(item.billed());
    assertThat(after.item()).isEqualTo(BASIC_SEATS);
  }

  @Test
  void refusesACreditBeyondWhatIsLeft() {
    BilledItem item = item(5, "USD 60.00", "USD 32.90");

    assertRefused(
        () -> item.plusCredited(Amount.parse("USD 27.11")),
        BillingErrorCode.INCONSISTENT_STATE,
        "credited",
        "USD 60.01 is outside [0, billed USD 60.00]");
  }

  @ParameterizedTest(name = "billed {0}, credited {1} is refused: [{2}] naming {3}")
  @CsvSource({
    "USD -0.01, USD 0.00, billed, was USD -0.01",
    "USD 60.00, USD -0.01, credited, USD -0.01 is outside [0, billed USD 60.00]",
    "USD 60.00, USD 60.01, credited, USD 60.01 is outside [0, billed USD 60.00]",
  })
  void refusesNegativeOrOverCreditedAmounts(
      String billed, String credited, String field, String named) {
    assertRefused(
        () -> item(5, billed, credited), BillingErrorCode.INCONSISTENT_STATE, field, named);
  }

  @Test
  void refusesANegativeQuantity() {
    assertRefused(
        () -> item(-1, "USD 60.00", "USD 0.00"),
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        "was -1");
  }

  @Test
  void refusesACreditInAnotherCurrency() {
    assertRefused(
        () -> item(5, "USD 60.00", "EUR 1.00"),
        BillingErrorCode.CURRENCY_MISMATCH,
        "currency",
        "cannot combine EUR 1.00 with USD 60.00");
  }

  @Test
  void chargeItemsDescribeThemselves() {
    assertThat(BASIC_SEATS).hasToString("BASIC seats");
    assertThat(new ChargeItem.AddOnBlocks(Resource.MONITORING_REQUESTS))
        .hasToString("monitoring requests blocks");
  }
}
