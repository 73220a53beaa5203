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
package co.kafkaman.billing.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleScheduleTest {

  @ParameterizedTest(name = "{0} {1}: boundary {2} is {3}")
  @CsvSource({
    // month-end anchor, monthly: clamped to each month's last day, never chained
    "2024-01-31, MONTHLY,  0, 2024-01-31",
    "2024-01-31, MONTHLY,  1, 2024-02-29",
    "2024-01-31, MONTHLY,  2, 2024-03-31",
    "2024-01-31, MONTHLY,  3, 2024-04-30",
    "2024-01-31, MONTHLY,  4, 2024-05-31",
    "2024-01-31, MONTHLY, 13, 2025-02-28",
    "2023-01-31, MONTHLY,  1, 2023-02-28",
    "2023-01-31, MONTHLY,  2, 2023-03-31",
    "2024-01-30, MONTHLY,  1, 2024-02-29",
    "2024-01-30, MONTHLY,  2, 2024-03-30",
    "2024-03-15, MONTHLY,  1, 2024-04-15",
    // leap-day anchor, annual: Feb 28 in common years, Feb 29 in leap years
    "2024-02-29, ANNUAL,   1, 2025-02-28",
    "2024-02-29, ANNUAL,   2, 2026-02-28",
    "2024-02-29, ANNUAL,   3, 2027-02-28",
    "2024-02-29, ANNUAL,   4, 2028-02-29",
    "2024-02-29, ANNUAL,   8, 2032-02-29",
    "2024-03-31, ANNUAL,   1, 2025-03-31",
  })
  void billingCycleBoundaries(LocalDate anchor, BillingFrequency frequency, long n, LocalDate at) {
    assertThat(CycleSchedule.billingCycles(anchor, frequency).boundary(n)).isEqualTo(at);
  }

  @ParameterizedTest(name = "annual term from {0}: quarter {1} ends {2}")
  @CsvSource({
    "2024-02-29, 1, 2024-05-29",
    "2024-02-29, 2, 2024-08-29",
    "2024-02-29, 3, 2024-11-29",
    "2024-02-29, 4, 2025-02-28",
    "2024-11-30, 1, 2025-02-28",
    "2024-11-30, 2, 2025-05-30",
    "2024-11-30, 3, 2025-08-30",
    "2024-11-30, 4, 2025-11-30",
    "2024-08-31, 1, 2024-11-30",
    "2024-08-31, 2, 2025-02-28",
    "2024-08-31, 3, 2025-05-31",
  })
  void quartersOfAnAnnualTerm(LocalDate termAnchor, long quarter, LocalDate end) {
    CycleSchedule quarters = CycleSchedule.quarters(termAnchor);
    assertThat(quarters.boundary(quarter)).isEqualTo(end);
    assertThat(quarters.boundary(4))
        .isEqualTo(CycleSchedule.billingCycles(termAnchor, BillingFrequency.ANNUAL).boundary(1));
  }

  @ParameterizedTest(name = "usage months from {0}: {1} is in [{2}, {3})")
  @CsvSource({
    "2024-01-31, 2024-01-31, 2024-01-31, 2024-02-29",
    "2024-01-31, 2024-02-28, 2024-01-31, 2024-02-29",
    "2024-01-31, 2024-02-29, 2024-02-29, 2024-03-31",
    "2024-01-31, 2024-03-30, 2024-02-29, 2024-03-31",
    "2024-01-31, 2024-03-31, 2024-03-31, 2024-04-30",
    "2024-01-31, 2025-02-27, 2025-01-31, 2025-02-28",
    "2024-01-31, 2025-02-28, 2025-02-28, 2025-03-31",
    "2024-02-29, 2024-12-31, 2024-12-29, 2025-01-29",
    "2024-02-29, 2025-02-28, 2025-02-28, 2025-03-29",
  })
  void usageMonthsAlignedToTheAnchor(
      LocalDate anchor, LocalDate date, LocalDate start, LocalDate endExclusive) {
    assertThat(CycleSchedule.usageMonths(anchor).periodContaining(date))
        .isEqualTo(DateRange.of(start, endExclusive));
  }

  @ParameterizedTest(name = "{0} every {1} months: {2} is in period {3}")
  @CsvSource({
    "2024-01-31,  1, 2024-01-31,  0",
    "2024-01-31,  1, 2024-02-28,  0",
    "2024-01-31,  1, 2024-02-29,  1",
    "2024-01-31,  1, 2024-04-29,  2",
    "2024-01-31,  1, 2024-04-30,  3",
    "2024-01-31,  1, 2034-01-30, 119",
    "2024-01-31,  1, 2034-01-31, 120",
    "2024-02-29, 12, 2025-02-27,  0",
    "2024-02-29, 12, 2025-02-28,  1",
    "2024-02-29, 12, 2028-02-28,  3",
    "2024-02-29, 12, 2028-02-29,  4",
    "2024-02-29,  3, 2024-05-28,  0",
    "2024-02-29,  3, 2024-05-29,  1",
  })
  void indexOfADate(LocalDate anchor, int months, LocalDate date, long index) {
    CycleSchedule schedule = new CycleSchedule(anchor, months);
    assertThat(schedule.indexOf(date)).isEqualTo(index);
    assertThat(schedule.periodContaining(date)).isEqualTo(schedule.period(index));
  }

  @Test
  void boundariesInARange() {
    CycleSchedule monthly = CycleSchedule.usageMonths(LocalDate.of(2024, 1, 31));
    assertThat(
            monthly.boundariesIn(
                DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 31))))
        .containsExactly(
            LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30));
    assertThat(
            monthly.boundariesIn(DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 3, 1))))
        .containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
    assertThat(
            monthly.boundariesIn(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))))
        .isEqualTo(List.of());
    assertThat(
            monthly.boundariesIn(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1))))
        .isEqualTo(List.of());
  }

  @Test
  void refusesDatesBeforeTheAnchorAndBadLengths() {
    CycleSchedule schedule = CycleSchedule.usageMonths(LocalDate.of(2024, 1, 31));
    assertThatThrownBy(() -> schedule.indexOf(LocalDate.of(2024, 1, 30)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThatThrownBy(() -> schedule.boundary(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new CycleSchedule(LocalDate.of(2024, 1, 31), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthsPerPeriod");
  }
}
