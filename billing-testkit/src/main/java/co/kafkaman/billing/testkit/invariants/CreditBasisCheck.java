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

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.time.DateRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credit basis (RULES.md section 4), from the invoices alone: every {@code CHANGE_CREDIT} line
 * of an invoice that is not void credits a charge line billed earlier on an invoice that is not
 * void (its quantity times its unit price is minus that charge's amount, its period inside the
 * charge's), the credits of one charge never exceed its amount, and every billed item the
 * subscription lists with a positive amount is such a charge.
 */
final class CreditBasisCheck {
  /** The line kinds that bill something a later change may credit. */
  private static final Set<LineKind> CHARGES =
      EnumSet.of(
          LineKind.PLAN_SEATS,
          LineKind.SEAT_PRORATION,
          LineKind.PLAN_FEE,
          LineKind.PLAN_FEE_PRORATION,
          LineKind.ADD_ON,
          LineKind.ADD_ON_PRORATION,
          LineKind.AUTO_FLEX);

  private final Team team;
  private final List<Violation> found;

  CreditBasisCheck(Team team, List<Violation> found) {
    this.team = team;
    this.found = found;
  }

  /** A charge line and what has been credited of it so far. */
  private static final class Charge {
    final Invoice invoice;
    final InvoiceLine line;
    long credited;
    boolean matchedByItem;

    Charge(Invoice invoice, InvoiceLine line) {
      this.invoice = invoice;
      this.line = line;
    }

    boolean isVoid() {
      return invoice.status() == InvoiceStatus.VOID;
    }

    long remaining() {
      return line.amount().minorUnits() - credited;
    }

    @Override
    public String toString() {
      return line.kind()
          + " '"
          + line.description()
          + "' "
          + line.amount()
          + " for "
          + line.servicePeriod()
          + " on "
          + invoice.number()
          + " ("
          + invoice.status()
          + ")";
    }
  }

  void check() {
    List<Charge> charges = new ArrayList<>();
    for (Invoice invoice : team.invoices()) {
      for (InvoiceLine line : invoice.lines()) {
        if (line.kind() == LineKind.CHANGE_CREDIT && invoice.status() != InvoiceStatus.VOID) {
          credit(charges, invoice, line);
        }
      }
      for (InvoiceLine line : invoice.lines()) {
        if (CHARGES.contains(line.kind()) && line.amount().isPositive()) {
          charges.add(new Charge(invoice, line));
        }
      }
    }
    for (BilledItem item : team.subscription().billedItems()) {
      if (item.billed().isPositive()) {
        billedItem(charges, item);
      }
    }
  }

  private void credit(List<Charge> charges, Invoice invoice, InvoiceLine credit) {
    long basis = -credit.unitPrice().minorUnits() * credit.quantity();
    long amount = -credit.amount().minorUnits();
    String name =
        "credit '"
            + credit.description()
            + "' "
            + credit.amount()
            + " for "
            + credit.servicePeriod()
            + " on "
            + invoice.number();
    if (amount < 0) {
      add(name + " is a charge, not a credit");
      return;
    }
    if (amount > basis) {
      add(name + " credits more than its basis " + money(basis));
    }
    @Nullable Charge onVoid = null;
    @Nullable Charge full = null;
    // the latest matching charge first: a change credits what the current cycle billed
    for (int i = charges.size() - 1; i >= 0; i--) {
      Charge charge = charges.get(i);
      if (charge.line.amount().minorUnits() != basis
          || !within(credit.servicePeriod(), charge.line.servicePeriod())) {
        continue;
      }
      if (charge.isVoid()) {
        onVoid = onVoid == null ? charge : onVoid;
      } else if (charge.remaining() >= amount) {
        charge.credited += amount;
        return;
      } else {
        full = full == null ? charge : full;
      }
    }
    if (full != null) {
      add(
          name
              + " exceeds what is left to credit of "
              + full
              + ": "
              + money(full.remaining())
              + " after earlier credits");
    } else if (onVoid != null) {
      add(name + " credits " + onVoid + ", which is void: nothing was billed");
    } else {
      add(name + " credits a basis of " + money(basis) + " that no earlier invoice billed");
    }
  }

  private void billedItem(List<Charge> charges, BilledItem item) {
    @Nullable Charge onVoid = null;
    for (int i = charges.size() - 1; i >= 0; i--) {
      Charge charge = charges.get(i);
      InvoiceLine line = charge.line;
      if (charge.matchedByItem
          || !line.amount().equals(item.billed())
          || line.quantity() != item.quantity()
          || !line.servicePeriod().equals(item.servicePeriod())) {
        continue;
      }
      if (charge.isVoid()) {
        onVoid = onVoid == null ? charge : onVoid;
        continue;
      }
      charge.matchedByItem = true;
      return;
    }
    String name =
        "billed item "
            + item.quantity()
            + " "
            + item.item()
            + " for "
            + item.servicePeriod()
            + " says "
            + item.billed()
            + " was billed";
    add(
        onVoid != null
            ? name
                + ", but the only invoice that billed it, "
                + onVoid.invoice.number()
                + ", is void"
            : name + ", but no invoice that is not void bills it");
  }

  private static boolean within(DateRange inner, DateRange outer) {
    return !inner.start().isBefore(outer.start())
        && !inner.endExclusive().isAfter(outer.endExclusive());
  }

  private Amount money(long minor) {
    return Amount.ofMinor(minor, team.currency());
  }

  private void add(String message) {
    found.add(new Violation(Invariant.CREDIT_BASIS, team.id(), message));
  }
}
