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
package co.kafkaman.billing.model;

/**
 * Stable error codes for everything the library refuses, whether as a thrown {@link
 * BillingException} (invalid input) or as a refusal decision (a valid request the rules do not
 * accept now).
 *
 * <p>Each constant carries a short, stable string {@link #code()} such as {@code "BILL-101"}. Codes
 * are never reused or renumbered, so hosts may store them and map them to their own messages. A
 * test checks that codes are unique.
 *
 * @since 0.1.0
 */
public enum BillingErrorCode {
  // 1xx: money and values
  /** Two amounts in different currencies were combined. */
  CURRENCY_MISMATCH("BILL-101"),
  /** An amount has more decimals than its currency allows. */
  AMOUNT_SCALE_EXCEEDED("BILL-102"),
  /** A quantity (seats, blocks, units) is negative or zero where a positive one is needed. */
  INVALID_QUANTITY("BILL-103"),
  /** A text value could not be parsed (an amount, a catalog entry). */
  MALFORMED_VALUE("BILL-104"),
  /** Allocation weights are negative or all zero. */
  INVALID_WEIGHTS("BILL-105"),
  /**
   * An arithmetic result does not fit where it is kept: an amount in {@code long} minor units, a
   * count of units or an invoice number past its bounds.
   */
  AMOUNT_OVERFLOW("BILL-106"),

  // 2xx: time
  /** A range ends before it starts. */
  INVALID_DATE_RANGE("BILL-201"),
  /** A date is before the current cycle, before the team exists, or otherwise out of bounds. */
  DATE_OUT_OF_RANGE("BILL-202"),

  // 3xx: catalog and plans
  /** The catalog has no such plan. */
  UNKNOWN_PLAN("BILL-301"),
  /** The plan does not offer that billing frequency. */
  FREQUENCY_NOT_OFFERED("BILL-302"),
  /** The catalog has no add-on for that resource. */
  UNKNOWN_ADD_ON("BILL-303"),
  /** The catalog itself is inconsistent (mixed currencies, missing prices). */
  INVALID_CATALOG("BILL-304"),
  /** The catalog defines no such resource. */
  UNKNOWN_RESOURCE("BILL-305"),
  /**
   * A catalog version is missing, differs from the one recorded (another fingerprint), or is not
   * compatible with the version before it.
   */
  CATALOG_VERSION_MISMATCH("BILL-306"),

  // 4xx: changes, seats, renewal
  /** The change may only apply on renewal; "On renewal" would be accepted. */
  CHANGE_ONLY_ON_RENEWAL("BILL-401"),
  /** Moving to or from Enterprise needs a sales-assisted request. */
  SALES_ASSISTED_ONLY("BILL-402"),
  /** Seats may not go below the number of members. */
  SEATS_BELOW_MEMBERS("BILL-403"),
  /** The request changes nothing. */
  NOTHING_TO_CHANGE("BILL-404"),
  /** Seats billed through auto-flex are locked until the plan renews. */
  FLEX_SEATS_LOCKED("BILL-405"),
  /** No renewal instructions are set, so there is nothing to clear. */
  NO_STANDING_INSTRUCTIONS("BILL-406"),
  /** The plan does not allow the requested collection method. */
  COLLECTION_METHOD_NOT_ALLOWED("BILL-407"),
  /**
   * The subscription has ended (cancelled at the end of its term): nothing more is billed, and
   * changes, renewals and usage are refused.
   */
  SUBSCRIPTION_ENDED("BILL-408"),
  /** Fewer seats than the plan's minimum ({@code Plan.minimumSeats()}). */
  SEATS_BELOW_MINIMUM("BILL-409"),
  /**
   * The change policy does not allow a part of the change at all, immediately or on renewal ({@code
   * ChangeTiming.REFUSED}).
   */
  CHANGE_NOT_ALLOWED("BILL-410"),
  /**
   * Billing is paused: renewals, changes and usage wait for a resume; paying, cards and billing
   * details still apply.
   */
  SUBSCRIPTION_PAUSED("BILL-411"),

  // 5xx: members, usage, auto-flex
  /** Adding a member beyond paid seats needs auto-flex or more seats. */
  SEATS_EXHAUSTED("BILL-501"),
  /** No such member on the team. */
  UNKNOWN_MEMBER("BILL-502"),
  /** A member with that id already exists. */
  DUPLICATE_MEMBER("BILL-503"),
  /** Usage past the entitlement while overage is disallowed. */
  OVERAGE_DISALLOWED("BILL-504"),
  /** A hard-limited resource (custom domains) is at its limit. */
  HARD_LIMIT_REACHED("BILL-505"),
  /** The resource has no overage setting. */
  OVERAGE_NOT_CONFIGURABLE("BILL-506"),
  /** The team is not eligible for auto-flex or it is already enabled. */
  AUTO_FLEX_NOT_AVAILABLE("BILL-507"),
  /** The resource is not metered per usage month (custom domains are added and removed). */
  NOT_METERED("BILL-508"),
  /** Only a member with the admin role may do this (add members beyond paid seats). */
  ADMIN_ROLE_REQUIRED("BILL-509"),
  /** The team's last member cannot be removed: notifications would have no member to reach. */
  LAST_MEMBER_REMOVAL("BILL-510"),

  // 6xx: payment methods, collection, dunning
  /** No card with that token. */
  UNKNOWN_CARD("BILL-601"),
  /** A card with that token already exists. */
  DUPLICATE_CARD("BILL-602"),
  /** The primary card cannot be removed while other cards exist; choose a new primary first. */
  PRIMARY_CARD_REMOVAL("BILL-603"),
  /** The last card of a card-paying paid team cannot be removed. */
  LAST_CARD_REMOVAL("BILL-604"),
  /** The card has expired and cannot be charged. */
  CARD_EXPIRED("BILL-605"),
  /** No card is on file to charge. */
  NO_PAYMENT_METHOD("BILL-606"),
  /** No automatic payment attempt is due for that invoice (pay by invoice, or none left). */
  NO_ATTEMPT_DUE("BILL-607"),
  /** A payment does not match the amount due (partial payments are not supported). */
  PAYMENT_AMOUNT_MISMATCH("BILL-608"),

  // 7xx: invoices and history
  /** No invoice with that number. */
  UNKNOWN_INVOICE("BILL-701"),
  /** The invoice is already paid. */
  INVOICE_ALREADY_PAID("BILL-702"),
  /** The invoice status does not allow that transition. */
  ILLEGAL_INVOICE_TRANSITION("BILL-703"),
  /** A history entry or command id was used for a different command. */
  DUPLICATE_ENTRY_ID("BILL-704"),
  /** The team is deactivated; pay the open invoice to reactivate. */
  TEAM_DEACTIVATED("BILL-705"),
  /** An overdue stage of the dunning policy blocks immediate changes until the team pays. */
  CHANGES_BLOCKED("BILL-706"),

  // 9xx: consistency of a value
  /** A value's fields contradict each other. */
  INCONSISTENT_STATE("BILL-901"),
  /** A required text is blank. */
  BLANK_VALUE("BILL-902");

  private final String code;

  BillingErrorCode(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code "BILL-101"}.
   *
   * @return the code, never blank
   */
  public String code() {
    return code;
  }
}
