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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceLifecycleTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "OPEN, PAID, ACCEPTED",
    "OPEN, VOID, ACCEPTED",
    "OPEN, UNCOLLECTIBLE, ACCEPTED",
    "OPEN, OPEN, ILLEGAL_INVOICE_TRANSITION",
    "UNCOLLECTIBLE, PAID, ACCEPTED",
    "UNCOLLECTIBLE, VOID, ACCEPTED",
    "UNCOLLECTIBLE, OPEN, ILLEGAL_INVOICE_TRANSITION",
    "UNCOLLECTIBLE, UNCOLLECTIBLE, ILLEGAL_INVOICE_TRANSITION",
    "PAID, PAID, INVOICE_ALREADY_PAID",
    "PAID, VOID, ILLEGAL_INVOICE_TRANSITION",
    "PAID, OPEN, ILLEGAL_INVOICE_TRANSITION",
    "PAID, UNCOLLECTIBLE, ILLEGAL_INVOICE_TRANSITION",
    "VOID, PAID, ILLEGAL_INVOICE_TRANSITION",
    "VOID, OPEN, ILLEGAL_INVOICE_TRANSITION",
    "VOID, VOID, ILLEGAL_INVOICE_TRANSITION",
    "VOID, UNCOLLECTIBLE, ILLEGAL_INVOICE_TRANSITION"
  })
  void onlyLegalTransitions(InvoiceStatus from, InvoiceStatus to, String expected) {
    Invoice invoice = invoice(from);

    if (expected.equals("ACCEPTED")) {
      Invoice moved = InvoiceLifecycle.transition(invoice, to);
      assertThat(moved.status()).isEqualTo(to);
      assertThat(moved.withStatus(from)).isEqualTo(invoice);
    } else {
      assertThatThrownBy(() -> InvoiceLifecycle.transition(invoice, to))
          .isInstanceOfSatisfying(
              BillingException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(BillingErrorCode.valueOf(expected));
                assertThat(e.field()).isEqualTo("invoiceNumber");
                assertThat(e.reason()).startsWith("invoice KB-000009 is ");
              });
    }
  }

  @ParameterizedTest(name = "{0} of a {1} invoice: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          void          | PAID          | ILLEGAL_INVOICE_TRANSITION | invoice KB-000001 is PAID; PAID -> VOID is not a legal transition
          uncollectible | PAID          | ILLEGAL_INVOICE_TRANSITION | invoice KB-000001 is PAID; PAID -> UNCOLLECTIBLE is not a legal transition
          uncollectible | UNCOLLECTIBLE | ILLEGAL_INVOICE_TRANSITION | invoice KB-000001 is UNCOLLECTIBLE; UNCOLLECTIBLE -> UNCOLLECTIBLE is not a legal transition
          void          | VOID          | ILLEGAL_INVOICE_TRANSITION | invoice KB-000001 is VOID; VOID -> VOID is not a legal transition
          pay           | VOID          | ILLEGAL_INVOICE_TRANSITION | invoice KB-000001 is VOID; VOID -> PAID is not a legal transition
          pay           | PAID          | INVOICE_ALREADY_PAID       | invoice KB-000001 is already PAID
          void          | unknown       | UNKNOWN_INVOICE            | team acme has no invoice 'KB-000099'
          """)
  void theEngineRefusesIllegalTransitions(
      String action, String status, BillingErrorCode code, String reason) {
    PaymentStory story = PaymentStory.basicByCard();
    switch (status) {
      case "PAID" ->
          story.then(Command.ReportPaymentAttempt.succeeded("ok", "KB-000001"), "2024-03-01");
      case "VOID" -> story.then(new Command.VoidInvoice("v", "ana", "KB-000001"), "2024-03-01");
      case "UNCOLLECTIBLE" ->
          story.then(new Command.MarkUncollectible("u", "ana", "KB-000001"), "2024-03-01");
      default -> {}
    }
    String number = status.equals("unknown") ? "KB-000099" : "KB-000001";
    Team before = story.team();

    story.apply(
        switch (action) {
          case "void" -> new Command.VoidInvoice("x", "ana", number);
          case "uncollectible" -> new Command.MarkUncollectible("x", "ana", number);
          default ->
              new Command.RecordPayment(
                  "x", "ana", number, PaymentChannel.CARD, Amount.of("36.00", "USD"));
        },
        "2024-03-02");

    assertThat(story.refused().code()).isEqualTo(code);
    assertThat(story.refused().reason()).isEqualTo(reason);
    assertThat(story.team()).isSameAs(before);
  }

  @Test
  void voidingRestoresTheAccountCreditTheInvoiceConsumed() {
    PaymentStory story = PaymentStory.basicByCard();
    story.then(Command.ReportPaymentAttempt.succeeded("ok", "KB-000001"), "2024-03-01");
    // a team holding 10.00 of account credit (from an earlier net credit)
    Team withCredit = story.team().withAccountCredit(Amount.of("10.00", "USD"));
    Team renewed =
        story
            .engine()
            .apply(withCredit, new Command.Renew("r", "system"), LocalDate.of(2024, 4, 1))
            .team();
    Invoice kb2 = renewed.invoice("KB-000002").orElseThrow();
    assertThat(kb2.creditsApplied()).isEqualTo(Amount.of("10.00", "USD"));
    assertThat(kb2.totalDue()).isEqualTo(Amount.of("26.00", "USD"));
    assertThat(renewed.accountCredit()).isEqualTo(Amount.of("0.00", "USD"));

    var voided =
        (co.kafkaman.billing.rules.engine.Outcome.Accepted)
            story
                .engine()
                .apply(
                    renewed,
                    new Command.VoidInvoice("v", "ana", "KB-000002"),
                    LocalDate.of(2024, 4, 2));

    assertThat(voided.team().accountCredit()).isEqualTo(Amount.of("10.00", "USD"));
    assertThat(voided.team().invoice("KB-000002").orElseThrow().status())
        .isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.team().receivables()).isEmpty();
    assertThat(voided.entries())
        .extracting(e -> e.kind() + ": " + e.summary())
        .containsExactly(
            "INVOICE_STATUS_CHANGED: invoice KB-000002 OPEN -> VOID: USD 26.00 no longer due",
            "ACCOUNT_CREDIT: USD 10.00 of account credit applied by KB-000002 restored; balance"
                + " USD 10.00");
  }

  @Test
  void voidingThePastDueInvoiceReturnsTheTeamToGoodStanding() {
    PaymentStory story = PaymentStory.basicByCard();
    story
        .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
        .then(Command.ReportPaymentAttempt.failed("a2", "KB-000001", "declined"), "2024-03-04")
        .then(Command.ReportPaymentAttempt.failed("a3", "KB-000001", "declined"), "2024-03-08");
    assertThat(story.team().standing()).isEqualTo(Standing.PAST_DUE);

    story.then(new Command.VoidInvoice("v", "ana", "KB-000001"), "2024-03-09");

    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    // RULES.md section 10: back in good standing during grace; never deactivated, so no
    // REACTIVATED notice (issue 13)
    assertThat(story.accepted().notifications())
        .extracting(n -> n.kind())
        .doesNotContain(NotificationKind.REACTIVATED)
        .isEmpty();
  }

  @Test
  void uncollectibleStopsAttemptsButNotTheGraceTimeline() {
    PaymentStory story = PaymentStory.basicByCard();
    story
        .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
        .then(new Command.MarkUncollectible("u", "ana", "KB-000001"), "2024-03-02");

    assertThat(story.team().invoice("KB-000001").orElseThrow().status())
        .isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(story.team().standing()).isEqualTo(Standing.PAST_DUE);
    assertThat(story.accepted().entries())
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.INVOICE_STATUS_CHANGED, EntryKind.STANDING_CHANGED);
    assertThat(
            story
                .engine()
                .agenda(
                    story.team(), DateRange.of(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 4, 1)))
                .events())
        .filteredOn(e -> e.kind() != AgendaEventKind.AUTO_FLEX_REMINDER)
        .extracting(e -> e.date() + " " + e.kind())
        .containsExactly("2024-03-22 GRACE_END");

    story.apply(Command.ReportPaymentAttempt.failed("a2", "KB-000001", "declined"), "2024-03-04");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.NO_ATTEMPT_DUE);

    story.then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    assertThat(story.team().standing()).isEqualTo(Standing.DEACTIVATED);

    story.then(
        new Command.RecordPayment(
            "p", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("36.00", "USD")),
        "2024-03-23");
    assertThat(story.team().invoice("KB-000001").orElseThrow().status())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
  }

  private static Invoice invoice(InvoiceStatus status) {
    LocalDate day = LocalDate.of(2024, 3, 1);
    return Invoice.builder()
        .number("KB-000009")
        .teamId("acme")
        .issueDate(day)
        .dueDate(day)
        .currency(Currencies.of("USD"))
        .lines(
            List.of(
                Lines.whole(
                    LineKind.PLAN_SEATS,
                    "Basic seats (monthly)",
                    3,
                    Amount.of("12.00", "USD"),
                    DateRange.of(day, day.plusMonths(1)))))
        .status(status)
        .billingDetails(BillingDetails.ofEmail("billing@acme.test"))
        .build();
  }
}
