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

import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.time.DateRange;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Seconds (Stripe style), the day count of {@link DayCount#seconds(ZoneId)}: a date {@code d} means
 * the instant {@code d.atStartOfDay(zone)}, and the part of a period a stretch covers is the
 * seconds of the stretch over the seconds of the period, as an exact, unreduced {@link Fraction} in
 * {@code "seconds"}. A day lasts what it lasts in the zone: 86,400 seconds, or 82,800 and 90,000 on
 * the days the clocks move (in Europe/Berlin 2024-03-31 has 23 hours, 2024-10-27 25).
 *
 * <p>{@link #at(Instant)} pins the count at the instant of a command: a stretch boundary that falls
 * on the date of that instant in the zone, strictly inside the period, counts from the instant
 * itself instead of midnight. So a change at {@code 2024-04-16T12:00:00Z} in the UTC period {@code
 * [2024-04-01, 2024-05-01)} (2,592,000 s) leaves {@code 1252800/2592000 seconds} (14.5 days), as
 * {@link DayCount#secondsRemaining(Instant, Instant, Instant)} counts it. The period's own first
 * and last dates always count from midnight: a change on a cycle's first day is a full-cycle charge
 * and a full-cycle credit at any hour (RULES.md section 4), and no part is ever more than the
 * whole.
 *
 * <p>Every law of {@link DayCount} holds, pinned or not: each date maps to one instant, later for a
 * later date, so a stretch counts the difference of its ends' instants and parts telescope; the
 * period's seconds are the one denominator (a period of days the zone skipped, which lasts no
 * second, is counted in actual days). Seconds are whole: an instant's fraction of a second does not
 * count.
 *
 * <table>
 *   <caption>Parts in seconds</caption>
 *   <tr><th>zone</th><th>period</th><th>stretch</th><th>part</th></tr>
 *   <tr><td>UTC</td><td>{@code [2024-04-01, 2024-05-01)}</td><td>{@code [2024-04-16,
 *       2024-05-01)}</td><td>{@code 1296000/2592000 seconds} (15 days)</td></tr>
 *   <tr><td>UTC at {@code 2024-04-16T12:00Z}</td><td>{@code [2024-04-01, 2024-05-01)}</td>
 *       <td>{@code [2024-04-16, 2024-05-01)}</td><td>{@code 1252800/2592000 seconds}</td></tr>
 *   <tr><td>Europe/Berlin</td><td>{@code [2024-03-01, 2024-04-01)}</td><td>{@code [2024-03-31,
 *       2024-04-01)}</td><td>{@code 82800/2674800 seconds} (23 of 743 hours)</td></tr>
 *   <tr><td>Europe/Berlin</td><td>{@code [2024-10-01, 2024-11-01)}</td><td>{@code [2024-10-27,
 *       2024-10-28)}</td><td>{@code 90000/2682000 seconds} (25 of 745 hours)</td></tr>
 * </table>
 *
 * <p>An item bought at the pinned instant records it ({@link #startInstant(DateRange, LocalDate)},
 * {@code BilledItem.serviceStart()}), and its credit counts over the seconds from that instant to
 * its period's end ({@link #remaining(DateRange, Instant, LocalDate)}): 1 Professional seat bought
 * for {@code 29.00 x 1252800/2592000 = 14.02} at {@code 2024-04-16T12:00:00Z} and removed at {@code
 * 2024-04-20T18:00:00Z} is credited {@code 14.02 x 885600/1252800 seconds = 9.91}, where counting
 * the item's dates from midnight would give {@code 14.02 x 885600/1296000 = 9.58}.
 *
 * <p>Immutable and thread-safe; equal when the zone and the instant are.
 *
 * @since 0.1.0
 */
public final class SecondsDayCount implements DayCount {
  private final ZoneId zone;
  private final @Nullable Instant instant;

  SecondsDayCount(ZoneId zone, @Nullable Instant instant) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.instant = instant;
  }

  /**
   * Returns the zone whose midnights the dates mean.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the instant this count is pinned at, if any.
   *
   * @return the instant of {@link #at(Instant)}, or empty
   */
  public Optional<Instant> instant() {
    return Optional.ofNullable(instant);
  }

  /**
   * Returns a copy pinned at {@code instant}: a stretch boundary on the date of {@code instant} in
   * the zone, strictly inside the period, counts from the instant. Example: {@code
   * seconds(UTC).at(2024-04-16T12:00Z)} leaves {@code 1252800/2592000 seconds} of {@code
   * [2024-04-01, 2024-05-01)} from 2024-04-16, where {@code seconds(UTC)} leaves {@code
   * 1296000/2592000}.
   *
   * @param instant the instant of the command
   * @return the pinned copy, in the same zone
   */
  public SecondsDayCount at(Instant instant) {
    return new SecondsDayCount(zone, Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Returns the date of {@code instant} in the zone: the billing date of a command applied at it.
   * Example: {@code 2024-03-31T23:30:00Z} is 2024-03-31 in UTC and 2024-04-01 in Europe/Berlin.
   *
   * @param instant the instant
   * @return its date in the zone
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  @Override
  public Fraction part(DateRange period, DateRange stretch) {
    DayCount.requireInside(period, stretch);
    long whole = midnight(period.endExclusive()) - midnight(period.start());
    if (whole == 0) {
      // a period of days the zone skipped (Pacific/Apia's 2011-12-30) lasts no second
      return DayCounts.ACTUAL_DAYS.part(period, stretch);
    }
    long covered = second(period, stretch.endExclusive()) - second(period, stretch.start());
    return Fraction.of(covered, whole, "seconds");
  }

  @Override
  public Fraction remaining(DateRange period, LocalDate from) {
    DayCount.requireWithin(period, from);
    return part(period, DateRange.of(from, period.endExclusive()));
  }

  /**
   * Returns the pinned instant when it falls on {@code from} strictly inside the period: a charge
   * from then on counts from it, and the item bought records it as its service start. Example:
   * pinned at {@code 2024-04-16T12:00:00Z}, {@code [2024-04-01, 2024-05-01)} from 2024-04-16 starts
   * at noon; from 2024-04-01 or 2024-04-17, or unpinned, it is empty.
   *
   * @param period the period the charge is prorated over
   * @param from the first day charged
   * @return the pinned instant, or empty
   */
  @Override
  public Optional<Instant> startInstant(DateRange period, LocalDate from) {
    return pinnedInside(period, from) ? Optional.ofNullable(instant) : Optional.empty();
  }

  /**
   * Returns the seconds from {@code from} to the period's end over the seconds from {@code
   * serviceStart} to the end, for a service bought at an instant. {@code from} counts from the
   * pinned instant when the pin falls on it (the period's first date included: the service began
   * that day, after midnight) and never from before {@code serviceStart}, so the part is at most
   * the whole. A {@code serviceStart} that is not on the period's first date in the zone is not
   * this period's start and is ignored ({@link #remaining(DateRange, LocalDate)}).
   *
   * <p>Example, UTC, {@code [2024-04-16, 2024-05-01)} started at {@code 2024-04-16T12:00:00Z}
   * (1,252,800 s): pinned at {@code 2024-04-20T18:00:00Z}, {@code 885600/1252800 seconds}; pinned
   * at {@code 2024-04-16T18:00:00Z}, {@code 1231200/1252800}; unpinned from 2024-04-16, the whole
   * {@code 1252800/1252800}.
   *
   * @param period the service period, not empty
   * @param serviceStart the instant the service started
   * @param from a date within {@code [period.start, period.endExclusive]}
   * @return the remaining fraction in seconds
   */
  @Override
  public Fraction remaining(DateRange period, Instant serviceStart, LocalDate from) {
    DayCount.requireWithin(period, from);
    if (!period.start().equals(dateIn(serviceStart))) {
      return remaining(period, from);
    }
    long start = serviceStart.getEpochSecond();
    long end = midnight(period.endExclusive());
    long first =
        instant != null && from.isBefore(period.endExclusive()) && from.equals(dateIn(instant))
            ? instant.getEpochSecond()
            : midnight(from);
    return Fraction.of(end - Math.max(start, first), end - start, "seconds");
  }

  /** The date of {@code at} in the zone, or null for an instant without one. */
  private @Nullable LocalDate dateIn(Instant at) {
    try {
      return dateOf(at);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Whether the pin falls on {@code date} strictly inside the period. */
  private boolean pinnedInside(DateRange period, LocalDate date) {
    return instant != null
        && date.isAfter(period.start())
        && date.isBefore(period.endExclusive())
        && date.equals(dateOf(instant));
  }

  /** The epoch second a boundary on {@code date} counts from: the pin inside the period. */
  private long second(DateRange period, LocalDate date) {
    if (instant != null && pinnedInside(period, date)) {
      return instant.getEpochSecond();
    }
    return midnight(date);
  }

  private long midnight(LocalDate date) {
    return date.atStartOfDay(zone).toEpochSecond();
  }

  /**
   * Returns {@code "seconds (UTC)"}, or {@code "seconds (UTC) at 2024-04-16T12:00:00Z"} when
   * pinned.
   *
   * @return the name
   */
  @Override
  public String name() {
    return instant == null ? "seconds (" + zone + ")" : "seconds (" + zone + ") at " + instant;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SecondsDayCount other
        && zone.equals(other.zone)
        && Objects.equals(instant, other.instant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, instant);
  }

  @Override
  public String toString() {
    return name();
  }
}
