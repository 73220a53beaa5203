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
package co.kafkaman.billing.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Range algebra laws, with plain epoch-day arithmetic as the oracle: a range {@code [s, e)} holds
 * the days {@code s.toEpochDay() <= d < e.toEpochDay()}.
 */
class DateRangePropertiesTest {
  private static final long FIRST_DAY = LocalDate.parse("1990-01-01").toEpochDay();
  private static final long LAST_DAY = LocalDate.parse("2100-12-31").toEpochDay();

  /** Any day 1990-2100, with month ends, Feb 29s and firsts of months over-represented. */
  private static Gen<LocalDate> dates() {
    Gen<LocalDate> anyDay = longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
    Gen<YearMonth> months =
        integers().between(1990 * 12, 2100 * 12 + 11).map(m -> YearMonth.of(m / 12, m % 12 + 1));
    Gen<LocalDate> monthEnds = months.map(YearMonth::atEndOfMonth);
    Gen<LocalDate> firsts = months.map(m -> m.atDay(1));
    Gen<LocalDate> leapDays =
        integers().between(1992 / 4, 2096 / 4).map(q -> LocalDate.of(q * 4, 2, 29));
    return anyDay.mix(monthEnds, 20).mix(firsts, 15).mix(leapDays, 10);
  }

  /** Lengths: empty, one day, a cycle or so, or years. */
  private static Gen<Long> lengths() {
    return longs().between(0, 62).mix(longs().between(0, 3 * 366), 30);
  }

  private static Gen<DateRange> ranges() {
    return dates().zip(lengths(), DateRange::ofDays);
  }

  /** Offsets that put a second range or date near the first one's boundaries. */
  private static Gen<Long> offsets() {
    return longs().between(-70, 70);
  }

  /** Pairs whose second range starts near the first's start or end, or anywhere. */
  private static Gen<DateRange[]> pairs() {
    Gen<DateRange[]> close =
        ranges()
            .zip(
                offsets(),
                lengths(),
                integers().between(0, 1),
                (a, offset, length, fromEnd) ->
                    new DateRange[] {
                      a,
                      DateRange.ofDays(
                          (fromEnd == 1 ? a.endExclusive() : a.start()).plusDays(offset), length)
                    });
    Gen<DateRange[]> independent = ranges().zip(ranges(), (a, b) -> new DateRange[] {a, b});
    return close.mix(independent, 30).describedAs(p -> p[0] + " and " + p[1]);
  }

  private static long day(LocalDate date) {
    return date.toEpochDay();
  }

  @Test
  void lengthIsTheNumberOfEpochDays() {
    qt().forAll(ranges())
        .checkAssert(
            r -> {
              assertThat(r.lengthInDays()).isEqualTo(day(r.endExclusive()) - day(r.start()));
              assertThat(r.isEmpty()).isEqualTo(r.lengthInDays() == 0);
            });
  }

  @Test
  void intersectionCommutes() {
    qt().forAll(pairs())
        .checkAssert(p -> assertThat(p[0].intersection(p[1])).isEqualTo(p[1].intersection(p[0])));
  }

  @Test
  void overlapsIffIntersectionPresentAndSharesADay() {
    qt().forAll(pairs())
        .checkAssert(
            p -> {
              DateRange a = p[0];
              DateRange b = p[1];
              long from = Math.max(day(a.start()), day(b.start()));
              long to = Math.min(day(a.endExclusive()), day(b.endExclusive()));
              boolean shareADay = from < to;

              assertThat(a.overlaps(b)).isEqualTo(shareADay).isEqualTo(b.overlaps(a));
              assertThat(a.intersection(b).isPresent()).isEqualTo(a.overlaps(b));
              assertThat(a.intersection(b))
                  .isEqualTo(
                      shareADay
                          ? Optional.of(
                              DateRange.of(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to)))
                          : Optional.empty());
              a.intersection(b)
                  .ifPresent(
                      i -> {
                        assertThat(a.encloses(i)).isTrue();
                        assertThat(b.encloses(i)).isTrue();
                        assertThat(i.isEmpty()).isFalse();
                      });
            });
  }

  @Test
  void containsAgreesWithOverlapOfTheOneDayRange() {
    qt().forAll(ranges(), offsets(), integers().between(0, 1))
        .checkAssert(
            (r, offset, fromEnd) -> {
              LocalDate d = (fromEnd == 1 ? r.endExclusive() : r.start()).plusDays(offset);
              boolean oracle = day(r.start()) <= day(d) && day(d) < day(r.endExclusive());

              assertThat(r.contains(d)).isEqualTo(oracle);
              assertThat(r.overlaps(DateRange.ofDays(d, 1))).isEqualTo(oracle);
              assertThat(r.encloses(DateRange.ofDays(d, 1))).isEqualTo(oracle);
            });
  }

  @Test
  void lengthsAddUpWhenARangeIsSplitAnywhereInside() {
    qt().forAll(ranges(), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (r, pick) -> {
              LocalDate at = r.start().plusDays(pick % (r.lengthInDays() + 1));

              DateRange[] parts = r.splitAt(at);

              assertThat(parts[0].lengthInDays() + parts[1].lengthInDays())
                  .isEqualTo(r.lengthInDays());
              assertThat(parts[0].lengthInDays()).isEqualTo(day(at) - day(r.start()));
            });
  }

  @Test
  void splitPartsAbutAndTileTheRange() {
    qt().forAll(ranges(), longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (r, pick) -> {
              LocalDate at = r.start().plusDays(pick % (r.lengthInDays() + 1));

              DateRange[] parts = r.splitAt(at);

              assertThat(parts[0].abuts(parts[1])).isTrue();
              assertThat(parts[1].abuts(parts[0])).isTrue();
              assertThat(parts[0].overlaps(parts[1])).isFalse();
              assertThat(parts[0].start()).isEqualTo(r.start());
              assertThat(parts[0].endExclusive()).isEqualTo(at).isEqualTo(parts[1].start());
              assertThat(parts[1].endExclusive()).isEqualTo(r.endExclusive());
              assertThat(r.encloses(parts[0])).isTrue();
              assertThat(r.encloses(parts[1])).isTrue();
            });
  }
}
