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

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamTest {
  private static final LocalDate CREATED = LocalDate.parse("2024-03-01");
  private static final Member ANA = Member.of("m1", "ana@example.com", CREATED, Role.BILLING);
  private static final Member BEN = Member.of("m2", "ben@example.com", CREATED, Role.ADMIN);
  private static final CardReference VISA =
      new CardReference("tok_1", "visa", "4242", YearMonth.of(2027, 8));
  private static final CardReference AMEX =
      new CardReference("tok_2", "amex", "0005", YearMonth.of(2026, 1));

  private static Team.Builder team() {
    return Team.builder()
        .id("team-1")
        .currency(Currencies.of("USD"))
        .createdOn(CREATED)
        .addMembers(ANA, BEN)
        .subscription(
            Subscription.builder()
                .terms(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5))
                .anchor(CREATED)
                .currentCycle(DateRange.of(CREATED, LocalDate.parse("2024-04-01")))
                .purchasedOn(CREATED)
                .build())
        .addCards(VISA, AMEX)
        .primaryCardToken("tok_1")
        .billingDetails(BillingDetails.ofEmail("billing@example.com"))
        .accountCredit(Amount.parse("USD 0.00"))
        .invoiceNumbering(InvoiceNumbering.startingAt1("KB-"));
  }

  @Test
  void aValidTeamAnswersLookUps() {
    Invoice invoice =
        Invoice.builder()
            .number("KB-000001")
            .teamId("team-1")
            .issueDate(CREATED)
            .dueDate(CREATED)
            .currency(Currencies.of("USD"))
            .status(InvoiceStatus.OPEN)
            .billingDetails(BillingDetails.ofEmail("billing@example.com"))
            .build();

    Team team = team().addInvoices(invoice).build();

    assertThat(team.memberCount()).isEqualTo(2);
    assertThat(team.member("m2")).contains(BEN);
    assertThat(team.member("m9")).isEmpty();
    assertThat(team.primaryCard()).contains(VISA);
    assertThat(team.card("tok_2")).contains(AMEX);
    assertThat(team.card("tok_9")).isEmpty();
    assertThat(team.invoice("KB-000001")).contains(invoice);
    assertThat(team.invoice("KB-000002")).isEmpty();
    assertThat(team.standing()).isEqualTo(Standing.ACTIVE);
    assertThat(team.collectionMethod()).isEqualTo(CollectionMethod.cardAutoCharge());
  }

  @Test
  void aTeamWithoutCardsHasNoPrimaryCard() {
    Team team = team().cards(List.of()).primaryCardToken(Optional.empty()).build();

    assertThat(team.primaryCard()).isEmpty();
  }

  @Test
  void refusesDuplicateMemberIds() {
    Member anaAgain = Member.of("m1", "ana.other@example.com", CREATED);

    assertRefused(
        () -> team().addMembers(anaAgain).build(),
        BillingErrorCode.DUPLICATE_MEMBER,
        "members",
        "member id 'm1' appears twice");
  }

  @Test
  void refusesDuplicateCardTokens() {
    CardReference visaAgain = new CardReference("tok_1", "visa", "1111", YearMonth.of(2028, 1));

    assertRefused(
        () -> team().addCards(visaAgain).build(),
        BillingErrorCode.DUPLICATE_CARD,
        "cards",
        "card token 'tok_1' appears twice");
  }

  @ParameterizedTest(name = "{0} cards with primary ''{1}'' are refused")
  @CsvSource({
    "2, '', <none> must name one of the 2 cards",
    "0, tok_1, tok_1 must name one of the 0 cards",
    "2, tok_9, tok_9 must name one of the 2 cards",
  })
  void refusesAPrimaryCardThatIsNotExactlyOneOfTheCards(int cards, String primary, String named) {
    Team.Builder builder =
        team()
            .cards(cards == 0 ? List.of() : List.of(VISA, AMEX))
            .primaryCardToken(primary.isEmpty() ? Optional.empty() : Optional.of(primary));

    assertRefused(builder::build, BillingErrorCode.INCONSISTENT_STATE, "primaryCardToken", named);
  }

  @Test
  void refusesNegativeAccountCredit() {
    assertRefused(
        () -> team().accountCredit(Amount.parse("USD -0.01")).build(),
        BillingErrorCode.INCONSISTENT_STATE,
        "accountCredit",
        "was USD -0.01");
  }

  @Test
  void refusesAccountCreditInAnotherCurrency() {
    assertRefused(
        () -> team().accountCredit(Amount.parse("EUR 5.00")).build(),
        BillingErrorCode.CURRENCY_MISMATCH,
        "accountCredit",
        "EUR 5.00 is not in the team currency USD");
  }

  @Test
  void refusesABlankId() {
    assertRefused(
        () -> team().id(" ").build(), BillingErrorCode.BLANK_VALUE, "id", "must not be blank");
  }

  @Test
  void copiesAreCheckedAndLeaveTheOriginalAsItWas() {
    Team team = team().build();

    assertRefused(
        () -> team.withAccountCredit(Amount.parse("USD -5.00")),
        BillingErrorCode.INCONSISTENT_STATE,
        "accountCredit",
        "was USD -5.00");
    assertRefused(
        () -> team.withPrimaryCardToken(Optional.of("tok_9")),
        BillingErrorCode.INCONSISTENT_STATE,
        "primaryCardToken",
        "tok_9");
    assertThat(team.accountCredit()).isEqualTo(Amount.parse("USD 0.00"));
    assertThat(team.primaryCardToken()).contains("tok_1");
    assertThat(team.withAccountCredit(Amount.parse("USD 19.74")).accountCredit())
        .isEqualTo(Amount.parse("USD 19.74"));
    assertThat(team.withStanding(Standing.PAST_DUE).standing()).isEqualTo(Standing.PAST_DUE);
  }

  @ParameterizedTest(name = "invoice {0}, receivables for {1} (uncollectible {2}): {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OPEN          | KB-000001           | false | accepted",
        "UNCOLLECTIBLE | KB-000001           | true  | accepted",
        "PAID          | KB-000001           | false | refused: invoice KB-000001 is PAID",
        "OPEN          | KB-000001           | true  | refused: invoice KB-000001 is OPEN",
        "OPEN          | KB-000009           | false | refused: invoice KB-000009 is unknown",
        "OPEN          | KB-000001 KB-000001 | false | refused: invoice KB-000001 is OPEN",
      })
  void aReceivableNeedsExactlyOneCollectableInvoice(
      InvoiceStatus status, String receivableNumbers, boolean uncollectible, String expected) {
    Invoice invoice =
        Invoice.builder()
            .number("KB-000001")
            .teamId("team-1")
            .issueDate(CREATED)
            .dueDate(CREATED)
            .currency(Currencies.of("USD"))
            .status(status)
            .billingDetails(BillingDetails.ofEmail("billing@example.com"))
            .build();
    Team.Builder builder = team().addInvoices(invoice);
    for (String number : receivableNumbers.split(" ")) {
      builder.addReceivables(
          new Receivable(
              number,
              CollectionMethod.cardAutoCharge(),
              CREATED,
              List.of(CREATED),
              CREATED.plusDays(21),
              List.of(),
              uncollectible));
    }
    if (expected.equals("accepted")) {
      assertThat(builder.build().receivables()).hasSize(1);
    } else {
      assertRefused(
          builder::build,
          BillingErrorCode.INCONSISTENT_STATE,
          "receivables",
          expected.substring("refused: ".length()));
    }
  }
}
