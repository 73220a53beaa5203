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

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.agenda.AgendaEvent;
import co.kafkaman.billing.rules.agenda.AgendaEventKind;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.flex.FlexChargeMode;
import co.kafkaman.billing.rules.flex.FlexOverview;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees with itself, written from RULES.md: section 8 (a reminder goes to teams whose
 * auto-flex is active, and says what will be billed), section 6 (the renewal quote includes the
 * auto-flex users who will be billed) and section 5 (seats never renew below the members).
 */
class EngineAgreementTest {

  /**
   * Basic monthly, 3 seats, bought 2024-03-01 (auto-flex on: purchased after 2021-04-08), 5 members
   * from 2024-03-05 (2 auto-flex users), then moved to Enterprise, 3 seats, immediately
   * (sales-assisted) on 2024-03-10.
   */
  private static PaymentStory movedToEnterpriseWithTwoFlexUsers() {
    PaymentStory story = PaymentStory.basicByCard();
    for (String member : List.of("bob", "cy", "dee", "eve")) {
      story.then(
          Command.AddMember.of("add-" + member, "ana", member, member + "@acme.test"),
          "2024-03-05");
    }
    return story.then(
        new Command.ChangeSubscription(
            "to-enterprise",
            "ana",
            new ChangeRequest(
                PaymentStory.terms(KafkamanSample.ENTERPRISE, 3), Timing.IMMEDIATELY, true)),
        "2024-03-10");
  }

  @Test
  void anEnterpriseTeamGetsNoAutoFlexReminderItWouldBeRefused() {
    PaymentStory story = movedToEnterpriseWithTwoFlexUsers();
    assertThat(story.team().subscription().autoFlexEnabled()).isTrue();

    List<AgendaEvent> events =
        story
            .engine()
            .agenda(story.team(), DateRange.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 7, 1)))
            .events();

    assertThat(events)
        .extracting(AgendaEvent::kind)
        .doesNotContain(AgendaEventKind.AUTO_FLEX_REMINDER);
    assertThat(events).extracting(AgendaEvent::kind).contains(AgendaEventKind.RENEWAL);
  }

  @Test
  void aFreeTeamWithAutoFlexOnGetsNoReminder() {
    PaymentStory story =
        PaymentStory.basicByCard()
            .then(
                Command.ChangeSubscription.of(
                    "cancel", "ana", PaymentStory.terms(KafkamanSample.FREE, 3), Timing.ON_RENEWAL),
                "2024-03-02")
            .then(new Command.Renew("renew-1", "system"), "2024-04-01");
    assertThat(story.team().subscription().terms().plan()).isEqualTo(KafkamanSample.FREE);
    assertThat(story.team().subscription().autoFlexEnabled()).isTrue();

    assertThat(
            story
                .engine()
                .agenda(
                    story.team(), DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 8, 1)))
                .events())
        .extracting(AgendaEvent::kind)
        .doesNotContain(AgendaEventKind.AUTO_FLEX_REMINDER);
  }

  @Test
  void aBasicTeamIsRemindedBeforeItsRenewalToEnterpriseAndNotAfter() {
    PaymentStory story =
        PaymentStory.basicByCard()
            .then(
                new Command.SetStandingInstructions(
                    "to-enterprise", "ana", PaymentStory.terms(KafkamanSample.ENTERPRISE, 3), true),
                "2024-03-02");

    List<AgendaEvent> reminders =
        story
            .engine()
            .agenda(story.team(), DateRange.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 6, 1)))
            .events()
            .stream()
            .filter(event -> event.kind() == AgendaEventKind.AUTO_FLEX_REMINDER)
            .toList();

    assertThat(reminders).extracting(AgendaEvent::date).containsExactly(LocalDate.of(2024, 3, 25));
    story.then(new Command.RemindAutoFlex("remind-1", "system"), "2024-03-25");
  }

  @Test
  void theAutoFlexOverviewAnnouncesTheFlexUsersTheRenewalBillsAfterAMoveToEnterprise() {
    PaymentStory story = movedToEnterpriseWithTwoFlexUsers();

    FlexOverview overview =
        story.engine().autoFlexOverview(story.team(), LocalDate.of(2024, 3, 20));
    List<InvoiceLine> quoted = story.engine().quoteRenewal(story.team()).lines();
    story.then(new Command.Renew("renew-1", "system"), "2024-04-01");
    List<InvoiceLine> billed = story.accepted().invoices().get(0).lines();

    assertThat(overview.additionalMembers()).isEqualTo(2);
    assertThat(overview.toBeBilled()).isEqualTo(Amount.of("198.00", "USD"));
    assertThat(overview.lines())
        .extracting(InvoiceLine::explanation)
        .containsExactly(
            "2 x 99.00 = 198.00 (5 members at the end of the auto-flex cycle, 3 seats renewed:"
                + " 2 flex users become paid seats)");
    assertThat(billed).containsAll(overview.lines());
    assertThat(quoted).containsAll(overview.lines());
    assertThat(billed).extracting(InvoiceLine::explanation).startsWith("3 x 99.00 = 297.00");
  }

  @Test
  void theBillingOverviewAndTheQuoteAgreeUnderAHostPolicy() {
    BillingEngine dayProrated =
        BillingEngine.of(
            PaymentStory.CATALOG,
            BillingPolicy.kafkaman().withFlexChargeMode(FlexChargeMode.dayProrated()));
    PaymentStory story =
        PaymentStory.basicByCard(dayProrated)
            .then(Command.AddMember.of("add-bob", "ana", "bob", "bob@acme.test"), "2024-03-05")
            .then(Command.AddMember.of("add-cy", "ana", "cy", "cy@acme.test"), "2024-03-05")
            .then(Command.AddMember.of("add-dee", "ana", "dee", "dee@acme.test"), "2024-03-16");

    RenewalQuote quoted = dayProrated.quoteRenewal(story.team());
    // the day-prorated mode bills the partial month of the flex user besides the renewal's seat
    assertThat(quoted.lines())
        .extracting(InvoiceLine::kind)
        .containsExactly(LineKind.PLAN_SEATS, LineKind.AUTO_FLEX, LineKind.AUTO_FLEX);
    assertThat(dayProrated.overview(story.team()).renewal()).isEqualTo(quoted);
  }
}
