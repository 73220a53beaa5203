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
package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.KafkamanSample;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.model.time.DateRange;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.invoicing.InvoiceIssuer;
import co.kafkaman.billing.testkit.TeamFixture;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of invoice lines and invoices whose arithmetic holds by construction: each line's
 * amount is {@code quantity x unitPrice x fraction} rounded once, credits have a negative unit
 * price, and invoices are issued by the library's own issuer.
 *
 * <p>Example: a generated {@code SEAT_PRORATION} line {@code 2 x 12.00 x 17/31 days = 13.16}; a JPY
 * line {@code 3 x -1200 x 1/30 days = -120}.
 *
 * @since 0.1.0
 */
public final class InvoiceGen {
  private static final List<LineKind> CHARGE_KINDS =
      List.of(
          LineKind.PLAN_SEATS,
          LineKind.SEAT_PRORATION,
          LineKind.PLAN_FEE,
          LineKind.PLAN_FEE_PRORATION,
          LineKind.ADD_ON,
          LineKind.ADD_ON_PRORATION,
          LineKind.OVERAGE,
          LineKind.AUTO_FLEX);

  private InvoiceGen() {}

  /**
   * Returns lines in {@code currency}: charges of every kind and change credits, with the fraction
   * edge cases of {@link MoneyGen#fractions()}.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<InvoiceLine> lines(CurrencyUnit currency) {
    Gen<Boolean> credit = Generate.booleans();
    Gen<LineKind> kinds = Generate.pick(CHARGE_KINDS);
    Gen<Integer> quantities = MoneyGen.quantities();
    Gen<Amount> prices = MoneyGen.prices(currency);
    Gen<Fraction> fractions = MoneyGen.fractions();
    Gen<RoundingPolicy> rounding = MoneyGen.roundingPolicies();
    Gen<DateRange> periods = DateGen.dateRanges();
    return in -> {
      boolean isCredit = credit.generate(in);
      LineKind kind = isCredit ? LineKind.CHANGE_CREDIT : kinds.generate(in);
      long quantity = isCredit ? 1 : quantities.generate(in);
      Amount unitPrice = prices.generate(in);
      if (isCredit) {
        unitPrice = unitPrice.negated();
      }
      Fraction fraction = fractions.generate(in);
      Amount amount = unitPrice.multipliedBy(quantity, fraction, rounding.generate(in));
      return new InvoiceLine(
          kind,
          kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          quantity,
          unitPrice,
          fraction,
          periods.generate(in),
          amount,
          "");
    };
  }

  /**
   * Returns invoices in {@code currency} with 1 to 6 lines, issued by the library's own {@link
   * InvoiceIssuer} to a team holding some account credit or none: so account credit is applied
   * first, a net credit moves to the account with a {@code CREDIT_TO_ACCOUNT} line, and an invoice
   * with nothing due is {@code PAID}.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Invoice> invoices(CurrencyUnit currency) {
    Gen<List<InvoiceLine>> lineLists = SourceDSL.lists().of(lines(currency)).ofSizeBetween(1, 6);
    Gen<Amount> credits =
        Generate.frequency(
            List.of(
                Pair.of(2, Generate.constant(Amount.zero(currency))),
                Pair.of(1, MoneyGen.prices(currency))));
    Gen<LocalDate> issued = DateGen.dates();
    Gen<BillingDetails> details = TeamGen.billingDetails();
    Catalog catalog =
        Catalog.builder()
            .currency(currency)
            .putAllResources(Catalog.kafkamanSample().resources())
            .putPlans(KafkamanSample.FREE, CatalogGen.free(currency))
            .build();
    Team team =
        TeamFixture.of(BillingEngine.of(catalog))
            .withTerms(Terms.of(KafkamanSample.FREE, BillingFrequency.MONTHLY, 1))
            .team();
    return in -> {
      LocalDate issueDate = issued.generate(in);
      Team billed =
          team.withAccountCredit(credits.generate(in)).withBillingDetails(details.generate(in));
      return InvoiceIssuer.issue(billed, lineLists.generate(in), issueDate).invoice();
    };
  }
}
