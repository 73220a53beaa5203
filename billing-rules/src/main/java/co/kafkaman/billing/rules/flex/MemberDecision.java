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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.team.Team;

/**
 * The decision on adding or removing a member: accepted with the new team, or refused with the
 * seats to buy first (when all paid seats are taken and auto-flex is off).
 *
 * @since 0.1.0
 */
public sealed interface MemberDecision {

  /**
   * Returns a one-line summary of the decision.
   *
   * @return the summary
   */
  String summary();

  /**
   * Accepted.
   *
   * @param team the team with the member added or removed
   * @param summary what happened
   */
  record Accepted(Team team, String summary) implements MemberDecision {}

  /**
   * Refused.
   *
   * @param code the stable error code ({@code SEATS_EXHAUSTED})
   * @param field the field at fault
   * @param reason why, with the figures
   * @param seatsToBuy the seats to buy before the member fits (0 when buying does not help)
   */
  record Refused(BillingErrorCode code, String field, String reason, int seatsToBuy)
      implements MemberDecision {
    @Override
    public String summary() {
      return "Refused (" + code.code() + "): " + reason;
    }
  }
}
