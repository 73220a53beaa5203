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
package co.kafkaman.billing.rules.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A credit line shows the credited item's real quantity and unit price; its amount is unchanged.
 */
class CreditLineTest {
  private static final Catalog CATALOG = Catalog.kafkamanSample();
  private static final DateRange MARCH =
      DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));

  @ParameterizedTest(name = "{0} seats billed {1}, credited from {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # seats | billed | from       | explanation (amount worked by hand: -billed x days/31)
          3       | 36.00  | 2024-03-15 | 3 x -12.00 x 17/31 days = -19.74
          5       | 60.00  | 2024-03-15 | 5 x -12.00 x 17/31 days = -32.90
          1       | 12.00  | 2024-03-15 | 1 x -12.00 x 17/31 days = -6.58
          # 56.13 does not split into cents over 5 seats: the exact basis stays one line of -56.13
          5       | 56.13  | 2024-03-20 | 1 x -56.13 x 12/31 days = -21.73
          """)
  void creditLineShowsRealQuantityAndUnitPrice(
      long seats, String billed, LocalDate from, String explanation) {
    BilledItem item =
        new BilledItem(
            new ChargeItem.Seats(KafkamanSample.BASIC),
            seats,
            MARCH,
            Amount.of(billed, "USD"),
            Amount.zero(Amount.of(billed, "USD").currency()));

    InvoiceLine line =
        Lines.credit(
            CATALOG, item, ProrationConvention.KAFKAMAN.credit(item, from), MARCH.startingAt(from));

    assertThat(line.explanation()).isEqualTo(explanation);
    assertThat(line.description())
        .isEqualTo("Credit: unused " + seats + (seats == 1 ? " Basic seat" : " Basic seats"));
    assertThat(Lines.creditBasis(line)).isEqualTo(Amount.of(billed, "USD"));
  }
}
