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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.HistoryFixtures;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A team's invariants: unique member ids, card tokens and invoice numbers (the first repeated one
 * is named), receivables matching open invoices, one primary card naming a card, account credit in
 * the team currency and not negative. The builder checks them all; each {@code with*} copy checks
 * those that read the attribute it replaces.
 */
class TeamChecksTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @ParameterizedTest(name = "{0} members, id {1} repeated at {2}")
  @CsvSource({
    // size, repeated index (-1: none), position of the repeat
    "1, -1, -1",
    "2, 0, 1",
    "5, -1, -1",
    "5, 2, 4",
    "32, 0, 31",
    "32, -1, -1",
    "33, 5, 32",
    "40, -1, -1",
    "40, 17, 20",
  })
  void memberIdsAreUnique(int size, int repeated, int at) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = i == at ? "m-" + repeated : "m-" + i;
      members.add(Member.of(id, id + "@acme.test", DAY));
    }

    if (repeated < 0) {
      assertThat(team().withMembers(members).memberCount()).isEqualTo(size);
    } else {
      assertThatThrownBy(() -> team().withMembers(members))
          .isInstanceOf(BillingException.class)
          .hasMessage(
              "BILL-503 DUPLICATE_MEMBER [members]: member id 'm-" + repeated + "' appears twice");
    }
  }

  @Test
  void theFirstRepeatedIdIsNamed() {
    List<Member> members = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "b", "a")) {
      members.add(Member.of(id, id + "@acme.test", DAY));
    }

    assertThatThrownBy(() -> team().withMembers(members))
        .hasMessageEndingWith("member id 'b' appears twice");
  }

  @Test
  void cardTokensAreUniqueAndThePrimaryNamesOne() {
    CardReference visa = new CardReference("tok-1", "visa", "4242", YearMonth.of(2027, 8));
    CardReference amex = new CardReference("tok-2", "amex", "0005", YearMonth.of(2026, 1));

    Team withCards =
        Team.builder()
            .from(team())
            .cards(List.of(visa, amex))
            .primaryCardToken(Optional.of("tok-2"))
            .build();
    assertThat(withCards.primaryCard()).contains(amex);

    assertThatThrownBy(() -> withCards.withCards(List.of(visa, amex, visa)))
        .hasMessage("BILL-602 DUPLICATE_CARD [cards]: card token 'tok-1' appears twice");
    assertThatThrownBy(() -> withCards.withPrimaryCardToken(Optional.of("tok-9")))
        .hasMessage(
            "BILL-901 INCONSISTENT_STATE [primaryCardToken]: tok-9 must name one of the 2 cards");
    assertThatThrownBy(() -> withCards.withPrimaryCardToken(Optional.empty()))
        .hasMessage(
            "BILL-901 INCONSISTENT_STATE [primaryCardToken]: <none> must name one of the 2 cards");
    assertThatThrownBy(() -> team().withPrimaryCardToken(Optional.of("tok-1")))
        .hasMessage(
            "BILL-901 INCONSISTENT_STATE [primaryCardToken]: tok-1 must name one of the 0 cards");
  }

  @Test
  void accountCreditIsInTheTeamCurrencyAndNotNegative() {
    assertThatThrownBy(() -> team().withAccountCredit(Amount.of("-0.01", "USD")))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> assertThat(e.errorCode()).isEqualTo(BillingErrorCode.INCONSISTENT_STATE))
        .hasMessageEndingWith("must not be negative, was USD -0.01");
    assertThatThrownBy(() -> team().withAccountCredit(Amount.of("5", "JPY")))
        .hasMessage(
            "BILL-101 CURRENCY_MISMATCH [accountCredit]: JPY 5 is not in the team currency USD");
  }

  @Test
  void theBuilderChecksTheListsToo() {
    Member ana = Member.of("ana", "ana@acme.test", DAY);

    assertThatThrownBy(() -> Team.builder().from(team()).addMembers(ana).build())
        .hasMessage("BILL-503 DUPLICATE_MEMBER [members]: member id 'ana' appears twice");
    assertThatThrownBy(
            () ->
                Team.builder()
                    .from(team())
                    .addInvoices(invoice("KB-000001", InvoiceStatus.OPEN))
                    .addInvoices(invoice("KB-000001", InvoiceStatus.PAID))
                    .build())
        .hasMessage(
            "BILL-901 INCONSISTENT_STATE [invoices]: invoice number 'KB-000001' appears twice");
    assertThatThrownBy(
            () ->
                Team.builder()
                    .from(team())
                    .addInvoices(invoice("KB-000001", InvoiceStatus.PAID))
                    .addReceivables(receivable("KB-000001"))
                    .build())
        .hasMessageStartingWith(
            "BILL-901 INCONSISTENT_STATE [receivables]: invoice KB-000001 is PAID");
  }

  @Test
  void invoiceNumbersAreUniqueAndEachReceivableCollectsAnOpenInvoice() {
    Invoice open = invoice("KB-000001", InvoiceStatus.OPEN);
    Team collecting =
        team().withInvoices(List.of(open)).withReceivables(List.of(receivable("KB-000001")));
    assertThat(collecting.receivable("KB-000001")).isPresent();

    assertThatThrownBy(
            () -> collecting.withInvoices(List.of(open, invoice("KB-000001", InvoiceStatus.OPEN))))
        .hasMessageEndingWith("invoice number 'KB-000001' appears twice");
    // paying the invoice without closing its receivable
    assertThatThrownBy(() -> collecting.withInvoices(List.of(open.withStatus(InvoiceStatus.PAID))))
        .hasMessageStartingWith(
            "BILL-901 INCONSISTENT_STATE [receivables]: invoice KB-000001 is PAID");
    assertThatThrownBy(() -> collecting.withReceivables(List.of(receivable("KB-000002"))))
        .hasMessageStartingWith(
            "BILL-901 INCONSISTENT_STATE [receivables]: invoice KB-000002 is unknown");
    assertThatThrownBy(
            () ->
                collecting.withReceivables(
                    List.of(receivable("KB-000001"), receivable("KB-000001"))))
        .hasMessageContaining("invoice KB-000001 is OPEN or collected twice");
  }

  @Test
  void appendingChecksWhatTheReplacementWould() {
    Invoice open = invoice("KB-000001", InvoiceStatus.OPEN);
    Team collecting = team().plusInvoice(open).plusReceivable(receivable("KB-000001"));
    assertThat(collecting.invoices()).containsExactly(open);
    assertThat(collecting.receivables())
        .extracting(Receivable::invoiceNumber)
        .containsExactly("KB-000001");

    Invoice second = invoice("KB-000002", InvoiceStatus.PAID);
    assertThat(collecting.plusInvoice(second).invoices()).containsExactly(open, second);
    assertThatThrownBy(() -> collecting.plusInvoice(invoice("KB-000001", InvoiceStatus.PAID)))
        .hasMessageEndingWith("invoice number 'KB-000001' appears twice");
    assertThatThrownBy(() -> collecting.plusReceivable(receivable("KB-000001")))
        .hasMessageContaining("invoice KB-000001 is OPEN or collected twice");
    assertThatThrownBy(() -> collecting.plusInvoice(second).plusReceivable(receivable("KB-000002")))
        .hasMessageContaining("invoice KB-000002 is PAID");
  }

  @Test
  void historyIsAppendedInOrder() {
    HistoryEntry first = HistoryFixtures.entry("c-1");
    HistoryEntry second = HistoryFixtures.entry("c-2");
    HistoryEntry third = HistoryFixtures.entry("c-2/1");

    Team once = team().plusHistory(List.of(first));
    Team twice = once.plusHistory(List.of(second, third));

    assertThat(once.history()).containsExactly(first);
    assertThat(twice.history()).containsExactly(first, second, third);
    assertThat(twice.plusHistory(List.of())).isSameAs(twice);
    assertThatThrownBy(() -> twice.history().add(first))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Invoice invoice(String number, InvoiceStatus status) {
    Amount price = Amount.of("12.00", "USD");
    return Invoice.builder()
        .number(number)
        .teamId("team-1")
        .issueDate(DAY)
        .dueDate(DAY)
        .currency(Currencies.of("USD"))
        .addLines(
            new InvoiceLine(
                LineKind.PLAN_SEATS,
                "Basic seats (monthly)",
                1,
                price,
                Fraction.ONE,
                DateRange.of(DAY, DAY.plusMonths(1)),
                price,
                ""))
        .billingDetails(BillingDetails.ofEmail("billing@acme.test"))
        .status(status)
        .build();
  }

  private static Receivable receivable(String number) {
    return Receivable.of(
        number, CollectionMethod.cardAutoCharge(), DAY, List.of(DAY.plusDays(1)), DAY.plusDays(7));
  }

  private static Team team() {
    return TeamFixtures.oneMemberTeam(DAY);
  }
}
