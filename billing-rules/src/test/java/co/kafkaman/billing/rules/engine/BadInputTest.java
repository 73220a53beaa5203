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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.Refusals;
import co.kafkaman.billing.rules.change.Timing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md section 13: every bad input gets a stable code and a message naming the field and the
 * value; a refused command leaves the team exactly as it was. The story is a card team on Basic, 3
 * seats, with invoice KB-000001 of USD 36.00 open since 2024-03-01.
 */
class BadInputTest {

  @ParameterizedTest(name = "{0}: {1} [{2}] {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                               | code                    | field         | reason
          unknown plan                         | UNKNOWN_PLAN            | plan          | the catalog has no PROFESSIONAL plan
          zero seats on a paid plan            | SEATS_BELOW_MEMBERS     | target.seats  | removing seats down to 0 is below the team's 1 members
          zero payment                         | INVALID_QUANTITY        | amount        | must be positive, was USD 0.00
          negative payment                     | INVALID_QUANTITY        | amount        | must be positive, was USD -36.00
          partial payment                      | PAYMENT_AMOUNT_MISMATCH | amount        | USD 20.00 does not match the USD 36.00 due on invoice KB-000001
          payment in another currency          | CURRENCY_MISMATCH       | amount        | EUR 36.00 is not in the invoice currency USD
          date before the team exists          | DATE_OUT_OF_RANGE       | asOf          | 2024-02-28 is before the team was created on 2024-03-01
          date before the current cycle        | DATE_OUT_OF_RANGE       | asOf          | 2024-03-31 is before the latest history entry on 2024-04-01; history is chronological
          renewal on another date              | DATE_OUT_OF_RANGE       | asOf          | 2024-03-15 is not the renewal date 2024-04-01 of cycle [2024-03-01, 2024-04-01)
          instructions after the cycle         | DATE_OUT_OF_RANGE       | asOf          | 2024-04-01 is outside the current cycle [2024-03-01, 2024-04-01)
          attempt before it is due             | DATE_OUT_OF_RANGE       | asOf          | attempt 2 of 3 for KB-000001 is due on 2024-03-04, not 2024-03-02
          removing an unknown card             | UNKNOWN_CARD            | token         | no card with token 'tok_nope' is on file
          paying an already-paid invoice       | INVOICE_ALREADY_PAID    | invoiceNumber | invoice KB-000001 is already PAID
          paying an unknown invoice            | UNKNOWN_INVOICE         | invoiceNumber | team acme has no invoice 'KB-000042'
          immediate downgrade                  | CHANGE_ONLY_ON_RENEWAL  | timing        | downgrade from Basic to Free can only apply on renewal (2024-04-01); On renewal would be accepted
          """)
  void refusedCommandsLeaveTheTeamAsItWas(
      String situation, BillingErrorCode code, String field, String reason) {
    PaymentStory story = PaymentStory.basicByCard();
    BillingEngine engine = story.engine();
    Team team = story.team();
    Command command;
    LocalDate asOf = LocalDate.of(2024, 3, 15);
    switch (situation) {
      case "unknown plan" -> {
        engine = BillingEngine.of(withoutProfessional());
        command = change(PaymentStory.terms(KafkamanSample.PROFESSIONAL, 3));
      }
      case "zero seats on a paid plan" ->
          command = change(PaymentStory.terms(KafkamanSample.BASIC, 0));
      case "zero payment" -> command = pay("KB-000001", "USD", "0.00");
      case "negative payment" -> command = pay("KB-000001", "USD", "-36.00");
      case "partial payment" -> command = pay("KB-000001", "USD", "20.00");
      case "payment in another currency" -> command = pay("KB-000001", "EUR", "36.00");
      case "date before the team exists" -> {
        command = new Command.EvaluateDunning("x", "system");
        asOf = LocalDate.of(2024, 2, 28);
      }
      case "date before the current cycle" -> {
        team = story.then(new Command.Renew("r", "system"), "2024-04-01").team();
        command =
            new Command.SetStandingInstructions(
                "x", "ana", PaymentStory.terms(KafkamanSample.BASIC, 4));
        asOf = LocalDate.of(2024, 3, 31);
      }
      case "renewal on another date" -> command = new Command.Renew("x", "system");
      case "instructions after the cycle" -> {
        command =
            new Command.SetStandingInstructions(
                "x", "ana", PaymentStory.terms(KafkamanSample.BASIC, 4));
        asOf = LocalDate.of(2024, 4, 1);
      }
      case "attempt before it is due" -> {
        team =
            story
                .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "x"), "2024-03-01")
                .team();
        command = Command.ReportPaymentAttempt.failed("x", "KB-000001", "x");
        asOf = LocalDate.of(2024, 3, 2);
      }
      case "removing an unknown card" -> command = new Command.RemoveCard("x", "ana", "tok_nope");
      case "paying an already-paid invoice" -> {
        team = story.then(pay("KB-000001", "USD", "36.00"), "2024-03-02").team();
        command =
            new Command.RecordPayment(
                "x2", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("36.00", "USD"));
      }
      case "paying an unknown invoice" -> command = pay("KB-000042", "USD", "36.00");
      case "immediate downgrade" -> command = change(PaymentStory.terms(KafkamanSample.FREE, 3));
      default -> throw new IllegalArgumentException(situation);
    }

    Outcome outcome = engine.apply(team, command, asOf);

    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    Outcome.Refused refused = (Outcome.Refused) outcome;
    assertThat(refused.code()).isEqualTo(code);
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.reason()).isEqualTo(reason);
    assertThat(refused.team()).isSameAs(team);
    assertThat(refused.summary())
        .startsWith("Refused " + code.code() + " " + code + " [" + field + "]");
  }

  @ParameterizedTest(name = "{0}: {1} [{2}] {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          negative seats            | INVALID_QUANTITY | seats         | must not be negative, was -1
          blank command id          | BLANK_VALUE      | id            | must not be blank
          card number for last 4    | MALFORMED_VALUE  | last4         | '4242424242424242' is not four digits
          negative net terms        | INVALID_QUANTITY | netTermsDays  | must not be negative, was -5
          card as an invoice channel| MALFORMED_VALUE  | channels      | must be some of ONLINE, ACH, WIRE, was [CARD]
          no retry at all           | INVALID_QUANTITY | offsetsInDays | must name at least one attempt, was empty
          """)
  void invalidValuesFailWhenTheyAreBuilt(
      String situation, BillingErrorCode code, String field, String reason) {
    Refusals.assertRefused(
        () -> {
          switch (situation) {
            case "negative seats" -> Terms.of(KafkamanSample.BASIC, BillingFrequency.MONTHLY, -1);
            case "blank command id" -> new Command.RemoveCard("", "ana", "t");
            case "card number for last 4" ->
                new CardReference("t", "visa", "4242424242424242", YearMonth.of(2027, 1));
            case "negative net terms" ->
                CollectionMethod.payByInvoice(-5, EnumSet.of(PaymentChannel.WIRE));
            case "card as an invoice channel" ->
                CollectionMethod.payByInvoice(30, Set.of(PaymentChannel.CARD));
            default -> co.kafkaman.billing.rules.dunning.RetrySchedule.of();
          }
        },
        code,
        field,
        reason);
  }

  @ParameterizedTest(name = "a team in {0} for a USD catalog is refused")
  @CsvSource("EUR")
  void aTeamCannotMixCurrenciesWithItsCatalog(String currency) {
    BillingEngine engine = BillingEngine.of(PaymentStory.CATALOG);

    Creation outcome =
        engine.create(
            new Command.CreateTeam(
                "c-1",
                "ana",
                "acme",
                Currencies.of(currency),
                Member.of("ana", "ana@acme.test", PaymentStory.START, Role.BILLING),
                BillingDetails.ofEmail("billing@acme.test"),
                "KB-",
                PaymentStory.terms(KafkamanSample.FREE, 1)),
            PaymentStory.START);

    assertThat(outcome).isInstanceOf(Creation.Refused.class);
    assertThat(((Creation.Refused) outcome).code()).isEqualTo(BillingErrorCode.CURRENCY_MISMATCH);
    assertThat(((Creation.Refused) outcome).reason())
        .isEqualTo("EUR is not the catalog currency USD");
  }

  private static Command change(Terms target) {
    return Command.ChangeSubscription.of("x", "ana", target, Timing.IMMEDIATELY);
  }

  private static Command pay(String invoice, String currency, String amount) {
    return new Command.RecordPayment(
        "x", "ana", invoice, PaymentChannel.ONLINE, Amount.of(amount, currency));
  }

  private static Catalog withoutProfessional() {
    Catalog sample = PaymentStory.CATALOG;
    java.util.Map<co.kafkaman.billing.model.catalog.PlanId, co.kafkaman.billing.model.catalog.Plan>
        plans = new java.util.LinkedHashMap<>(sample.plans());
    plans.remove(KafkamanSample.PROFESSIONAL);
    return Catalog.builder().from(sample).plans(plans).build();
  }
}
