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
package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.payment.CardReference;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.payment.PaymentOutcome;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The step commands of format version 1: subscription, member, auto-flex, card and payment
 * commands.
 */
final class StandardCommands {
  static final Set<String> TERMS_KEYS = Set.of("plan", "frequency", "seats", "blocks");

  private StandardCommands() {}

  static Map<String, CommandReader> all() {
    Map<String, CommandReader> readers = new LinkedHashMap<>();
    readers.put("change", StandardCommands::change);
    readers.put("standingInstructions", StandardCommands::standingInstructions);
    readers.put("clearStandingInstructions", (value, catalog) -> clear(value));
    readers.put("renew", (value, catalog) -> renew(value));
    readers.put("cancel", (value, catalog) -> cancel(value));
    readers.put("pause", (value, catalog) -> pause(value));
    readers.put("resume", (value, catalog) -> resume(value));
    readers.put("changeBillingDay", (value, catalog) -> changeBillingDay(value));
    readers.put("downgradeToFree", StandardCommands::downgradeToFree);
    readers.put("addMember", (value, catalog) -> addMember(value));
    readers.put("removeMember", (value, catalog) -> removeMember(value));
    readers.put("enableAutoFlex", (value, catalog) -> enableAutoFlex(value));
    readers.put("addCard", (value, catalog) -> addCard(value));
    readers.put("removeCard", (value, catalog) -> card(value, Command.RemoveCard::new));
    readers.put("setPrimaryCard", (value, catalog) -> card(value, Command.SetPrimaryCard::new));
    readers.put("reportPayment", (value, catalog) -> reportPayment(value));
    readers.put("recordPayment", (value, catalog) -> recordPayment(value));
    readers.put("voidInvoice", (value, catalog) -> voidInvoice(value));
    readers.put("recordUsage", (value, catalog) -> recordUsage(value, catalog));
    readers.put("setOverage", (value, catalog) -> setOverage(value, catalog));
    readers.put("updateBillingDetails", (value, catalog) -> updateBillingDetails(value));
    return readers;
  }

  /**
   * A command that carries an instant: the one the command names, else the step's {@code at:}, else
   * the start of the step's day (UTC).
   */
  private interface DatedCommand {
    Command of(String id, String actor, Instant at);
  }

  private static StepCommand dated(
      Map<String, ScenarioNode> fields, String instantKey, String name, DatedCommand command) {
    Instant named = fields.containsKey(instantKey) ? fields.get(instantKey).asInstant() : null;
    return new StepCommand() {
      @Override
      public Command toCommand(Team team, String id, String actor) {
        if (named == null) {
          throw new IllegalStateException(
              name + " without '" + instantKey + "' needs the step's date");
        }
        return command.of(id, actor, named);
      }

      @Override
      public Command toCommand(Team team, String id, String actor, LocalDate on) {
        return command.of(
            id, actor, named != null ? named : on.atStartOfDay(ZoneOffset.UTC).toInstant());
      }

      @Override
      public Command toCommand(Team team, String id, String actor, LocalDate on, Instant at) {
        return command.of(id, actor, named != null ? named : at);
      }
    };
  }

  /**
   * {@code recordUsage: {resource, quantity, source, at}}: a usage reading; {@code source} defaults
   * to {@code scenario}, {@code at} to the step's own {@code at:}, else the start of the step's day
   * (UTC).
   */
  private static StepCommand recordUsage(ScenarioNode value, Catalog catalog) {
    Map<String, ScenarioNode> fields =
        value.entries(Set.of("resource", "quantity", "source", "at"));
    ResourceId resource = value.get("resource").asResource(catalog);
    long quantity = value.get("quantity").asLong();
    String source = fields.containsKey("source") ? fields.get("source").text() : "scenario";
    return dated(
        fields,
        "at",
        "recordUsage",
        (id, actor, at) -> new Command.RecordUsage(id, actor, resource, quantity, source, at));
  }

  /**
   * {@code setOverage: {resource, allowed, from}}: overage allowed (default {@code true}) or not,
   * from the instant {@code from} names, else the step's {@code at:}, else the start of the step's
   * day (UTC).
   */
  private static StepCommand setOverage(ScenarioNode value, Catalog catalog) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("resource", "allowed", "from"));
    ResourceId resource = value.get("resource").asResource(catalog);
    boolean allowed = !fields.containsKey("allowed") || fields.get("allowed").asBoolean();
    return dated(
        fields,
        "from",
        "setOverage",
        (id, actor, from) -> new Command.SetOverage(id, actor, resource, allowed, from));
  }

  /**
   * {@code updateBillingDetails: {company, email, address, vatId}}: the details future invoices
   * copy; keys left out keep the team's current values.
   */
  private static StepCommand updateBillingDetails(ScenarioNode value) {
    Map<String, ScenarioNode> fields =
        value.entries(Set.of("company", "email", "address", "vatId"));
    return (team, id, actor) -> {
      BillingDetails current = team.billingDetails();
      return new Command.UpdateBillingDetails(
          id,
          actor,
          new BillingDetails(
              text(fields, "company", current.companyName()),
              text(fields, "email", current.billingEmail()),
              text(fields, "address", current.address()),
              text(fields, "vatId", current.vatId())));
    };
  }

  private static String text(Map<String, ScenarioNode> fields, String key, String otherwise) {
    return fields.containsKey(key) ? fields.get(key).text() : otherwise;
  }

  /** {@code change: {plan, frequency, seats, blocks, timing, salesAssisted}}. */
  private static StepCommand change(
      ScenarioNode value, co.kafkaman.billing.model.catalog.Catalog c) {
    Set<String> keys = new java.util.HashSet<>(TERMS_KEYS);
    keys.add("timing");
    keys.add("salesAssisted");
    Map<String, ScenarioNode> fields = value.entries(keys);
    UnaryOperator<Terms> target = terms(value, fields, c);
    Timing timing =
        fields.containsKey("timing")
            ? fields.get("timing").asEnum(Timing.class)
            : Timing.IMMEDIATELY;
    boolean sales = fields.containsKey("salesAssisted") && fields.get("salesAssisted").asBoolean();
    return (team, id, actor) ->
        new Command.ChangeSubscription(
            id, actor, new ChangeRequest(target.apply(team.subscription().terms()), timing, sales));
  }

  /** {@code standingInstructions: {plan, frequency, seats, blocks}}, over the current terms. */
  private static StepCommand standingInstructions(
      ScenarioNode value, co.kafkaman.billing.model.catalog.Catalog c) {
    UnaryOperator<Terms> next = terms(value, value.entries(TERMS_KEYS), c);
    return (team, id, actor) ->
        new Command.SetStandingInstructions(id, actor, next.apply(team.subscription().terms()));
  }

  private static StepCommand clear(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.ClearStandingInstructions(id, actor);
  }

  /**
   * {@code pause: {}}: pauses billing, where the change policy offers it ({@code Command.Pause}).
   */
  private static StepCommand pause(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.Pause(id, actor);
  }

  /** {@code resume: {}}: resumes with a new cycle from the day ({@code Command.Resume}). */
  private static StepCommand resume(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.Resume(id, actor);
  }

  /**
   * {@code changeBillingDay: {day: 11}}: the cycles align to another day of the month from the next
   * renewal on, which bills the bridge to it pro rata ({@code Command.ChangeBillingDay}).
   */
  private static StepCommand changeBillingDay(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("day"));
    ScenarioNode day = fields.get("day");
    if (day == null) {
      throw value.error("changeBillingDay needs a day (1 to 31)");
    }
    int billingDay = day.asInt();
    if (billingDay < 1 || billingDay > 31) {
      throw day.error("'" + day.text() + "' is not a day of the month (1 to 31)");
    }
    return (team, id, actor) -> new Command.ChangeBillingDay(id, actor, billingDay);
  }

  /**
   * {@code cancel: {}}: cancels as the change policy says, at the end of the term or immediately
   * ({@code Command.Cancel}).
   */
  private static StepCommand cancel(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.Cancel(id, actor);
  }

  /**
   * {@code downgradeToFree: {}}: standing instructions to move to the catalog's free plan at
   * renewal, keeping frequency and seats ({@code SetStandingInstructions.downgradeToFree}).
   */
  private static StepCommand downgradeToFree(ScenarioNode value, Catalog catalog) {
    requireEmpty(value);
    if (catalog.freePlan().isEmpty()) {
      throw value.error("the catalog has no free plan to downgrade to");
    }
    return (team, id, actor) ->
        Command.SetStandingInstructions.downgradeToFree(
            id, actor, team.subscription().terms(), catalog);
  }

  private static StepCommand renew(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.Renew(id, actor);
  }

  /** {@code addMember: {member, email}}; email defaults to {@code <member>@acme.test}. */
  private static StepCommand addMember(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("member", "email"));
    String member = value.get("member").text();
    String email = fields.containsKey("email") ? fields.get("email").text() : member + "@acme.test";
    return (team, id, actor) -> Command.AddMember.of(id, actor, member, email);
  }

  /** {@code removeMember: {member}}. */
  private static StepCommand removeMember(ScenarioNode value) {
    value.entries(Set.of("member"));
    String member = value.get("member").text();
    return (team, id, actor) -> new Command.RemoveMember(id, actor, member);
  }

  /** {@code enableAutoFlex: {termsAccepted}}; accepted unless {@code false}. */
  private static StepCommand enableAutoFlex(ScenarioNode value) {
    boolean accepted =
        value.isNull()
            || !value.entries(Set.of("termsAccepted")).containsKey("termsAccepted")
            || value.get("termsAccepted").asBoolean();
    return (team, id, actor) -> new Command.EnableAutoFlex(id, actor, accepted);
  }

  /** {@code addCard: {token, brand, last4, expiry}}; expiry like {@code 2027-08}. */
  private static StepCommand addCard(ScenarioNode value) {
    CardReference card = cardReference(value);
    return (team, id, actor) -> new Command.AddCard(id, actor, card);
  }

  /**
   * Reads {@code {token, brand, last4, expiry}} as a card reference: brand {@code visa}, last 4
   * digits {@code 4242} and expiry {@code 2099-12} unless given. Also the team's {@code card:}.
   */
  static CardReference cardReference(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("token", "brand", "last4", "expiry"));
    String token = value.get("token").text();
    String brand = fields.containsKey("brand") ? fields.get("brand").text() : "visa";
    String last4 = fields.containsKey("last4") ? fields.get("last4").text() : "4242";
    YearMonth expiry;
    try {
      expiry =
          fields.containsKey("expiry")
              ? YearMonth.parse(fields.get("expiry").text())
              : YearMonth.of(2099, 12);
    } catch (java.time.format.DateTimeParseException e) {
      ScenarioNode expiryNode = value.get("expiry");
      throw expiryNode.error("'" + expiryNode.text() + "' is not a month like 2027-08");
    }
    return new CardReference(token, brand, last4, expiry);
  }

  private interface CardCommand {
    Command of(String id, String actor, String token);
  }

  /** {@code removeCard: {token}} and {@code setPrimaryCard: {token}}. */
  private static StepCommand card(ScenarioNode value, CardCommand command) {
    value.entries(Set.of("token"));
    String token = value.get("token").text();
    return (team, id, actor) -> command.of(id, actor, token);
  }

  /** {@code reportPayment: {invoice, outcome, reason}}. */
  private static StepCommand reportPayment(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("invoice", "outcome", "reason"));
    String invoice = value.get("invoice").text();
    PaymentOutcome outcome = value.get("outcome").asEnum(PaymentOutcome.class);
    String reason = fields.containsKey("reason") ? fields.get("reason").text() : "";
    return (team, id, actor) ->
        new Command.ReportPaymentAttempt(id, actor, invoice, outcome, reason);
  }

  /** {@code recordPayment: {invoice, channel}}: the invoice's total due, received online. */
  private static StepCommand recordPayment(ScenarioNode value) {
    Map<String, ScenarioNode> fields = value.entries(Set.of("invoice", "channel"));
    ScenarioNode at = value.get("invoice");
    String invoice = at.text();
    PaymentChannel channel =
        fields.containsKey("channel")
            ? fields.get("channel").asEnum(PaymentChannel.class)
            : PaymentChannel.ONLINE;
    return (team, id, actor) ->
        new Command.RecordPayment(
            id,
            actor,
            invoice,
            channel,
            team.invoices().stream()
                .filter(i -> i.number().equals(invoice))
                .findFirst()
                .orElseThrow(() -> at.error("names no invoice of the team"))
                .totalDue());
  }

  /** {@code voidInvoice: {invoice}}. */
  private static StepCommand voidInvoice(ScenarioNode value) {
    value.entries(Set.of("invoice"));
    String invoice = value.get("invoice").text();
    return (team, id, actor) -> new Command.VoidInvoice(id, actor, invoice);
  }

  private static void requireEmpty(ScenarioNode value) {
    if (!value.isNull() && !(value.isMapping() && value.entries().isEmpty())) {
      throw value.error("takes no value; write '{}' or nothing");
    }
  }

  /**
   * Reads terms keys into a change of terms: {@code plan}, {@code frequency}, {@code seats} (a
   * number, or {@code +2} / {@code -1} relative to the current seats) and {@code blocks} (per
   * resource, absolute or relative; resources not named keep their blocks).
   */
  static UnaryOperator<Terms> terms(
      ScenarioNode value, Map<String, ScenarioNode> fields, Catalog catalog) {
    PlanId tier = fields.containsKey("plan") ? fields.get("plan").asPlan(catalog) : null;
    BillingFrequency frequency =
        fields.containsKey("frequency") ? fields.get("frequency").asFrequency() : null;
    Quantity seats = fields.containsKey("seats") ? Quantity.read(fields.get("seats")) : null;
    Map<ResourceId, Quantity> blocks = new LinkedHashMap<>();
    if (fields.containsKey("blocks")) {
      for (ScenarioNode block : fields.get("blocks").entries().values()) {
        blocks.put(
            block.parseResource(catalog, CatalogReader.lastKey(block)), Quantity.read(block));
      }
    }
    if (fields.isEmpty()) {
      throw value.error(
          "names no terms; give at least one of " + new java.util.TreeSet<>(TERMS_KEYS));
    }
    return current -> {
      Terms terms = current;
      if (tier != null) {
        terms = terms.withPlan(tier);
      }
      if (frequency != null) {
        terms = terms.withFrequency(frequency);
      }
      if (seats != null) {
        terms = terms.withSeats(seats.applyTo(terms.seats()));
      }
      for (Map.Entry<ResourceId, Quantity> block : blocks.entrySet()) {
        terms =
            terms.withBlocks(
                block.getKey(), block.getValue().applyTo(terms.blocks(block.getKey())));
      }
      return terms;
    };
  }

  /** An absolute count, or a signed change of the current count. */
  record Quantity(int value, boolean relative, ScenarioNode at) {
    static Quantity read(ScenarioNode node) {
      String text = node.text();
      boolean relative = text.startsWith("+") || text.startsWith("-");
      int value = node.asInt();
      if (!relative && value < 0) {
        throw node.error("'" + text + "' is negative");
      }
      return new Quantity(value, relative, node);
    }

    int applyTo(int current) {
      int result = relative ? current + value : value;
      if (result < 0) {
        throw at.error(current + " " + (value < 0 ? "" : "+") + value + " is below zero");
      }
      return result;
    }
  }
}
