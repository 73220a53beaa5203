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
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A range's text is written straight into one buffer; it must read as its dates' own text. */
class DateRangeTextPropertiesTest {

  @Test
  void textIsIntervalNotationOfTheDates() {
    // epoch days from year -20000 to 20000: three-, four- and five-digit and negative years
    qt().forAll(longs().between(-8_000_000, 6_600_000), longs().between(0, 800))
        .checkAssert(
            (startDay, days) -> {
              LocalDate start = LocalDate.ofEpochDay(startDay);
              DateRange range = DateRange.ofDays(start, days);
              assertThat(range.toString())
                  .isEqualTo("[" + start + ", " + range.endExclusive() + ")");
            });
  }
}
