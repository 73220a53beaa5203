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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A half-open range of dates {@code [start, endExclusive)}: it contains {@code start} and every
 * date before {@code endExclusive}. A billing cycle, a service period and a usage month are all
 * date ranges. An empty range ({@code start == endExclusive}) contains no date.
 *
 * <p>Range algebra: {@link #contains(LocalDate)}, {@link #encloses(DateRange)}, {@link
 * #overlaps(DateRange)}, {@link #abuts(DateRange)}, {@link #intersection(DateRange)}, {@link
 * #splitAt(LocalDate)} and {@link #lengthInDays()}.
 *
 * <p>Example: {@code [2024-03-01, 2024-04-01)} has 31 days; it contains 2024-03-31 but not
 * 2024-04-01, and abuts {@code [2024-04-01, 2024-05-01)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first date in the range
 * @param endExclusive the first date after the range, not before {@code start}
 * @since 0.1.0
 */
public record DateRange(LocalDate start, LocalDate endExclusive) {

  /**
   * Validates that the range does not end before it starts.
   *
   * @param start the first date in the range
   * @param endExclusive the first date after the range, not before {@code start}
   */
  public DateRange {
    // the condition alone, small enough to inline wherever a range is made
    if (endExclusive.isBefore(start)) {
      throw endsBeforeStart(start, endExclusive);
    }
  }

  private static BillingException endsBeforeStart(LocalDate start, LocalDate endExclusive) {
    return new BillingException(
        BillingErrorCode.INVALID_DATE_RANGE,
        "endExclusive",
        endExclusive + " is before start " + start);
  }

  /**
   * Returns {@code [startInclusive, endExclusive)}.
   *
   * @param startInclusive the first date
   * @param endExclusive the first date after the range
   * @return the range
   * @throws BillingException {@code INVALID_DATE_RANGE} if {@code endExclusive} is before {@code
   *     startInclusive}
   */
  public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
    return new DateRange(startInclusive, endExclusive);
  }

  /**
   * Returns the range of {@code days} days starting at {@code startInclusive}.
   *
   * @param startInclusive the first date
   * @param days the number of days, zero or more
   * @return the range
   */
  public static DateRange ofDays(LocalDate startInclusive, long days) {
    return new DateRange(startInclusive, startInclusive.plusDays(days));
  }

  /**
   * Returns the number of days in the range: {@code 31} for {@code [2024-03-01, 2024-04-01)}.
   *
   * @return the length, zero or more
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * Returns whether the range contains no date.
   *
   * @return true when {@code start == endExclusive}
   */
  public boolean isEmpty() {
    return start.equals(endExclusive);
  }

  /**
   * Returns whether {@code date} is in the range.
   *
   * @param date the date
   * @return true when {@code start <= date < endExclusive}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /**
   * Returns whether every date of {@code other} is in this range (an empty {@code other} at a
   * boundary counts as enclosed).
   *
   * @param other the other range
   * @return true when {@code other} lies within this range
   */
  public boolean encloses(DateRange other) {
    return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
  }

  /**
   * Returns whether the two ranges share at least one date.
   *
   * @param other the other range
   * @return true when some date is in both
   */
  public boolean overlaps(DateRange other) {
    return start.isBefore(other.endExclusive)
        && other.start.isBefore(endExclusive)
        && !isEmpty()
        && !other.isEmpty();
  }

  /**
   * Returns whether one range ends exactly where the other starts.
   *
   * @param other the other range
   * @return true when {@code endExclusive == other.start} or {@code other.endExclusive == start}
   */
  public boolean abuts(DateRange other) {
    return endExclusive.equals(other.start) || other.endExclusive.equals(start);
  }

  /**
   * Returns the dates both ranges contain, or empty when they share none.
   *
   * @param other the other range
   * @return the overlap, never an empty range
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
    return Optional.of(new DateRange(s, e));
  }

  /**
   * Returns the part of this range from {@code date} on: {@code [date, endExclusive)}.
   *
   * @param date a date in the range, or its end
   * @return the remaining part
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code date} is outside {@code [start,
   *     endExclusive]}
   */
  public DateRange startingAt(LocalDate date) {
    requireWithin(date);
    return new DateRange(date, endExclusive);
  }

  /**
   * Returns the part of this range before {@code date}: {@code [start, date)}.
   *
   * @param date a date in the range, or its end
   * @return the leading part
   * @throws BillingException {@code DATE_OUT_OF_RANGE} if {@code date} is outside {@code [start,
   *     endExclusive]}
   */
  public DateRange endingBefore(LocalDate date) {
    requireWithin(date);
    return new DateRange(start, date);
  }

  /**
   * Splits the range at {@code date} into {@code [start, date)} and {@code [date, endExclusive)}.
   * The two parts abut and their lengths add up to this range's length.
   *
   * @param date a date in the range, or its end
   * @return the two parts, in order
   */
  public DateRange[] splitAt(LocalDate date) {
    return new DateRange[] {endingBefore(date), startingAt(date)};
  }

  /**
   * Returns {@code "[2024-03-01, 2024-04-01)"}.
   *
   * @return the range in interval notation
   */
  @Override
  public String toString() {
    if (!isFourDigitYear(start) || !isFourDigitYear(endExclusive)) {
      return "[" + start + ", " + endExclusive + ")";
    }
    // the common case, written straight into one buffer: "[2024-03-01, 2024-04-01)"
    byte[] text = new byte[24];
    text[0] = '[';
    writeDate(text, 1, start);
    text[11] = ',';
    text[12] = ' ';
    writeDate(text, 13, endExclusive);
    text[23] = ')';
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static boolean isFourDigitYear(LocalDate date) {
    return date.getYear() >= 1000 && date.getYear() <= 9999;
  }

  /** Writes {@code yyyy-MM-dd} at {@code at}, as {@link LocalDate#toString()} does. */
  private static void writeDate(byte[] text, int at, LocalDate date) {
    int year = date.getYear();
    text[at] = (byte) ('0' + year / 1000);
    text[at + 1] = (byte) ('0' + year / 100 % 10);
    text[at + 2] = (byte) ('0' + year / 10 % 10);
    text[at + 3] = (byte) ('0' + year % 10);
    text[at + 4] = '-';
    text[at + 5] = (byte) ('0' + date.getMonthValue() / 10);
    text[at + 6] = (byte) ('0' + date.getMonthValue() % 10);
    text[at + 7] = '-';
    text[at + 8] = (byte) ('0' + date.getDayOfMonth() / 10);
    text[at + 9] = (byte) ('0' + date.getDayOfMonth() % 10);
  }

  private void requireWithin(LocalDate date) {
    if (date.isBefore(start) || date.isAfter(endExclusive)) {
      throw new BillingException(
          BillingErrorCode.DATE_OUT_OF_RANGE, "date", date + " is outside " + this);
    }
  }
}
