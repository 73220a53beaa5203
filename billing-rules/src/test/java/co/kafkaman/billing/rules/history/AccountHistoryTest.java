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
package co.kafkaman.billing.rules.history;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountHistoryTest {

  @ParameterizedTest(name = "history in [{0}, {1}): {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-01 | 2024-03-02 | c-0 card-1 buy buy/1 a1
          2024-03-02 | 2024-03-05 | a2
          2024-03-05 | 2024-03-08 | -
          2024-03-08 | 2024-04-02 | a3 a3/1 r r/1
          2024-01-01 | 2025-01-01 | c-0 card-1 buy buy/1 a1 a2 a3 a3/1 r r/1
          """)
  void historyBetweenDates(LocalDate from, LocalDate until, String ids) {
    PaymentStory story = failedThreeTimesThenRenewed();

    List<HistoryEntry> entries =
        story.engine().historyBetween(story.team(), DateRange.of(from, until));

    List<String> found = entries.stream().map(HistoryEntry::id).toList();
    assertThat(found.isEmpty() ? "-" : String.join(" ", found)).isEqualTo(ids);
  }

  @Test
  void historyIsChronologicalAndAppendOnly() {
    PaymentStory story = PaymentStory.basicByCard();
    List<HistoryEntry> before = story.team().history();

    story.then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-02");

    assertThat(story.team().history()).startsWith(before.toArray(HistoryEntry[]::new));
    assertThat(story.team().history()).extracting(HistoryEntry::date).isSorted();
  }

  @Test
  void pastInvoicesNewestFirst() {
    PaymentStory story = failedThreeTimesThenRenewed();

    assertThat(story.engine().pastInvoices(story.team()))
        .extracting(i -> i.number() + " " + i.status())
        .containsExactly("KB-000002 OPEN", "KB-000001 OPEN");
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          card team, one failure   | 2024-03-02 | KB-000001 USD 36.00 issued 2024-03-01 due 2024-03-01 OPEN by [CARD], 1 attempt(s) made, next [2024-03-04, 2024-03-08], grace end 2024-03-22, ACTIVE
          card team, three failed  | 2024-04-01 | KB-000001 USD 36.00 issued 2024-03-01 due 2024-03-01 OPEN by [CARD], 3 attempt(s) made, next [], grace end 2024-03-22, DEACTIVATED; KB-000002 USD 36.00 issued 2024-04-01 due 2024-04-01 OPEN by [CARD], 0 attempt(s) made, next [2024-04-01, 2024-04-04, 2024-04-08], grace end 2024-04-22, ACTIVE
          invoice team             | 2024-05-02 | KB-000002 USD 495.00 issued 2024-04-01 due 2024-05-01 OPEN by [ONLINE, ACH, WIRE], 0 attempt(s) made, next [], grace end 2024-05-22, PAST_DUE
          """)
  void pendingPayments(String story, LocalDate asOf, String expected) {
    PaymentStory played =
        switch (story) {
          case "card team, one failure" ->
              PaymentStory.basicByCard()
                  .then(
                      Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"),
                      "2024-03-01");
          case "card team, three failed" -> failedThreeTimesThenRenewed();
          default -> PaymentStory.enterpriseByInvoice();
        };

    List<PendingPayment> pending = played.engine().pendingPayments(played.team(), asOf);

    assertThat(String.join("; ", pending.stream().map(PendingPayment::toString).toList()))
        .isEqualTo(expected);
  }

  @Test
  void overviewShowsPlanCycleRenewalCostAndStanding() {
    PaymentStory story =
        PaymentStory.basicByCard()
            .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
            .then(
                new Command.SetStandingInstructions(
                    "si", "ana", PaymentStory.terms(PlanTier.PROFESSIONAL, 3)),
                "2024-03-02");

    BillingOverview overview = story.engine().overview(story.team());

    assertThat(overview.renewal().total()).isEqualTo(Amount.of("87.00", "USD"));
    assertThat(overview.renewal().lines())
        .extracting(l -> l.description() + ": " + l.explanation())
        .containsExactly("Professional seats (monthly): 3 x 29.00 = 87.00");
    assertThat(overview.standing()).isEqualTo(Standing.ACTIVE);
    assertThat(overview.unpaid()).isEqualTo(Amount.of("36.00", "USD"));
    assertThat(overview.toString())
        .isEqualTo(
            "Team acme: BASIC MONTHLY, 3 seats, 1 member\n"
                + "  cycle [2024-03-01, 2024-04-01), renews 2024-04-01 as PROFESSIONAL MONTHLY, 3"
                + " seats for USD 87.00\n"
                + "  standing ACTIVE, unpaid USD 36.00, account credit USD 0.00\n"
                + "  paying by card auto-charge: visa ending 4242 (exp 2027-08)");
  }

  @Test
  void invoicesIssuedByACommandAreKeptAsIssued() {
    PaymentStory story =
        PaymentStory.basicByCard()
            .then(Command.ReportPaymentAttempt.succeeded("a1", "KB-000001"), "2024-03-01");

    List<Invoice> issued = AccountHistory.invoicesIssuedBy(story.team(), "buy");

    assertThat(issued)
        .extracting(i -> i.number() + " " + i.status())
        .containsExactly("KB-000001 OPEN");
    assertThat(story.team().invoice("KB-000001").orElseThrow().withStatus(issued.get(0).status()))
        .isEqualTo(issued.get(0));
    assertThat(AccountHistory.entriesOf(story.team(), "buy"))
        .extracting(HistoryEntry::id)
        .containsExactly("buy", "buy/1");
  }

  private static PaymentStory failedThreeTimesThenRenewed() {
    return PaymentStory.basicByCard()
        .then(Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
        .then(Command.ReportPaymentAttempt.failed("a2", "KB-000001", "declined"), "2024-03-04")
        .then(Command.ReportPaymentAttempt.failed("a3", "KB-000001", "declined"), "2024-03-08")
        .then(new Command.Renew("r", "system"), "2024-04-01");
  }
}
