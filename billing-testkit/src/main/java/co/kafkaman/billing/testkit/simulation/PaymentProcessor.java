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
package co.kafkaman.billing.testkit.simulation;

import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.rules.payment.Charge;
import java.time.LocalDate;

/**
 * The simulated card processor: answers an automatic payment attempt that {@link
 * DueEvents#agenda(co.kafkaman.billing.rules.engine.BillingEngine, PaymentProcessor)} carries out.
 * It is told the invoice, the attempt's number (1 for the first attempt of that invoice), what the
 * engine says to charge ({@code BillingEngine.chargeFor}) and the date, and answers with a {@link
 * Result}.
 *
 * <p>Implementations must be pure: the same question gives the same answer, since the simulator may
 * ask about the same attempt several times before it applies it.
 *
 * <pre>{@code
 * PaymentProcessor.cardOnFile()                       // succeeds whenever a card can be charged
 * PaymentProcessor.failingFirst(3, "card declined")   // attempts 1-3 of each invoice fail
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PaymentProcessor {

  /**
   * The processor's answer.
   *
   * @param outcome succeeded or failed
   * @param reason why it failed, empty when it succeeded
   */
  record Result(PaymentOutcome outcome, String reason) {

    /**
     * Returns a success.
     *
     * @return the result, with an empty reason
     */
    public static Result succeeded() {
      return new Result(PaymentOutcome.SUCCEEDED, "");
    }

    /**
     * Returns a failure.
     *
     * @param reason why, such as {@code "card declined"}
     * @return the result
     */
    public static Result failed(String reason) {
      return new Result(PaymentOutcome.FAILED, reason);
    }
  }

  /**
   * Returns the answer to attempt {@code attemptNumber} of invoice {@code invoiceNumber} on {@code
   * on}.
   *
   * @param invoiceNumber the invoice attempted, such as {@code "KB-000002"}
   * @param attemptNumber the attempt's number for that invoice, from 1
   * @param charge what the engine says to charge, or why no charge is possible
   * @param on the date of the attempt
   * @return the outcome
   */
  Result attempt(String invoiceNumber, int attemptNumber, Charge charge, LocalDate on);

  /**
   * Returns the default processor: succeeds when the engine names a card to charge, fails with the
   * engine's reason (such as an expired card) when no charge is possible.
   *
   * @return the processor
   */
  static PaymentProcessor cardOnFile() {
    return (invoiceNumber, attemptNumber, charge, on) ->
        charge instanceof Charge.Impossible impossible
            ? Result.failed(impossible.reason())
            : Result.succeeded();
  }

  /**
   * Returns a processor that fails the first {@code failures} attempts of every invoice with {@code
   * reason} and then answers as {@link #cardOnFile()}: {@code failingFirst(3, "card declined")}
   * tells the story of a card that is declined until dunning gives up.
   *
   * @param failures how many attempts of each invoice fail, zero or more
   * @param reason the failure's reason
   * @return the processor
   * @throws IllegalArgumentException if {@code failures} is negative
   */
  static PaymentProcessor failingFirst(int failures, String reason) {
    if (failures < 0) {
      throw new IllegalArgumentException("failures must not be negative, was " + failures);
    }
    PaymentProcessor after = cardOnFile();
    return (invoiceNumber, attemptNumber, charge, on) ->
        attemptNumber <= failures
            ? Result.failed(reason)
            : after.attempt(invoiceNumber, attemptNumber, charge, on);
  }

  /**
   * Returns a processor that fails about one attempt in {@code oneIn} with {@code reason}, chosen
   * by a hash of the invoice number, the attempt number and the date (so teams created on different
   * days fail different invoices, and the same question always gets the same answer), and otherwise
   * answers as {@link #cardOnFile()}. {@code failingSometimes(4, "card declined")} gives lives with
   * retries, some invoices paid on the second or third attempt and a few that exhaust their
   * attempts and go through grace.
   *
   * @param oneIn how rare a failure is, 1 (every attempt fails) or more
   * @param reason the failure's reason
   * @return the processor
   * @throws IllegalArgumentException if {@code oneIn} is less than 1
   */
  static PaymentProcessor failingSometimes(int oneIn, String reason) {
    if (oneIn < 1) {
      throw new IllegalArgumentException("oneIn must be 1 or more, was " + oneIn);
    }
    PaymentProcessor after = cardOnFile();
    return (invoiceNumber, attemptNumber, charge, on) -> {
      int hash = 31 * (31 * invoiceNumber.hashCode() + attemptNumber) + on.hashCode();
      // spread the bits: consecutive dates and numbers differ in their low bits
      hash ^= hash >>> 16;
      hash *= 0x45d9f3b;
      hash ^= hash >>> 16;
      return Math.floorMod(hash, oneIn) == 0
          ? Result.failed(reason)
          : after.attempt(invoiceNumber, attemptNumber, charge, on);
    };
  }
}
