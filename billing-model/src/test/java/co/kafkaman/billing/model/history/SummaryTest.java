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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Summaries are rendered when first read, once, and compare by their text. */
class SummaryTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

  @Test
  void aSummaryIsRenderedOnFirstReadOnly() {
    AtomicInteger renders = new AtomicInteger();
    Summary summary =
        Summary.of(() -> "invoice KB-000002, total due USD " + renders.incrementAndGet());

    assertThat(renders).hasValue(0);
    assertThat(summary.text()).isEqualTo("invoice KB-000002, total due USD 1");
    assertThat(summary).hasToString("invoice KB-000002, total due USD 1");
    assertThat(renders).hasValue(1);
  }

  @Test
  void summariesCompareByText() {
    assertThat(Summary.of(() -> "renewed")).isEqualTo(Summary.of("renewed"));
    assertThat(Summary.of(() -> "renewed")).hasSameHashCodeAs(Summary.of("renewed"));
    assertThat(Summary.of("renewed")).isNotEqualTo(Summary.of("changed"));
  }

  @Test
  void anEntryWithALazySummaryEqualsTheSameEntryWritten() {
    AtomicInteger renders = new AtomicInteger();
    HistoryEntry lazy =
        HistoryEntry.of(
            "c-1/1",
            DAY,
            "ana",
            EntryKind.INVOICE_ISSUED,
            Summary.of(
                () -> {
                  renders.incrementAndGet();
                  return "invoice KB-000002, total due USD 31.74 (OPEN)";
                }),
            HistoryPayload.none());
    HistoryEntry written =
        new HistoryEntry(
            "c-1/1",
            DAY,
            "ana",
            EntryKind.INVOICE_ISSUED,
            "invoice KB-000002, total due USD 31.74 (OPEN)",
            HistoryPayload.none());

    assertThat(renders).hasValue(0);
    assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written);
    assertThat(lazy)
        .hasToString(
            "2024-03-15 INVOICE_ISSUED by ana: invoice KB-000002, total due USD 31.74 (OPEN)");
    assertThat(renders).hasValue(1);
  }
}
