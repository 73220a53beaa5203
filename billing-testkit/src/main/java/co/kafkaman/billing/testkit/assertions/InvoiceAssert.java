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
package co.kafkaman.billing.testkit.assertions;

import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an issued {@link Invoice}. Every failure message prints the whole invoice as {@link
 * InvoiceText} renders it, so the arithmetic of each line is in front of the reader.
 *
 * <pre>{@code
 * assertThat(invoice)
 *     .hasLine(LineKind.SEAT_PRORATION, "13.16")
 *     .explanationMentions("17/31")
 *     .totalEqualsSumOfLines()
 *     .hasTotalDue("USD 13.16");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InvoiceAssert extends AbstractAssert<InvoiceAssert, Invoice> {

  InvoiceAssert(Invoice actual) {
    super(actual, InvoiceAssert.class);
    info.useRepresentation(BillingRepresentation.INSTANCE);
  }

  /**
   * Verifies the invoice has a line of {@code kind} whose amount is {@code amount}.
   *
   * @param kind the line kind
   * @param amount {@code "13.16"} (invoice currency) or {@code "USD 13.16"}
   * @return this assertion
   */
  public InvoiceAssert hasLine(LineKind kind, String amount) {
    isNotNull();
    Amount wanted = AmountAssert.expectedAmount(amount, actual.totalDue());
    for (InvoiceLine line : actual.lines()) {
      if (line.kind() == kind && line.amount().equals(wanted)) {
        return this;
      }
    }
    return fail("a " + kind + " line of " + wanted);
  }

  /**
   * Verifies the invoice has a line of {@code kind} whose explanation is exactly {@code
   * explanation}, such as {@code "2 x 12.00 x 17/31 days = 13.16"}.
   *
   * @param kind the line kind
   * @param explanation the whole explanation
   * @return this assertion
   */
  public InvoiceAssert hasLineExplained(LineKind kind, String explanation) {
    isNotNull();
    for (InvoiceLine line : actual.lines()) {
      if (line.kind() == kind && line.explanation().equals(explanation)) {
        return this;
      }
    }
    return fail("a " + kind + " line explained \"" + explanation + "\"");
  }

  /**
   * Verifies no line is of {@code kind}.
   *
   * @param kind the line kind
   * @return this assertion
   */
  public InvoiceAssert hasNoLine(LineKind kind) {
    isNotNull();
    for (InvoiceLine line : actual.lines()) {
      if (line.kind() == kind) {
        return fail("no " + kind + " line");
      }
    }
    return this;
  }

  /**
   * Verifies the number of lines, account-credit lines included.
   *
   * @param count the expected count
   * @return this assertion
   */
  public InvoiceAssert hasLineCount(int count) {
    isNotNull();
    return actual.lines().size() == count ? this : fail(count + " lines");
  }

  /**
   * Verifies some line's explanation contains {@code text}, typically the fraction ({@code
   * "17/31"}).
   *
   * @param text the text to find
   * @return this assertion
   */
  public InvoiceAssert explanationMentions(String text) {
    isNotNull();
    for (InvoiceLine line : actual.lines()) {
      if (line.explanation().contains(text)) {
        return this;
      }
    }
    return fail("a line whose explanation mentions \"" + text + "\"");
  }

  /**
   * Verifies the totals add up: the total due is the sum of every line, the subtotal the sum of the
   * charge and change-credit lines, and the total due is not negative. The model derives them that
   * way; the check guards hosts that rebuild invoices from storage.
   *
   * @return this assertion
   */
  public InvoiceAssert totalEqualsSumOfLines() {
    isNotNull();
    long all = 0;
    long subtotal = 0;
    for (InvoiceLine line : actual.lines()) {
      all += line.amount().minorUnits();
      if (line.kind().isSubtotalLine()) {
        subtotal += line.amount().minorUnits();
      }
    }
    if (all != actual.totalDue().minorUnits()
        || subtotal != actual.subtotal().minorUnits()
        || actual.totalDue().isNegative()) {
      return fail("a total due equal to the sum of its lines, and not negative");
    }
    return this;
  }

  /**
   * Verifies the total due.
   *
   * @param amount {@code "13.16"} or {@code "USD 13.16"}
   * @return this assertion
   */
  public InvoiceAssert hasTotalDue(String amount) {
    isNotNull();
    Amount wanted = AmountAssert.expectedAmount(amount, actual.totalDue());
    return actual.totalDue().equals(wanted) ? this : fail("total due " + wanted);
  }

  /**
   * Verifies the subtotal (charges and change credits, before account credit).
   *
   * @param amount {@code "5.00"} or {@code "USD 5.00"}
   * @return this assertion
   */
  public InvoiceAssert hasSubtotal(String amount) {
    isNotNull();
    Amount wanted = AmountAssert.expectedAmount(amount, actual.totalDue());
    return actual.subtotal().equals(wanted) ? this : fail("subtotal " + wanted);
  }

  /**
   * Verifies the account credit the invoice consumed (a positive amount).
   *
   * @param amount {@code "2.00"} or {@code "USD 2.00"}
   * @return this assertion
   */
  public InvoiceAssert hasCreditsApplied(String amount) {
    isNotNull();
    Amount wanted = AmountAssert.expectedAmount(amount, actual.totalDue());
    return actual.creditsApplied().equals(wanted) ? this : fail("credits applied " + wanted);
  }

  /**
   * Verifies the status.
   *
   * @param status the expected status
   * @return this assertion
   */
  public InvoiceAssert hasStatus(InvoiceStatus status) {
    isNotNull();
    return actual.status() == status ? this : fail("status " + status);
  }

  /**
   * Verifies the issue date.
   *
   * @param date the expected issue date
   * @return this assertion
   */
  public InvoiceAssert isIssuedOn(LocalDate date) {
    isNotNull();
    return actual.issueDate().equals(date) ? this : fail("issued on " + date);
  }

  /**
   * Verifies the invoice number.
   *
   * @param number such as {@code "KB-000002"}
   * @return this assertion
   */
  public InvoiceAssert hasNumber(String number) {
    isNotNull();
    return actual.number().equals(number) ? this : fail("number " + number);
  }

  /**
   * Verifies the VAT ID copied onto the invoice when it was issued.
   *
   * @param vatId the VAT ID, or empty for none
   * @return this assertion
   */
  public InvoiceAssert hasVatId(String vatId) {
    isNotNull();
    return actual.billingDetails().vatId().equals(vatId) ? this : fail("VAT ID '" + vatId + "'");
  }

  private InvoiceAssert fail(String expectation) {
    String message =
        "\nExpected invoice "
            + actual.number()
            + " to have "
            + expectation
            + ", but it was:\n"
            + InvoiceText.render(actual);
    failWithMessage(message.replace("%", "%%"));
    return this;
  }
}
