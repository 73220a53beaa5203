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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CycleSchedulePropertiesTest {

  /** Anchors from 2000 to 2040, biased towards month ends and leap days. */
  private static final Gen<LocalDate> ANCHORS =
      Generate.oneOf(
          integers().between(0, 365 * 40).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)),
          integers()
              .between(0, 40 * 12 - 1)
              .map(m -> LocalDate.of(2000, 1, 1).plusMonths(m).withDayOfMonth(1).minusDays(1)),
          integers().between(0, 9).map(k -> LocalDate.of(2000 + 4 * k, 2, 29)));

  private static final Gen<Integer> MONTHS = Generate.pick(List.of(1, 3, 12));

  @Test
  void cyclesTileTimeWithNoGapAndNoOverlap() {
    qt().forAll(ANCHORS, MONTHS, integers().between(0, 500))
        .checkAssert(
            (anchor, months, n) -> {
              CycleSchedule schedule = new CycleSchedule(anchor, months);
              DateRange cycle = schedule.period(n);
              DateRange next = schedule.period(n + 1L);
              assertThat(cycle.isEmpty()).isFalse();
              assertThat(cycle.endExclusive()).isEqualTo(next.start());
              assertThat(cycle.overlaps(next)).isFalse();
              assertThat(cycle.abuts(next)).isTrue();
            });
  }

  @Test
  void boundaryNIsIndependentOfHowItIsReached() {
    qt().forAll(ANCHORS, integers().between(0, 40))
        .checkAssert(
            (anchor, n) -> {
              CycleSchedule months = CycleSchedule.usageMonths(anchor);
              CycleSchedule quarters = CycleSchedule.quarters(anchor);
              CycleSchedule years = new CycleSchedule(anchor, 12);
              // the n-th annual boundary is the 4n-th quarter boundary and the 12n-th month one
              assertThat(quarters.boundary(4L * n)).isEqualTo(years.boundary(n));
              assertThat(months.boundary(12L * n)).isEqualTo(years.boundary(n));
              assertThat(months.boundary(3L * n)).isEqualTo(quarters.boundary(n));
              // and going there by looking a date up gives the same index back
              assertThat(months.indexOf(months.boundary(n))).isEqualTo((long) n);
              assertThat(quarters.indexOf(quarters.boundary(n))).isEqualTo((long) n);
              assertThat(years.indexOf(years.boundary(n))).isEqualTo((long) n);
            });
  }

  @Test
  void everyDateFromTheAnchorOnBelongsToExactlyOneCycle() {
    qt().forAll(ANCHORS, MONTHS, integers().between(0, 365 * 12))
        .checkAssert(
            (anchor, months, offset) -> {
              CycleSchedule schedule = new CycleSchedule(anchor, months);
              LocalDate date = anchor.plusDays(offset);
              long containing = 0;
              long found = -1;
              for (long n = 0; !schedule.boundary(n).isAfter(date); n++) {
                if (schedule.period(n).contains(date)) {
                  containing++;
                  found = n;
                }
              }
              assertThat(containing).isEqualTo(1);
              assertThat(schedule.indexOf(date)).isEqualTo(found);
              DateRange period = schedule.periodContaining(date);
              assertThat(period.contains(date)).isTrue();
              assertThat(period.start()).isEqualTo(schedule.boundary(found));
              assertThat(period.endExclusive()).isEqualTo(schedule.boundary(found + 1));
            });
  }
}
