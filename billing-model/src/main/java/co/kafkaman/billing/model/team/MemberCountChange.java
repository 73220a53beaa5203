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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;

/**
 * A change of a team's member count during an auto-flex cycle: the date and the count after it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the date the member joined or left
 * @param membersAfter the number of members after the change, zero or more
 * @since 0.1.0
 */
public record MemberCountChange(LocalDate on, int membersAfter) {

  /**
   * Validates the count.
   *
   * @param on the date the member joined or left
   * @param membersAfter the number of members after the change, zero or more
   */
  public MemberCountChange {
    BillingException.check(
        membersAfter >= 0,
        BillingErrorCode.INVALID_QUANTITY,
        "membersAfter",
        () -> "must not be negative, was " + membersAfter);
  }
}
