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
package co.kafkaman.billing.rules.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each end of dunning through {@link BillingEngine}, worked by hand from the published behaviour.
 * The story: a card team buys Basic, 3 seats at 12.00, on 2024-03-01; invoice KB-000001 of USD
 * 36.00 is due that day, attempted on 03-01, 03-04 and 03-08 (kafkaman offsets 0, 3, 7), grace end
 * 03-22; every attempt fails.
 */
class DunningEndsTest {
  private static final String KB1 = "KB-000001";
  private static final Amount USD_36 = Amount.of("36.00", "USD");

  private static String notified(List<NotificationIntent> notifications) {
    return String.join(
        " ", notifications.stream().map(n -> n.kind() + ">" + n.recipients()).toList());
  }

  // the kafkaman default (Stripe's "leave the subscription past due"): past due until the grace
  // end, then deactivated; the subscription runs on
  @ParameterizedTest(name = "DEACTIVATE, evaluated on {0}: {1}")
  @CsvSource({"2024-03-21, PAST_DUE", "2024-03-22, DEACTIVATED"})
  void deactivateIsPastDueUntilTheGraceEndThenDeactivated(LocalDate on, Standing standing) {
    PaymentStory story = PaymentStory.failedThreeTimes(DunningTerms.kafkaman());
    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(EntryKind.PAYMENT_ATTEMPTED, EntryKind.STANDING_CHANGED);
    assertThat(notified(story.accepted().notifications()))
        .isEqualTo("PAYMENT_FAILED>BILLING_MEMBERS NON_PAYMENT>ALL_MEMBERS");

    story.then(new Command.EvaluateDunning("g", "system"), on);

    assertThat(story.team().standing()).isEqualTo(standing);
    assertThat(story.team().subscription().ended()).isFalse();
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);
  }

  // a single attempt on the due day: its failure ends the subscription that very day, so its last
  // cycle is empty and nothing of it was used
  @Test
  void cancelOnTheCyclesFirstDayLeavesAnEmptyLastCycle() {
    BillingEngine engine =
        BillingEngine.of(
            PaymentStory.CATALOG,
            BillingPolicy.kafkaman()
                .withDunning(
                    DunningPolicy.of(
                        DunningTerms.kafkaman()
                            .withRetries(RetrySchedule.of(0))
                            .withEnd(DunningEnd.CANCEL_SUBSCRIPTION))));
    PaymentStory story =
        PaymentStory.basicByCard(engine)
            .then(
                Command.ReportPaymentAttempt.failed("a1", KB1, "insufficient funds"), "2024-03-01");

    assertThat(story.team().subscription().ended()).isTrue();
    assertThat(story.team().subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)));
  }

  // Stripe's "cancel the subscription", Kill Bill's overdue cancellation: the subscription ends on
  // the day of the last failure, [03-01, 03-08) is its last cycle; 36.00 is still owed
  @Test
  void cancelEndsTheSubscriptionOnTheLastFailureAndTheInvoiceIsStillOwed() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(
            DunningTerms.kafkaman().withEnd(DunningEnd.CANCEL_SUBSCRIPTION));

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(EntryKind.PAYMENT_ATTEMPTED, EntryKind.ENDED, EntryKind.STANDING_CHANGED);
    assertThat(story.accepted().entries().get(0).summary())
        .isEqualTo(
            "attempt 3 of 3 for KB-000001 (USD 36.00) failed: insufficient funds; no attempt left,"
                + " the subscription ends; deactivation on 2024-03-22 if unpaid");
    assertThat(story.accepted().entries().get(1).summary())
        .isEqualTo(
            "subscription ended on 2024-03-08: dunning of invoice KB-000001 (USD 36.00) ended"
                + " unpaid; nothing more is billed or credited, the invoice is still owed");
    assertThat(story.team().subscription().ended()).isTrue();
    assertThat(story.team().subscription().currentCycle())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 8)));
    assertThat(story.team().standing()).isEqualTo(Standing.PAST_DUE);
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.OPEN);

    // an ended subscription bills nothing more: no renewal, and the agenda has none
    story.apply(new Command.Renew("r", "system"), "2024-03-08");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.SUBSCRIPTION_ENDED);
    assertThat(
            story
                .engine()
                .agenda(
                    story.team(), DateRange.of(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 6, 1)))
                .events())
        .allSatisfy(e -> assertThat(e.kind().name()).isNotEqualTo("RENEWAL"));

    // still owed: unpaid at the grace end it deactivates the team; paying reactivates it
    story.then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    assertThat(story.team().standing()).isEqualTo(Standing.DEACTIVATED);
    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-03-25");
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(story.accepted().invoices()).isEmpty();
    assertThat(story.team().subscription().ended()).isTrue();
  }

  // Stripe's "mark the invoice as uncollectible": the receivable is closed on the last failure,
  // the team stays active and keeps renewing; the written-off invoice may still be paid
  @Test
  void markUncollectibleWritesTheInvoiceOffAndKeepsTheTeamActive() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(
            DunningTerms.kafkaman().withEnd(DunningEnd.MARK_UNCOLLECTIBLE));

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(EntryKind.PAYMENT_ATTEMPTED, EntryKind.INVOICE_STATUS_CHANGED);
    assertThat(story.accepted().entries().get(1).summary())
        .isEqualTo(
            "invoice KB-000001 OPEN -> UNCOLLECTIBLE: dunning ended unpaid on 2024-03-08; no"
                + " longer collected; USD 36.00 still payable");
    assertThat(notified(story.accepted().notifications()))
        .isEqualTo("PAYMENT_FAILED>BILLING_MEMBERS");
    assertThat(story.accepted().notifications().get(0).message())
        .endsWith("The invoice is marked uncollectible; it may still be paid.");
    assertThat(story.team().invoice(KB1).orElseThrow().status())
        .isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(story.team().receivables()).isEmpty();
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    // the account history shows it
    assertThat(story.team().history())
        .anySatisfy(
            e -> assertThat(e.summary()).startsWith("invoice KB-000001 OPEN -> UNCOLLECTIBLE"));

    story.then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);

    story.then(new Command.Renew("r", "system"), "2024-04-01");
    assertThat(story.accepted().invoices())
        .singleElement()
        .satisfies(i -> assertThat(i.totalDue()).isEqualTo(USD_36));

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-04-02");
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
  }

  // pay by invoice: no attempts, so dunning ends at the grace end. Enterprise 5 x 99.00 renewed
  // 2024-04-01 on net 30: KB-000002 of 495.00 due 05-01, past due from 05-02, grace end 05-22
  @ParameterizedTest(name = "pay by invoice, MARK_UNCOLLECTIBLE, evaluated on {0}: {1}, {2}")
  @CsvSource({
    "2024-05-01, ACTIVE,   OPEN",
    "2024-05-02, PAST_DUE, OPEN",
    "2024-05-21, PAST_DUE, OPEN",
    "2024-05-22, ACTIVE,   UNCOLLECTIBLE"
  })
  void invoiceTeamsAreWrittenOffAtTheGraceEnd(
      LocalDate on, Standing standing, InvoiceStatus status) {
    BillingEngine engine =
        BillingEngine.of(
            PaymentStory.CATALOG,
            BillingPolicy.kafkaman()
                .withDunning(
                    DunningPolicy.of(
                        DunningTerms.kafkaman().withEnd(DunningEnd.MARK_UNCOLLECTIBLE))));
    PaymentStory story =
        PaymentStory.created(engine, PaymentStory.terms(KafkamanSample.ENTERPRISE, 5))
            .then(
                new Command.RecordPayment(
                    "pay-first", "ana", KB1, PaymentChannel.ONLINE, Amount.of("495.00", "USD")),
                PaymentStory.START)
            .then(Command.SetCollectionMethod.payByInvoice("by-invoice", "ana"), PaymentStory.START)
            .then(new Command.Renew("renew-1", "system"), LocalDate.of(2024, 4, 1));

    story.then(new Command.EvaluateDunning("g", "system"), on);

    assertThat(story.team().standing()).isEqualTo(standing);
    assertThat(story.team().invoice("KB-000002").orElseThrow().status()).isEqualTo(status);
  }

  // a Kill Bill overdue state with blockChanges, 10 days after the due date: an immediate change
  // on 03-10 (day 9) is billed 2 x 12.00 x 22/31 = 17.03; on 03-11 (day 10) it is refused, the
  // same change on renewal is offered and accepted; after paying, 2 x 12.00 x 20/31 = 15.48
  @Test
  void anOverdueStageBlocksImmediateChangesUntilThePayment() {
    DunningTerms terms =
        DunningTerms.kafkaman()
            .withStages(OverdueStage.of("changes blocked", 10, OverdueEffect.BLOCK_CHANGES));
    PaymentStory story = PaymentStory.failedThreeTimes(terms);
    PaymentStory defaults = PaymentStory.failedThreeTimes(DunningTerms.kafkaman());
    Command.ChangeSubscription fiveSeats =
        Command.ChangeSubscription.of(
            "five", "ana", PaymentStory.terms(KafkamanSample.BASIC, 5), Timing.IMMEDIATELY);

    // the agenda lists the day the stage is reached (due 2024-03-01 + 10 days), for telling the
    // team
    assertThat(
            story
                .engine()
                .agenda(
                    story.team(), DateRange.of(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 1)))
                .events())
        .filteredOn(e -> e.kind().name().equals("OVERDUE_STAGE"))
        .extracting(e -> e.date() + " " + e.description())
        .containsExactly(
            "2024-03-11 overdue stage 'changes blocked' for KB-000001 (USD 36.00) if unpaid:"
                + " [BLOCK_CHANGES]");
    PaymentStory early = PaymentStory.failedThreeTimes(terms).then(fiveSeats, "2024-03-10");
    assertThat(early.accepted().invoices().get(0).totalDue()).isEqualTo(Amount.of("17.03", "USD"));

    story.apply(fiveSeats, "2024-03-11");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.CHANGES_BLOCKED);
    assertThat(story.refused().field()).isEqualTo("timing");
    assertThat(story.refused().reason())
        .isEqualTo(
            "team acme is in overdue stage 'changes blocked' since 2024-03-11: invoice KB-000001"
                + " (USD 36.00) due 2024-03-01 is unpaid; pay it before changing immediately, or"
                + " change on renewal");
    assertThat(story.refused().alternative())
        .hasValueSatisfying(
            c ->
                assertThat(((Command.ChangeSubscription) c).request().timing())
                    .isEqualTo(Timing.ON_RENEWAL));
    // the default policy has no such stage: the same change is accepted
    defaults.then(fiveSeats, "2024-03-11");

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-03-12");
    story.then(fiveSeats, "2024-03-12");
    assertThat(story.accepted().invoices().get(0).totalDue()).isEqualTo(Amount.of("15.48", "USD"));
  }

  // RULES.md section 10 (the default, SKIP_WHILE_DEACTIVATED; Kill Bill's blocked billing): the
  // renewal due 04-01 while deactivated issues nothing; the payment on 04-10 reactivates and starts
  // a new term [04-10, 05-10) billed in full, 3 x 12.00 = 36.00. Under ALWAYS (Stripe keeps
  // invoicing) the 04-01 renewal issues KB-000002 of 36.00 and the cycle stays [04-01, 05-01).
  @ParameterizedTest(name = "renewals {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SKIP_WHILE_DEACTIVATED | 0 | 2024-04-10 | 2024-05-10 | KB-000002 36.00 on 2024-04-10
          ALWAYS                 | 1 | 2024-04-01 | 2024-05-01 | -
          """)
  void renewalsWhileDeactivatedFollowThePolicy(
      OverdueRenewals renewals,
      int invoicedOnRenewal,
      LocalDate cycleStart,
      LocalDate cycleEnd,
      String invoicedOnPayment) {
    PaymentStory story =
        PaymentStory.failedThreeTimes(DunningTerms.kafkaman().withRenewals(renewals))
            .then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    assertThat(story.team().standing()).isEqualTo(Standing.DEACTIVATED);

    story.then(new Command.Renew("r", "system"), "2024-04-01");
    assertThat(story.accepted().invoices()).hasSize(invoicedOnRenewal);

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-04-10");
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    assertThat(story.team().subscription().currentCycle())
        .isEqualTo(DateRange.of(cycleStart, cycleEnd));
    assertThat(
            String.join(
                " ",
                story.accepted().invoices().stream()
                    .map(
                        i ->
                            i.number()
                                + " "
                                + i.totalDue().toPlainString()
                                + " on "
                                + i.issueDate())
                    .toList()))
        .isEqualTo(invoicedOnPayment.equals("-") ? "" : invoicedOnPayment);
  }
}
