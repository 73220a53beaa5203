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
package co.kafkaman.billing.rules.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaTest {
  /** The renewals of a team on the sample catalog, as an agenda source. */
  private static List<AgendaEvent> renewals(Team team, DateRange range) {
    return Agenda.renewals(team, Catalog.kafkamanSample(), range);
  }

  @ParameterizedTest(name = "{0}, {1}..{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # story                          | from       | until      | events (date kind reference)
          card invoice just issued         | 2024-03-01 | 2024-04-02 | 2024-03-01 PAYMENT_ATTEMPT KB-000001; 2024-03-04 PAYMENT_ATTEMPT KB-000001; 2024-03-08 PAYMENT_ATTEMPT KB-000001; 2024-03-22 GRACE_END KB-000001; 2024-04-01 RENEWAL cycle ending 2024-04-01
          card invoice just issued         | 2024-03-02 | 2024-03-22 | 2024-03-04 PAYMENT_ATTEMPT KB-000001; 2024-03-08 PAYMENT_ATTEMPT KB-000001
          first attempt failed late        | 2024-03-01 | 2024-03-31 | 2024-03-06 PAYMENT_ATTEMPT KB-000001; 2024-03-08 PAYMENT_ATTEMPT KB-000001; 2024-03-22 GRACE_END KB-000001
          three attempts failed            | 2024-03-01 | 2024-06-02 | 2024-03-22 GRACE_END KB-000001; 2024-04-01 RENEWAL cycle ending 2024-04-01; 2024-05-01 RENEWAL cycle ending 2024-05-01; 2024-06-01 RENEWAL cycle ending 2024-06-01
          paid                             | 2024-03-01 | 2024-05-01 | 2024-04-01 RENEWAL cycle ending 2024-04-01
          paid                             | 2024-04-01 | 2024-04-01 | -
          invoice team renewed             | 2024-04-01 | 2024-06-02 | 2024-05-01 RENEWAL cycle ending 2024-05-01; 2024-05-02 PAYMENT_OVERDUE KB-000002; 2024-05-22 GRACE_END KB-000002; 2024-06-01 RENEWAL cycle ending 2024-06-01
          renews annual from 2024-04-01    | 2024-03-02 | 2026-04-02 | 2024-04-01 RENEWAL cycle ending 2024-04-01; 2025-04-01 RENEWAL cycle ending 2025-04-01; 2026-04-01 RENEWAL cycle ending 2026-04-01
          """)
  void everyEventThatFallsDueInTheRange(
      String story, LocalDate from, LocalDate until, String expected) {
    PaymentStory played = play(story);

    Agenda agenda = played.engine().agenda(played.team(), DateRange.of(from, until));

    List<String> events =
        paymentsAndRenewals(agenda).stream()
            .map(e -> e.date() + " " + e.kind() + " " + e.reference())
            .toList();
    assertThat(events.isEmpty() ? "-" : String.join("; ", events)).isEqualTo(expected);
  }

  @Test
  void usageMonthsAndAutoFlexCyclesOfAnAnnualTermFallDueToo() {
    PaymentStory played = play("renews annual from 2024-04-01");
    // the monthly cycle renews into an annual term on 2024-04-01: usage months end on the 1st,
    // the first auto-flex quarter on 2024-07-01 (closing that usage month too), reminded 14 days
    // before
    Agenda agenda =
        played
            .engine()
            .agenda(
                played.team(), DateRange.of(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 8, 2)));

    assertThat(agenda.events())
        .extracting(e -> e.date() + " " + e.kind())
        .containsExactly(
            "2024-05-01 USAGE_MONTH_END",
            "2024-06-01 USAGE_MONTH_END",
            "2024-06-17 AUTO_FLEX_REMINDER",
            "2024-07-01 AUTO_FLEX_CYCLE_END",
            "2024-08-01 USAGE_MONTH_END");
  }

  /** The payment and renewal events: the stories above are about those. */
  private static List<AgendaEvent> paymentsAndRenewals(Agenda agenda) {
    return agenda.events().stream()
        .filter(
            e ->
                e.kind() != AgendaEventKind.AUTO_FLEX_REMINDER
                    && e.kind() != AgendaEventKind.AUTO_FLEX_CYCLE_END
                    && e.kind() != AgendaEventKind.USAGE_MONTH_END)
        .toList();
  }

  @Test
  void descriptionsSayWhatFallsDue() {
    PaymentStory story = play("first attempt failed late");

    assertThat(
            paymentsAndRenewals(
                story
                    .engine()
                    .agenda(
                        story.team(), DateRange.of(PaymentStory.START, LocalDate.of(2024, 4, 2)))))
        .extracting(AgendaEvent::toString)
        .containsExactly(
            "2024-03-06 PAYMENT_ATTEMPT KB-000001: attempt 2 of 3 for KB-000001 (USD 36.00)",
            "2024-03-08 PAYMENT_ATTEMPT KB-000001: attempt 3 of 3 for KB-000001 (USD 36.00), if"
                + " attempt 2 fails",
            "2024-03-22 GRACE_END KB-000001: grace for KB-000001 (USD 36.00) ends; deactivation if"
                + " unpaid",
            "2024-04-01 RENEWAL cycle ending 2024-04-01: renew Basic monthly, 3 seats (first"
                + " renewal)");
  }

  @Test
  void moreSourcesJoinInOneDeterministicOrder() {
    Team team = PaymentStory.basicByCard().team();
    LocalDate april1 = LocalDate.of(2024, 4, 1);
    // a stand-in for the auto-flex source: its events arrive unordered and partly out of range
    AgendaSource flex =
        (t, range) ->
            List.of(
                new AgendaEvent(april1, AgendaEventKind.AUTO_FLEX_REMINDER, "flex", "reminder"),
                new AgendaEvent(april1, AgendaEventKind.AUTO_FLEX_CYCLE_END, "flex", "cycle end"),
                new AgendaEvent(
                    LocalDate.of(2024, 3, 25), AgendaEventKind.AUTO_FLEX_REMINDER, "flex", "early"),
                new AgendaEvent(
                    LocalDate.of(2024, 5, 1), AgendaEventKind.AUTO_FLEX_CYCLE_END, "flex", "late"));

    Agenda agenda =
        Agenda.of(
            team,
            DateRange.of(april1, LocalDate.of(2024, 4, 2)),
            List.of(flex, AgendaTest::renewals));

    assertThat(agenda.events())
        .extracting(e -> e.kind().name())
        .containsExactly("AUTO_FLEX_CYCLE_END", "RENEWAL", "AUTO_FLEX_REMINDER");
    assertThat(
            Agenda.of(
                team,
                DateRange.of(april1, LocalDate.of(2024, 4, 2)),
                List.of(AgendaTest::renewals, flex)))
        .isEqualTo(agenda);
  }

  private static PaymentStory play(String story) {
    return switch (story) {
      case "card invoice just issued" -> PaymentStory.basicByCard();
      case "first attempt failed late" ->
          PaymentStory.basicByCard()
              .then(
                  Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-05");
      case "three attempts failed" ->
          PaymentStory.basicByCard()
              .then(
                  Command.ReportPaymentAttempt.failed("a1", "KB-000001", "declined"), "2024-03-01")
              .then(
                  Command.ReportPaymentAttempt.failed("a2", "KB-000001", "declined"), "2024-03-04")
              .then(
                  Command.ReportPaymentAttempt.failed("a3", "KB-000001", "declined"), "2024-03-08");
      case "paid" ->
          PaymentStory.basicByCard()
              .then(Command.ReportPaymentAttempt.succeeded("a1", "KB-000001"), "2024-03-01");
      case "invoice team renewed" -> PaymentStory.enterpriseByInvoice();
      case "renews annual from 2024-04-01" ->
          PaymentStory.basicByCard()
              .then(Command.ReportPaymentAttempt.succeeded("a1", "KB-000001"), "2024-03-01")
              .then(
                  new Command.SetStandingInstructions(
                      "si", "ana", Terms.of(KafkamanSample.BASIC, BillingFrequency.ANNUAL, 3)),
                  "2024-03-02");
      default -> throw new IllegalArgumentException(story);
    };
  }
}
