package co.kafkaman.billing.model.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.InvoiceNumbering;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.time.BillingFrequency;
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
 * A team's invariants, checked on every copy: unique member ids and card tokens (the first repeated
 * one is named), one primary card naming a card, account credit in the team currency and not
 * negative.
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

  private static Team team() {
    return Team.builder()
        .id("team-1")
        .currency(Currencies.of("USD"))
        .createdOn(DAY)
        .addMembers(Member.of("ana", "ana@acme.test", DAY, Role.BILLING))
        .subscription(
            Subscription.builder()
                .terms(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 3))
                .anchor(DAY)
                .currentCycle(DateRange.of(DAY, DAY.plusMonths(1)))
                .purchasedOn(DAY)
                .build())
        .billingDetails(BillingDetails.ofEmail("billing@acme.test"))
        .accountCredit(Amount.zero(Currencies.of("USD")))
        .invoiceNumbering(InvoiceNumbering.startingAt1("KB-"))
        .build();
  }
}
