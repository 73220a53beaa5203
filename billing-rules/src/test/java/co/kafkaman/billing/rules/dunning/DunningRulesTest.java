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

import static co.kafkaman.billing.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.Receivable;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DunningRules} called directly (RULES.md section 10): a card invoice issued 2024-03-01 is
 * attempted on days 0, 3 and 7 and its grace ends 21 days after the due date, on 2024-03-22; an
 * invoice team's KB-000002 is due 2024-05-01 (net 30) and its grace ends on 2024-05-22.
 */
class DunningRulesTest {
  private static final DunningPolicy POLICY = DunningPolicy.kafkaman();

  private static Invoice invoice(Team team, String number) {
    return team.invoice(number).orElseThrow();
  }

  @Test
  void collectingACardInvoiceNamesItsAttemptsAndGraceEnd() {
    Team team = PaymentStory.basicByCard().team();

    DunningStep step =
        DunningRules.open(team.withReceivables(List.of()), invoice(team, "KB-000001"), POLICY);

    assertThat(step.summary().text())
        .isEqualTo(
            "collecting KB-000001 attempts on [2024-03-01, 2024-03-04, 2024-03-08], grace end"
                + " 2024-03-22");
    assertThat(step.team().receivables())
        .extracting(Receivable::invoiceNumber)
        .containsExactly("KB-000001");
  }

  @Test
  void collectingAnInvoiceTeamsInvoiceNamesItsDueDateAndGraceEnd() {
    Team team = PaymentStory.enterpriseByInvoice().team();
    List<Receivable> others =
        team.receivables().stream().filter(r -> !r.invoiceNumber().equals("KB-000002")).toList();

    DunningStep step =
        DunningRules.open(team.withReceivables(others), invoice(team, "KB-000002"), POLICY);

    assertThat(step.summary().text())
        .isEqualTo("collecting KB-000002 due 2024-05-01, grace end 2024-05-22");
    assertThat(step.notifications()).hasSize(1);
  }

  @Test
  void aPaidInvoiceHasNothingToCollect() {
    PaymentStory story = PaymentStory.enterpriseByInvoice();

    DunningStep step = DunningRules.open(story.team(), invoice(story.team(), "KB-000001"), POLICY);

    assertThat(step.summary().text()).isEqualTo("nothing to collect");
    assertThat(step.team()).isSameAs(story.team());
  }

  @Test
  void anInvoiceTeamIsPastDueAfterTheDueDateAndDeactivatedFromTheGraceEnd() {
    Team team = PaymentStory.enterpriseByInvoice().team();

    assertThat(DunningRules.standingOf(team, LocalDate.of(2024, 5, 1))).isEqualTo(Standing.ACTIVE);
    assertThat(DunningRules.standingOf(team, LocalDate.of(2024, 5, 2)))
        .isEqualTo(Standing.PAST_DUE);
    assertThat(DunningRules.standingOf(team, LocalDate.of(2024, 5, 21)))
        .isEqualTo(Standing.PAST_DUE);
    assertThat(DunningRules.standingOf(team, LocalDate.of(2024, 5, 22)))
        .isEqualTo(Standing.DEACTIVATED);
  }

  @Test
  void aPaymentDatedBeforeTheInvoiceIsRefusedNamingBothDates() {
    Team team = PaymentStory.basicByCard().team();

    assertRefused(
        () ->
            DunningRules.recordPayment(
                team,
                "KB-000001",
                PaymentChannel.CARD,
                Amount.of("36.00", "USD"),
                LocalDate.of(2024, 2, 28),
                POLICY),
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        "2024-02-28 is before invoice KB-000001 was issued on 2024-03-01");
  }

  @Test
  void payingOneOfTwoInvoicesLeavesTheOtherToCollect() {
    PaymentStory story =
        PaymentStory.enterpriseByInvoice()
            .then(new Command.Renew("renew-2", "system"), LocalDate.of(2024, 5, 1));
    Team team = story.team();
    assertThat(team.receivables())
        .extracting(Receivable::invoiceNumber)
        .containsExactly("KB-000002", "KB-000003");

    DunningStep paid =
        DunningRules.recordPayment(
            team,
            "KB-000002",
            PaymentChannel.WIRE,
            invoice(team, "KB-000002").totalDue(),
            LocalDate.of(2024, 5, 3),
            POLICY);

    assertThat(paid.team().receivables())
        .extracting(Receivable::invoiceNumber)
        .containsExactly("KB-000003");
  }
}
