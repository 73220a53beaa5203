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
package co.kafkaman.billing.model.history;

/**
 * What an account-history entry records.
 *
 * @since 0.1.0
 */
public enum EntryKind {
  /** The team was created. */
  TEAM_CREATED,
  /** A plan, seat, frequency or add-on change was applied or scheduled. */
  SUBSCRIPTION_CHANGED,
  /** Standing instructions were set, replaced or cleared. */
  STANDING_INSTRUCTIONS,
  /** The subscription renewed into a new cycle. */
  RENEWED,
  /** A member joined or left. */
  MEMBERSHIP_CHANGED,
  /** A card was added, removed or made primary. */
  CARD_CHANGED,
  /** The collection method changed. */
  COLLECTION_CHANGED,
  /** Billing details were edited. */
  BILLING_DETAILS_CHANGED,
  /** An invoice was issued. */
  INVOICE_ISSUED,
  /** An invoice changed status. */
  INVOICE_STATUS_CHANGED,
  /** A payment was attempted. */
  PAYMENT_ATTEMPTED,
  /** A payment was received outside the automatic attempts (online, ACH, wire, or by hand). */
  PAYMENT_RECEIVED,
  /** The team's standing changed (active, past due, deactivated). */
  STANDING_CHANGED,
  /** Auto-flex was enabled, its terms accepted, or flex users billed. */
  AUTO_FLEX,
  /** Usage was recorded or an overage setting changed. */
  USAGE,
  /** Overage was charged. */
  OVERAGE_CHARGED,
  /** Account credit was added or consumed. */
  ACCOUNT_CREDIT,
  /** The subscription was cancelled at the end of its term. */
  CANCELLED,
  /** A cancelled subscription ended at the end of its term. */
  ENDED,
  /** Billing was paused; the unused part of the cycle was credited. */
  PAUSED,
  /** A paused subscription resumed with a new cycle. */
  RESUMED,
  /**
   * The cycles will align to another day of the month from the next renewal on (a bill-cycle-day
   * change), or a pending change of it was withdrawn.
   */
  BILLING_DAY_CHANGED,
  /**
   * An unpaid invoice reached an overdue stage of the dunning policy that does not deactivate (such
   * as one that blocks immediate changes); recorded once per stage and invoice, by the first
   * dunning command on or after the stage's day.
   */
  OVERDUE_STAGE_REACHED,
  /**
   * An invoice that had reached an overdue stage stopped being collected (paid, void or written
   * off), so the stage no longer applies to it; one entry per stage its {@link
   * #OVERDUE_STAGE_REACHED} entry recorded.
   */
  OVERDUE_STAGE_LEFT
}
