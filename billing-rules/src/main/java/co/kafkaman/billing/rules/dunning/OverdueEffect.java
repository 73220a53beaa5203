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

/**
 * What an {@link OverdueStage} does to a team while it is in that stage, as the effects of Kill
 * Bill's overdue states. Effects add up: a team is under the effects of every stage it has reached.
 *
 * @since 0.1.0
 */
public enum OverdueEffect {
  /**
   * Immediate subscription changes are refused ({@code CHANGES_BLOCKED}); changes on renewal,
   * payments and everything else still apply (Kill Bill's {@code blockChanges}).
   */
  BLOCK_CHANGES,
  /**
   * The team is {@code DEACTIVATED}: the service stops until it pays, and immediate changes are
   * refused ({@code TEAM_DEACTIVATED}); Kill Bill's {@code disableEntitlementAndChangesBlocked}.
   * The day of the first stage with this effect is the invoice's grace end.
   */
  DEACTIVATE
}
