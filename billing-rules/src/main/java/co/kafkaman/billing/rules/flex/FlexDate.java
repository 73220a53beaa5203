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
package co.kafkaman.billing.rules.flex;

import co.kafkaman.billing.model.time.DateRange;
import java.time.LocalDate;

/**
 * A date the auto-flex calendar lists: a reminder or the end of an auto-flex cycle.
 *
 * @param date the date
 * @param kind reminder or cycle end
 * @param autoFlexCycle the auto-flex cycle it belongs to
 * @param renewal whether the billing cycle ends with the auto-flex cycle (then {@code Renew} bills
 *     it; otherwise {@code CloseUsageMonth} on that date does)
 * @since 0.1.0
 */
public record FlexDate(LocalDate date, Kind kind, DateRange autoFlexCycle, boolean renewal) {

  /** What falls due. */
  public enum Kind {
    /** The reminder to billing members and admins (one or two weeks before the cycle ends). */
    REMINDER,
    /** The end of the auto-flex cycle: its flex users are billed. */
    CYCLE_END
  }
}
