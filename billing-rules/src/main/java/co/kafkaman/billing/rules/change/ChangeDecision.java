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
package co.kafkaman.billing.rules.change;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Terms;
import java.util.List;
import java.util.Optional;

/**
 * The decision on a whole {@link ChangeRequest}: applied immediately (with its prorated lines),
 * accepted for renewal (recorded as the next terms), or refused with a code, a reason and, where
 * one exists, the timing that would be accepted. Never a half-applied state.
 *
 * <p>Examples for a Basic team with 3 monthly seats on {@code [2024-03-01, 2024-04-01)}, on
 * 2024-03-15: 5 seats "Immediately" is {@link Immediately} with the line {@code 2 x 12.00 x 17/31
 * days = 13.16}; Free "Immediately" is {@link Refused} with {@code BILL-401 CHANGE_ONLY_ON_RENEWAL}
 * and the alternative {@link Timing#ON_RENEWAL}; Free "On renewal" is {@link OnRenewal} with next
 * terms {@code FREE MONTHLY, 3 seats} from 2024-04-01.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ChangeDecision {

  /**
   * Returns a one-line summary of the decision.
   *
   * @return the summary
   */
  String summary();

  /**
   * Accepted and applied now: the new subscription, and the credit and charge lines to invoice
   * today, such as {@code CHANGE_CREDIT 1 x -10.00 x 15/30 days = -5.00} and {@code SEAT_PRORATION
   * 1 x 20.00 x 15/30 days = 10.00}.
   *
   * <p>The summary is rendered when first read; two summaries are equal when their texts are.
   *
   * @param subscription the subscription after the change
   * @param lines the prorated credit and charge lines to invoice now (may be empty when nothing is
   *     owed, such as seats on Free)
   * @param lazySummary what was done, rendered when first read
   */
  record Immediately(Subscription subscription, List<InvoiceLine> lines, Summary lazySummary)
      implements ChangeDecision {

    /**
     * Copies the lines.
     *
     * @param subscription the subscription after the change
     * @param lines the prorated credit and charge lines to invoice now (may be empty when nothing
     *     is owed, such as seats on Free)
     * @param lazySummary what was done, rendered when first read
     */
    public Immediately {
      lines = List.copyOf(lines);
    }

    /**
     * Creates the decision with its summary already written; copies the lines.
     *
     * @param subscription the subscription after the change
     * @param lines the prorated credit and charge lines to invoice now (may be empty when nothing
     *     is owed, such as seats on Free)
     * @param summary what was done
     */
    public Immediately(Subscription subscription, List<InvoiceLine> lines, String summary) {
      this(subscription, lines, Summary.of(summary));
    }

    @Override
    public String summary() {
      return lazySummary.text();
    }
  }

  /**
   * Accepted for the end of the current cycle: nothing is prorated or invoiced now; the renewal
   * starts the next cycle with {@code nextTerms}.
   *
   * @param nextTerms the terms the next cycle will start with
   * @param summary what was scheduled
   */
  record OnRenewal(Terms nextTerms, String summary) implements ChangeDecision {}

  /**
   * Refused: nothing changes. Example: {@code CHANGE_ONLY_ON_RENEWAL}, field {@code "timing"},
   * reason {@code "downgrade from BASIC to FREE can only apply on renewal (2024-04-01); On renewal
   * would be accepted"}, alternative {@code ON_RENEWAL}.
   *
   * @param code the stable error code
   * @param field the field at fault
   * @param reason why, naming the parts and values
   * @param alternative the timing that would be accepted for the same target, if any
   */
  record Refused(BillingErrorCode code, String field, String reason, Optional<Timing> alternative)
      implements ChangeDecision {
    @Override
    public String summary() {
      return "Refused (" + code.code() + "): " + reason;
    }
  }
}
