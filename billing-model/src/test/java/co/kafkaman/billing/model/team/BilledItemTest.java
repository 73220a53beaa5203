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
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BilledItemTest {
  private static final ChargeItem BASIC_SEATS = new ChargeItem.Seats(KafkamanSample.BASIC);
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

  /**
   * 2 seats bought at noon of 2024-04-16 (UTC) for 11.60: the service start survives every copy;
   * the item built without it has none.
   */
  @Test
  void anItemBoughtAtAnInstantKeepsItsServiceStart() {
    Instant noon = Instant.parse("2024-04-16T12:00:00Z");
    DateRange rest = DateRange.of(LocalDate.parse("2024-04-16"), LocalDate.parse("2024-05-01"));
    BilledItem item =
        new BilledItem(
            BASIC_SEATS, 2, rest, Amount.parse("USD 11.60"), Amount.parse("USD 0.00"), null, noon);

    assertThat(item.serviceStart()).isEqualTo(noon);
    assertThat(item.plusCredited(Amount.parse("USD 1.00")).serviceStart()).isEqualTo(noon);
    BilledItem replaced = item.replaced(LocalDate.parse("2024-04-20"), Amount.parse("USD 8.20"));
    assertThat(replaced.serviceStart()).isEqualTo(noon);
    assertThat(replaced.creditable()).isEqualTo(Amount.parse("USD 3.40"));
    assertThat(item(5, "USD 60.00", "USD 0.00").serviceStart()).isNull();
    assertThat(
            new BilledItem(
                    BASIC_SEATS,
                    5,
                    MARCH,
                    Amount.parse("USD 60.00"),
                    Amount.parse("USD 0.00"),
                    LocalDate.parse("2024-03-15"))
                .serviceStart())
        .isNull();
  }

  /**
   * 2024-03-01 is a date somewhere from 2024-02-29T06:00Z (midnight at +18:00) until
   * 2024-03-02T18:00Z (midnight of the 2nd at -18:00), exclusive.
   */
  @ParameterizedTest(name = "a service start at {0} on 2024-03-01: {1}")
  @CsvSource({
    "2024-02-29T06:00:00Z, true",
    "2024-03-01T12:00:00Z, true",
    "2024-03-02T17:59:59Z, true",
    "2024-02-29T05:59:59Z, false",
    "2024-03-02T18:00:00Z, false",
  })
  void aServiceStartFallsOnThePeriodsFirstDateInSomeZone(Instant start, boolean accepted) {
    Runnable build =
        () ->
            new BilledItem(
                BASIC_SEATS,
                5,
                MARCH,
                Amount.parse("USD 60.00"),
                Amount.parse("USD 0.00"),
                null,
                start);
    if (accepted) {
      build.run();
    } else {
      assertRefused(
          build::run,
          BillingErrorCode.INCONSISTENT_STATE,
          "serviceStart",
          start + " is not on 2024-03-01 in any time zone");
    }
  }

  @Test
  void chargeItemsDescribeThemselves() {
    assertThat(BASIC_SEATS).hasToString("BASIC seats");
    assertThat(new ChargeItem.AddOnBlocks(KafkamanSample.MONITORING_REQUESTS))
        .hasToString("MONITORING_REQUESTS blocks");
  }
}
