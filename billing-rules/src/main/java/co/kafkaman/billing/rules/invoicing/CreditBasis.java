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
package co.kafkaman.billing.rules.invoicing;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What a void invoice means for the basis of later credits (RULES.md section 4: credits are based
 * on what was billed): the items it billed were not billed, and the credits it granted were not
 * granted. The billed items of the subscription are the basis of every proration credit, so a void
 * takes its charges out of them ({@code billed} becomes zero: nothing is left to credit) and gives
 * its change credits back ({@code credited} goes down by them).
 *
 * <p>A charge is the billed item whose kind, quantity, service period and amount are the line's
 * (each billed item records exactly what its line charged); a change credit is the line {@code
 * quantity x -unit x fraction} that {@link Lines#credit} wrote for the item, whose basis {@link
 * Lines#creditBasis} ({@code quantity x unit}) is the item's {@code billed}.
 *
 * <p>Worked example: Basic, 3 monthly seats, renewal {@code KB-000002} ({@code 3 x 12.00 = 36.00}
 * for {@code [2024-04-01, 2024-05-01)}) voided on 2024-04-05: the billed item {@code 3 BASIC seats,
 * billed 36.00} becomes {@code billed 0.00}; a switch to annual on 2024-04-10 then credits nothing
 * for those seats (it credited {@code 3 x -12.00 x 21/30 days = -25.20} before).
 *
 * @since 0.1.0
 */
public final class CreditBasis {
  private CreditBasis() {}

  /**
   * Refuses voiding {@code invoice} when an invoice issued after it, not void, credits one of its
   * charges: that credit was granted against what {@code invoice} billed, and a void would leave it
   * credited without having been billed. Void the crediting invoice first, or mark {@code invoice}
   * uncollectible.
   *
   * @param team the team
   * @param invoice the invoice to void
   * @throws BillingException {@code ILLEGAL_INVOICE_TRANSITION} naming the crediting invoice
   */
  public static void requireNotCreditedLater(Team team, Invoice invoice) {
    List<Invoice> invoices = team.invoices();
    int index = invoices.indexOf(invoice);
    for (int i = index + 1; i < invoices.size(); i++) {
      Invoice later = invoices.get(i);
      if (later.status() == InvoiceStatus.VOID) {
        continue;
      }
      for (InvoiceLine credit : later.lines()) {
        if (credit.kind() != LineKind.CHANGE_CREDIT) {
          continue;
        }
        for (InvoiceLine charge : invoice.lines()) {
          if (isCharge(charge)
              && Lines.creditBasis(credit).equals(charge.amount())
              && within(credit.servicePeriod(), charge.servicePeriod())) {
            throw new BillingException(
                BillingErrorCode.ILLEGAL_INVOICE_TRANSITION,
                "invoiceNumber",
                "invoice "
                    + invoice.number()
                    + " billed "
                    + charge.description()
                    + " ("
                    + charge.amount()
                    + "), which "
                    + later.number()
                    + " credits ("
                    + credit.amount()
                    + "); void "
                    + later.number()
                    + " first, or mark "
                    + invoice.number()
                    + " uncollectible");
          }
        }
      }
    }
  }

  /**
   * Returns {@code items} with what the void {@code invoice} billed and credited taken back: each
   * item one of its charge lines billed is billed nothing; each item one of its change credits
   * credited has that credit back.
   *
   * @param items the subscription's billed items
   * @param invoice the invoice being voided
   * @param catalog the catalog whose names the invoice's lines print
   * @return the items, in the same order
   */
  public static List<BilledItem> withoutVoided(
      List<BilledItem> items, Invoice invoice, Catalog catalog) {
    List<BilledItem> basis = new ArrayList<>(items);
    boolean[] taken = new boolean[basis.size()];
    for (InvoiceLine line : invoice.lines()) {
      if (isCharge(line)) {
        for (int i = 0; i < basis.size(); i++) {
          BilledItem item = basis.get(i);
          if (!taken[i] && charged(line, item, catalog)) {
            Amount zero = Amount.zero(item.billed().currency());
            basis.set(
                i,
                new BilledItem(
                    item.item(),
                    item.quantity(),
                    item.servicePeriod(),
                    zero,
                    zero,
                    item.replacedOn(),
                    item.serviceStart()));
            taken[i] = true;
            break;
          }
        }
      } else if (line.kind() == LineKind.CHANGE_CREDIT) {
        Amount granted = line.amount().negated();
        for (int i = 0; i < basis.size(); i++) {
          BilledItem item = basis.get(i);
          if (!taken[i] && credited(line, item, granted, catalog)) {
            basis.set(i, item.plusCredited(line.amount()));
            taken[i] = true;
            break;
          }
        }
      }
    }
    return basis;
  }

  private static boolean isCharge(InvoiceLine line) {
    return switch (line.kind()) {
      case PLAN_SEATS,
          SEAT_PRORATION,
          AUTO_FLEX,
          PLAN_FEE,
          PLAN_FEE_PRORATION,
          ADD_ON,
          ADD_ON_PRORATION ->
          line.amount().isPositive();
      default -> false;
    };
  }

  private static boolean charged(InvoiceLine line, BilledItem item, Catalog catalog) {
    return chargesItemOf(line.kind(), item.item())
        && item.quantity() == line.quantity()
        && item.servicePeriod().equals(line.servicePeriod())
        && item.billed().equals(line.amount())
        && line.description().contains(Lines.describe(catalog, item.item()));
  }

  /** Whether a charge line of {@code kind} bills an item like {@code item}. */
  private static boolean chargesItemOf(LineKind kind, ChargeItem item) {
    return switch (kind) {
      case ADD_ON, ADD_ON_PRORATION -> item instanceof ChargeItem.AddOnBlocks;
      case PLAN_FEE, PLAN_FEE_PRORATION -> item instanceof ChargeItem.BaseFee;
      default -> item instanceof ChargeItem.Seats;
    };
  }

  private static boolean credited(
      InvoiceLine line, BilledItem item, Amount granted, Catalog catalog) {
    return Lines.creditBasis(line).equals(item.billed())
        && within(line.servicePeriod(), item.servicePeriod())
        && item.credited().compareTo(granted) >= 0
        && line.description().equals(Lines.creditDescription(catalog, item));
  }

  private static boolean within(DateRange inner, DateRange outer) {
    return !inner.start().isBefore(outer.start())
        && !inner.endExclusive().isAfter(outer.endExclusive());
  }
}
