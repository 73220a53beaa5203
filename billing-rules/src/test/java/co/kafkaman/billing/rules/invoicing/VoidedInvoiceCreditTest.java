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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * RULES.md section 4: credits are based on what was billed, capped by what was billed minus earlier
 * credits. A void invoice billed nothing: its items are no basis for a credit, the credits it
 * granted were not granted, and an invoice whose charges a later invoice credits cannot be voided
 * before that one.
 */
class VoidedInvoiceCreditTest {

  /** Basic, 3 monthly seats, first invoice paid, renewed on 2024-04-01 (KB-000002, 36.00 open). */
  private static PaymentStory renewedUnpaid() {
    return PaymentStory.basicByCard()
        .then(Command.ReportPaymentAttempt.succeeded("pay-1", "KB-000001"), "2024-03-01")
        .then(new Command.Renew("renew-1", "system"), "2024-04-01");
  }

  private static Command toAnnual() {
    return Command.ChangeSubscription.of(
        "annual",
        "ana",
        PaymentStory.terms(KafkamanSample.BASIC, 3).withFrequency(BillingFrequency.ANNUAL),
        Timing.IMMEDIATELY);
  }

  private static Command toProfessional() {
    return Command.ChangeSubscription.of(
        "pro", "ana", PaymentStory.terms(KafkamanSample.PROFESSIONAL, 3), Timing.IMMEDIATELY);
  }

  @Test
  void aSwitchToAnnualCreditsNothingForSeatsWhoseRenewalWasVoided() {
    PaymentStory story =
        renewedUnpaid()
            .then(new Command.VoidInvoice("void-2", "ana", "KB-000002"), "2024-04-05")
            .then(toAnnual(), "2024-04-10");

    Invoice annual = story.accepted().invoices().get(0);
    assertThat(annual.lines()).extracting(InvoiceLine::kind).containsExactly(LineKind.PLAN_SEATS);
    assertThat(annual.totalDue()).isEqualTo(Amount.of("432.00", "USD"));
  }

  @Test
  void withoutTheVoidTheSameSwitchCreditsTheUnusedRenewal() {
    PaymentStory story = renewedUnpaid().then(toAnnual(), "2024-04-10");

    assertThat(story.accepted().invoices().get(0).lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly("3 x -12.00 x 21/30 days = -25.20", "3 x 144.00 = 432.00");
  }

  @Test
  void aRenewalCreditedByALaterUpgradeCannotBeVoidedBeforeTheUpgrade() {
    PaymentStory story = renewedUnpaid().then(toProfessional(), "2024-04-10");
    assertThat(story.accepted().invoices().get(0).lines())
        .extracting(InvoiceLine::explanation)
        .contains("3 x -12.00 x 21/30 days = -25.20");

    story.apply(new Command.VoidInvoice("void-2", "ana", "KB-000002"), "2024-04-12");

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.ILLEGAL_INVOICE_TRANSITION);
    assertThat(story.refused().reason())
        .contains("KB-000003 credits (USD -25.20); void KB-000003 first");
  }

  @Test
  void voidingTheUpgradeGivesItsCreditBackAndThenTheRenewalMayBeVoided() {
    PaymentStory story =
        renewedUnpaid()
            .then(toProfessional(), "2024-04-10")
            .then(new Command.VoidInvoice("void-3", "ana", "KB-000003"), "2024-04-12");
    assertThat(story.team().subscription().billedItems())
        .extracting(
            item -> item.item() + " billed " + item.billed() + ", credited " + item.credited())
        .containsExactly(
            "BASIC seats billed USD 36.00, credited USD 0.00",
            "PROFESSIONAL seats billed USD 0.00, credited USD 0.00");

    story.then(new Command.VoidInvoice("void-2", "ana", "KB-000002"), "2024-04-12");

    assertThat(story.team().subscription().billedItems())
        .extracting(BilledItem::billed)
        .containsOnly(Amount.of("0.00", "USD"));
    assertThat(story.team().subscription().currentCycle().start())
        .isEqualTo(LocalDate.of(2024, 4, 1));
  }
}
