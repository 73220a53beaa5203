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
package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.calendar.ScheduleProjection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a usage month ends without a renewal, in a date range: on each, {@code CloseUsageMonth}
 * invoices the month's overage (and, on an annual plan's quarter end, its auto-flex users). Usage
 * months that end with a billing cycle are closed by {@code Renew}, so a monthly plan has no such
 * date.
 *
 * <p>Example: annual anchor 2024-01-31, range {@code [2024-02-01, 2024-06-01)}: 2024-02-29,
 * 2024-03-31, 2024-04-30 and 2024-05-31.
 *
 * @since 0.1.0
 */
public final class UsageCalendar {
  private UsageCalendar() {}

  /**
   * Returns the usage-month ends in {@code range} that are not renewals, in date order, projected
   * with {@link ScheduleProjection}.
   *
   * @param subscription the subscription
   * @param range the dates to look at
   * @return the dates
   */
  public static List<LocalDate> closings(Subscription subscription, DateRange range) {
    List<LocalDate> dates = new ArrayList<>();
    for (ScheduleProjection.Boundary end :
        ScheduleProjection.of(subscription)
            .boundaries(frequency -> BillingFrequency.MONTHLY, range)) {
      if (!end.renewal()) {
        dates.add(end.date());
      }
    }
    return dates;
  }
}
