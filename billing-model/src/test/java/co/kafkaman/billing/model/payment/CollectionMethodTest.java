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
package co.kafkaman.billing.model.payment;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.payment.CollectionMethod.PayByInvoice;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionMethodTest {

  private static Set<PaymentChannel> channels(String names) {
    return names.isBlank()
        ? Set.of()
        : Arrays.stream(names.trim().split(" +"))
            .map(PaymentChannel::valueOf)
            .collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "card team: issued {0}, due {0}")
  @CsvSource({"2024-03-01", "2024-02-29", "2024-12-31"})
  void cardTeamsAreDueOnTheIssueDate(LocalDate issued) {
    CollectionMethod card = CollectionMethod.cardAutoCharge();

    assertThat(card.dueDate(issued)).isEqualTo(issued);
    assertThat(card.attemptsAutomatically()).isTrue();
    assertThat(card).hasToString("card auto-charge");
  }

  @ParameterizedTest(name = "invoice team, net {0}: issued {1}, due {2}")
  @CsvSource({
    "30, 2024-03-01, 2024-03-31",
    "30, 2024-01-31, 2024-03-01",
    "30, 2023-01-31, 2023-03-02",
    "30, 2024-12-15, 2025-01-14",
    "45, 2024-03-01, 2024-04-15",
    "0, 2024-03-01, 2024-03-01",
    "60, 2024-02-29, 2024-04-29",
  })
  void invoiceTeamsAreDueAfterNetTerms(int netTerms, LocalDate issued, LocalDate due) {
    CollectionMethod invoice =
        CollectionMethod.payByInvoice(netTerms, EnumSet.of(PaymentChannel.ACH));

    assertThat(invoice.dueDate(issued)).isEqualTo(due);
    assertThat(invoice.attemptsAutomatically()).isFalse();
  }

  @Test
  void defaultNetTermsAreThirtyDays() {
    assertThat(PayByInvoice.DEFAULT_NET_TERMS_DAYS).isEqualTo(30);
  }

  @Test
  void payByInvoiceCopiesItsChannels() {
    Set<PaymentChannel> given = EnumSet.of(PaymentChannel.WIRE, PaymentChannel.ONLINE);
    PayByInvoice method = new PayByInvoice(30, given);
    given.add(PaymentChannel.ACH);

    assertThat(method.channels())
        .containsExactlyInAnyOrder(PaymentChannel.ONLINE, PaymentChannel.WIRE);
    assertThat(method.toString()).startsWith("pay by invoice, net 30");
  }

  @Test
  void refusesNegativeNetTerms() {
    assertRefused(
        () -> CollectionMethod.payByInvoice(-1, Set.of(PaymentChannel.ACH)),
        BillingErrorCode.INVALID_QUANTITY,
        "netTermsDays",
        "was -1");
  }

  @ParameterizedTest(name = "channels [{0}] are refused")
  @CsvSource({"''", "CARD", "ACH CARD", "ONLINE ACH WIRE CARD"})
  void refusesNoChannelsOrTheCardChannel(String names) {
    Set<PaymentChannel> given = channels(names);

    assertRefused(
        () -> CollectionMethod.payByInvoice(30, given),
        BillingErrorCode.MALFORMED_VALUE,
        "channels",
        "was " + given);
  }

  @Test
  void paymentAttemptsAreNumberedFromOne() {
    PaymentAttempt first =
        new PaymentAttempt(
            "KB-000001", 1, LocalDate.parse("2024-03-01"), PaymentOutcome.FAILED, "card expired");

    assertThat(first.attemptNumber()).isEqualTo(1);
    assertRefused(
        () ->
            new PaymentAttempt(
                "KB-000001", 0, LocalDate.parse("2024-03-01"), PaymentOutcome.SUCCEEDED, ""),
        BillingErrorCode.INVALID_QUANTITY,
        "attemptNumber",
        "was 0");
  }
}
