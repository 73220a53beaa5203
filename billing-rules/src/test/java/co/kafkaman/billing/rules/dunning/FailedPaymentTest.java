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

import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Card team, invoice KB-000001 of USD 36.00 due 2024-03-01, kafkaman policy (days 0, 3, 7; 21). */
class FailedPaymentTest {
  private static final String KB1 = "KB-000001";

  @ParameterizedTest(name = "{0} -> {1}, invoice {2}, next attempt {3}, notified {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # attempts reported (date outcome)         | standing | invoice | next attempt | notified by the last report
          2024-03-01 S                               | ACTIVE   | PAID    | -            | -
          2024-03-01 F                               | ACTIVE   | OPEN    | 2024-03-04   | -
          2024-03-01 F; 2024-03-04 S                 | ACTIVE   | PAID    | -            | -
          2024-03-01 F; 2024-03-04 F                 | ACTIVE   | OPEN    | 2024-03-08   | -
          2024-03-01 F; 2024-03-04 F; 2024-03-08 F   | PAST_DUE | OPEN    | -            | PAYMENT_FAILED>BILLING_MEMBERS NON_PAYMENT>ALL_MEMBERS
          2024-03-01 F; 2024-03-04 F; 2024-03-08 S   | ACTIVE   | PAID    | -            | -
          2024-03-02 F                               | ACTIVE   | OPEN    | 2024-03-04   | -
          2024-03-01 F; 2024-03-09 F                 | ACTIVE   | OPEN    | 2024-03-10   | -
          2024-03-01 F; 2024-03-04 F; 2024-03-21 F   | PAST_DUE | OPEN    | -            | PAYMENT_FAILED>BILLING_MEMBERS NON_PAYMENT>ALL_MEMBERS
          2024-03-01 F; 2024-03-21 F                 | PAST_DUE | OPEN    | -            | PAYMENT_FAILED>BILLING_MEMBERS NON_PAYMENT>ALL_MEMBERS
          """)
  void eachReportedAttemptSaysWhatHappensNext(
      String reports, Standing standing, InvoiceStatus status, String next, String notified) {
    PaymentStory story = PaymentStory.basicByCard();

    report(story, reports);

    Team team = story.team();
    assertThat(team.standing()).isEqualTo(standing);
    assertThat(team.invoice(KB1).orElseThrow().status()).isEqualTo(status);
    assertThat(
            team.receivable(KB1)
                .flatMap(DunningRules::nextAttemptOn)
                .map(LocalDate::toString)
                .orElse("-"))
        .isEqualTo(next);
    assertThat(describe(story.accepted().notifications())).isEqualTo(notified);
    assertThat(story.accepted().entries().get(0).kind()).isEqualTo(EntryKind.PAYMENT_ATTEMPTED);
  }

  @Test
  void theLastFailureSaysWhoIsToldWhat() {
    PaymentStory story = PaymentStory.basicByCard();
    Team withMembers =
        Team.builder()
            .from(story.team())
            .addMembers(
                Member.of("ben", "ben@acme.test", PaymentStory.START, Role.BILLING),
                Member.of("cy", "cy@acme.test", PaymentStory.START))
            .build();
    Outcome.Accepted last =
        (Outcome.Accepted)
            story
                .engine()
                .apply(
                    story
                        .engine()
                        .apply(
                            story
                                .engine()
                                .apply(
                                    withMembers,
                                    Command.ReportPaymentAttempt.failed("a1", KB1, "declined"),
                                    LocalDate.of(2024, 3, 1))
                                .team(),
                            Command.ReportPaymentAttempt.failed("a2", KB1, "declined"),
                            LocalDate.of(2024, 3, 4))
                        .team(),
                    Command.ReportPaymentAttempt.failed("a3", KB1, "insufficient funds"),
                    LocalDate.of(2024, 3, 8));

    assertThat(last.notifications())
        .containsExactly(
            new NotificationIntent(
                NotificationKind.PAYMENT_FAILED,
                Recipients.BILLING_MEMBERS,
                List.of("ana@acme.test", "ben@acme.test"),
                LocalDate.of(2024, 3, 8),
                "Payment of invoice KB-000001 (USD 36.00) failed 3 times (last: insufficient"
                    + " funds). Update the card or pay by 2024-03-21 to avoid deactivation on"
                    + " 2024-03-22."),
            new NotificationIntent(
                NotificationKind.NON_PAYMENT,
                Recipients.ALL_MEMBERS,
                List.of("ana@acme.test", "ben@acme.test", "cy@acme.test"),
                LocalDate.of(2024, 3, 8),
                "ACTIVE -> PAST_DUE: invoice KB-000001 (USD 36.00) due 2024-03-01 is unpaid; grace"
                    + " until 2024-03-21, deactivation on 2024-03-22"));
    assertThat(last.summary())
        .isEqualTo(
            "attempt 3 of 3 for KB-000001 (USD 36.00) failed: insufficient funds; no attempt left,"
                + " grace until 2024-03-21, deactivation on 2024-03-22 if unpaid");
    assertThat(last.entries())
        .extracting(e -> e.kind())
        .containsExactly(EntryKind.PAYMENT_ATTEMPTED, EntryKind.STANDING_CHANGED);
  }

  @ParameterizedTest(name = "after 3 failures, evaluated on {0}: {1}, notified {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-08 | PAST_DUE    | -
          2024-03-21 | PAST_DUE    | -
          2024-03-22 | DEACTIVATED | DEACTIVATED>ALL_MEMBERS
          2024-04-30 | DEACTIVATED | DEACTIVATED>ALL_MEMBERS
          """)
  void unpaidAtTheGraceEndDeactivates(LocalDate on, Standing standing, String notified) {
    PaymentStory story = failedThreeTimes();

    story.then(new Command.EvaluateDunning("g", "system"), on);

    assertThat(story.team().standing()).isEqualTo(standing);
    assertThat(describe(story.accepted().notifications())).isEqualTo(notified);
    assertThat(story.accepted().entries()).hasSize(notified.equals("-") ? 0 : 1);
  }

  // RULES.md section 10: payment during grace returns the team to good standing (nothing to
  // announce: it was never deactivated); payment after deactivation reactivates it (REACTIVATED)
  @ParameterizedTest(name = "paid on {0} ({1}): {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-15 | in grace        | PAST_DUE -> ACTIVE: team acme is back in good standing
          2024-03-21 | last grace day  | PAST_DUE -> ACTIVE: team acme is back in good standing
          2024-03-25 | deactivated     | DEACTIVATED -> ACTIVE: team acme is reactivated
          """)
  void payingReturnsToGoodStandingOrReactivates(LocalDate on, String when, String message) {
    PaymentStory story = failedThreeTimes();
    if (when.equals("deactivated")) {
      story.then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    }

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
        on);

    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    assertThat(story.team().invoice(KB1).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(story.team().receivables()).isEmpty();
    assertThat(story.accepted().entries())
        .extracting(e -> e.kind())
        .containsExactly(
            EntryKind.PAYMENT_RECEIVED,
            EntryKind.INVOICE_STATUS_CHANGED,
            EntryKind.STANDING_CHANGED);
    assertThat(story.accepted().entries().get(2).summary()).isEqualTo(message);
    if (!when.equals("deactivated")) {
      assertThat(story.accepted().notifications()).isEmpty();
      return;
    }
    assertThat(story.accepted().notifications())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NotificationKind.REACTIVATED);
              assertThat(n.recipients()).isEqualTo(Recipients.ALL_MEMBERS);
              assertThat(n.message()).isEqualTo(message);
            });
  }

  @ParameterizedTest(name = "{0}: {1} [{2}] {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # attempts before, then the report                   | code                 | field         | reason
          2024-03-01 F; 2024-03-04 F; 2024-03-05 F              | DATE_OUT_OF_RANGE    | asOf          | attempt 3 of 3 for KB-000001 is due on 2024-03-08, not 2024-03-05
          2024-03-01 F; 2024-03-04 F; 2024-03-08 F; 2024-03-09 F | NO_ATTEMPT_DUE      | invoiceNumber | no automatic attempt of invoice KB-000001 is left: 3 of 3 made, grace ends 2024-03-22
          2024-03-01 S; 2024-03-02 F                            | INVOICE_ALREADY_PAID | invoiceNumber | invoice KB-000001 is already PAID
          """)
  void attemptsThatCannotBeReportedAreRefused(
      String reports, BillingErrorCode code, String field, String reason) {
    PaymentStory story = PaymentStory.basicByCard();
    Team before = null;
    for (String report : reports.split(";")) {
      before = story.team();
      report(story, report);
    }

    assertThat(story.refused().code()).isEqualTo(code);
    assertThat(story.refused().field()).isEqualTo(field);
    assertThat(story.refused().reason()).isEqualTo(reason);
    assertThat(story.team()).isSameAs(before);
  }

  @Test
  void anExpiredCardAttemptFailsWithThatReason() {
    PaymentStory story =
        PaymentStory.free()
            .then(new Command.AddCard("c", "ana", PaymentStory.visa("t", 2024, 3)), "2024-03-01")
            .then(
                Command.ChangeSubscription.of(
                    "buy", "ana", PaymentStory.terms(KafkamanSample.BASIC, 1), Timing.IMMEDIATELY),
                "2024-03-01")
            .then(new Command.Renew("r", "system"), "2024-04-01");

    story.apply(Command.ReportPaymentAttempt.succeeded("ok", "KB-000002"), "2024-04-01");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.CARD_EXPIRED);
    assertThat(story.refused().reason())
        .isEqualTo(
            "the primary card visa ending 4242 (exp 2024-03) has expired and cannot be charged on"
                + " 2024-04-01; the attempt cannot have SUCCEEDED, report it as FAILED");

    story.then(
        Command.ReportPaymentAttempt.failed("ko", "KB-000002", "do not honor"), "2024-04-01");
    assertThat(story.team().receivable("KB-000002").orElseThrow().attempts().get(0).reason())
        .isEqualTo(
            "the primary card visa ending 4242 (exp 2024-03) has expired and cannot be charged on"
                + " 2024-04-01");
  }

  @ParameterizedTest(name = "pay-by-invoice, evaluated on {0}: {1}, notified {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-05-01 | ACTIVE      | -
          2024-05-02 | PAST_DUE    | NON_PAYMENT>ALL_MEMBERS
          2024-05-21 | PAST_DUE    | NON_PAYMENT>ALL_MEMBERS
          2024-05-22 | DEACTIVATED | DEACTIVATED>ALL_MEMBERS
          """)
  void invoiceTeamsAreDueAfterNetTermsAndGetNoAttempts(
      LocalDate on, Standing standing, String notified) {
    PaymentStory story = PaymentStory.enterpriseByInvoice();
    assertThat(describe(story.accepted().notifications()))
        .isEqualTo("INVOICE_ISSUED>BILLING_EMAIL");
    assertThat(story.accepted().notifications().get(0).to()).containsExactly("billing@acme.test");

    story.then(new Command.EvaluateDunning("g", "system"), on);

    assertThat(story.team().standing()).isEqualTo(standing);
    assertThat(describe(story.accepted().notifications())).isEqualTo(notified);
    story.apply(Command.ReportPaymentAttempt.failed("a", "KB-000002", "x"), on);
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.NO_ATTEMPT_DUE);
  }

  @ParameterizedTest(name = "invoice team pays by {0}: {1}")
  @CsvSource({
    "WIRE, ACCEPTED",
    "ACH, ACCEPTED",
    "ONLINE, ACCEPTED",
    "CARD, COLLECTION_METHOD_NOT_ALLOWED"
  })
  void invoiceTeamsPayThroughTheirChannels(PaymentChannel channel, String expected) {
    PaymentStory story = PaymentStory.enterpriseByInvoice();

    story.apply(
        new Command.RecordPayment("p", "ana", "KB-000002", channel, Amount.of("495.00", "USD")),
        "2024-05-10");

    if (expected.equals("ACCEPTED")) {
      assertThat(story.accepted().summary())
          .isEqualTo("payment of USD 495.00 for KB-000002 received by " + channel);
    } else {
      assertThat(story.refused().reason())
          .isEqualTo(
              "invoice KB-000002 (pay by invoice, net 30 ([ONLINE, ACH, WIRE])) is not paid by"
                  + " CARD; use [ONLINE, ACH, WIRE]");
    }
  }

  @ParameterizedTest(name = "policy version for invoices due from {0}: grace end {1}")
  @CsvSource({
    // due date (card: the issue date) | grace end: 10 days before 2024-03-15, 21 from then on
    "2024-03-01, 2024-03-11",
    "2024-04-01, 2024-04-22",
  })
  void anEarlierPolicyVersionWithTenDaysOfGraceStillGovernsItsInvoices(
      LocalDate due, LocalDate graceEnd) {
    DunningPolicy policy =
        DunningPolicy.of(DunningTerms.kafkaman().withGraceDays(10))
            .withVersionFrom(LocalDate.of(2024, 3, 15), DunningTerms.kafkaman());
    BillingEngine engine =
        BillingEngine.of(PaymentStory.CATALOG, BillingPolicy.kafkaman().withDunning(policy));
    PaymentStory story = PaymentStory.basicByCard(engine);
    if (due.getMonthValue() == 4) {
      story
          .then(
              new Command.RecordPayment(
                  "p", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
              "2024-03-02")
          .then(new Command.Renew("r", "system"), due);
    }

    assertThat(story.team().receivables())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dueDate()).isEqualTo(due);
              assertThat(r.graceEnd()).isEqualTo(graceEnd);
              assertThat(r.attemptDates()).containsExactly(due, due.plusDays(3), due.plusDays(7));
            });
  }

  @Test
  void recipientsArePolicyData() {
    DunningPolicy policy =
        DunningPolicy.of(
            DunningTerms.kafkaman()
                .withRecipients(NotificationKind.NON_PAYMENT, Recipients.BILLING_EMAIL));
    PaymentStory story =
        PaymentStory.basicByCard(
            BillingEngine.of(PaymentStory.CATALOG, BillingPolicy.kafkaman().withDunning(policy)));

    report(story, "2024-03-01 F; 2024-03-04 F; 2024-03-08 F");

    assertThat(describe(story.accepted().notifications()))
        .isEqualTo("PAYMENT_FAILED>BILLING_MEMBERS NON_PAYMENT>BILLING_EMAIL");
    assertThat(story.accepted().notifications().get(1).to()).containsExactly("billing@acme.test");
  }

  @Test
  void aDeactivatedTeamMayOnlyChangeOnRenewalUntilItPays() {
    PaymentStory story = failedThreeTimes();
    story.then(new Command.EvaluateDunning("g", "system"), "2024-03-22");
    Team before = story.team();

    story.apply(
        Command.ChangeSubscription.of(
            "up", "ana", PaymentStory.terms(KafkamanSample.PROFESSIONAL, 3), Timing.IMMEDIATELY),
        "2024-03-23");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.TEAM_DEACTIVATED);
    assertThat(story.team()).isSameAs(before);

    story.then(
        Command.ChangeSubscription.of(
            "down", "ana", PaymentStory.terms(KafkamanSample.FREE, 3), Timing.ON_RENEWAL),
        "2024-03-23");
    assertThat(story.team().subscription().nextTerms())
        .contains(PaymentStory.terms(KafkamanSample.FREE, 3));
  }

  private static PaymentStory failedThreeTimes() {
    PaymentStory story = PaymentStory.basicByCard();
    report(story, "2024-03-01 F; 2024-03-04 F; 2024-03-08 F");
    return story;
  }

  private static void report(PaymentStory story, String reports) {
    for (String report : reports.split(";")) {
      String[] parts = report.trim().split(" ");
      Command command =
          parts[1].equals("S")
              ? Command.ReportPaymentAttempt.succeeded(story.nextId(), KB1)
              : Command.ReportPaymentAttempt.failed(story.nextId(), KB1, "card declined");
      story.apply(command, parts[0]);
    }
  }

  private static String describe(List<NotificationIntent> notifications) {
    List<String> parts = new ArrayList<>();
    for (NotificationIntent n : notifications) {
      parts.add(n.kind() + ">" + n.recipients());
    }
    return parts.isEmpty() ? "-" : String.join(" ", parts);
  }
}
