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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.team.Subscription;

/**
 * The decision on a usage reading or a custom domain: recorded (with the new subscription), or
 * refused with the units still allowed this usage month, so a host can cut the request exactly at
 * the limit.
 *
 * @since 0.1.0
 */
public sealed interface UsageDecision {

  /**
   * Returns a one-line summary of the decision.
   *
   * @return the summary
   */
  String summary();

  /**
   * Recorded.
   *
   * @param subscription the subscription with the usage recorded
   * @param summary what was recorded, with the figures
   * @param limitReached whether the reading used up the entitlement while overage is disallowed
   */
  record Recorded(Subscription subscription, String summary, boolean limitReached)
      implements UsageDecision {}

  /**
   * Refused: past the entitlement while overage is disallowed, or past a hard limit.
   *
   * @param code {@code OVERAGE_DISALLOWED} or {@code HARD_LIMIT_REACHED}
   * @param field the field at fault
   * @param reason why, with the figures
   * @param remaining the units still allowed this usage month (0 at the limit)
   */
  record Refused(BillingErrorCode code, String field, String reason, long remaining)
      implements UsageDecision {
    @Override
    public String summary() {
      return "Refused (" + code.code() + "): " + reason;
    }
  }
}
