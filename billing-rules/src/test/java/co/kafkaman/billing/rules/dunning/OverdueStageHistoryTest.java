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
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.rules.PaymentStory;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Overdue stages that do not deactivate leave history, worked by hand. The story: a card team buys
 * Basic, 3 seats at 12.00, on 2024-03-01; invoice KB-000001 of USD 36.00 is due that day, its
 * attempts on 03-01, 03-04 and 03-08 fail (past due from 03-08, grace end 03-22). The policy has a
 * stage {@code blocked} 10 days after the due date: day 10 is 2024-03-11.
 */
class OverdueStageHistoryTest {
  private static final String KB1 = "KB-000001";
  private static final Amount USD_36 = Amount.of("36.00", "USD");
  private static final DunningTerms BLOCKED_AT_10 =
      DunningTerms.kafkaman()
          .withStages(OverdueStage.of("blocked", 10, OverdueEffect.BLOCK_CHANGES));
  private static final DunningPolicy BLOCKED_POLICY = DunningPolicy.of(BLOCKED_AT_10);
  private static final String REACHED_ON_03_11 =
      "overdue stage 'blocked' reached on 2024-03-11: KB-000001 (USD 36.00) unpaid 10 days after"
          + " its due date 2024-03-01; immediate changes are refused";

  private static Command.EvaluateDunning evaluate(String id) {
    return new Command.EvaluateDunning(id, "system");
  }

  private static List<EntryKind> listed(String spaced) {
    return spaced.equals("-")
        ? List.of()
        : Arrays.stream(spaced.split(" ", -1)).map(EntryKind::valueOf).toList();
  }

  private static List<String> stageEntries(PaymentStory story) {
    return story.team().history().stream()
        .filter(
            e ->
                e.kind() == EntryKind.OVERDUE_STAGE_REACHED
                    || e.kind() == EntryKind.OVERDUE_STAGE_LEFT)
        .map(e -> e.date() + " " + e.id() + " " + e.kind())
        .toList();
  }

  private static void replaysExactly(PaymentStory story) {
    assertThat(story.engine().replay(story.team().history())).isEqualTo(story.team());
  }

  // day 9 (03-10) is before the stage; from day 10 (03-11) the first evaluation records it, however
  // late; on the grace end (03-22, day 21) the deactivation is the standing's entry, after the
  // stage
  @ParameterizedTest(name = "evaluated first on {0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-10 | -
          2024-03-11 | OVERDUE_STAGE_REACHED
          2024-03-21 | OVERDUE_STAGE_REACHED
          2024-03-22 | OVERDUE_STAGE_REACHED STANDING_CHANGED
          """)
  void theFirstEvaluationOnOrAfterTheStagesDayRecordsIt(LocalDate on, String expected) {
    PaymentStory story = PaymentStory.failedThreeTimes(BLOCKED_AT_10).then(evaluate("e"), on);

    assertThat(PaymentStory.kinds(story.accepted().entries())).isEqualTo(listed(expected));
    assertThat(story.team().receivable(KB1).orElseThrow().stagesReached())
        .isEqualTo(expected.equals("-") ? List.of() : List.of("blocked"));
    replaysExactly(story);
  }

  @Test
  void aStageIsRecordedOncePerInvoiceAndLeftWhenThePaymentArrives() {
    PaymentStory story = PaymentStory.failedThreeTimes(BLOCKED_AT_10);

    // day 9: nothing reached, nothing recorded
    story.then(evaluate("e9"), "2024-03-10");
    assertThat(story.accepted().entries()).isEmpty();

    // day 10: the command's own entry records the stage
    story.then(evaluate("e10"), "2024-03-11");
    assertThat(story.accepted().entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("e10");
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 11));
              assertThat(e.kind()).isEqualTo(EntryKind.OVERDUE_STAGE_REACHED);
              assertThat(e.summary()).isEqualTo(REACHED_ON_03_11);
              assertThat(e.payload()).isEqualTo(evaluate("e10"));
            });
    assertThat(story.accepted().summary()).isEqualTo(REACHED_ON_03_11);

    // day 12: already recorded, no second entry; the block itself is unchanged
    story.then(evaluate("e12"), "2024-03-13");
    assertThat(story.accepted().entries()).isEmpty();
    assertThat(DunningRules.changesBlocked(story.team(), LocalDate.of(2024, 3, 13), BLOCKED_POLICY))
        .isPresent();

    // paid on 03-14: the stage is left in the payment's effects, before the standing
    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-03-14");
    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(
            EntryKind.PAYMENT_RECEIVED,
            EntryKind.INVOICE_STATUS_CHANGED,
            EntryKind.OVERDUE_STAGE_LEFT,
            EntryKind.STANDING_CHANGED);
    HistoryEntry left = story.accepted().entries().get(2);
    assertThat(left.id()).isEqualTo("p/2");
    assertThat(left.summary())
        .isEqualTo(
            "overdue stage 'blocked' left on 2024-03-14: KB-000001 (USD 36.00) paid, in the stage"
                + " since 2024-03-11; no overdue stage refuses immediate changes any more");
    assertThat(DunningRules.changesBlocked(story.team(), LocalDate.of(2024, 3, 14), BLOCKED_POLICY))
        .isEmpty();

    // evaluating again after the payment records nothing
    story.then(evaluate("e14"), "2024-03-14");
    assertThat(story.accepted().entries()).isEmpty();

    assertThat(stageEntries(story))
        .containsExactly(
            "2024-03-11 e10 OVERDUE_STAGE_REACHED", "2024-03-14 p/2 OVERDUE_STAGE_LEFT");
    replaysExactly(story);
  }

  // the same evaluation command applied again is the first outcome: no second entry
  @Test
  void aRepeatedEvaluationReturnsItsFirstOutcome() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(BLOCKED_AT_10).then(evaluate("e10"), "2024-03-11");
    int entries = story.team().history().size();

    story.then(evaluate("e10"), "2024-03-13");

    assertThat(story.accepted().summary()).isEqualTo(REACHED_ON_03_11);
    assertThat(story.team().history()).hasSize(entries);
  }

  // no evaluation between the stage's day and the payment: the payment records the stage reached
  // (on 03-11) and left, so the history still says when changes were blocked; paid before the
  // stage's day, there is nothing to record
  @ParameterizedTest(name = "paid on {0} without evaluating")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-03-10 | PAYMENT_RECEIVED INVOICE_STATUS_CHANGED STANDING_CHANGED
          2024-03-12 | PAYMENT_RECEIVED INVOICE_STATUS_CHANGED OVERDUE_STAGE_REACHED OVERDUE_STAGE_LEFT STANDING_CHANGED
          """)
  void aPaymentRecordsAStageNoEvaluationRecorded(LocalDate on, String expected) {
    PaymentStory story =
        PaymentStory.failedThreeTimes(BLOCKED_AT_10)
            .then(new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), on);

    assertThat(PaymentStory.kinds(story.accepted().entries())).isEqualTo(listed(expected));
    if (expected.contains("OVERDUE_STAGE_REACHED")) {
      assertThat(story.accepted().entries().get(2).summary()).isEqualTo(REACHED_ON_03_11);
      assertThat(story.accepted().entries().get(3).summary())
          .startsWith("overdue stage 'blocked' left on 2024-03-12: KB-000001 (USD 36.00) paid");
    }
    replaysExactly(story);
  }

  // the default policy has no stage that does not deactivate: nothing new in its history, and the
  // grace end is the standing's entry alone
  @Test
  void theDeactivatingStageIsTheStandingsToRecord() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(DunningTerms.kafkaman()).then(evaluate("g"), "2024-03-22");

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(EntryKind.STANDING_CHANGED);
    assertThat(story.team().receivable(KB1).orElseThrow().stagesReached()).isEmpty();
  }

  // two unpaid invoices in the stage: paying the first leaves its stage, and the entry says the
  // second still blocks changes, as changesBlocked does. Grace 60 days: KB-000001 (due 03-01) is in
  // the stage from 03-11, KB-000002 (the renewal, due 04-01) from 04-11
  @Test
  void leavingOneInvoicesStageSaysAnotherStillBlocks() {
    DunningTerms terms = BLOCKED_AT_10.withGraceDays(60);
    PaymentStory story =
        PaymentStory.failedThreeTimes(terms)
            .then(evaluate("e1"), "2024-03-11")
            .then(new Command.Renew("r", "system"), "2024-04-01")
            .then(evaluate("e2"), "2024-04-11");
    assertThat(story.accepted().entries())
        .singleElement()
        .extracting(HistoryEntry::summary)
        .isEqualTo(
            "overdue stage 'blocked' reached on 2024-04-11: KB-000002 (USD 36.00) unpaid 10 days"
                + " after its due date 2024-04-01; immediate changes are refused");

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-04-12");

    assertThat(story.accepted().entries())
        .filteredOn(e -> e.kind() == EntryKind.OVERDUE_STAGE_LEFT)
        .singleElement()
        .extracting(HistoryEntry::summary)
        .isEqualTo(
            "overdue stage 'blocked' left on 2024-04-12: KB-000001 (USD 36.00) paid, in the stage"
                + " since 2024-03-11; immediate changes are still refused: KB-000002 is in overdue"
                + " stage 'blocked'");
    story.apply(
        Command.ChangeSubscription.of(
            "five", "ana", PaymentStory.terms(KafkamanSample.BASIC, 5), Timing.IMMEDIATELY),
        "2024-04-12");
    assertThat(story.refused().code()).isEqualTo(BillingErrorCode.CHANGES_BLOCKED);
    assertThat(story.refused().reason()).contains("invoice KB-000002");
    assertThat(stageEntries(story))
        .containsExactly(
            "2024-03-11 e1 OVERDUE_STAGE_REACHED",
            "2024-04-11 e2 OVERDUE_STAGE_REACHED",
            "2024-04-12 p/2 OVERDUE_STAGE_LEFT");
    replaysExactly(story);
  }

  // a void invoice is no longer collected: its stage is left
  @Test
  void voidingTheInvoiceLeavesItsStage() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(BLOCKED_AT_10)
            .then(evaluate("e"), "2024-03-11")
            .then(new Command.VoidInvoice("v", "ana", KB1), "2024-03-12");

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(
            EntryKind.INVOICE_STATUS_CHANGED,
            EntryKind.OVERDUE_STAGE_LEFT,
            EntryKind.STANDING_CHANGED);
    assertThat(story.accepted().entries().get(1).summary())
        .isEqualTo(
            "overdue stage 'blocked' left on 2024-03-12: KB-000001 (USD 36.00) void, in the stage"
                + " since 2024-03-11; no overdue stage refuses immediate changes any more");
    replaysExactly(story);
  }

  // marked uncollectible by hand, the invoice is still collected (and still blocks changes): the
  // stage is not left until it is paid
  @Test
  void anInvoiceMarkedUncollectibleByHandStaysInTheStage() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(BLOCKED_AT_10)
            .then(evaluate("e"), "2024-03-11")
            .then(new Command.MarkUncollectible("u", "ana", KB1), "2024-03-12");

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(EntryKind.INVOICE_STATUS_CHANGED);
    assertThat(DunningRules.changesBlocked(story.team(), LocalDate.of(2024, 3, 12), BLOCKED_POLICY))
        .isPresent();

    story.then(
        new Command.RecordPayment("p", "ana", KB1, PaymentChannel.CARD, USD_36), "2024-03-15");
    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .contains(EntryKind.OVERDUE_STAGE_LEFT);
    assertThat(stageEntries(story))
        .containsExactly("2024-03-11 e OVERDUE_STAGE_REACHED", "2024-03-15 p/2 OVERDUE_STAGE_LEFT");
    replaysExactly(story);
  }

  // Stripe's "mark uncollectible" end with a stage at 5 days (03-06): the third failure on 03-08
  // records the stage reached, writes the invoice off and leaves the stage, in one command
  @Test
  void writingTheInvoiceOffLeavesItsStage() {
    PaymentStory story =
        PaymentStory.failedThreeTimes(
            DunningTerms.kafkaman()
                .withEnd(DunningEnd.MARK_UNCOLLECTIBLE)
                .withStages(OverdueStage.of("blocked", 5, OverdueEffect.BLOCK_CHANGES)));

    assertThat(PaymentStory.kinds(story.accepted().entries()))
        .containsExactly(
            EntryKind.PAYMENT_ATTEMPTED,
            EntryKind.OVERDUE_STAGE_REACHED,
            EntryKind.INVOICE_STATUS_CHANGED,
            EntryKind.OVERDUE_STAGE_LEFT);
    assertThat(story.accepted().entries().get(1).summary())
        .isEqualTo(
            "overdue stage 'blocked' reached on 2024-03-06: KB-000001 (USD 36.00) unpaid 5 days"
                + " after its due date 2024-03-01; immediate changes are refused");
    assertThat(story.accepted().entries().get(3).summary())
        .isEqualTo(
            "overdue stage 'blocked' left on 2024-03-08: KB-000001 (USD 36.00) written off, in the"
                + " stage since 2024-03-06; no overdue stage refuses immediate changes any more");
    assertThat(story.team().standing()).isEqualTo(Standing.ACTIVE);
    replaysExactly(story);
  }
}
