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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.rules.engine.Outcome;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an engine {@link Outcome}: accepted or refused (with which code), the invoices it
 * issued, its notification intents, and navigation to the team after it. Failure messages print the
 * outcome's summary and every invoice it issued.
 *
 * <pre>{@code
 * assertThat(outcome).isRefusedWith(BillingErrorCode.CHANGE_ONLY_ON_RENEWAL).hasAlternative();
 * assertThat(outcome).isAccepted().invoice(0).hasLine(SEAT_PRORATION, "13.16");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  OutcomeAssert(Outcome actual) {
    super(actual, OutcomeAssert.class);
    info.useRepresentation(BillingRepresentation.INSTANCE);
  }

  /**
   * Verifies the command was accepted.
   *
   * @return this assertion
   */
  public OutcomeAssert isAccepted() {
    isNotNull();
    return actual.isAccepted() ? this : fail("to be accepted");
  }

  /**
   * Verifies the command was refused, whatever the code.
   *
   * @return this assertion
   */
  public OutcomeAssert isRefused() {
    isNotNull();
    return actual.isAccepted() ? fail("to be refused") : this;
  }

  /**
   * Verifies the command was refused with {@code code}.
   *
   * @param code the expected error code
   * @return this assertion
   */
  public OutcomeAssert isRefusedWith(BillingErrorCode code) {
    isNotNull();
    return actual instanceof Outcome.Refused r && r.code() == code
        ? this
        : fail("to be refused with " + code.code() + " " + code);
  }

  /**
   * Verifies the command was refused with the stable code text, such as {@code "BILL-401"}.
   *
   * @param code the expected code
   * @return this assertion
   */
  public OutcomeAssert isRefusedWith(String code) {
    isNotNull();
    return actual instanceof Outcome.Refused r && r.code().code().equals(code)
        ? this
        : fail("to be refused with " + code);
  }

  /**
   * Verifies the refusal offers an alternative command that would be accepted.
   *
   * @return this assertion
   */
  public OutcomeAssert hasAlternative() {
    isNotNull();
    return actual instanceof Outcome.Refused r && r.alternative().isPresent()
        ? this
        : fail("to be refused with an alternative");
  }

  /**
   * Verifies the number of invoices issued.
   *
   * @param count the expected count
   * @return this assertion
   */
  public OutcomeAssert issuedInvoices(int count) {
    isNotNull();
    return invoiceCount() == count ? this : fail("to issue " + count + " invoices");
  }

  /**
   * Returns assertions on the {@code index}-th invoice issued (from 0).
   *
   * @param index the invoice's position
   * @return the invoice assertions
   */
  public InvoiceAssert invoice(int index) {
    isNotNull();
    if (!(actual instanceof Outcome.Accepted accepted) || accepted.invoices().size() <= index) {
      fail("to issue an invoice at index " + index);
      throw new IllegalStateException("unreachable");
    }
    return new InvoiceAssert(accepted.invoices().get(index));
  }

  /**
   * Verifies a notification intent of {@code kind} was returned.
   *
   * @param kind the notification kind
   * @return this assertion
   */
  public OutcomeAssert hasNotification(NotificationKind kind) {
    isNotNull();
    if (actual instanceof Outcome.Accepted accepted) {
      for (NotificationIntent intent : accepted.notifications()) {
        if (intent.kind() == kind) {
          return this;
        }
      }
    }
    return fail("to notify " + kind);
  }

  /**
   * Returns assertions on the team after the command (the unchanged team when refused).
   *
   * @return the team assertions
   */
  public TeamAssert team() {
    isNotNull();
    return new TeamAssert(actual.team());
  }

  private int invoiceCount() {
    return actual instanceof Outcome.Accepted accepted ? accepted.invoices().size() : 0;
  }

  private OutcomeAssert fail(String expectation) {
    String message =
        "\nExpected the outcome "
            + expectation
            + ", but it was:\n"
            + BillingRepresentation.describe(actual);
    failWithMessage(message.replace("%", "%%"));
    return this;
  }
}
