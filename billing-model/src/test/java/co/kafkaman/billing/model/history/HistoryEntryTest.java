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
package co.kafkaman.billing.model.history;

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryEntryTest {

  @Test
  void printsAsOneLine() {
    HistoryEntry entry =
        new HistoryEntry(
            "c-17/1",
            LocalDate.parse("2024-03-15"),
            "ana",
            EntryKind.INVOICE_ISSUED,
            "invoice KB-000007, total USD 13.16",
            HistoryPayload.none());

    assertThat(entry)
        .hasToString("2024-03-15 INVOICE_ISSUED by ana: invoice KB-000007, total USD 13.16");
    assertThat(entry.payload()).isSameAs(HistoryPayload.none());
  }

  @Test
  void recordsTheInstantItsCommandWasAppliedAt() {
    HistoryEntry onADate =
        new HistoryEntry(
            "up",
            LocalDate.parse("2024-04-16"),
            "ana",
            EntryKind.SUBSCRIPTION_CHANGED,
            "upgraded",
            HistoryPayload.none());
    Instant noon = Instant.parse("2024-04-16T12:00:00Z");

    HistoryEntry atNoon = onADate.withInstant(noon);

    assertThat(onADate.instant()).isEmpty();
    assertThat(atNoon.instant()).contains(noon);
    assertThat(atNoon.date()).isEqualTo(onADate.date());
    assertThat(atNoon.summary()).isEqualTo(onADate.summary());
    assertThat(atNoon).isNotEqualTo(onADate).isEqualTo(onADate.withInstant(noon));
    assertThat(atNoon.hashCode()).isEqualTo(onADate.withInstant(noon).hashCode());
  }

  @ParameterizedTest(name = "id ''{0}'' is refused")
  @CsvSource({"''", "' '"})
  void refusesABlankId(String id) {
    assertRefused(
        () ->
            new HistoryEntry(
                id,
                LocalDate.parse("2024-03-15"),
                "system",
                EntryKind.RENEWED,
                "renewed",
                HistoryPayload.none()),
        BillingErrorCode.BLANK_VALUE,
        "id",
        "must not be blank");
  }
}
