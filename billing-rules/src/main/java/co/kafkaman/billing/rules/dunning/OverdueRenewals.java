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
 * What a renewal does while the team is overdue.
 *
 * <p>Published behaviour: Stripe keeps invoicing a {@code past_due} subscription (each renewal is
 * issued and attempted); Kill Bill's overdue state with {@code disableEntitlementAndChangesBlocked}
 * blocks both the entitlement and billing, so nothing is invoiced while the account is in it.
 * RULES.md section 10 says the same: while {@code PAST_DUE} the service continues and renewals are
 * issued and charged as usual; while {@code DEACTIVATED} billing stops.
 *
 * @since 0.1.0
 */
public enum OverdueRenewals {
  /**
   * Renewals are issued and charged whatever the standing, and a deactivated team's new invoices
   * are chased again. What this library did before the policy existed.
   */
  ALWAYS,
  /**
   * The default (RULES.md section 10). While {@code PAST_DUE} renewals are issued and charged as
   * usual. While {@code DEACTIVATED} the renewal moves the subscription to its next cycle (so the
   * agenda and a host's renewal loop move on) but does not bill it: time spent deactivated is never
   * billed, and the cycle holds no billed item to credit. Only what the ended cycle used is billed
   * (the overage of its last usage month, the auto-flex users of its last auto-flex cycle), and the
   * renewal quote says so. The payment that reactivates the team starts a new term on the payment
   * day, billed in full with the terms the team had (pending standing instructions apply), as a
   * first cycle is. A team that pays before its cycle ends simply continues it.
   */
  SKIP_WHILE_DEACTIVATED
}
