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

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountCreditTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
  private static final DateRange REST = DateRange.of(DAY, LocalDate.of(2024, 4, 1));

  @ParameterizedTest(name = "credit {0}, lines [{1}]: {2}, total due {3}, credit after {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # account credit | lines       | credit line                   | total due | credit after | status
          0.00             | 36.00       | -                             | 36.00     | 0.00         | OPEN
          10.00            | 36.00       | ACCOUNT_CREDIT_APPLIED -10.00 | 26.00     | 0.00         | OPEN
          2.00             | -5.00 10.00 | ACCOUNT_CREDIT_APPLIED -2.00  | 3.00      | 0.00         | OPEN
          50.00            | 36.00       | ACCOUNT_CREDIT_APPLIED -36.00 | 0.00      | 14.00        | PAID
          5.00             | -7.00       | CREDIT_TO_ACCOUNT 7.00        | 0.00      | 12.00        | PAID
          5.00             | -7.00 7.00  | -                             | 0.00      | 5.00         | PAID
          """)
  void accountCreditIsAppliedBeforeAnythingIsCharged(
      String credit,
      String lines,
      String creditLine,
      String totalDue,
      String creditAfter,
      InvoiceStatus status) {
    Team team = PaymentStory.basicByCard().team().withAccountCredit(Amount.of(credit, "USD"));

    InvoiceIssuer.Issued issued = InvoiceIssuer.issue(team, lines(lines), DAY);

    Invoice invoice = issued.invoice();
    List<String> creditLines = new ArrayList<>();
    for (InvoiceLine line : invoice.lines()) {
      if (!line.kind().isSubtotalLine()) {
        creditLines.add(line.kind() + " " + line.amount().toPlainString());
      }
    }
    assertThat(creditLines.isEmpty() ? "-" : String.join(", ", creditLines)).isEqualTo(creditLine);
    assertThat(invoice.totalDue()).isEqualTo(Amount.of(totalDue, "USD"));
    assertThat(issued.team().accountCredit()).isEqualTo(Amount.of(creditAfter, "USD"));
    assertThat(invoice.status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0} invoices numbered {1}, next {2}")
  @CsvSource({"1, KB-000002, 3", "3, KB-000002 KB-000003 KB-000004, 5"})
  void numbersAreGaplessAndTheDetailsAreCopied(int count, String numbers, long next) {
    Team team = PaymentStory.basicByCard().team();
    List<String> issuedNumbers = new ArrayList<>();

    for (int i = 0; i < count; i++) {
      InvoiceIssuer.Issued issued = InvoiceIssuer.issue(team, lines("12.00"), DAY);
      issuedNumbers.add(issued.invoice().number());
      assertThat(issued.invoice().billingDetails()).isEqualTo(team.billingDetails());
      team = issued.team();
    }

    assertThat(String.join(" ", issuedNumbers)).isEqualTo(numbers);
    assertThat(team.invoiceNumbering().next()).isEqualTo(next);
  }

  private static List<InvoiceLine> lines(String amounts) {
    List<InvoiceLine> lines = new ArrayList<>();
    for (String amount : amounts.split(" ")) {
      Amount value = Amount.of(amount, "USD");
      lines.add(
          value.isNegative()
              ? new InvoiceLine(
                  LineKind.CHANGE_CREDIT,
                  "Credit",
                  1,
                  value,
                  co.kafkaman.billing.model.money.Fraction.ONE,
                  REST,
                  value,
                  "")
              : Lines.whole(LineKind.SEAT_PRORATION, "Seats", 1, value, REST));
    }
    return lines;
  }
}
