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
 * What happens when dunning ends unpaid: on the last failed automatic attempt (card teams), or on
 * the grace end for an invoice without automatic attempts (pay by invoice) or whose attempts were
 * not all made before it. The choices of Stripe's "if all retries for a payment fail" setting.
 *
 * @since 0.1.0
 */
public enum DunningEnd {
  /**
   * The team is past due until the grace end, then deactivated until it pays (RULES.md section 10,
   * the kafkaman default; Stripe's "leave the subscription past due").
   */
  DEACTIVATE,
  /**
   * The subscription ends that day, as an ended subscription does after {@code Cancel}: it bills
   * nothing more and has no renewal; nothing is credited (the cycle was billed and is owed). The
   * invoice stays owed and payable, and the overdue stages still apply to it (Kill Bill's overdue
   * {@code subscriptionCancellationPolicy}; Stripe's "cancel the subscription").
   */
  CANCEL_SUBSCRIPTION,
  /**
   * The invoice is marked {@code UNCOLLECTIBLE} and its receivable closed: it is no longer
   * collected, no overdue stage counts it, and the team stays in good standing. It may still be
   * paid (Stripe's "mark the invoice as uncollectible").
   */
  MARK_UNCOLLECTIBLE
}
