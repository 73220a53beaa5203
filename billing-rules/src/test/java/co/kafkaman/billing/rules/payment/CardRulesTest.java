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
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardRulesTest {

  /**
   * Plays card operations on a team ("add a", "add expired x", "remove a", "primary b"); the last
   * one's outcome is checked, then the cards and the primary card.
   */
  @ParameterizedTest(name = "{0}: {1} -> {2}, primary {3}, cards [{4}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # plan                  | operations                                    | last outcome         | primary | cards
          FREE                    | add a                                         | ACCEPTED             | a       | a
          FREE                    | add a; add b                                  | ACCEPTED             | a       | a b
          FREE                    | add a; add b; remove b                        | ACCEPTED             | a       | a
          FREE                    | add a; add b; remove a                        | PRIMARY_CARD_REMOVAL | a       | a b
          FREE                    | add a; add b; primary b                       | ACCEPTED             | b       | a b
          FREE                    | add a; add b; primary b; remove a             | ACCEPTED             | b       | b
          FREE                    | add a; remove a                               | ACCEPTED             | -       | -
          FREE                    | add a; add a                                  | DUPLICATE_CARD       | a       | a
          FREE                    | remove z                                      | UNKNOWN_CARD         | -       | -
          FREE                    | add a; primary z                              | UNKNOWN_CARD         | a       | a
          FREE                    | add a; primary a                              | NOTHING_TO_CHANGE    | a       | a
          FREE                    | add expired x                                 | CARD_EXPIRED         | -       | -
          BASIC                   | add a; remove a                               | LAST_CARD_REMOVAL    | a       | a
          BASIC                   | add a; add b; primary b; remove a; remove b   | LAST_CARD_REMOVAL    | b       | b
          BASIC                   | add a; add b; remove b                        | ACCEPTED             | a       | a
          ENTERPRISE_BY_INVOICE   | add a; remove a                               | ACCEPTED             | -       | -
          """)
  void cardOperations(
      String plan, String operations, String lastOutcome, String primary, String cards) {
    PaymentStory story = story(plan);
    LocalDate date = story.team().history().get(story.team().history().size() - 1).date();
    for (String operation : operations.split(";")) {
      String[] words = operation.trim().split(" ");
      String token = words[words.length - 1];
      Command command =
          switch (words[0]) {
            case "add" ->
                new Command.AddCard(
                    story.nextId(),
                    "ana",
                    words[1].equals("expired")
                        ? PaymentStory.visa(token, 2024, 2)
                        : PaymentStory.visa(token, 2027, 8));
            case "remove" -> new Command.RemoveCard(story.nextId(), "ana", token);
            case "primary" -> new Command.SetPrimaryCard(story.nextId(), "ana", token);
            default -> throw new IllegalArgumentException(operation);
          };
      story.apply(command, date);
    }
    Outcome outcome = story.last();
    if (lastOutcome.equals("ACCEPTED")) {
      assertThat(outcome.isAccepted()).as(outcome.summary()).isTrue();
      assertThat(story.accepted().entries())
          .extracting(e -> e.kind())
          .first()
          .isEqualTo(EntryKind.CARD_CHANGED);
    } else {
      assertThat(story.refused().code()).isEqualTo(BillingErrorCode.valueOf(lastOutcome));
      assertThat(story.refused().field()).isIn("card.token", "card.expiry", "token");
    }
    Team team = story.team();
    assertThat(team.primaryCardToken().orElse("-")).isEqualTo(primary);
    List<String> tokens = new ArrayList<>();
    team.cards().forEach(c -> tokens.add(c.token()));
    assertThat(tokens.isEmpty() ? "-" : String.join(" ", tokens)).isEqualTo(cards);
  }

  @Test
  void refusalsNameTheFieldAndTheValue() {
    PaymentStory story = PaymentStory.basicByCard();
    story.apply(new Command.RemoveCard("r", "ana", "tok_visa"), PaymentStory.START);
    assertThat(story.refused().reason())
        .isEqualTo(
            "'tok_visa' is the last card of a team paying BASIC by card; add another card or"
                + " switch to pay by invoice first");
    story
        .then(new Command.AddCard("a", "ana", PaymentStory.visa("tok_2", 2028, 1)), "2024-03-02")
        .apply(new Command.RemoveCard("r2", "ana", "tok_visa"), "2024-03-02");
    assertThat(story.refused().reason())
        .isEqualTo(
            "'tok_visa' is the primary card (visa ending 4242 (exp 2027-08)); set another of the 2"
                + " cards as primary first");
  }

  @ParameterizedTest(name = "card expiring {0} charged on {1}: {2}")
  @CsvSource({
    "2024-02, 2024-02-01, CHARGE",
    "2024-02, 2024-02-29, CHARGE",
    "2024-02, 2024-03-01, CARD_EXPIRED",
    "2023-12, 2024-03-01, CARD_EXPIRED",
    "2027-08, 2024-03-01, CHARGE"
  })
  void anExpiredCardCannotBeCharged(String expiry, LocalDate asOf, String expected) {
    CardReference card = new CardReference("t", "visa", "4242", YearMonth.parse(expiry));
    // a team whose card was added while it was still valid
    Team team =
        Team.builder()
            .from(PaymentStory.free().team())
            .addCards(card)
            .primaryCardToken("t")
            .build();
    Amount due = Amount.of("36.00", "USD");

    Charge charge = CardRules.charge(team, due, asOf);

    if (expected.equals("CHARGE")) {
      assertThat(charge).isEqualTo(new Charge.Card(team.primaryCard().orElseThrow(), due));
    } else {
      assertThat(charge)
          .isEqualTo(
              new Charge.Impossible(
                  BillingErrorCode.CARD_EXPIRED,
                  "the primary card visa ending 4242 (exp "
                      + expiry
                      + ") has expired and cannot be charged on "
                      + asOf));
    }
  }

  @Test
  void withoutACardNothingCanBeCharged() {
    Team team = PaymentStory.free().team();

    assertThat(CardRules.charge(team, Amount.of("36.00", "USD"), PaymentStory.START))
        .isEqualTo(
            new Charge.Impossible(
                BillingErrorCode.NO_PAYMENT_METHOD, "no card is on file for team acme"));
  }

  @Test
  void theEngineSaysWhatToChargeForAnInvoice() {
    PaymentStory story = PaymentStory.basicByCard();
    BillingEngine engine = story.engine();

    assertThat(engine.chargeFor(story.team(), "KB-000001", PaymentStory.START).toString())
        .isEqualTo("charge USD 36.00 to visa ending 4242 (exp 2027-08)");
  }

  private static PaymentStory story(String plan) {
    if (plan.equals("ENTERPRISE_BY_INVOICE")) {
      return PaymentStory.enterpriseByInvoice();
    }
    PaymentStory story =
        PaymentStory.created(
            BillingEngine.of(PaymentStory.CATALOG), PaymentStory.terms(PlanTier.valueOf(plan), 1));
    if (plan.equals("BASIC")) {
      // the first invoice is paid, so only the plan keeps the last card
      story.then(
          new Command.RecordPayment(
              "p", "ana", "KB-000001", PaymentChannel.ONLINE, Amount.of("12.00", "USD")),
          PaymentStory.START);
    }
    return story;
  }
}
