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

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.team.BilledItem;
import co.kafkaman.billing.model.team.ChargeItem;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.proration.Prorated;
import java.util.List;
import java.util.Map;

/**
 * Builds invoice lines whose fields carry their own arithmetic, so every line explains itself: a
 * full-period line ({@code 5 x 12.00 = 60.00}), a prorated charge ({@code 2 x 12.00 x 17/31 days =
 * 13.16}) or a credit for a billed item ({@code 5 x -12.00 x 17/31 days = -32.90}).
 *
 * @since 0.1.0
 */
public final class Lines {
  private Lines() {}

  /**
   * Returns a line for a whole period: {@code quantity x unitPrice}, exact. Example: {@code
   * whole(PLAN_SEATS, "Basic seats (monthly)", 5, 12.00, [2024-04-01, 2024-05-01))} explains itself
   * as {@code "5 x 12.00 = 60.00"}.
   *
   * @param kind the line kind
   * @param description what is billed
   * @param quantity how many
   * @param unitPrice the price of one for the period
   * @param period the service period
   * @return the line
   */
  public static InvoiceLine whole(
      LineKind kind, String description, long quantity, Amount unitPrice, DateRange period) {
    return new InvoiceLine(
        kind,
        description,
        quantity,
        unitPrice,
        Fraction.ONE,
        period,
        unitPrice.multipliedBy(quantity),
        "");
  }

  /**
   * Returns a prorated charge line: {@code quantity x unitPrice x fraction}, with the amount and
   * note the proration computed. Example: {@code "2 x 12.00 x 17/31 days = 13.16"}.
   *
   * @param kind the line kind
   * @param description what is billed
   * @param quantity how many
   * @param unitPrice the price of one for the whole period
   * @param prorated the fraction and amount computed by the proration convention
   * @param period the service period charged
   * @return the line
   */
  public static InvoiceLine prorated(
      LineKind kind,
      String description,
      long quantity,
      Amount unitPrice,
      Prorated prorated,
      DateRange period) {
    return new InvoiceLine(
        kind,
        description,
        quantity,
        unitPrice,
        prorated.fraction(),
        period,
        prorated.amount(),
        prorated.note());
  }

  /**
   * Returns the credit line for the unused part of a billed item: {@code quantity x -unit x
   * fraction}, where {@code unit} is what one of the item's seats or blocks was billed, so {@code
   * quantity x unit} is the item's {@code billed}. The amount is the proration convention's,
   * rounded once, exactly as when the line read {@code 1 x -billed}. When {@code billed} does not
   * split evenly into minor units over the quantity (possible for a prorated charge), the line
   * keeps {@code 1 x -billed}, the only exact statement of its basis. Example: 5 Basic seats billed
   * 60.00, replaced on 2024-03-15 of {@code [2024-03-01, 2024-04-01)}: {@code "Credit: unused 5
   * Basic seats"}, {@code "5 x -12.00 x 17/31 days = -32.90"}.
   *
   * @param catalog the catalog whose names the description prints
   * @param item the billed item replaced
   * @param credit the credit computed by the proration convention
   * @param unused the unused dates credited
   * @return the line
   */
  public static InvoiceLine credit(
      Catalog catalog, BilledItem item, Prorated credit, DateRange unused) {
    return new InvoiceLine(
        LineKind.CHANGE_CREDIT,
        creditDescription(catalog, item),
        creditQuantity(item),
        creditUnitPrice(item),
        credit.fraction(),
        unused,
        credit.amount(),
        credit.note());
  }

  /**
   * Returns what the credit line for {@code item} says: {@code "Credit: unused 5 Basic seats"},
   * {@code "Credit: unused 1 Basic seat"}, {@code "Credit: unused 2 monitoring requests blocks"},
   * {@code "Credit: unused Team base fee"} (a base fee is billed once a cycle: no count).
   *
   * @param catalog the catalog whose names the description prints
   * @param item the billed item credited
   * @return the description
   * @since 0.1.0
   */
  public static String creditDescription(Catalog catalog, BilledItem item) {
    ChargeItem charged = item.item();
    if (charged instanceof ChargeItem.BaseFee fee) {
      return "Credit: unused " + catalog.texts().baseFee(fee.plan());
    }
    long quantity = item.quantity();
    String what;
    if (charged instanceof ChargeItem.Seats seats) {
      what =
          quantity == 1 ? catalog.texts().seat(seats.plan()) : catalog.texts().seats(seats.plan());
    } else {
      ResourceId resource = ((ChargeItem.AddOnBlocks) charged).resource();
      what = quantity == 1 ? catalog.texts().block(resource) : catalog.texts().blocks(resource);
    }
    return "Credit: unused " + quantity + " " + what;
  }

  /**
   * Returns the basis a credit line credits, what the replaced item billed: {@code -(quantity x
   * unitPrice)}. Example: {@code 5 x -12.00 x 17/31 days = -32.90} has the basis 60.00.
   *
   * @param credit a {@code CHANGE_CREDIT} line written by {@link #credit}
   * @return the amount billed for the credited item, zero or more
   */
  public static Amount creditBasis(InvoiceLine credit) {
    return credit.unitPrice().multipliedBy(credit.quantity()).negated();
  }

  private static long creditQuantity(BilledItem item) {
    long quantity = item.quantity();
    return quantity > 0 && item.billed().minorUnits() % quantity == 0 ? quantity : 1;
  }

  private static Amount creditUnitPrice(BilledItem item) {
    long quantity = creditQuantity(item);
    return Amount.ofMinor(-item.billed().minorUnits() / quantity, item.billed().currency());
  }

  /**
   * Returns terms as summaries print them, with the catalog's names: {@code "Basic monthly, 5
   * seats"}, {@code "Team quarterly, 1 seat, 2 build minutes blocks"} (blocks in id order). A plan
   * or resource the catalog does not have is printed by its id.
   *
   * @param catalog the catalog whose names are printed
   * @param terms the terms
   * @return the text
   */
  public static String terms(Catalog catalog, Terms terms) {
    Plan plan = catalog.plans().get(terms.plan());
    StringBuilder text = new StringBuilder(48);
    text.append(plan == null ? terms.plan().value() : plan.name())
        .append(' ')
        .append(terms.frequency().adjective())
        .append(", ")
        .append(terms.seats())
        .append(terms.seats() == 1 ? " seat" : " seats");
    terms
        .addOnBlocks()
        .forEach(
            (id, count) -> {
              Resource resource = catalog.resources().get(id);
              text.append(", ")
                  .append(count)
                  .append(' ')
                  .append(resource == null ? id.value() : resource.plural())
                  .append(count == 1 ? " block" : " blocks");
            });
    return text.toString();
  }

  /**
   * Returns a readable description of a charge item with the catalog's names: {@code "Basic
   * seats"}, {@code "Team base fee"}, {@code "monitoring requests blocks"}. An item of a plan or
   * resource the catalog no longer has is described by its id.
   *
   * @param catalog the catalog whose names are printed
   * @param item the item
   * @return the description
   */
  public static String describe(Catalog catalog, ChargeItem item) {
    if (item instanceof ChargeItem.Seats seats) {
      return catalog.texts().seats(seats.plan());
    }
    if (item instanceof ChargeItem.BaseFee fee) {
      return catalog.texts().baseFee(fee.plan());
    }
    return catalog.texts().blocks(((ChargeItem.AddOnBlocks) item).resource());
  }

  /**
   * Appends the whole-cycle lines of {@code terms} for {@code period}: the plan's base fee ({@code
   * PLAN_FEE}, when it has one), the seats ({@code PLAN_SEATS}) and each resource's add-on blocks
   * in catalog order ({@code ADD_ON}), each with its billed item. Example: 3 Basic seats and 2
   * monitoring blocks, monthly: {@code 3 x 12.00 = 36.00} and {@code 2 x 8.00 = 16.00}.
   *
   * @param lines the lines, appended to
   * @param items the billed items, appended to
   * @param catalog the price list
   * @param plan the plan of {@code terms}
   * @param terms the terms billed
   * @param period the service period of the lines
   * @since 0.1.0
   */
  public static void appendWholeTerms(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Catalog catalog,
      Plan plan,
      Terms terms,
      DateRange period) {
    appendBaseFee(lines, items, catalog, plan, terms.frequency(), period);
    appendWhole(
        lines,
        items,
        LineKind.PLAN_SEATS,
        catalog.texts().seats(terms.plan(), terms.frequency()),
        new ChargeItem.Seats(terms.plan()),
        terms.seats(),
        plan.seatPrice(terms.frequency()),
        period);
    for (ResourceId resource : blockResources(catalog, terms)) {
      int blocks = terms.blocks(resource);
      if (blocks > 0) {
        appendWhole(
            lines,
            items,
            LineKind.ADD_ON,
            catalog.texts().blocks(resource, terms.frequency()),
            new ChargeItem.AddOnBlocks(resource),
            blocks,
            catalog.addOn(resource).price(terms.frequency()),
            period);
      }
    }
  }

  /**
   * Returns the resources whose add-on blocks {@code terms} may hold, in catalog order, the order
   * invoices list blocks in: none when the terms have no blocks, the one resource when they name
   * one, else every resource of the catalog (a caller skips those with no blocks). So terms without
   * blocks, the usual case, cost no scan of the catalog's resources.
   *
   * @param catalog the price list
   * @param terms the terms
   * @return the resources to look at, in catalog order
   * @since 0.1.0
   */
  public static List<ResourceId> blockResources(Catalog catalog, Terms terms) {
    Map<ResourceId, Integer> blocks = terms.addOnBlocks();
    return switch (blocks.size()) {
      case 0 -> List.of();
      case 1 -> List.of(blocks.keySet().iterator().next());
      default -> catalog.resourceIds();
    };
  }

  /**
   * Appends the plan's base fee for a whole period and its billed item (quantity 1), when {@code
   * frequency} has a base fee; nothing otherwise. Example: the Team plan's fee of 490.00 a month
   * appends {@code "Team base fee (monthly)"}, {@code 1 x 490.00 = 490.00}.
   *
   * @param lines the lines to append to
   * @param items the billed items to append to
   * @param catalog the catalog whose names the line prints
   * @param plan the plan
   * @param frequency the frequency billed
   * @param period the service period
   */
  public static void appendBaseFee(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      Catalog catalog,
      Plan plan,
      BillingFrequency frequency,
      DateRange period) {
    if (plan.hasBaseFee(frequency)) {
      appendWhole(
          lines,
          items,
          LineKind.PLAN_FEE,
          catalog.texts().baseFee(plan.id(), frequency),
          new ChargeItem.BaseFee(plan.id()),
          1,
          plan.baseFee(frequency),
          period);
    }
  }

  /**
   * Appends a whole-period line and the matching billed item: the billed item records what the line
   * charged, the basis of later credits. A zero quantity adds nothing; a zero-priced item (Free
   * seats) is recorded but gets no line. Example: 5 Basic seats at 12.00 for {@code [2024-04-01,
   * 2024-05-01)} append the line {@code 5 x 12.00 = 60.00} and the item {@code 5 BASIC seats,
   * billed 60.00, credited 0.00}.
   *
   * @param lines the lines to append to
   * @param items the billed items to append to
   * @param kind the line kind
   * @param description what is billed
   * @param item what the billed item pays for
   * @param quantity how many
   * @param unitPrice the price of one for the period
   * @param period the service period
   */
  public static void appendWhole(
      List<InvoiceLine> lines,
      List<BilledItem> items,
      LineKind kind,
      String description,
      ChargeItem item,
      long quantity,
      Amount unitPrice,
      DateRange period) {
    if (quantity == 0) {
      return;
    }
    InvoiceLine line = whole(kind, description, quantity, unitPrice, period);
    items.add(
        new BilledItem(item, quantity, period, line.amount(), Amount.zero(unitPrice.currency())));
    if (!line.amount().isZero()) {
      lines.add(line);
    }
  }
}
