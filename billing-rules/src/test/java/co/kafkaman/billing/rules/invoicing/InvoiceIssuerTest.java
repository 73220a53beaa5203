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

import static co.kafkaman.billing.rules.TestTeams.kindsAndAmounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.CatalogTexts;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.TestTeams;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceIssuerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 16);
  private static final DateRange REST = DateRange.of(DAY, LocalDate.of(2024, 5, 1));

  private static Team team(String accountCredit) {
    Team team =
        TestTeams.created(
            BillingEngine.of(TestTeams.sample()),
            LocalDate.of(2024, 4, 1),
            Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 1),
            1);
    return team.withAccountCredit(Amount.of(accountCredit, "USD"));
  }

  private static List<InvoiceLine> lines(String amounts) {
    List<InvoiceLine> lines = new ArrayList<>();
    for (String amount : amounts.split(" ", -1)) {
      Amount value = Amount.of(amount, "USD");
      lines.add(
          new InvoiceLine(
              value.isNegative() ? LineKind.CHANGE_CREDIT : LineKind.SEAT_PRORATION,
              "x",
              1,
              value,
              Fraction.ONE,
              REST,
              value,
              ""));
    }
    return lines;
  }

  @ParameterizedTest(name = "lines {0} with {1} account credit: {2}, due {3}, credit after {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-5.00 10.00  | 0.00  | CHANGE_CREDIT -5.00; SEAT_PRORATION 10.00                             | 5.00  | 0.00  | OPEN",
        "-5.00 10.00  | 2.00  | CHANGE_CREDIT -5.00; SEAT_PRORATION 10.00; ACCOUNT_CREDIT_APPLIED -2.00 | 3.00  | 0.00  | OPEN",
        "-5.00 10.00  | 7.00  | CHANGE_CREDIT -5.00; SEAT_PRORATION 10.00; ACCOUNT_CREDIT_APPLIED -5.00 | 0.00  | 2.00  | PAID",
        "-15.00 5.00  | 0.00  | CHANGE_CREDIT -15.00; SEAT_PRORATION 5.00; CREDIT_TO_ACCOUNT 10.00     | 0.00  | 10.00 | PAID",
        "-15.00 5.00  | 3.00  | CHANGE_CREDIT -15.00; SEAT_PRORATION 5.00; CREDIT_TO_ACCOUNT 10.00     | 0.00  | 13.00 | PAID",
        "-5.00 5.00   | 3.00  | CHANGE_CREDIT -5.00; SEAT_PRORATION 5.00                               | 0.00  | 3.00  | PAID",
        "13.16        | 20.00 | SEAT_PRORATION 13.16; ACCOUNT_CREDIT_APPLIED -13.16                    | 0.00  | 6.84  | PAID",
      })
  void accountCreditIsConsumedFirstAndANetCreditMovesToTheAccount(
      String amounts,
      String creditBefore,
      String invoiced,
      String totalDue,
      String creditAfter,
      InvoiceStatus status) {
    InvoiceIssuer.Issued issued = InvoiceIssuer.issue(team(creditBefore), lines(amounts), DAY);
    assertThat(kindsAndAmounts(issued.invoice())).isEqualTo(invoiced);
    assertThat(issued.invoice().totalDue().toPlainString()).isEqualTo(totalDue);
    assertThat(issued.team().accountCredit().toPlainString()).isEqualTo(creditAfter);
    assertThat(issued.invoice().status()).isEqualTo(status);
    assertThat(issued.invoice().number()).isEqualTo("KB-000001");
    assertThat(issued.team().invoiceNumbering().nextNumber()).isEqualTo("KB-000002");
    assertThat(issued.team().invoices()).containsExactly(issued.invoice());
  }

  @Test
  void refusesAnInvoiceWithoutLines() {
    assertThatThrownBy(() -> InvoiceIssuer.issue(team("0.00"), List.of(), DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one line");
  }

  @Test
  void linesExplainTheirArithmetic() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    Amount price = Amount.of("12.00", "USD");
    InvoiceLine charge =
        Lines.prorated(
            LineKind.SEAT_PRORATION,
            CatalogTexts.seatsOf(
                Catalog.kafkamanSample().plan(KafkamanSample.BASIC), BillingFrequency.MONTHLY),
            2,
            price,
            ProrationConvention.KAFKAMAN.charge(price, 2, march, LocalDate.of(2024, 3, 15)),
            march.startingAt(LocalDate.of(2024, 3, 15)));
    assertThat(charge.description()).isEqualTo("Basic seats (monthly)");
    assertThat(charge.explanation()).isEqualTo("2 x 12.00 x 17/31 days = 13.16");
    InvoiceLine whole = Lines.whole(LineKind.PLAN_SEATS, "Basic seats (monthly)", 5, price, march);
    assertThat(whole.explanation()).isEqualTo("5 x 12.00 = 60.00");
    assertThat(
            Lines.describe(
                Catalog.kafkamanSample(), new ChargeItem.Seats(KafkamanSample.PROFESSIONAL)))
        .isEqualTo("Professional seats");
  }

  @ParameterizedTest(name = "lines in {0} order")
  @CsvSource({"earlier first", "later first"})
  void theAccountCreditLineSpansTheServicePeriodsOfAllLines(String order) {
    // a renewal: March's overage 2.70 and April's seats 36.00, 10.00 of account credit
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(line(LineKind.OVERAGE, "2.70", march));
    lines.add(line(LineKind.PLAN_SEATS, "36.00", april));
    if (order.equals("later first")) {
      java.util.Collections.reverse(lines);
    }

    InvoiceLine applied =
        InvoiceIssuer.issue(team("10.00"), lines, LocalDate.of(2024, 4, 1))
            .invoice()
            .lines()
            .get(2);

    assertThat(applied.kind()).isEqualTo(LineKind.ACCOUNT_CREDIT_APPLIED);
    assertThat(applied.amount()).isEqualTo(Amount.of("-10.00", "USD"));
    assertThat(applied.servicePeriod())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)));
  }

  private static InvoiceLine line(LineKind kind, String amount, DateRange period) {
    Amount value = Amount.of(amount, "USD");
    return new InvoiceLine(kind, "x", 1, value, Fraction.ONE, period, value, "");
  }
}
