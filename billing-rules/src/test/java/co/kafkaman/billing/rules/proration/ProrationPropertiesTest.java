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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.money.Allocation;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.CycleSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ProrationPropertiesTest {
  private static final CurrencyUnit USD = co.kafkaman.billing.model.money.Currencies.of("USD");

  private static final Gen<ProrationConvention> CONVENTIONS =
      Generate.pick(
          List.of(
              ProrationConvention.KAFKAMAN,
              ProrationConvention.KAFKAMAN.withRounding(RoundingPolicy.HALF_EVEN),
              ProrationConvention.KILL_BILL,
              ProrationConvention.LAGO,
              ProrationConvention.THIRTY_DAY_MONTH,
              ProrationConvention.KAFKAMAN.withDayCount(DayCount.fixedMonth(30)),
              ProrationConvention.KAFKAMAN.withDayCount(DayCount.wholeMonths()),
              ProrationConvention.KAFKAMAN.withDayCount(DayCount.seconds(ZoneOffset.UTC)),
              ProrationConvention.KAFKAMAN
                  .withDayCount(DayCount.seconds(ZoneId.of("Europe/Berlin")))
                  .withRounding(RoundingPolicy.HALF_EVEN)));

  /** Zones with clocks that move by an hour, by half an hour, at midnight, or not at all. */
  static final Gen<ZoneId> ZONES =
      Generate.pick(
          List.of(
              ZoneOffset.UTC,
              ZoneId.of("Europe/Berlin"),
              ZoneId.of("America/New_York"),
              ZoneId.of("Australia/Lord_Howe"),
              ZoneId.of("America/Sao_Paulo"),
              ZoneId.of("Asia/Kolkata"),
              ZoneId.of("Pacific/Apia")));

  /** Every built-in day count, with fixed months of 1 to 40 days. */
  private static final Gen<DayCount> DAY_COUNTS =
      Generate.oneOf(
          Generate.pick(
              List.of(DayCount.actualDays(), DayCount.thirty360(), DayCount.wholeMonths())),
          integers().between(1, 40).map(DayCount::fixedMonth),
          ZONES.map(DayCount::seconds));

  /** Billing cycles from schedules: anchors 2000-2040 (month ends and leap days often), 1/3/12. */
  private static final Gen<DateRange> CYCLES =
      Generate.oneOf(
              integers().between(0, 365 * 40).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)),
              integers()
                  .between(0, 40 * 12 - 1)
                  .map(m -> LocalDate.of(2000, 2, 1).plusMonths(m).minusDays(1)),
              integers().between(0, 9).map(k -> LocalDate.of(2000 + 4 * k, 2, 29)))
          .zip(
              Generate.pick(List.of(1, 3, 12)),
              integers().between(0, 30),
              (anchor, months, n) -> new CycleSchedule(anchor, months).period(n));

  private static final Gen<Amount> PRICES =
      Generate.oneOf(
          longs().between(0, 100_000).map(m -> Amount.ofMinor(m, USD)),
          longs().between(0, 10_000_000_000L).map(m -> Amount.ofMinor(m, USD)));

  private static final Gen<Long> QUANTITIES = longs().between(1, 500);

  private static LocalDate dayIn(DateRange cycle, int percent) {
    return cycle.start().plusDays(cycle.lengthInDays() * percent / 100);
  }

  private static BilledItem billedInFull(Amount price, long quantity, DateRange cycle) {
    Amount billed = price.multipliedBy(quantity);
    return new BilledItem(
        new ChargeItem.Seats(KafkamanSample.BASIC), quantity, cycle, billed, Amount.zero(USD));
  }

  @Test
  void aFullCycleProrationEqualsTheFullPrice() {
    qt().forAll(CONVENTIONS, CYCLES, PRICES, QUANTITIES)
        .checkAssert(
            (convention, cycle, price, quantity) -> {
              Prorated charge = convention.charge(price, quantity, cycle, cycle.start());
              assertThat(charge.amount()).isEqualTo(price.multipliedBy(quantity));
              assertThat(charge.fraction().isWhole()).isTrue();
              assertThat(convention.charge(price, quantity, cycle, cycle.endExclusive()).amount())
                  .isEqualTo(Amount.zero(USD));
              BilledItem item = billedInFull(price, quantity, cycle);
              assertThat(convention.credit(item, cycle.start()).amount())
                  .isEqualTo(price.multipliedBy(quantity).negated());
              if (convention.terminationDayCredited()) {
                assertThat(convention.terminationCredit(item, cycle.start()).amount())
                    .isEqualTo(price.multipliedBy(quantity).negated());
              }
            });
  }

  @Test
  void prorationIsMonotonicInRemainingDays() {
    qt().forAll(CONVENTIONS, CYCLES, PRICES, integers().between(0, 100))
        .checkAssert(
            (convention, cycle, price, percent) -> {
              LocalDate earlier = dayIn(cycle, percent);
              LocalDate later = earlier.plusDays(1);
              if (later.isAfter(cycle.endExclusive())) {
                return;
              }
              Prorated more = convention.charge(price, 3, cycle, earlier);
              Prorated less = convention.charge(price, 3, cycle, later);
              assertThat(more.fraction()).isGreaterThanOrEqualTo(less.fraction());
              assertThat(more.amount()).isGreaterThanOrEqualTo(less.amount());
              BilledItem item = billedInFull(price, 3, cycle);
              assertThat(convention.credit(item, earlier).amount())
                  .isLessThanOrEqualTo(convention.credit(item, later).amount());
              assertThat(convention.terminationCredit(item, earlier).amount())
                  .isLessThanOrEqualTo(convention.terminationCredit(item, later).amount());
              // in actual days the change day counts as remaining: a day before the end leaves
              // something (30E/360 counts no day from the 30th to the 31st, whole months no
              // partial month)
              if (!earlier.equals(cycle.endExclusive())
                  && convention.dayCount().equals(DayCount.actualDays())) {
                assertThat(more.fraction().isZero()).isFalse();
              }
            });
  }

  @Test
  void aChargeAndACreditOfTheSameItemOnTheSameDayCancelExactly() {
    qt().forAll(CONVENTIONS, CYCLES, PRICES, integers().between(0, 100))
        .checkAssert(
            (convention, cycle, price, percent) -> {
              LocalDate day = dayIn(cycle, percent);
              long quantity = 1L + percent % 7;
              Amount charge = convention.charge(price, quantity, cycle, day).amount();
              Amount credit = convention.credit(billedInFull(price, quantity, cycle), day).amount();
              assertThat(charge.plus(credit)).isEqualTo(Amount.zero(USD));
            });
  }

  @Test
  void partsOfAdjacentStretchesAddUpToThePartOfTheirUnion() {
    qt().forAll(DAY_COUNTS, CYCLES, lists().of(integers().between(0, 100)).ofSize(3))
        .checkAssert(
            (dayCount, cycle, percents) ->
                assertTelescopes(
                    dayCount,
                    cycle,
                    percents.stream().map(p -> dayIn(cycle, p)).sorted().toList()));
  }

  @Test
  void aPartIsBoundedAndGrowsWithItsStretch() {
    qt().forAll(DAY_COUNTS, CYCLES, integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (dayCount, cycle, p, q) ->
                assertBoundedAndGrowing(
                    dayCount, cycle, dayIn(cycle, Math.min(p, q)), dayIn(cycle, Math.max(p, q))));
  }

  /**
   * A seconds count pinned at an instant on one of the cuts (or on another day of the cycle, or
   * outside it), any second of that day in the zone: the laws hold all the same.
   */
  @Test
  void aSecondsCountPinnedAtAnInstantKeepsTheLaws() {
    qt().forAll(
            ZONES.zip(CYCLES, (zone, cycle) -> new Zoned(zone, cycle)),
            lists().of(integers().between(0, 100)).ofSize(4),
            integers().between(0, 4),
            longs().between(0, 90_000 * 1_000L))
        .checkAssert(
            (zoned, percents, pinned, millis) -> {
              DateRange cycle = zoned.cycle();
              List<LocalDate> cuts =
                  percents.subList(0, 3).stream().map(p -> dayIn(cycle, p)).sorted().toList();
              LocalDate day =
                  pinned < 3
                      ? cuts.get(pinned)
                      : pinned == 3 ? dayIn(cycle, percents.get(3)) : cycle.start().minusDays(1);
              if (!day.plusDays(1)
                  .atStartOfDay(zoned.zone())
                  .isAfter(day.atStartOfDay(zoned.zone()))) {
                return; // a day the zone skipped has no instant to pin at
              }
              SecondsDayCount count =
                  DayCount.seconds(zoned.zone()).at(instantOn(zoned, day, millis));
              assertThat(count.dateOf(count.instant().orElseThrow())).isEqualTo(day);
              assertTelescopes(count, cycle, cuts);
              assertBoundedAndGrowing(count, cycle, cuts.get(0), cuts.get(2));
              // the pin moves a boundary on its day, inside the day
              if (day.isAfter(cycle.start()) && day.isBefore(cycle.endExclusive())) {
                Fraction pinnedPart = count.remaining(cycle, day);
                DayCount midnights = DayCount.seconds(zoned.zone());
                assertThat(pinnedPart).isLessThanOrEqualTo(midnights.remaining(cycle, day));
                assertThat(pinnedPart).isGreaterThan(midnights.remaining(cycle, day.plusDays(1)));
              }
            });
  }

  private record Zoned(ZoneId zone, DateRange cycle) {}

  /** An instant on {@code day} in the zone: {@code millis} after its midnight, within the day. */
  private static Instant instantOn(Zoned zoned, LocalDate day, long millis) {
    Instant midnight = day.atStartOfDay(zoned.zone()).toInstant();
    long length =
        day.plusDays(1).atStartOfDay(zoned.zone()).toInstant().toEpochMilli()
            - midnight.toEpochMilli();
    return midnight.plusMillis(millis % length);
  }

  /** The laws of one denominator, the whole, the empty stretch and telescoping, at three cuts. */
  private static void assertTelescopes(DayCount dayCount, DateRange cycle, List<LocalDate> cuts) {
    LocalDate a = cuts.get(0);
    LocalDate b = cuts.get(1);
    LocalDate c = cuts.get(2);
    Fraction ab = dayCount.part(cycle, DateRange.of(a, b));
    Fraction bc = dayCount.part(cycle, DateRange.of(b, c));
    Fraction ac = dayCount.part(cycle, DateRange.of(a, c));
    Fraction whole = dayCount.part(cycle, cycle);
    assertThat(List.of(ab.denominator(), bc.denominator(), ac.denominator()))
        .containsOnly(whole.denominator());
    assertThat(ab.numerator() + bc.numerator()).isEqualTo(ac.numerator());
    assertThat(whole.isWhole()).isTrue();
    assertThat(dayCount.part(cycle, DateRange.of(b, b)).isZero()).isTrue();
    // the leading and the trailing stub split at b add up to the whole
    assertThat(dayCount.elapsed(cycle, b).numerator() + dayCount.remaining(cycle, b).numerator())
        .isEqualTo(whole.numerator());
    assertThat(dayCount.remaining(cycle, b).denominator()).isEqualTo(whole.denominator());
  }

  /** A part lies between {@code 0/n} and {@code n/n} and never shrinks as its stretch grows. */
  private static void assertBoundedAndGrowing(
      DayCount dayCount, DateRange cycle, LocalDate a, LocalDate b) {
    Fraction part = dayCount.part(cycle, DateRange.of(a, b));
    assertThat(part.numerator()).isBetween(0L, part.denominator());
    if (b.isBefore(cycle.endExclusive())) {
      Fraction longer = dayCount.part(cycle, DateRange.of(a, b.plusDays(1)));
      assertThat(longer).isGreaterThanOrEqualTo(part);
    }
    if (a.isAfter(cycle.start())) {
      Fraction earlier = dayCount.part(cycle, DateRange.of(a.minusDays(1), b));
      assertThat(earlier).isGreaterThanOrEqualTo(part);
    }
  }

  @Test
  void aTerminationCreditsTheTerminationDayUnlessTheConventionKeepsIt() {
    qt().forAll(CONVENTIONS, CYCLES, PRICES, integers().between(0, 100))
        .checkAssert(
            (convention, cycle, price, percent) -> {
              LocalDate day = dayIn(cycle, percent);
              BilledItem item = billedInFull(price, 2, cycle);
              Prorated termination = convention.terminationCredit(item, day);
              LocalDate firstUnused =
                  convention.terminationDayCredited() || day.equals(cycle.endExclusive())
                      ? day
                      : day.plusDays(1);
              assertThat(termination).isEqualTo(convention.credit(item, firstUnused));
              assertThat(termination.amount().negated()).isLessThanOrEqualTo(item.creditable());
            });
  }

  @Test
  void kPiecesOfACycleSumToTheFullPriceWithinHalfAMinorUnitEach() {
    qt().forAll(
            CONVENTIONS, CYCLES, PRICES, lists().of(integers().between(1, 99)).ofSizeBetween(0, 12))
        .checkAssert(
            (convention, cycle, price, percents) -> {
              TreeSet<LocalDate> cuts = new TreeSet<>();
              cuts.add(cycle.start());
              percents.forEach(p -> cuts.add(dayIn(cycle, p)));
              cuts.add(cycle.endExclusive());
              List<LocalDate> dates = List.copyOf(cuts);
              int k = dates.size() - 1;
              DayCount dayCount = convention.dayCount();
              long quantity = 2;
              long[] weights = new long[k];
              long sum = 0;
              long denominator = 0;
              for (int i = 0; i < k; i++) {
                Fraction from = dayCount.remaining(cycle, dates.get(i));
                Fraction to = dayCount.remaining(cycle, dates.get(i + 1));
                assertThat(from.denominator()).isEqualTo(to.denominator());
                denominator = from.denominator();
                weights[i] = from.numerator() - to.numerator();
                assertThat(weights[i]).isNotNegative();
                Fraction piece = Fraction.of(weights[i], denominator, "");
                sum += price.multipliedBy(quantity, piece, convention.rounding()).minorUnits();
              }
              long whole = price.multipliedBy(quantity).minorUnits();
              assertThat(2 * Math.abs(sum - whole)).isLessThanOrEqualTo(k);
              if (whole > 0 && denominator > 0 && java.util.Arrays.stream(weights).sum() > 0) {
                // with allocation the pieces sum exactly
                long[] parts = Allocation.allocate(whole, weights);
                assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(whole);
              }
              assertThat(ChronoUnit.DAYS.between(dates.get(0), dates.get(k)))
                  .isEqualTo(cycle.lengthInDays());
            });
  }
}
