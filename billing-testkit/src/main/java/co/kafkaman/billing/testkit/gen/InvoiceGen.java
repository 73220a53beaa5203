package co.kafkaman.billing.testkit.gen;

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Fraction;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.time.DateRange;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of invoice lines and invoices whose arithmetic holds by construction: each line's
 * amount is {@code quantity x unitPrice x fraction} rounded once, credits have a negative unit
 * price, and an invoice whose lines sum below zero carries the {@code CREDIT_TO_ACCOUNT} line that
 * brings its total to zero, as the issuer does.
 *
 * <p>Example: a generated {@code SEAT_PRORATION} line {@code 2 x 12.00 x 17/31 days = 13.16}; a JPY
 * line {@code 3 x -1200 x 1/30 days = -120}.
 */
public final class InvoiceGen {
  private static final List<LineKind> CHARGE_KINDS =
      List.of(
          LineKind.PLAN_SEATS,
          LineKind.SEAT_PRORATION,
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
   * Returns invoices in {@code currency} with 1 to 6 lines, numbered {@code INV-000001} onwards,
   * open or paid; a net credit is moved to the account by a {@code CREDIT_TO_ACCOUNT} line.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Invoice> invoices(CurrencyUnit currency) {
    Gen<List<InvoiceLine>> lineLists = SourceDSL.lists().of(lines(currency)).ofSizeBetween(1, 6);
    Gen<Integer> numbers = Generate.range(1, 999_999);
    Gen<java.time.LocalDate> issued = DateGen.dates();
    Gen<Integer> netTerms = Generate.pick(List.of(0, 0, 30));
    Gen<InvoiceStatus> statuses = Generate.pick(List.of(InvoiceStatus.OPEN, InvoiceStatus.PAID));
    return in -> {
      List<InvoiceLine> lines = new ArrayList<>(lineLists.generate(in));
      long sum = 0;
      for (InvoiceLine line : lines) {
        sum += line.amount().minorUnits();
      }
      DateRange span = lines.get(0).servicePeriod();
      if (sum < 0) {
        Amount carried = Amount.ofMinor(-sum, currency);
        lines.add(
            new InvoiceLine(
                LineKind.CREDIT_TO_ACCOUNT,
                "Net credit moved to account credit",
                1,
                carried,
                Fraction.ONE,
                span,
                carried,
                ""));
      }
      java.time.LocalDate issueDate = issued.generate(in);
      return Invoice.builder()
          .number(String.format("INV-%06d", numbers.generate(in)))
          .teamId("acme")
          .issueDate(issueDate)
          .dueDate(issueDate.plusDays(netTerms.generate(in)))
          .currency(currency)
          .lines(lines)
          .status(statuses.generate(in))
          .billingDetails(TeamGen.billingDetails().generate(in))
          .build();
    };
  }
}
