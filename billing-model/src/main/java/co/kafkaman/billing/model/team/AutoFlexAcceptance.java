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
 * A team's acceptance of the auto-flex terms when it opted in: who accepted and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param acceptedBy the member (or host user) who accepted, not blank
 * @param acceptedOn the date of acceptance
 * @since 0.1.0
 */
public record AutoFlexAcceptance(String acceptedBy, LocalDate acceptedOn) {

  /**
   * Validates the acceptance.
   *
   * @param acceptedBy the member (or host user) who accepted, not blank
   * @param acceptedOn the date of acceptance
   */
  public AutoFlexAcceptance {
    BillingException.check(
        !acceptedBy.isBlank(), BillingErrorCode.BLANK_VALUE, "acceptedBy", "must not be blank");
  }
}
