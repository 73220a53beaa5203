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

import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who is told what when payments fail, from RULES.md section 10 and 12: after the third failure the
 * billing members; all members at non-payment and deactivation; a team that pays during grace was
 * never deactivated and is not "reactivated"; and a notice always has a recipient, the billing
 * email when the audience it names is empty.
 */
class DunningNotificationsTest {
  private static final String KB1 = "KB-000001";

  private static List<NotificationIntent> failThreeTimes(PaymentStory story) {
    List<NotificationIntent> sent = new ArrayList<>();
    for (String on : List.of("2024-03-01", "2024-03-04", "2024-03-08")) {
      story.then(Command.ReportPaymentAttempt.failed(story.nextId(), KB1, "card declined"), on);
      sent.addAll(story.accepted().notifications());
    }
    return sent;
  }

  @Test
  void aTeamThatPaysDuringGraceIsNotToldItWasReactivated() {
    PaymentStory story = PaymentStory.basicByCard();
    failThreeTimes(story);

    assertThat(story.team().standing()).isEqualTo(Standing.PAST_DUE);

    story.then(
        new Command.RecordPayment(
            "late", "ana", KB1, PaymentChannel.CARD, Amount.of("36.00", "USD")),
        "2024-03-12");

    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    assertThat(story.accepted().notifications())
        .extracting(NotificationIntent::kind)
        .doesNotContain(NotificationKind.REACTIVATED);
  }

  @Test
  void failedPaymentNoticesGoToTheBillingEmailWhenNoMemberHasTheBillingRole() {
    PaymentStory story =
        PaymentStory.basicByCard()
            .then(Command.AddMember.of("add-bob", "ana", "bob", "bob@acme.test"), "2024-03-01")
            .then(new Command.RemoveMember("remove-ana", "ana", "ana"), "2024-03-01");

    List<NotificationIntent> sent = failThreeTimes(story);

    assertThat(sent)
        .extracting(n -> n.kind() + " " + n.recipients() + " " + n.to())
        .containsExactly(
            "PAYMENT_FAILED BILLING_EMAIL [billing@acme.test]",
            "NON_PAYMENT ALL_MEMBERS [bob@acme.test]");
  }

  @Test
  void withoutAnyMemberEveryDunningNoticeGoesToTheBillingEmail() {
    PaymentStory story = PaymentStory.basicByCard();
    Team team = story.team().withMembers(List.of());
    DunningPolicy policy = DunningPolicy.kafkaman();
    List<NotificationIntent> sent = new ArrayList<>();
    for (String on : List.of("2024-03-01", "2024-03-04", "2024-03-08")) {
      DunningStep step =
          DunningRules.reportAttempt(
              team, KB1, PaymentOutcome.FAILED, "card declined", LocalDate.parse(on), policy);
      team = step.team();
      sent.addAll(step.notifications());
    }
    DunningStep deactivated = DunningRules.evaluate(team, LocalDate.of(2024, 3, 22), policy);
    sent.addAll(deactivated.notifications());

    assertThat(sent)
        .extracting(n -> n.kind() + " " + n.recipients() + " " + n.to())
        .containsExactly(
            "PAYMENT_FAILED BILLING_EMAIL [billing@acme.test]",
            "NON_PAYMENT BILLING_EMAIL [billing@acme.test]",
            "DEACTIVATED BILLING_EMAIL [billing@acme.test]");
    assertThat(sent)
        .extracting(NotificationIntent::recipients)
        .containsOnly(Recipients.BILLING_EMAIL);
  }
}
