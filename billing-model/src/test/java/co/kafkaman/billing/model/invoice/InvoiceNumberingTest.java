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
package co.kafkaman.billing.model.invoice;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceNumberingTest {

  @ParameterizedTest(name = "prefix ''{0}'', next {1}: {2}")
  @CsvSource({
    "KB-, 1, KB-000001",
    "KB-, 42, KB-000042",
    "KB-, 999999, KB-999999",
    "KB-, 99999, KB-099999",
    "KB-, 100000, KB-100000",
    "KB-, 10, KB-000010",
    "KB-, 9, KB-000009",
    "KB-, 1000000, KB-1000000",
    "INV/2024/, 7, INV/2024/000007",
    "'', 12, 000012",
    "KB-, 999999999999, KB-999999999999",
  })
  void formatsTheNextNumberWithSixDigitsAtLeast(String prefix, long next, String formatted) {
    assertThat(new InvoiceNumbering(prefix, next).nextNumber()).isEqualTo(formatted);
  }

  @Test
  void issuesGaplessStrictlyIncreasingNumbers() {
    InvoiceNumbering numbering = InvoiceNumbering.startingAt1("KB-");
    List<String> issued = new ArrayList<>();

    for (int i = 0; i < 12; i++) {
      issued.add(numbering.nextNumber());
      numbering = numbering.advance();
    }

    assertThat(issued)
        .containsExactly(
            "KB-000001",
            "KB-000002",
            "KB-000003",
            "KB-000004",
            "KB-000005",
            "KB-000006",
            "KB-000007",
            "KB-000008",
            "KB-000009",
            "KB-000010",
            "KB-000011",
            "KB-000012");
    assertThat(numbering).isEqualTo(new InvoiceNumbering("KB-", 13));
  }

  @Test
  void advanceIsAValueCopy() {
    InvoiceNumbering numbering = new InvoiceNumbering("KB-", 42);

    InvoiceNumbering after = numbering.advance();

    assertThat(numbering.next()).isEqualTo(42);
    assertThat(after.next()).isEqualTo(43);
    assertThat(after.prefix()).isEqualTo("KB-");
  }

  @ParameterizedTest(name = "next {0} is refused")
  @CsvSource({"0", "-1", "-9223372036854775808"})
  void refusesANextNumberBelowOne(long next) {
    assertRefused(
        () -> new InvoiceNumbering("KB-", next),
        BillingErrorCode.INVALID_QUANTITY,
        "next",
        "was " + next);
  }

  @Test
  void refusesToWrapAround() {
    InvoiceNumbering last = new InvoiceNumbering("KB-", 999_999_999_999L);

    assertRefused(
        last::advance,
        BillingErrorCode.AMOUNT_OVERFLOW,
        "next",
        "invoice numbers end at 999999999999, was 1000000000000");
  }

  @ParameterizedTest(name = "prefix ''{0}'' is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "../                 | '../' is not an id",
        "KB 2024-            | 'KB 2024-' is not an id",
        "KB-2024-0000000001- | must be at most 16 characters, was 19"
      })
  void refusesAPrefixThatIsNotAnInvoiceNumber(String prefix, String reason) {
    assertRefused(
        () -> InvoiceNumbering.startingAt1(prefix),
        BillingErrorCode.MALFORMED_VALUE,
        "prefix",
        reason);
  }
}
