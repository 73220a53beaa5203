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
 * When automatic payment attempts are made, as offsets in days from the invoice's due date: the
 * number of offsets is the number of attempts. The kafkaman schedule is days 0, 3 and 7.
 *
 * <p>Example: {@code RetrySchedule.kafkaman().attemptsAfter(2024-03-01)} is 2024-03-01, 2024-03-04
 * and 2024-03-08. Immutable and thread-safe.
 *
 * @param offsetsInDays days after the due date, at least one, zero or more each, strictly
 *     increasing
 * @since 0.1.0
 */
public record RetrySchedule(List<Integer> offsetsInDays) {

  /**
   * Validates and copies the offsets.
   *
   * @param offsetsInDays days after the due date, at least one, zero or more each, strictly
   *     increasing
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
   * Returns the schedule with {@code offsetsInDays}.
   *
   * @param offsetsInDays days after the due date, such as {@code 0, 3, 7}
   * @return the schedule
   */
  public static RetrySchedule of(int... offsetsInDays) {
    List<Integer> offsets = new ArrayList<>(offsetsInDays.length);
    for (int offset : offsetsInDays) {
      offsets.add(offset);
    }
    return new RetrySchedule(offsets);
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
   * @return the days from the due date to the last attempt
   */
  public int lastOffset() {
    return offsetsInDays.get(offsetsInDays.size() - 1);
  }

  /**
   * Returns the attempt dates for an invoice due on {@code dueDate}.
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
