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
