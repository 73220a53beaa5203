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
package co.kafkaman.billing.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdempotencyTest {

  @ParameterizedTest(name = "{0} applied twice: the first outcome, no second effect")
  @CsvSource({
    "add card",
    "buy seats",
    "failed attempt",
    "last failed attempt",
    "payment",
    "renewal",
    "void",
    "billing details"
  })
  void theSameCommandTwiceReturnsTheFirstOutcome(String what) {
    PaymentStory story = PaymentStory.basicByCard();
    Command command = command(story, what);
    story.then(command, what.equals("renewal") ? "2024-04-01" : "2024-03-20");
    Outcome.Accepted first = story.accepted();
    Team after = story.team();
    // something else happens in between
    story.then(new Command.EvaluateDunning("e", "system"), "2024-04-02");
    Team later = story.team();

    story.apply(command, "2024-04-03");

    Outcome.Accepted again = story.accepted();
    assertThat(again.team()).isSameAs(later);
    assertThat(again.summary()).isEqualTo(first.summary());
    assertThat(again.entries()).isEqualTo(first.entries());
    assertThat(again.invoices()).isEqualTo(first.invoices());
    assertThat(again.notifications()).isEmpty();
    assertThat(after.history()).containsSubsequence(first.entries());
  }

  @Test
  void invoicesComeBackAsIssuedEvenAfterTheyWerePaid() {
    PaymentStory story = PaymentStory.basicByCard();
    Command.Renew renew = new Command.Renew("r", "system");
    story.then(renew, "2024-04-01");
    story.then(
        new Command.RecordPayment(
            "p", "ana", "KB-000002", PaymentChannel.CARD, Amount.of("36.00", "USD")),
        "2024-04-02");
    assertThat(story.team().invoice("KB-000002").orElseThrow().status())
        .isEqualTo(InvoiceStatus.PAID);

    story.apply(renew, "2024-04-03");

    assertThat(story.accepted().invoices())
        .singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.OPEN));
  }

  @Test
  void theSameIdForAnotherCommandIsRefused() {
    PaymentStory story = PaymentStory.basicByCard();
    Team before = story.team();

    story.apply(new Command.EvaluateDunning("buy", "system"), "2024-03-02");

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.DUPLICATE_ENTRY_ID);
    assertThat(story.refused().field()).isEqualTo("id");
    assertThat(story.refused().reason())
        .startsWith("command id 'buy' was used on 2024-03-01 for another command (2024-03-01");
    assertThat(story.team()).isSameAs(before);
  }

  @Test
  void aCommandThatChangedNothingLeavesNoEntryAndMayRunAgain() {
    PaymentStory story = PaymentStory.basicByCard();

    story.then(new Command.EvaluateDunning("e", "system"), "2024-03-02");
    assertThat(story.accepted().entries()).isEmpty();
    assertThat(story.accepted().summary()).isEqualTo("standing ACTIVE unchanged");

    story
        .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "x"), "2024-03-02")
        .then(Command.ReportPaymentAttempt.failed("a2", "KB-000001", "x"), "2024-03-04")
        .then(Command.ReportPaymentAttempt.failed("a3", "KB-000001", "x"), "2024-03-08")
        .then(new Command.EvaluateDunning("e", "system"), "2024-03-22");
    assertThat(story.accepted().summary()).startsWith("PAST_DUE -> DEACTIVATED");
  }

  @Test
  void historyIsChronological() {
    PaymentStory story = PaymentStory.basicByCard();
    story.then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "x"), "2024-03-10");
    Team before = story.team();

    story.apply(new Command.AddCard("c", "ana", PaymentStory.visa("t2", 2028, 1)), "2024-03-09");

    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThat(story.refused().reason())
        .isEqualTo(
            "2024-03-09 is before the latest history entry on 2024-03-10; history is"
                + " chronological");
    assertThat(story.team()).isSameAs(before);
  }

  @ParameterizedTest(name = "command id \"{0}\": {1}")
  @CsvSource({
    "'c-1/1', '''c-1/1'' must not contain ''/'', which names a command''s effects in the history'",
    "' ', must not be blank"
  })
  void idsAreValidated(String id, String reason) {
    assertThatThrownBy(() -> new Command.EvaluateDunning(id, "system"))
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.field()).isEqualTo("id");
              assertThat(e.reason()).isEqualTo(reason);
            });
  }

  @Test
  void creatingTheTeamAgainReturnsItsCreation() {
    PaymentStory story = PaymentStory.basicByCard();
    Command create = (Command.CreateTeam) story.team().history().get(0).payload();

    Outcome again = story.engine().apply(story.team(), create, PaymentStory.START.plusDays(5));

    assertThat(again.isAccepted()).isTrue();
    assertThat(again.team()).isSameAs(story.team());
    assertThat(again.summary()).isEqualTo("Created team acme on Free monthly, 1 seat");
  }

  private static Command command(PaymentStory story, String what) {
    return switch (what) {
      case "add card" -> new Command.AddCard("x", "ana", PaymentStory.visa("t2", 2028, 1));
      case "buy seats" ->
          Command.ChangeSubscription.of(
              "x", "ana", PaymentStory.terms(KafkamanSample.BASIC, 5), Timing.IMMEDIATELY);
      case "failed attempt" -> Command.ReportPaymentAttempt.failed("x", "KB-000001", "declined");
      case "last failed attempt" -> {
        story
            .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
            .then(Command.ReportPaymentAttempt.failed("a2", "KB-000001", "declined"), "2024-03-04");
        yield Command.ReportPaymentAttempt.failed("x", "KB-000001", "declined");
      }
      case "payment" ->
          new Command.RecordPayment(
              "x", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("36.00", "USD"));
      case "renewal" -> new Command.Renew("x", "system");
      case "void" -> new Command.VoidInvoice("x", "ana", "KB-000001");
      default ->
          new Command.UpdateBillingDetails(
              "x", "ana", story.team().billingDetails().withVatId("DE1"));
    };
  }
}
