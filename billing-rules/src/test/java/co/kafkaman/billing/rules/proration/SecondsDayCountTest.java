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
package co.kafkaman.billing.rules.proration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondsDayCountTest {

  /** The seconds count of {@code zone}, pinned at {@code pin} unless it is "-". */
  static SecondsDayCount pinned(String zone, String pin) {
    SecondsDayCount count = DayCount.seconds(ZoneId.of(zone));
    return pin.equals("-") ? count : count.at(Instant.parse(pin));
  }

  /**
   * Worked by hand: a day has 86,400 s; in Europe/Berlin 2024-03-31 has 23 h (82,800 s), so March
   * has 743 h (2,674,800 s); 2024-10-27 has 25 h (90,000 s), so October has 745 h (2,682,000 s). In
   * America/New_York 2024-03-10 has 23 h and 2024-11-03 25 h. A pin counts only on its own date
   * strictly inside the period; "-" means not pinned.
   */
  @ParameterizedTest(name = "{0} at {1}: part of [{2}, {3}) in [{4}, {5}) is {6}")
  @CsvSource({
    // UTC, April: 30 x 86400 = 2592000
    "UTC, -, 2024-04-01, 2024-05-01, 2024-04-01, 2024-05-01, 2592000/2592000 seconds",
    "UTC, -, 2024-04-01, 2024-05-01, 2024-04-16, 2024-05-01, 1296000/2592000 seconds",
    "UTC, -, 2024-04-01, 2024-05-01, 2024-04-01, 2024-04-16, 1296000/2592000 seconds",
    "UTC, -, 2024-04-01, 2024-05-01, 2024-04-16, 2024-04-16, 0/2592000 seconds",
    // pinned at noon of the 16th: 14 x 86400 + 43200 = 1252800 left, 15 x 86400 - 43200 used
    "UTC, 2024-04-16T12:00:00Z, 2024-04-01, 2024-05-01, 2024-04-16, 2024-05-01, "
        + "1252800/2592000 seconds",
    "UTC, 2024-04-16T12:00:00Z, 2024-04-01, 2024-05-01, 2024-04-01, 2024-04-16, "
        + "1339200/2592000 seconds",
    // a boundary on another date than the pin's counts from midnight
    "UTC, 2024-04-16T12:00:00Z, 2024-04-01, 2024-05-01, 2024-04-17, 2024-05-01, "
        + "1209600/2592000 seconds",
    // one second before midnight: 14 x 86400 + 1
    "UTC, 2024-04-16T23:59:59Z, 2024-04-01, 2024-05-01, 2024-04-16, 2024-05-01, "
        + "1209601/2592000 seconds",
    // the period's first and last dates count from midnight: the first day is the whole cycle
    "UTC, 2024-04-01T12:00:00Z, 2024-04-01, 2024-05-01, 2024-04-01, 2024-05-01, "
        + "2592000/2592000 seconds",
    "UTC, 2024-05-01T12:00:00Z, 2024-04-01, 2024-05-01, 2024-04-16, 2024-05-01, "
        + "1296000/2592000 seconds",
    // Berlin, spring forward on 2024-03-31: the last day of March is 23 h of 743
    "Europe/Berlin, -, 2024-03-01, 2024-04-01, 2024-03-31, 2024-04-01, 82800/2674800 seconds",
    "Europe/Berlin, -, 2024-03-01, 2024-04-01, 2024-03-01, 2024-03-31, 2592000/2674800 seconds",
    // pinned at 2024-03-31T10:00Z = 12:00 CEST: 12 h of the 23-hour day left
    "Europe/Berlin, 2024-03-31T10:00:00Z, 2024-03-01, 2024-04-01, 2024-03-31, 2024-04-01, "
        + "43200/2674800 seconds",
    // Berlin, fall back on 2024-10-27: 25 h of 745
    "Europe/Berlin, -, 2024-10-01, 2024-11-01, 2024-10-27, 2024-10-28, 90000/2682000 seconds",
    // pinned at 2024-10-27T02:30Z = 03:30 CET, after the clocks went back: 20 x 3600 + 1800 to
    // midnight CET (2024-10-27T23:00Z) left of the day
    "Europe/Berlin, 2024-10-27T02:30:00Z, 2024-10-01, 2024-11-01, 2024-10-27, 2024-10-28, "
        + "73800/2682000 seconds",
    // New York, a year with both changes: 366 x 86400 = 31622400
    "America/New_York, -, 2024-01-01, 2025-01-01, 2024-03-10, 2024-03-11, 82800/31622400 seconds",
    "America/New_York, -, 2024-01-01, 2025-01-01, 2024-11-03, 2024-11-04, 90000/31622400 seconds",
  })
  void countsTheSecondsOfAStretch(
      String zone,
      String pin,
      LocalDate start,
      LocalDate end,
      LocalDate from,
      LocalDate to,
      String part) {
    SecondsDayCount count = pinned(zone, pin);
    DateRange period = DateRange.of(start, end);
    assertThat(count.part(period, DateRange.of(from, to))).hasToString(part);
    if (to.equals(end)) {
      assertThat(count.remaining(period, from)).hasToString(part);
    }
    if (from.equals(start)) {
      assertThat(count.elapsed(period, to)).hasToString(part);
    }
  }

  /**
   * Worked by hand: UTC, the service [2024-04-16, 2024-05-01) bought at noon of the 16th lasts 14.5
   * days = 14 x 86400 + 43200 = 1252800 s. From 2024-04-20T18:00Z, 10 x 86400 + 21600 = 885600 s
   * are left; from midnight of the 20th 11 x 86400 = 950400; from 18:00 of the 16th 14.25 days =
   * 1231200. Nothing counts from before the service start. Berlin: bought 2024-03-30T11:00Z (12:00
   * CET) for [2024-03-30, 2024-04-01), 12 h + the 23 h of 2024-03-31 = 126000 s; at
   * 2024-03-31T10:00Z (12:00 CEST) 12 h = 43200 s are left. A start not on the period's first date
   * is not its start: the period counts from midnight, 15 days.
   */
  @ParameterizedTest(name = "{0}, [{1}, {2}) started at {3}, pinned at {4}, from {5}: {6}")
  @CsvSource({
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, 2024-04-20T18:00:00Z, 2024-04-20, "
        + "885600/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, -, 2024-04-20, 950400/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, 2024-04-16T18:00:00Z, 2024-04-16, "
        + "1231200/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, 2024-04-16T12:00:00Z, 2024-04-16, "
        + "1252800/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, -, 2024-04-16, 1252800/1252800 seconds",
    // a pin before the service start on its date counts from the start: all of it is left
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, 2024-04-16T06:00:00Z, 2024-04-16, "
        + "1252800/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-16T12:00:00Z, 2024-05-01T06:00:00Z, 2024-05-01, "
        + "0/1252800 seconds",
    "UTC, 2024-04-16, 2024-05-01, 2024-04-15T12:00:00Z, -, 2024-04-20, 950400/1296000 seconds",
    "Europe/Berlin, 2024-03-30, 2024-04-01, 2024-03-30T11:00:00Z, 2024-03-31T10:00:00Z, "
        + "2024-03-31, 43200/126000 seconds",
  })
  void countsTheSecondsOfAServiceBoughtAtAnInstant(
      String zone,
      LocalDate start,
      LocalDate end,
      Instant serviceStart,
      String pin,
      LocalDate from,
      String part) {
    SecondsDayCount count = pinned(zone, pin);
    assertThat(count.remaining(DateRange.of(start, end), serviceStart, from)).hasToString(part);
  }

  @Test
  void aCountOfDatesIgnoresTheServiceStart() {
    DateRange rest = DateRange.of(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 1));
    Instant noon = Instant.parse("2024-04-16T12:00:00Z");
    LocalDate day = LocalDate.of(2024, 4, 20);
    assertThat(DayCount.actualDays().remaining(rest, noon, day)).hasToString("11/15 days");
    assertThat(DayCount.thirty360().remaining(rest, noon, day))
        .isEqualTo(DayCount.thirty360().remaining(rest, day));
    assertThatThrownBy(
            () -> DayCount.seconds(ZoneOffset.UTC).remaining(rest, noon, LocalDate.of(2024, 5, 2)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
  }

  /** A charge counts from the pin only on the pin's date strictly inside the period. */
  @ParameterizedTest(name = "pinned at {0}, April from {1} starts at {2}")
  @CsvSource({
    "2024-04-16T12:00:00Z, 2024-04-16, 2024-04-16T12:00:00Z",
    "2024-04-16T12:00:00Z, 2024-04-17, -",
    "2024-04-01T12:00:00Z, 2024-04-01, -",
    "2024-05-01T12:00:00Z, 2024-05-01, -",
    "-, 2024-04-16, -",
  })
  void aChargeStartsAtThePinOnItsDate(String pin, LocalDate from, String start) {
    SecondsDayCount count = pinned("UTC", pin);
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    assertThat(count.startInstant(april, from).map(Instant::toString).orElse("-")).isEqualTo(start);
    assertThat(DayCount.actualDays().startInstant(april, from)).isEmpty();
  }

  @Test
  void aPinnedCountLeavesWhatSecondsRemainingCountsOnInstants() {
    Instant at = Instant.parse("2024-04-16T12:00:00Z");
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    assertThat(DayCount.seconds(ZoneOffset.UTC).at(at).remaining(april, LocalDate.of(2024, 4, 16)))
        .isEqualTo(
            DayCount.secondsRemaining(
                Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"), at));
  }

  @Test
  void chargesAndCreditsOfAnUpgradeAtNoon() {
    // Basic 12.00 to Professional 29.00 at 2024-04-16T12:00Z, 14.5 of 30 days left:
    // 12.00 x 14.5 / 30 = 5.80 exactly; 29.00 x 14.5 / 30 = 14.0166.. -> 14.02 (HALF_UP)
    ProrationConvention convention =
        ProrationConvention.KAFKAMAN.withDayCount(
            DayCount.seconds(ZoneOffset.UTC).at(Instant.parse("2024-04-16T12:00:00Z")));
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    LocalDate day = LocalDate.of(2024, 4, 16);
    Amount basic = Amount.of("12.00", "USD");
    Amount professional = Amount.of("29.00", "USD");
    assertThat(convention.charge(basic, 1, april, day).amount().toPlainString()).isEqualTo("5.80");
    assertThat(convention.charge(professional, 1, april, day).amount().toPlainString())
        .isEqualTo("14.02");
    assertThat(convention.charge(professional, 1, april, day).fraction())
        .hasToString("1252800/2592000 seconds");
  }

  @Test
  void theDateOfAnInstantIsTheDateInTheZone() {
    Instant late = Instant.parse("2024-03-31T23:30:00Z");
    assertThat(DayCount.seconds(ZoneOffset.UTC).dateOf(late)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(DayCount.seconds(ZoneId.of("Europe/Berlin")).dateOf(late))
        .isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void isNamedAndComparedByZoneAndInstant() {
    Instant at = Instant.parse("2024-04-16T12:00:00Z");
    SecondsDayCount utc = DayCount.seconds(ZoneOffset.UTC);
    assertThat(utc.name()).isEqualTo("seconds (Z)");
    assertThat(utc.at(at)).hasToString("seconds (Z) at 2024-04-16T12:00:00Z");
    assertThat(utc.at(at)).isEqualTo(DayCount.seconds(ZoneOffset.UTC).at(at)).isNotEqualTo(utc);
    assertThat(utc.at(at).hashCode()).isEqualTo(DayCount.seconds(ZoneOffset.UTC).at(at).hashCode());
    assertThat(utc.at(at).instant()).contains(at);
    assertThat(utc.instant()).isEmpty();
    assertThat(utc.at(at).zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(DayCount.seconds(ZoneId.of("UTC"))).isNotEqualTo(utc);
  }

  @Test
  void aDaySkippedByTheZoneCountsNoSecond() {
    // Samoa skipped 2011-12-30: its midnight is 2011-12-31's
    SecondsDayCount apia = DayCount.seconds(ZoneId.of("Pacific/Apia"));
    DateRange december = DateRange.of(LocalDate.of(2011, 12, 1), LocalDate.of(2012, 1, 1));
    assertThat(
            apia.part(
                december, DateRange.of(LocalDate.of(2011, 12, 30), LocalDate.of(2011, 12, 31))))
        .hasToString("0/2592000 seconds");
    DateRange skipped = DateRange.of(LocalDate.of(2011, 12, 30), LocalDate.of(2011, 12, 31));
    assertThat(apia.part(skipped, skipped)).hasToString("1/1 days");
  }

  @Test
  void refusesAStretchOutsideThePeriodAndAnEmptyPeriod() {
    SecondsDayCount count = DayCount.seconds(ZoneOffset.UTC);
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    assertThatThrownBy(
            () ->
                count.part(
                    april, DateRange.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 2))))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("stretch")
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    assertThatThrownBy(() -> count.remaining(april, LocalDate.of(2024, 5, 2)))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.DATE_OUT_OF_RANGE);
    LocalDate day = LocalDate.of(2024, 4, 1);
    assertThatThrownBy(() -> count.remaining(DateRange.of(day, day), day))
        .isInstanceOf(BillingException.class)
        .extracting(e -> ((BillingException) e).errorCode())
        .isEqualTo(BillingErrorCode.INVALID_DATE_RANGE);
  }
}
