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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.internal.ModelStyle;
import co.kafkaman.billing.model.money.Amount;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * An issued invoice: immutable once issued, except that its {@link #status()} moves through the
 * legal transitions by making a copy ({@link #withStatus(InvoiceStatus)}).
 *
 * <p>Totals are derived from the lines, which are already rounded, so they always add up: {@link
 * #subtotal()} is the sum of the charge and change-credit lines, {@link #creditsApplied()} the
 * account credit consumed (a positive amount), and {@link #totalDue()} the sum of all lines. The
 * total due is never negative: a net credit is moved to the account by a {@code CREDIT_TO_ACCOUNT}
 * line.
 *
 * <p>Example: lines {@code -5.00} (credit) and {@code +10.00} (charge) give subtotal 5.00; with
 * 2.00 of account credit applied, total due 3.00.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Invoice {

  Invoice() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Invoice}; obtain one from {@link Invoice#builder()}. */
  public static final class Builder extends ImmutableInvoice.Builder {
    Builder() {}
  }

  /**
   * Returns the invoice number, unique within its sequence.
   *
   * @return such as {@code "KB-000042"}
   */
  public abstract String number();

  /**
   * Returns the id of the team billed.
   *
   * @return the team id
   */
  public abstract String teamId();

  /**
   * Returns the issue date.
   *
   * @return the date the invoice was issued
   */
  public abstract LocalDate issueDate();

  /**
   * Returns the due date: the issue date for card teams, issue date + net terms for invoice teams.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the lines, charges and change credits first, then account-credit lines.
   *
   * @return the lines
   */
  public abstract List<InvoiceLine> lines();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract InvoiceStatus status();

  /**
   * Returns the billing details as they were when the invoice was issued.
   *
   * @return the snapshot
   */
  public abstract BillingDetails billingDetails();

  /**
   * Returns a copy in {@code status}.
   *
   * @param status the new status
   * @return the copy
   */
  public abstract Invoice withStatus(InvoiceStatus status);

  /**
   * Returns the sum of the charge and change-credit lines.
   *
   * @return the subtotal (may be negative before the net credit moves to the account)
   */
  public Amount subtotal() {
    long sum = 0;
    List<InvoiceLine> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      if (line.kind().isSubtotalLine()) {
        sum = Math.addExact(sum, line.amount().minorUnits());
      }
    }
    return Amount.ofMinor(sum, currency());
  }

  /**
   * Returns the account credit this invoice consumed, as a positive amount.
   *
   * @return the credits applied, zero or more
   */
  public Amount creditsApplied() {
    long sum = 0;
    List<InvoiceLine> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      if (line.kind() == LineKind.ACCOUNT_CREDIT_APPLIED) {
        sum = Math.subtractExact(sum, line.amount().minorUnits());
      }
    }
    return Amount.ofMinor(sum, currency());
  }

  /**
   * Returns the sum of all lines: what is to be paid. Summed once, when the invoice is built: it is
   * read several times for every invoice issued (its check, the collection, the history).
   *
   * @return the total due, zero or more
   */
  @Value.Derived
  @Value.Auxiliary
  public Amount totalDue() {
    long sum = 0;
    List<InvoiceLine> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      sum = Math.addExact(sum, lines.get(i).amount().minorUnits());
    }
    return Amount.ofMinor(sum, currency());
  }

  @Value.Check
  void check() {
    BillingException.check(
        !number().isBlank(), BillingErrorCode.BLANK_VALUE, "number", "must not be blank");
    // Messages are built only when a check fails: this runs for every invoice issued.
    if (dueDate().isBefore(issueDate())) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "dueDate",
          dueDate() + " is before the issue date " + issueDate());
    }
    CurrencyUnit currency = currency();
    String code = currency.getCurrencyCode();
    List<InvoiceLine> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      if (!isCurrency(line.amount(), currency, code)) {
        throw new BillingException(
            BillingErrorCode.CURRENCY_MISMATCH,
            "lines[" + i + "].amount",
            line.amount() + " is not in the invoice currency " + code);
      }
      if (!isCurrency(line.unitPrice(), currency, code)) {
        throw new BillingException(
            BillingErrorCode.CURRENCY_MISMATCH,
            "lines[" + i + "].unitPrice",
            line.unitPrice() + " is not in the invoice currency " + code);
      }
    }
    if (totalDue().isNegative()) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "totalDue",
          totalDue() + " is negative; a net credit must move to the account");
    }
  }

  private static boolean isCurrency(Amount amount, CurrencyUnit currency, String code) {
    return amount.currency() == currency || amount.currency().getCurrencyCode().equals(code);
  }
}
