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
package co.kafkaman.billing.model.invoice;

/**
 * What an invoice line bills or credits.
 *
 * @since 0.1.0
 */
public enum LineKind {
  /** Full-cycle seats of a plan (renewal, new term). */
  PLAN_SEATS,
  /** Seats or a new plan charged for the rest of a cycle. */
  SEAT_PRORATION,
  /**
   * A plan's full-cycle base fee (renewal, new term): the flat fee of a flat-fee plan, or the base
   * of a base fee plus seats.
   *
   * @since 0.1.0
   */
  PLAN_FEE,
  /**
   * A new plan's base fee charged for the rest of a cycle.
   *
   * @since 0.1.0
   */
  PLAN_FEE_PRORATION,
  /** Credit for the unused part of something replaced mid-cycle. */
  CHANGE_CREDIT,
  /** Full-cycle add-on blocks. */
  ADD_ON,
  /** Add-on blocks charged for the rest of a cycle. */
  ADD_ON_PRORATION,
  /** Pay-as-you-go usage past the entitlement of a usage month. */
  OVERAGE,
  /** Users added through auto-flex, billed at the end of an auto-flex cycle. */
  AUTO_FLEX,
  /** Account credit consumed by this invoice (negative). */
  ACCOUNT_CREDIT_APPLIED,
  /** A net credit moved to the team's account credit balance (positive, brings the total to 0). */
  CREDIT_TO_ACCOUNT;

  /**
   * Returns whether the line is part of the subtotal (charges and change credits), as opposed to
   * the account-credit lines that come after it.
   *
   * @return true for all kinds but {@link #ACCOUNT_CREDIT_APPLIED} and {@link #CREDIT_TO_ACCOUNT}
   */
  public boolean isSubtotalLine() {
    return this != ACCOUNT_CREDIT_APPLIED && this != CREDIT_TO_ACCOUNT;
  }
}
