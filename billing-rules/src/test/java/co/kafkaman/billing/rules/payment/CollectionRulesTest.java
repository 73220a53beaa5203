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
package co.kafkaman.billing.rules.payment;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionRulesTest {

  @ParameterizedTest(name = "{0} asks for pay by invoice: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ENTERPRISE   | ACCEPTED
          PROFESSIONAL | the PROFESSIONAL plan does not allow pay by invoice; it is available on plans that allow it (Enterprise), arranged with sales
          BASIC        | the BASIC plan does not allow pay by invoice; it is available on plans that allow it (Enterprise), arranged with sales
          FREE         | the FREE plan does not allow pay by invoice; it is available on plans that allow it (Enterprise), arranged with sales
          """)
  void payByInvoiceOnlyWhereThePlanAllowsIt(PlanTier tier, String expected) {
    PaymentStory story =
        PaymentStory.created(BillingEngine.of(PaymentStory.CATALOG), PaymentStory.terms(tier, 1));

    story.apply(Command.SetCollectionMethod.payByInvoice("inv", "ana"), PaymentStory.START);

    if (expected.equals("ACCEPTED")) {
      assertThat(story.team().collectionMethod())
          .isEqualTo(
              CollectionMethod.payByInvoice(
                  30, EnumSet.of(PaymentChannel.ONLINE, PaymentChannel.ACH, PaymentChannel.WIRE)));
      assertThat(story.accepted().entries().get(0).kind()).isEqualTo(EntryKind.COLLECTION_CHANGED);
      assertThat(story.accepted().summary())
          .isEqualTo(
              "collection: card auto-charge -> pay by invoice, net 30 ([ONLINE, ACH, WIRE])");
    } else {
      assertThat(story.refused().code()).isEqualTo(BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED);
      assertThat(story.refused().field()).isEqualTo("method");
      assertThat(story.refused().reason()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "net {0} days: invoice issued {1} is due {2}, no attempt planned")
  @CsvSource({
    "30, 2024-04-01, 2024-05-01",
    "45, 2024-04-01, 2024-05-16",
    "0, 2024-04-01, 2024-04-01"
  })
  void invoiceTeamsAreDueAfterNetTerms(int netDays, LocalDate issued, LocalDate due) {
    PaymentStory story =
        PaymentStory.created(
                BillingEngine.of(PaymentStory.CATALOG), PaymentStory.terms(PlanTier.ENTERPRISE, 5))
            .then(
                new Command.RecordPayment(
                    "p", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("495.00", "USD")),
                PaymentStory.START)
            .then(
                new Command.SetCollectionMethod(
                    "inv",
                    "ana",
                    CollectionMethod.payByInvoice(netDays, EnumSet.of(PaymentChannel.WIRE))),
                PaymentStory.START)
            .then(new Command.Renew("r", "system"), issued);

    Invoice invoice = story.accepted().invoices().get(0);
    assertThat(invoice.dueDate()).isEqualTo(due);
    assertThat(story.team().receivable(invoice.number()).orElseThrow().attemptDates()).isEmpty();
  }

  @Test
  void backToCardNeedsACardOnAPaidPlan() {
    PaymentStory story = PaymentStory.enterpriseByInvoice();

    story.apply(
        new Command.SetCollectionMethod("card", "ana", CollectionMethod.cardAutoCharge()),
        "2024-04-02");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.NO_PAYMENT_METHOD);
    assertThat(story.refused().reason())
        .isEqualTo("card auto-charge on ENTERPRISE needs a card on file; add a card first");

    story
        .then(new Command.AddCard("a", "ana", PaymentStory.visa("t", 2028, 1)), "2024-04-02")
        .apply(
            new Command.SetCollectionMethod("card", "ana", CollectionMethod.cardAutoCharge()),
            "2024-04-02");
    assertThat(story.team().collectionMethod()).isEqualTo(CollectionMethod.cardAutoCharge());
    // the invoice issued on pay by invoice keeps its terms: no automatic attempt
    assertThat(story.team().receivable("KB-000002").orElseThrow().attemptDates()).isEmpty();
  }

  @Test
  void theSameMethodAgainChangesNothing() {
    PaymentStory story = PaymentStory.enterpriseByInvoice();

    story.apply(Command.SetCollectionMethod.payByInvoice("again", "ana"), "2024-04-02");

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.NOTHING_TO_CHANGE);
  }

  @ParameterizedTest(name = "an Enterprise team paying by invoice moves to Professional {0}")
  @CsvSource({"IMMEDIATELY", "ON_RENEWAL"})
  void leavingAPlanThatAllowsPayByInvoiceNeedsCardAutoChargeFirst(Timing timing) {
    PaymentStory story = PaymentStory.enterpriseByInvoice();
    Terms professional = PaymentStory.terms(PlanTier.PROFESSIONAL, 5);
    Command move =
        new Command.ChangeSubscription(
            "move", "sales", new ChangeRequest(professional, timing, true));

    story.apply(move, "2024-04-02");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED);
    assertThat(story.refused().field()).isEqualTo("target.tier");
    assertThat(story.refused().reason())
        .isEqualTo(
            "the team pays by invoice, which the PROFESSIONAL plan does not allow; switch it to"
                + " card auto-charge (with a card on file) first");
    story.apply(
        new Command.SetStandingInstructions("instruct", "sales", professional, true), "2024-04-02");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED);

    story
        .then(new Command.AddCard("card", "ana", PaymentStory.visa("t", 2028, 1)), "2024-04-02")
        .then(
            new Command.SetCollectionMethod("to-card", "ana", CollectionMethod.cardAutoCharge()),
            "2024-04-02")
        .apply(
            new Command.ChangeSubscription(
                "move-later", "sales", new ChangeRequest(professional, Timing.ON_RENEWAL, true)),
            "2024-04-02");
    // on card auto-charge the move is no longer refused for the collection method (a downgrade
    // applies on renewal)
    assertThat(story.last().isAccepted()).as(story.last().summary()).isTrue();
  }

  @Test
  void payByInvoiceIsRefusedWhileTheTeamRenewsOnAPlanThatDoesNotAllowIt() {
    PaymentStory story =
        PaymentStory.created(
                BillingEngine.of(PaymentStory.CATALOG), PaymentStory.terms(PlanTier.ENTERPRISE, 5))
            .then(
                new Command.SetStandingInstructions(
                    "instruct", "sales", PaymentStory.terms(PlanTier.PROFESSIONAL, 5), true),
                PaymentStory.START);

    story.apply(Command.SetCollectionMethod.payByInvoice("inv", "ana"), PaymentStory.START);

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED);
    assertThat(story.refused().reason())
        .isEqualTo(
            "the team renews on PROFESSIONAL (standing instructions), which does not allow pay by"
                + " invoice; clear or change them first");
  }
}
