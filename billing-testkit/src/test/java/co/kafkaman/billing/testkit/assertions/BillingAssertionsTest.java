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
package co.kafkaman.billing.testkit.assertions;

import static co.kafkaman.billing.testkit.assertions.BillingAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assertions pass on the worked examples and fail with readable messages otherwise. */
class BillingAssertionsTest {
  private static final BillingEngine ENGINE = BillingEngine.of(Catalog.kafkamanSample());
  private static final Team TEAM = TeamFixture.of(ENGINE).team();
  private static final Outcome ADDED =
      ENGINE.apply(
          TEAM,
          Command.ChangeSubscription.of(
              "c-2", "ana", TEAM.subscription().terms().withSeats(5), Timing.IMMEDIATELY),
          LocalDate.of(2024, 3, 15));
  private static final Invoice INVOICE = ((Outcome.Accepted) ADDED).invoices().get(0);

  @Test
  void theTwoSeatInvoicePassesEveryAssertion() {
    assertThat(INVOICE)
        .hasLine(LineKind.SEAT_PRORATION, "13.16")
        .hasLine(LineKind.SEAT_PRORATION, "USD 13.16")
        .hasLineExplained(LineKind.SEAT_PRORATION, "2 x 12.00 x 17/31 days = 13.16")
        .explanationMentions("17/31")
        .totalEqualsSumOfLines()
        .hasTotalDue("13.16")
        .hasSubtotal("USD 13.16")
        .hasCreditsApplied("0.00")
        .hasLineCount(1)
        .hasNoLine(LineKind.CHANGE_CREDIT)
        .hasStatus(InvoiceStatus.OPEN)
        .isIssuedOn(LocalDate.of(2024, 3, 15))
        .hasNumber("KB-000002")
        .hasVatId("");
    assertThat(INVOICE.totalDue())
        .isEqualTo("USD 13.16")
        .isEqualTo("13.16")
        .isPositive()
        .hasCurrency("USD")
        .hasMinorUnits(1316);
  }

  @ParameterizedTest(name = "{0} fails naming \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "hasLine SEAT_PRORATION 13.17 | a SEAT_PRORATION line of USD 13.17",
        "hasTotalDue 13.17             | total due USD 13.17",
        "explanationMentions 16/31     | explanation mentions \"16/31\"",
        "hasNoLine SEAT_PRORATION      | no SEAT_PRORATION line",
        "hasLineCount 2                | to have 2 lines",
      })
  void aFailingInvoiceAssertionPrintsTheWholeInvoice(String assertion, String expectation) {
    String[] parts = assertion.split(" ");
    assertThatThrownBy(
            () -> {
              InvoiceAssert invoice = assertThat(INVOICE);
              switch (parts[0]) {
                case "hasLine" -> invoice.hasLine(LineKind.valueOf(parts[1]), parts[2]);
                case "hasTotalDue" -> invoice.hasTotalDue(parts[1]);
                case "explanationMentions" -> invoice.explanationMentions(parts[1]);
                case "hasNoLine" -> invoice.hasNoLine(LineKind.valueOf(parts[1]));
                default -> invoice.hasLineCount(Integer.parseInt(parts[1]));
              }
            })
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected invoice KB-000002")
        .hasMessageContaining(expectation)
        .hasMessageContaining("Invoice KB-000002  issued 2024-03-15")
        .hasMessageContaining("2 x 12.00 x 17/31 days = 13.16")
        .hasMessageContaining("Total due");
  }

  @Test
  void aFailingAmountAssertionShowsBothAmounts() {
    assertThatThrownBy(() -> assertThat(Amount.parse("USD 12.34")).isEqualTo("USD 12.35"))
        .hasMessageContaining("Expected amount USD 12.35 but was USD 12.34");
    assertThatThrownBy(() -> assertThat(Amount.parse("JPY 1200")).isEqualTo("USD 1200.00"))
        .hasMessageContaining("Expected amount USD 1200.00 but was JPY 1200");
    assertThatThrownBy(() -> assertThat(Amount.parse("BHD 1.234")).hasCurrency("JPY"))
        .hasMessageContaining("Expected an amount in JPY but was BHD 1.234");
    assertThatThrownBy(() -> assertThat(Amount.parse("USD 0.00")).isNegative())
        .hasMessageContaining("Expected a negative amount but was USD 0.00");
  }

  @Test
  void aMalformedExpectedAmountIsReportedAsSuch() {
    assertThatThrownBy(() -> assertThat(Amount.parse("JPY 1200")).isEqualTo("12.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected amount '12.5' is malformed");
  }

  @Test
  void teamAssertionsReadTheStateAndPrintTheTeamWhenTheyFail() {
    Team after = ADDED.team();
    assertThat(after)
        .isActive()
        .isOn(PlanTier.BASIC)
        .hasSeats(5)
        .hasMembers(1)
        .hasAccountCredit("0.00")
        .hasNoNextTerms()
        .hasTerms(Terms.of(PlanTier.BASIC, BillingFrequency.MONTHLY, 5))
        .hasCurrentCycle(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1))
        .hasInvoiceCount(2)
        .lastInvoice()
        .hasTotalDue("13.16");
    assertThatThrownBy(() -> assertThat(after).hasSeats(6))
        .hasMessageContaining("Expected 6 seats, but the team was:")
        .hasMessageContaining("team acme (USD) ACTIVE, account credit USD 0.00")
        .hasMessageContaining("terms BASIC MONTHLY, 5 seats, cycle [2024-03-01, 2024-04-01)")
        .hasMessageContaining("next terms: renew unchanged");
    assertThatThrownBy(
            () ->
                assertThat(after)
                    .hasNextTerms(Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 5)))
        .hasMessageContaining("Expected next terms FREE MONTHLY, 5 seats");
  }

  @Test
  void outcomeAssertionsTellAcceptedFromRefused() {
    Outcome refused =
        ENGINE.apply(
            TEAM,
            Command.ChangeSubscription.of(
                "c-3",
                "ana",
                Terms.of(PlanTier.FREE, BillingFrequency.MONTHLY, 3),
                Timing.IMMEDIATELY),
            LocalDate.of(2024, 3, 20));
    assertThat(refused)
        .isRefused()
        .isRefusedWith(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL)
        .isRefusedWith("BILL-401")
        .hasAlternative()
        .issuedInvoices(0)
        .team()
        .hasSeats(3);
    assertThat(ADDED)
        .isAccepted()
        .issuedInvoices(1)
        .invoice(0)
        .hasLine(LineKind.SEAT_PRORATION, "13.16");
    assertThatThrownBy(() -> assertThat(refused).isAccepted())
        .hasMessageContaining("Expected the outcome to be accepted, but it was:")
        .hasMessageContaining("REFUSED ChangeSubscription c-3: Refused BILL-401");
    assertThatThrownBy(() -> assertThat(ADDED).isRefusedWith("BILL-401"))
        .hasMessageContaining("ACCEPTED ChangeSubscription c-2")
        .hasMessageContaining("SEAT_PRORATION");
    assertThatThrownBy(() -> assertThat(ADDED).invoice(1))
        .hasMessageContaining("to issue an invoice at index 1");
  }

  @Test
  void aPercentSignInAnInvoiceDoesNotBreakTheMessage() {
    Invoice odd =
        Invoice.builder()
            .from(INVOICE)
            .billingDetails(INVOICE.billingDetails().withCompanyName("100% Acme %s %n"))
            .build();
    assertThatThrownBy(() -> assertThat(odd).hasTotalDue("1.00"))
        .hasMessageContaining("100% Acme %s %n");
  }

  @Test
  void bothAssertThatImportsLiveTogether() {
    assertThat("plain AssertJ still works").startsWith("plain");
    assertThat(Amount.parse("BHD 0.001")).hasMinorUnits(1);
  }
}
