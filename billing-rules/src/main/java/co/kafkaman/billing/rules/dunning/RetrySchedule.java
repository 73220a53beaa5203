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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When automatic payment attempts are made. Two ways to say it, as billing engines publish them:
 *
 * <ul>
 *   <li>{@link #of offsets} from the invoice's due date ({@link Basis#DUE_DATE}): the kafkaman
 *       schedule is days 0, 3 and 7. A late report does not move a later attempt's date (only never
 *       before the day after the previous attempt).
 *   <li>{@link #waits waits} after each failed attempt ({@link Basis#PREVIOUS_ATTEMPT}), as Kill
 *       Bill's {@code retry.days} and Stripe's custom schedules: the first attempt on the due date,
 *       then each retry the given number of days after the previous attempt was made. {@code
 *       waits(8, 8, 8)} is 4 attempts, planned on days 0, 8, 16 and 24; an attempt reported 2 days
 *       late moves every later one 2 days on.
 * </ul>
 *
 * <p>Example: {@code RetrySchedule.kafkaman().attemptsAfter(2024-03-01)} is 2024-03-01, 2024-03-04
 * and 2024-03-08; {@code RetrySchedule.waits(8, 8, 8).attemptsAfter(2024-03-01)} is 2024-03-01,
 * 03-09, 03-17 and 03-25. Immutable and thread-safe.
 *
 * @param offsetsInDays the planned attempts as days after the due date (for waits, their running
 *     sums from day 0), at least one, zero or more each, strictly increasing
 * @param basis what a planned attempt is counted from once attempts are reported
 * @since 0.1.0
 */
public record RetrySchedule(List<Integer> offsetsInDays, Basis basis) {

  /**
   * What the attempts of a schedule are counted from.
   *
   * @since 0.1.0
   */
  public enum Basis {
    /** Each attempt is a fixed number of days after the due date. */
    DUE_DATE,
    /** The first attempt is on the due date, each later one a wait after the previous attempt. */
    PREVIOUS_ATTEMPT
  }

  /**
   * Validates and copies the offsets.
   *
   * @param offsetsInDays the planned attempts as days after the due date, at least one, zero or
   *     more each, strictly increasing
   * @param basis what a planned attempt is counted from once attempts are reported
   */
  public RetrySchedule {
    offsetsInDays = List.copyOf(offsetsInDays);
    BillingException.check(
        !offsetsInDays.isEmpty(),
        BillingErrorCode.INVALID_QUANTITY,
        "offsetsInDays",
        "must name at least one attempt, was empty");
    int previous = -1;
    for (int offset : offsetsInDays) {
      BillingException.check(
          offset > previous,
          BillingErrorCode.INVALID_QUANTITY,
          "offsetsInDays",
          "must be zero or more and strictly increasing, was " + offsetsInDays);
      previous = offset;
    }
    BillingException.check(
        basis == Basis.DUE_DATE || offsetsInDays.get(0) == 0,
        BillingErrorCode.INVALID_QUANTITY,
        "offsetsInDays",
        "a schedule of waits starts with an attempt on the due date, was " + offsetsInDays);
  }

  /**
   * Returns a schedule of offsets from the due date.
   *
   * @param offsetsInDays days after the due date, at least one, zero or more each, strictly
   *     increasing
   */
  public RetrySchedule(List<Integer> offsetsInDays) {
    this(offsetsInDays, Basis.DUE_DATE);
  }

  /**
   * Returns the kafkaman schedule: 3 attempts, on days 0, 3 and 7 after the due date.
   *
   * @return the default schedule
   */
  public static RetrySchedule kafkaman() {
    return of(0, 3, 7);
  }

  /**
   * Returns the schedule with {@code offsetsInDays} from the due date.
   *
   * @param offsetsInDays days after the due date, such as {@code 0, 3, 7}
   * @return the schedule
   * @throws BillingException {@code INVALID_QUANTITY} naming {@code offsetsInDays} if there is
   *     none, one is negative, or they do not increase strictly
   */
  public static RetrySchedule of(int... offsetsInDays) {
    List<Integer> offsets = new ArrayList<>(offsetsInDays.length);
    for (int offset : offsetsInDays) {
      offsets.add(offset);
    }
    return new RetrySchedule(offsets);
  }

  /**
   * Returns the schedule that attempts on the due date and then retries {@code waitsInDays} after
   * each failed attempt: Kill Bill's {@code retry.days}. {@code waits(8, 8, 8)} makes 4 attempts;
   * {@code waits()} makes one, on the due date.
   *
   * @param waitsInDays the days from each failed attempt to the next, 1 or more each
   * @return the schedule
   * @throws BillingException {@code INVALID_QUANTITY} naming {@code waitsInDays[i]} and its value
   *     if a wait is less than one day
   */
  public static RetrySchedule waits(int... waitsInDays) {
    List<Integer> offsets = new ArrayList<>(waitsInDays.length + 1);
    offsets.add(0);
    long day = 0;
    for (int i = 0; i < waitsInDays.length; i++) {
      int wait = waitsInDays[i];
      if (wait < 1) {
        throw new BillingException(
            BillingErrorCode.INVALID_QUANTITY,
            "waitsInDays[" + i + "]",
            "must be 1 day or more, was " + wait);
      }
      day += wait;
      if (day > Integer.MAX_VALUE) {
        throw new BillingException(
            BillingErrorCode.INVALID_QUANTITY,
            "waitsInDays[" + i + "]",
            "the waits add up to more than " + Integer.MAX_VALUE + " days, was " + wait);
      }
      offsets.add((int) day);
    }
    return new RetrySchedule(offsets, Basis.PREVIOUS_ATTEMPT);
  }

  /**
   * Returns the waits between attempts: the days from each attempt to the next (for a schedule of
   * offsets, the gaps between them).
   *
   * @return one fewer than the attempts
   */
  public List<Integer> waitsInDays() {
    List<Integer> waits = new ArrayList<>(offsetsInDays.size());
    for (int i = 1; i < offsetsInDays.size(); i++) {
      waits.add(offsetsInDays.get(i) - offsetsInDays.get(i - 1));
    }
    return List.copyOf(waits);
  }

  /**
   * Returns whether each retry is counted from the previous attempt ({@link
   * Basis#PREVIOUS_ATTEMPT}).
   *
   * @return true for a schedule of waits
   */
  public boolean followsAttempts() {
    return basis == Basis.PREVIOUS_ATTEMPT;
  }

  /**
   * Returns the number of attempts.
   *
   * @return the attempts in total, 1 or more
   */
  public int attempts() {
    return offsetsInDays.size();
  }

  /**
   * Returns the offset of the last attempt.
   *
   * @return the days from the due date to the last attempt, as planned
   */
  public int lastOffset() {
    return offsetsInDays.get(offsetsInDays.size() - 1);
  }

  /**
   * Returns the planned attempt dates for an invoice due on {@code dueDate} (for waits, when every
   * attempt is made on the day it is due).
   *
   * @param dueDate the due date
   * @return the dates, strictly increasing
   */
  public List<LocalDate> attemptsAfter(LocalDate dueDate) {
    // runs for every invoice issued: one array, one immutable list
    LocalDate[] dates = new LocalDate[offsetsInDays.size()];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = dueDate.plusDays(offsetsInDays.get(i));
    }
    return List.of(dates);
  }
}
