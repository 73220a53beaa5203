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
package co.kafkaman.billing.testkit.invariants;

/**
 * What {@link TeamInvariants} checks; each {@link Violation} names one. The order is the order of
 * the checks.
 *
 * @since 0.1.0
 */
public enum Invariant {
  /** Each invoice's total due, subtotal and credits applied are the sums of its lines. */
  INVOICE_TOTAL,
  /** No invoice total due is negative; a net credit moves to the account instead. */
  NON_NEGATIVE_TOTAL,
  /**
   * Account credit is never negative, moves only by {@code CREDIT_TO_ACCOUNT} and {@code
   * ACCOUNT_CREDIT_APPLIED} lines, and the credit granted equals the credit consumed plus the
   * balance (invoices that are not void).
   */
  ACCOUNT_CREDIT,
  /**
   * Change credits of an item never exceed what was billed for it on invoices that are not void,
   * and every billed item the subscription lists was billed by such an invoice.
   */
  CREDIT_BASIS,
  /**
   * Every invoice total is accounted for exactly once: paid (by exactly one payment, or nothing
   * due), still open, void or uncollectible, with one receivable while it is being collected; and
   * every overdue stage the history records as reached ({@code OVERDUE_STAGE_REACHED}) is either
   * still held by a receivable or recorded as left ({@code OVERDUE_STAGE_LEFT}).
   */
  SETTLEMENT,
  /** Invoice numbers are gapless and increasing, and the numbering continues after the last. */
  NUMBERING,
  /** The history is chronological, its ids unique, and it starts with the team's creation. */
  CHRONOLOGY,
  /** Replaying the history rebuilds the team exactly. */
  REPLAY,
  /** Re-applying a command of the history changes nothing. */
  IDEMPOTENCY,
  /**
   * One step of a life: the history only grows, issued invoices keep their lines and move only by
   * legal status transitions, and a refused command leaves the team as it was.
   */
  STEP
}
