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

import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Subscription;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * How billing values appear in assertion failure messages: an invoice as {@link InvoiceText}
 * renders it (every line with its arithmetic), a team as a short summary (terms, cycle, next terms,
 * standing, credit, members, invoices), an outcome as its summary followed by its invoices.
 *
 * <p>Every assertion of this package uses it; pass {@link #INSTANCE} to AssertJ's {@code
 * withRepresentation} to get the same in other assertions.
 *
 * @since 0.1.0
 */
public class BillingRepresentation extends StandardRepresentation {

  /** The shared instance. */
  public static final BillingRepresentation INSTANCE = new BillingRepresentation();

  /** Creates the representation; prefer {@link #INSTANCE}. */
  protected BillingRepresentation() {}

  @Override
  protected String fallbackToStringOf(Object object) {
    if (object instanceof Invoice invoice) {
      return "\n" + InvoiceText.render(invoice);
    }
    if (object instanceof Team team) {
      return describe(team);
    }
    if (object instanceof Outcome outcome) {
      return describe(outcome);
    }
    return super.fallbackToStringOf(object);
  }

  /**
   * Returns a readable multi-line summary of a team.
   *
   * <pre>
   * team acme (USD) ACTIVE, account credit USD 0.00
   *   terms BASIC MONTHLY, 5 seats, cycle [2024-03-01, 2024-04-01), anchor 2024-03-01
   *   next terms: PROFESSIONAL MONTHLY, 5 seats
   *   3 members, 2 invoices (last KB-000002), 5 history entries
   * </pre>
   *
   * @param team the team
   * @return the summary, lines separated by {@code \n}
   */
  public static String describe(Team team) {
    Subscription subscription = team.subscription();
    StringBuilder out = new StringBuilder(256);
    out.append("team ")
        .append(team.id())
        .append(" (")
        .append(team.currency().getCurrencyCode())
        .append(") ")
        .append(team.standing())
        .append(", account credit ")
        .append(team.accountCredit())
        .append("\n  terms ")
        .append(subscription.terms())
        .append(", cycle ")
        .append(subscription.currentCycle())
        .append(", anchor ")
        .append(subscription.anchor())
        .append("\n  next terms: ")
        .append(subscription.nextTerms().map(Object::toString).orElse("renew unchanged"))
        .append("\n  ")
        .append(team.memberCount())
        .append(team.memberCount() == 1 ? " member, " : " members, ")
        .append(team.invoices().size())
        .append(" invoices");
    if (!team.invoices().isEmpty()) {
      out.append(" (last ")
          .append(team.invoices().get(team.invoices().size() - 1).number())
          .append(')');
    }
    out.append(", ").append(team.history().size()).append(" history entries");
    return out.toString();
  }

  /**
   * Returns a readable summary of an outcome: accepted or refused with its summary, then each
   * invoice issued and each notification intent.
   *
   * @param outcome the outcome
   * @return the summary, lines separated by {@code \n}
   */
  public static String describe(Outcome outcome) {
    StringBuilder out = new StringBuilder(256);
    out.append(outcome.isAccepted() ? "ACCEPTED " : "REFUSED ")
        .append(outcome.command().getClass().getSimpleName())
        .append(' ')
        .append(outcome.command().id())
        .append(": ")
        .append(outcome.summary());
    if (outcome instanceof Outcome.Accepted accepted) {
      for (Invoice invoice : accepted.invoices()) {
        out.append('\n').append(InvoiceText.render(invoice).stripTrailing());
      }
      for (NotificationIntent intent : accepted.notifications()) {
        out.append("\nnotify: ").append(intent);
      }
    }
    return out.toString();
  }
}
