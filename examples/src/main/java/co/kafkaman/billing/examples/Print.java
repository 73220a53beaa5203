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
package co.kafkaman.billing.examples;

import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Creation;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import java.io.PrintStream;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/**
 * Prints outcomes, invoices and history for the examples (examples may print; the library never
 * does).
 */
final class Print {
  private static final PrintStream OUT = System.out;

  private Print() {}

  static void title(String title) {
    OUT.println();
    OUT.println("=".repeat(100));
    OUT.println(title);
    OUT.println("=".repeat(100));
  }

  static void line(String text) {
    OUT.println(text);
  }

  static void outcome(String what, Outcome outcome) {
    OUT.println();
    OUT.println("> " + what);
    OUT.println("  " + (outcome.isAccepted() ? "ACCEPTED " : "") + outcome.summary());
    if (outcome instanceof Outcome.Accepted accepted) {
      for (Invoice invoice : accepted.invoices()) {
        invoice(invoice);
      }
      for (NotificationIntent intent : accepted.notifications()) {
        OUT.println("  notify: " + intent);
      }
      for (HistoryEntry entry : accepted.entries()) {
        OUT.println("  history: " + entry);
      }
    }
  }

  /**
   * Applies {@code command} on {@code date}, prints the outcome under {@code what}, returns the
   * team.
   */
  static Team step(BillingEngine engine, Team team, Command command, String date, String what) {
    Outcome outcome = engine.apply(team, command, LocalDate.parse(date));
    outcome(date + ": " + what, outcome);
    return outcome.team();
  }

  /** Creates team {@code acme} (owner ana) with {@code command}, prints it, returns the team. */
  static Team created(BillingEngine engine, Command.CreateTeam command, LocalDate on, String what) {
    Creation creation = engine.create(command, on);
    if (creation instanceof Outcome.Accepted accepted) {
      outcome(on + ": " + what, accepted);
      return accepted.team();
    }
    throw new IllegalStateException(creation.summary());
  }

  /** Returns the creation of team {@code acme}, owner ana, on {@code terms}. */
  static Command.CreateTeam createAcme(
      CurrencyUnit currency, LocalDate on, BillingDetails details, String prefix, Terms terms) {
    return new Command.CreateTeam(
        "c-1",
        "ana",
        "acme",
        currency,
        Member.of("ana", "ana@acme.test", on, Role.BILLING, Role.ADMIN),
        details,
        prefix,
        terms);
  }

  static void invoice(Invoice invoice) {
    OUT.println();
    OUT.print(InvoiceText.render(invoice).indent(2));
  }
}
