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
package co.kafkaman.billing.rules.payment;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import java.util.EnumSet;

/**
 * How a team's invoices are collected (RULES.md section 9): card auto-charge (the default) or pay
 * by invoice, which only a plan that allows it may use (Enterprise in the sample catalog), with net
 * terms (30 days by default) and the channels online, ACH and wire. Invoices already issued keep
 * the collection they were issued with.
 *
 * <p>Worked example: an Enterprise team switching to {@link #defaultPayByInvoice()} is accepted;
 * its next invoice issued 2024-03-01 is due 2024-03-31. A Basic team asking the same is refused
 * with {@code COLLECTION_METHOD_NOT_ALLOWED}.
 *
 * @since 0.1.0
 */
public final class CollectionRules {
  private CollectionRules() {}

  /**
   * Returns pay by invoice on the default terms: net 30, online, ACH or wire.
   *
   * @return the default pay-by-invoice method
   */
  public static CollectionMethod defaultPayByInvoice() {
    return CollectionMethod.payByInvoice(
        CollectionMethod.PayByInvoice.DEFAULT_NET_TERMS_DAYS,
        EnumSet.of(PaymentChannel.ONLINE, PaymentChannel.ACH, PaymentChannel.WIRE));
  }

  /**
   * Switches {@code team} to {@code method}.
   *
   * @param team the team
   * @param catalog the price list (its plans say whether pay by invoice is allowed)
   * @param method the collection method wanted
   * @return the change
   * @throws BillingException {@code NOTHING_TO_CHANGE} if it is the current method; {@code
   *     COLLECTION_METHOD_NOT_ALLOWED} for pay by invoice on a plan that does not allow it, or
   *     while standing instructions renew the team on such a plan; {@code NO_PAYMENT_METHOD} for
   *     card auto-charge on a paid plan without a card on file
   */
  public static PaymentChange switchTo(Team team, Catalog catalog, CollectionMethod method) {
    BillingException.check(
        !method.equals(team.collectionMethod()),
        BillingErrorCode.NOTHING_TO_CHANGE,
        "method",
        () -> "the team already uses " + method);
    PlanId tier = team.subscription().terms().plan();
    Plan plan = catalog.plan(tier);
    if (method instanceof CollectionMethod.PayByInvoice) {
      BillingException.check(
          plan.payByInvoiceAllowed(),
          BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED,
          "method",
          () ->
              "the "
                  + plan.name()
                  + " plan does not allow pay by invoice; it is available on plans that allow it"
                  + " (Enterprise), arranged with sales");
      // the terms the team renews on must allow it too
      PlanId next = team.subscription().nextTerms().map(Terms::plan).orElse(tier);
      BillingException.check(
          catalog.plan(next).payByInvoiceAllowed(),
          BillingErrorCode.COLLECTION_METHOD_NOT_ALLOWED,
          "method",
          () ->
              "the team renews on "
                  + catalog.plan(next).name()
                  + " (standing instructions), which does not allow pay by invoice; clear or"
                  + " change them first");
    } else {
      BillingException.check(
          plan.isFree() || !team.cards().isEmpty(),
          BillingErrorCode.NO_PAYMENT_METHOD,
          "method",
          () -> "card auto-charge on " + plan.name() + " needs a card on file; add a card first");
    }
    return new PaymentChange(
        team.withCollectionMethod(method),
        "collection: " + team.collectionMethod() + " -> " + method);
  }
}
