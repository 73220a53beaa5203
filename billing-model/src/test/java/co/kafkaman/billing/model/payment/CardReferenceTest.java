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
package co.kafkaman.billing.model.payment;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardReferenceTest {

  @ParameterizedTest(name = "a card expiring {0} charged on {1}: expired {2}")
  @CsvSource({
    "2024-02, 2024-02-01, false",
    "2024-02, 2024-02-29, false",
    "2024-02, 2024-03-01, true",
    "2023-02, 2023-02-28, false",
    "2023-02, 2023-03-01, true",
    "2024-12, 2024-12-31, false",
    "2024-12, 2025-01-01, true",
    "2027-08, 2024-03-01, false",
    "2024-03, 2024-01-31, false",
  })
  void isValidThroughTheLastDayOfItsExpiryMonth(YearMonth expiry, LocalDate asOf, boolean expired) {
    CardReference card = new CardReference("tok_1", "visa", "4242", expiry);

    assertThat(card.isExpiredOn(asOf)).isEqualTo(expired);
  }

  @ParameterizedTest(name = "last4 ''{0}'' is refused")
  @CsvSource({"''", "424", "42424", "42a2", "'4 42'", "-424", "٤٢٤٢", "４２４２"})
  void refusesLast4ThatIsNotFourAsciiDigits(String last4) {
    assertRefused(
        () -> new CardReference("tok_1", "visa", last4, YearMonth.of(2027, 8)),
        BillingErrorCode.MALFORMED_VALUE,
        "last4",
        "'" + last4 + "' is not four digits");
  }

  @ParameterizedTest(name = "token ''{0}'' is refused")
  @CsvSource({"''", "' '", "'\t'"})
  void refusesABlankToken(String token) {
    assertRefused(
        () -> new CardReference(token, "visa", "4242", YearMonth.of(2027, 8)),
        BillingErrorCode.BLANK_VALUE,
        "token",
        "must not be blank");
  }

  @Test
  void printsWithoutTheToken() {
    CardReference card = new CardReference("tok_secret", "visa", "0042", YearMonth.of(2027, 8));

    assertThat(card).hasToString("visa ending 0042 (exp 2027-08)");
    assertThat(card.toString()).doesNotContain("tok_secret");
  }
}
