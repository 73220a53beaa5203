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
package co.kafkaman.billing.model.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a team's invoices are collected: {@link CardAutoCharge} (the default: the primary card is
 * charged when an invoice is issued, and retried) or {@link PayByInvoice} (net terms, paid online,
 * by ACH or by wire; no automatic attempts).
 *
 * @since 0.1.0
 */
public sealed interface CollectionMethod {

  /**
   * Returns the card auto-charge method.
   *
   * @return card auto-charge
   */
  static CollectionMethod cardAutoCharge() {
    return CardAutoCharge.INSTANCE;
  }

  /**
   * Returns pay-by-invoice with {@code netTermsDays} and the given channels.
   *
   * @param netTermsDays days from issue to due date, zero or more (default 30)
   * @param channels the accepted channels, at least one of ONLINE, ACH, WIRE
   * @return pay by invoice
   */
  static CollectionMethod payByInvoice(int netTermsDays, Set<PaymentChannel> channels) {
    return new PayByInvoice(netTermsDays, channels);
  }

  /**
   * Returns the due date of an invoice issued on {@code issueDate}.
   *
   * @param issueDate the issue date
   * @return the due date: the issue date for cards, issue date + net terms for invoices
   */
  LocalDate dueDate(LocalDate issueDate);

  /**
   * Returns whether the rules attempt charges automatically.
   *
   * @return true for card auto-charge
   */
  boolean attemptsAutomatically();

  /** Card auto-charge: due on issue, charged automatically, retried on failure. */
  record CardAutoCharge() implements CollectionMethod {
    static final CardAutoCharge INSTANCE = new CardAutoCharge();

    @Override
    public LocalDate dueDate(LocalDate issueDate) {
      return issueDate;
    }

    @Override
    public boolean attemptsAutomatically() {
      return true;
    }

    @Override
    public String toString() {
      return "card auto-charge";
    }
  }

  /**
   * Pay by invoice: due {@code netTermsDays} after issue, paid through one of {@code channels}.
   *
   * @param netTermsDays days from issue to due date, zero or more
   * @param channels accepted channels, not empty, not CARD
   */
  record PayByInvoice(int netTermsDays, Set<PaymentChannel> channels) implements CollectionMethod {

    /** The default net terms: 30 days. */
    public static final int DEFAULT_NET_TERMS_DAYS = 30;

    /**
     * Validates the terms and copies the channels.
     *
     * @param netTermsDays days from issue to due date, zero or more
     * @param channels accepted channels, not empty, not CARD
     */
    public PayByInvoice {
      BillingException.check(
          netTermsDays >= 0,
          BillingErrorCode.INVALID_QUANTITY,
          "netTermsDays",
          () -> "must not be negative, was " + netTermsDays);
      BillingException.check(
          !channels.isEmpty() && !channels.contains(PaymentChannel.CARD),
          BillingErrorCode.MALFORMED_VALUE,
          "channels",
          "must be some of ONLINE, ACH, WIRE, was " + channels);
      channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    }

    @Override
    public LocalDate dueDate(LocalDate issueDate) {
      return issueDate.plusDays(netTermsDays);
    }

    @Override
    public boolean attemptsAutomatically() {
      return false;
    }

    @Override
    public String toString() {
      return "pay by invoice, net " + netTermsDays + " (" + channels + ")";
    }
  }
}
