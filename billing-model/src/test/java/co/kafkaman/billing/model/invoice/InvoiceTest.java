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
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceTest {
  private static final LocalDate ISSUED = LocalDate.parse("2024-03-15");
  private static final DateRange PERIOD =
      DateRange.of(LocalDate.parse("2024-03-15"), LocalDate.parse("2024-04-01"));

  private static InvoiceLine line(LineKind kind, String amount) {
    Amount a = Amount.parse(amount);
    return new InvoiceLine(kind, kind.name(), 1, a, Fraction.ONE, PERIOD, a, "");
  }

  /** Parses {@code "CHANGE_CREDIT USD -5.00; SEAT_PRORATION USD 10.00"}. */
  private static List<InvoiceLine> lines(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(";", -1))
        .map(String::trim)
        .map(
            l -> {
              int space = l.indexOf(' ');
              return line(LineKind.valueOf(l.substring(0, space)), l.substring(space + 1));
            })
        .collect(Collectors.toList());
  }

  private static Invoice.Builder invoice(String currency) {
    return Invoice.builder()
        .number("KB-000007")
        .teamId("team-1")
        .issueDate(ISSUED)
        .dueDate(ISSUED)
        .currency(Currencies.of(currency))
        .status(InvoiceStatus.OPEN)
        .billingDetails(BillingDetails.ofEmail("billing@example.com"));
  }

  @ParameterizedTest(name = "{0}: subtotal {1}, credits applied {2}, total due {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PLAN_SEATS USD 60.00                                               | USD 60.00  | USD 0.00  | USD 60.00
          CHANGE_CREDIT USD -5.00; SEAT_PRORATION USD 10.00                  | USD 5.00   | USD 0.00  | USD 5.00
          CHANGE_CREDIT USD -5.00; SEAT_PRORATION USD 10.00; ACCOUNT_CREDIT_APPLIED USD -2.00 | USD 5.00 | USD 2.00 | USD 3.00
          CHANGE_CREDIT USD -32.90; SEAT_PRORATION USD 13.16; CREDIT_TO_ACCOUNT USD 19.74 | USD -19.74 | USD 0.00 | USD 0.00
          PLAN_SEATS USD 60.00; ADD_ON USD 8.00; OVERAGE USD 2.70; ACCOUNT_CREDIT_APPLIED USD -19.74 | USD 70.70 | USD 19.74 | USD 50.96
          PLAN_SEATS USD 60.00; ACCOUNT_CREDIT_APPLIED USD -60.00            | USD 60.00  | USD 60.00 | USD 0.00
          AUTO_FLEX USD 216.00; OVERAGE USD 2.70                             | USD 218.70 | USD 0.00  | USD 218.70
          ADD_ON_PRORATION USD 4.39; ACCOUNT_CREDIT_APPLIED USD -1.00; ACCOUNT_CREDIT_APPLIED USD -2.00 | USD 4.39 | USD 3.00 | USD 1.39
          PLAN_SEATS JPY 14400; CHANGE_CREDIT JPY -7742                      | JPY 6658   | JPY 0     | JPY 6658
          PLAN_SEATS BHD 1.000; ACCOUNT_CREDIT_APPLIED BHD -0.333            | BHD 1.000  | BHD 0.333 | BHD 0.667
          """)
  void totalsAreSumsOfTheRoundedLines(
      String lineText, String subtotal, String creditsApplied, String totalDue) {
    String currency = subtotal.substring(0, 3);

    Invoice invoice = invoice(currency).lines(lines(lineText)).build();

    assertThat(invoice.subtotal()).isEqualTo(Amount.parse(subtotal));
    assertThat(invoice.creditsApplied()).isEqualTo(Amount.parse(creditsApplied));
    assertThat(invoice.totalDue()).isEqualTo(Amount.parse(totalDue));
  }

  @Test
  void anInvoiceWithoutLinesIsZero() {
    Invoice invoice = invoice("USD").build();

    assertThat(invoice.subtotal()).isEqualTo(Amount.parse("USD 0.00"));
    assertThat(invoice.creditsApplied()).isEqualTo(Amount.parse("USD 0.00"));
    assertThat(invoice.totalDue()).isEqualTo(Amount.parse("USD 0.00"));
  }

  @ParameterizedTest(name = "{0} is refused: total due {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CHANGE_CREDIT USD -5.00                                  | USD -5.00
          CHANGE_CREDIT USD -32.90; SEAT_PRORATION USD 13.16       | USD -19.74
          PLAN_SEATS USD 60.00; ACCOUNT_CREDIT_APPLIED USD -60.01  | USD -0.01
          """)
  void refusesANegativeTotalDue(String lineText, String total) {
    assertRefused(
        () -> invoice("USD").lines(lines(lineText)).build(),
        BillingErrorCode.INCONSISTENT_STATE,
        "totalDue",
        total + " is negative");
  }

  @Test
  void refusesALineAmountInAnotherCurrency() {
    assertRefused(
        () ->
            invoice("USD")
                .addLines(line(LineKind.PLAN_SEATS, "USD 60.00"))
                .addLines(line(LineKind.ADD_ON, "EUR 8.00"))
                .build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "lines[1].amount",
        "EUR 8.00 is not in the invoice currency USD");
  }

  @Test
  void refusesALineUnitPriceInAnotherCurrency() {
    InvoiceLine euroPrice =
        new InvoiceLine(
            LineKind.PLAN_SEATS,
            "Basic seats",
            5,
            Amount.parse("EUR 12.00"),
            Fraction.ONE,
            PERIOD,
            Amount.parse("USD 60.00"),
            "");

    assertRefused(
        () -> invoice("USD").addLines(euroPrice).build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "lines[0].unitPrice",
        "EUR 12.00 is not in the invoice currency USD");
  }

  @Test
  void refusesADueDateBeforeTheIssueDate() {
    assertRefused(
        () -> invoice("USD").dueDate(LocalDate.parse("2024-03-14")).build(),
        BillingErrorCode.INCONSISTENT_STATE,
        "dueDate",
        "2024-03-14 is before the issue date 2024-03-15");
  }

  @Test
  void refusesABlankNumber() {
    assertRefused(
        () -> invoice("USD").number(" ").build(),
        BillingErrorCode.BLANK_VALUE,
        "number",
        "must not be blank");
  }

  @Test
  void statusChangesMakeACopy() {
    Invoice open = invoice("USD").addLines(line(LineKind.PLAN_SEATS, "USD 60.00")).build();

    Invoice paid = open.withStatus(InvoiceStatus.PAID);

    assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.lines()).isEqualTo(open.lines());
    assertThat(paid.totalDue()).isEqualTo(Amount.parse("USD 60.00"));
  }

  @ParameterizedTest(name = "{0} x {1} x {2}/{3} {4} = {5} explains as ''{7}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2 | USD 12.00  | 17 | 31 | days   | USD 13.16  | ''                                              | 2 x 12.00 x 17/31 days = 13.16
          1 | USD -10.00 | 15 | 30 | days   | USD -5.00  | ''                                              | 1 x -10.00 x 15/30 days = -5.00
          2 | USD 144.00 | 9  | 12 | months | USD 216.00 | ''                                              | 2 x 144.00 x 9/12 months = 216.00
          5 | USD 12.00  | 31 | 31 | days   | USD 60.00  | ''                                              | 5 x 12.00 x 31/31 days = 60.00
          5 | USD 12.00  | 1  | 1  | ''     | USD 60.00  | ''                                              | 5 x 12.00 = 60.00
          3 | USD 0.90   | 1  | 1  | ''     | USD 2.70   | 2,500 billable of 12,500 used, 10,000 included  | 3 x 0.90 = 2.70 (2,500 billable of 12,500 used, 10,000 included)
          3 | JPY 1200   | 17 | 31 | days   | JPY 1974   | ''                                              | 3 x 1200 x 17/31 days = 1974
          """)
  void explainsItsArithmetic(
      long quantity,
      String unitPrice,
      long numerator,
      long denominator,
      String unit,
      String amount,
      String note,
      String explanation) {
    InvoiceLine line =
        new InvoiceLine(
            LineKind.SEAT_PRORATION,
            "Basic seats (monthly)",
            quantity,
            Amount.parse(unitPrice),
            Fraction.of(numerator, denominator, unit),
            PERIOD,
            Amount.parse(amount),
            note);

    assertThat(line.explanation()).isEqualTo(explanation);
  }

  @ParameterizedTest(name = "{0} is a subtotal line: {1}")
  @CsvSource({
    "PLAN_SEATS, true",
    "SEAT_PRORATION, true",
    "CHANGE_CREDIT, true",
    "ADD_ON, true",
    "ADD_ON_PRORATION, true",
    "OVERAGE, true",
    "AUTO_FLEX, true",
    "ACCOUNT_CREDIT_APPLIED, false",
    "CREDIT_TO_ACCOUNT, false",
  })
  void accountCreditLinesComeAfterTheSubtotal(LineKind kind, boolean subtotal) {
    assertThat(kind.isSubtotalLine()).isEqualTo(subtotal);
  }
}
