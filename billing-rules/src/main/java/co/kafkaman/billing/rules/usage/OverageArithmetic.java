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
package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.catalog.OveragePrice;
import co.kafkaman.billing.model.money.Amount;
import java.util.List;

/**
 * The words of a tiered overage charge: the arithmetic a line's note shows ({@code "graduated
 * tiers: 1,000 x 0.10 + 500 x 0.08 = 140.00"}) and the tier a graduated line charges ({@code "Build
 * minutes overage, tier 2 (1,001 to 5,000)"}).
 */
final class OverageArithmetic {
  private OverageArithmetic() {}

  /**
   * Appends the tier arithmetic of {@code charges} to {@code note}: every part for graduated tiers,
   * the tier reached for volume tiers.
   */
  static StringBuilder appendTiered(
      StringBuilder note, OveragePrice price, List<OveragePrice.Charge> charges) {
    Amount total = Amount.zero(price.price().currency());
    if (price.model() == OveragePrice.Model.VOLUME) {
      OveragePrice.Charge charge = charges.get(0);
      Entitlement.appendCount(note.append("volume tiers: all "), charge.quantity())
          .append(" at tier ")
          .append(charge.tier());
      appendRange(note.append(" ("), price, charge.tier()).append("), ");
    } else {
      note.append("graduated tiers: ");
    }
    for (int i = 0; i < charges.size(); i++) {
      OveragePrice.Charge charge = charges.get(i);
      Entitlement.appendCount(note.append(i == 0 ? "" : " + "), charge.quantity()).append(" x ");
      charge.unitPrice().appendPlainTo(note);
      total = total.plus(charge.amount());
    }
    return total.appendPlainTo(note.append(" = "));
  }

  /** Returns {@code "Build minutes overage, tier 2 (1,001 to 5,000)"}. */
  static String tierDescription(
      String description, OveragePrice price, OveragePrice.Charge charge) {
    StringBuilder text = new StringBuilder(description.length() + 32);
    text.append(description).append(", tier ").append(charge.tier()).append(" (");
    return appendRange(text, price, charge.tier()).append(')').toString();
  }

  /** Appends {@code "1,001 to 5,000"} or {@code "5,001 and up"} for tier {@code tier} (from 1). */
  private static StringBuilder appendRange(StringBuilder text, OveragePrice price, int tier) {
    List<OveragePrice.Tier> tiers = price.tiers();
    long first = tier == 1 ? 1 : tiers.get(tier - 2).upTo() + 1;
    OveragePrice.Tier current = tiers.get(tier - 1);
    Entitlement.appendCount(text, first);
    return current.isUnbounded()
        ? text.append(" and up")
        : Entitlement.appendCount(text.append(" to "), current.upTo());
  }
}
