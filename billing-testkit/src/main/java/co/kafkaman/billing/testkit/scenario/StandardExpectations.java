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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.history.HistoryEntry;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.NotificationKind;
import co.kafkaman.billing.model.history.Recipients;
import co.kafkaman.billing.model.invoice.Invoice;
import co.kafkaman.billing.model.invoice.InvoiceLine;
import co.kafkaman.billing.model.invoice.InvoiceStatus;
import co.kafkaman.billing.model.invoice.LineKind;
import co.kafkaman.billing.model.team.Standing;
import co.kafkaman.billing.model.team.Team;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import co.kafkaman.billing.rules.engine.Outcome;
import co.kafkaman.billing.rules.invoicing.InvoiceText;
import co.kafkaman.billing.rules.renewal.RenewalQuote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;

/** The expectations of format version 1: outcome, invoices, notifications, history, team, quote. */
final class StandardExpectations {
  private static final Set<String> INVOICE =
      Set.of(
          "number",
          "lines",
          "subtotal",
          "creditsApplied",
          "total",
          "status",
          "issued",
          "due",
          "vatId",
          "companyName");
  private static final Set<String> LINE =
      Set.of(
          "kind",
          "amount",
          "quantity",
          "unitPrice",
          "fraction",
          "explanation",
          "description",
          "period");
  private static final Set<String> NOTIFICATION =
      Set.of("kind", "recipients", "to", "dueOn", "messageContains");
  private static final Set<String> TEAM =
      Set.of(
          "standing",
          "plan",
          "frequency",
          "seats",
          "blocks",
          "members",
          "accountCredit",
          "cycle",
          "nextTerms",
          "ended",
          "invoices");
  private static final Set<String> QUOTE = Set.of("total", "lines", "cycle", "renewsOn");

  private StandardExpectations() {}

  static Map<String, ExpectationReader> all() {
    Map<String, ExpectationReader> readers = new LinkedHashMap<>();
    readers.put("outcome", (value, catalog) -> outcome(value));
    readers.put("reason", (value, catalog) -> reason(value));
    readers.put("alternative", (value, catalog) -> alternative(value));
    readers.put("invoices", StandardExpectations::invoices);
    readers.put("notifications", (value, catalog) -> notifications(value));
    readers.put("history", (value, catalog) -> history(value));
    readers.put("team", StandardExpectations::team);
    readers.put("renewalQuote", StandardExpectations::renewalQuote);
    return readers;
  }

  // ---- outcome -------------------------------------------------------------------------------

  /** {@code outcome: accepted}, {@code refused}, {@code refused BILL-401} or the code's name. */
  private static Check outcome(ScenarioNode value) {
    String[] parts = value.text().split("\\s+", 2);
    String kind = parts[0].toLowerCase(java.util.Locale.ROOT);
    if (!kind.equals("accepted") && !kind.equals("refused")) {
      throw value.error(
          "'" + value.text() + "' is not 'accepted', 'refused' or 'refused BILL-nnn'");
    }
    if (kind.equals("accepted") && parts.length > 1) {
      throw value.error("'accepted' takes no code");
    }
    BillingErrorCode code = parts.length > 1 ? errorCode(value, parts[1]) : null;
    String expected = code == null ? kind : "refused " + code.code() + " " + code;
    return result -> {
      Outcome outcome = commandOutcome(value, result);
      boolean holds =
          kind.equals("accepted")
              ? outcome.isAccepted()
              : outcome instanceof Outcome.Refused r && (code == null || r.code() == code);
      return holds ? List.of() : List.of(mismatch(value, expected, describe(outcome)));
    };
  }

  private static Check reason(ScenarioNode value) {
    String text = value.text();
    return result -> {
      Outcome outcome = commandOutcome(value, result);
      return outcome instanceof Outcome.Refused r && r.reason().contains(text)
          ? List.of()
          : List.of(
              mismatch(
                  value, "refused, the reason mentioning \"" + text + "\"", describe(outcome)));
    };
  }

  /** {@code alternative: none}, {@code any}, or a timing ({@code on renewal}). */
  private static Check alternative(ScenarioNode value) {
    String text = value.text().toLowerCase(java.util.Locale.ROOT);
    Timing timing = text.equals("none") || text.equals("any") ? null : value.asEnum(Timing.class);
    return result -> {
      Outcome outcome = commandOutcome(value, result);
      java.util.Optional<Command> alternative =
          outcome instanceof Outcome.Refused r ? r.alternative() : java.util.Optional.empty();
      boolean holds;
      if (text.equals("none")) {
        holds = alternative.isEmpty();
      } else if (timing == null) {
        holds = alternative.isPresent();
      } else {
        holds =
            alternative.isPresent()
                && alternative.get() instanceof Command.ChangeSubscription change
                && change.request().timing() == timing;
      }
      return holds
          ? List.of()
          : List.of(
              mismatch(
                  value,
                  "alternative " + text,
                  alternative.map(Object::toString).orElse("no alternative")));
    };
  }

  // ---- invoices ------------------------------------------------------------------------------

  /** {@code invoices: [...]}: exactly the invoices the step issued, in order. */
  private static Check invoices(ScenarioNode value, Catalog catalog) {
    List<ScenarioNode> expected = value.elements();
    List<Function<Invoice, List<Mismatch>>> checks = new ArrayList<>();
    for (ScenarioNode invoice : expected) {
      checks.add(invoice(invoice, catalog.currency()));
    }
    return result -> {
      List<Invoice> actual = result.invoices();
      List<Mismatch> mismatches = new ArrayList<>();
      if (actual.size() != expected.size()) {
        mismatches.add(
            mismatch(
                value,
                expected.size() + (expected.size() == 1 ? " invoice" : " invoices"),
                actual.size() + (actual.size() == 1 ? " invoice" : " invoices") + render(actual)));
        return mismatches;
      }
      for (int i = 0; i < actual.size(); i++) {
        mismatches.addAll(checks.get(i).apply(actual.get(i)));
      }
      return mismatches;
    };
  }

  private static Function<Invoice, List<Mismatch>> invoice(
      ScenarioNode node, CurrencyUnit currency) {
    Map<String, ScenarioNode> fields = node.entries(INVOICE);
    List<Function<Invoice, List<Mismatch>>> checks = new ArrayList<>();
    field(checks, fields, "number", v -> v.text(), Invoice::number);
    field(checks, fields, "subtotal", v -> v.asAmount(currency), Invoice::subtotal);
    field(checks, fields, "creditsApplied", v -> v.asAmount(currency), Invoice::creditsApplied);
    field(checks, fields, "total", v -> v.asAmount(currency), Invoice::totalDue);
    field(checks, fields, "status", v -> v.asEnum(InvoiceStatus.class), Invoice::status);
    field(checks, fields, "issued", ScenarioNode::asDate, Invoice::issueDate);
    field(checks, fields, "due", ScenarioNode::asDate, Invoice::dueDate);
    field(checks, fields, "vatId", ScenarioNode::text, i -> i.billingDetails().vatId());
    field(checks, fields, "companyName", ScenarioNode::text, i -> i.billingDetails().companyName());
    if (fields.containsKey("lines")) {
      Function<List<InvoiceLine>, List<Mismatch>> lines = lines(fields.get("lines"), currency);
      checks.add(invoice -> lines.apply(invoice.lines()));
    }
    return invoice -> {
      List<Mismatch> mismatches = new ArrayList<>();
      for (Function<Invoice, List<Mismatch>> check : checks) {
        mismatches.addAll(check.apply(invoice));
      }
      mismatches.sort(java.util.Comparator.comparingInt(Mismatch::line));
      if (!mismatches.isEmpty()) {
        Mismatch last = mismatches.remove(mismatches.size() - 1);
        mismatches.add(
            new Mismatch(
                last.line(),
                last.key(),
                last.expected(),
                last.actual() + "\nin invoice:\n" + InvoiceText.render(invoice).stripTrailing()));
      }
      return mismatches;
    };
  }

  private static <T> void field(
      List<Function<Invoice, List<Mismatch>>> checks,
      Map<String, ScenarioNode> fields,
      String key,
      Function<ScenarioNode, T> read,
      Function<Invoice, ?> actual) {
    ScenarioNode node = fields.get(key);
    if (node == null) {
      return;
    }
    T expected = read.apply(node);
    checks.add(invoice -> compare(node, expected, actual.apply(invoice)));
  }

  /** {@code lines: [...]}: exactly these lines, in order. */
  static Function<List<InvoiceLine>, List<Mismatch>> lines(
      ScenarioNode value, CurrencyUnit currency) {
    List<ScenarioNode> expected = value.elements();
    List<Function<InvoiceLine, List<Mismatch>>> checks = new ArrayList<>();
    for (ScenarioNode line : expected) {
      checks.add(line(line, currency));
    }
    return actual -> {
      if (actual.size() != expected.size()) {
        StringBuilder lines = new StringBuilder();
        actual.forEach(line -> lines.append('\n').append(describe(line)));
        return List.of(
            mismatch(value, expected.size() + " lines", actual.size() + " lines:" + lines));
      }
      List<Mismatch> mismatches = new ArrayList<>();
      for (int i = 0; i < actual.size(); i++) {
        mismatches.addAll(checks.get(i).apply(actual.get(i)));
      }
      return mismatches;
    };
  }

  /** A line: {@code "KIND explanation"} or {@code {kind, amount, quantity, ...}}. */
  private static Function<InvoiceLine, List<Mismatch>> line(
      ScenarioNode node, CurrencyUnit currency) {
    if (node.isScalar()) {
      String[] parts = node.text().split("\\s+", 2);
      LineKind kind = node.parseEnum(LineKind.class, parts[0]);
      String explanation = parts.length > 1 ? parts[1] : null;
      String expected = kind + (explanation == null ? "" : " " + explanation);
      return line ->
          line.kind() == kind && (explanation == null || line.explanation().equals(explanation))
              ? List.of()
              : List.of(mismatch(node, expected, describe(line)));
    }
    Map<String, ScenarioNode> fields = node.entries(LINE);
    List<Function<InvoiceLine, Boolean>> tests = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (Map.Entry<String, ScenarioNode> field : fields.entrySet()) {
      ScenarioNode v = field.getValue();
      wanted.add(field.getKey() + " " + v.text());
      switch (field.getKey()) {
        case "kind" -> {
          LineKind kind = v.asEnum(LineKind.class);
          tests.add(line -> line.kind() == kind);
        }
        case "amount" -> {
          var amount = v.asAmount(currency);
          tests.add(line -> line.amount().equals(amount));
        }
        case "unitPrice" -> {
          var price = v.asAmount(currency);
          tests.add(line -> line.unitPrice().equals(price));
        }
        case "quantity" -> {
          long quantity = v.asLong();
          tests.add(line -> line.quantity() == quantity);
        }
        case "fraction" -> {
          String fraction = v.text();
          tests.add(line -> line.fraction().toString().equals(fraction));
        }
        case "explanation" -> {
          String text = v.text();
          tests.add(line -> line.explanation().equals(text));
        }
        case "description" -> {
          String text = v.text();
          tests.add(line -> line.description().equals(text));
        }
        default -> {
          String period = period(v);
          tests.add(line -> period(line.servicePeriod()).equals(period));
        }
      }
    }
    String expected = String.join(", ", wanted);
    return line -> {
      for (Function<InvoiceLine, Boolean> test : tests) {
        if (!test.apply(line)) {
          return List.of(mismatch(node, expected, describe(line)));
        }
      }
      return List.of();
    };
  }

  // ---- notifications and history -------------------------------------------------------------

  /** {@code notifications: [...]}: exactly the intents of the step, in order. */
  private static Check notifications(ScenarioNode value) {
    List<ScenarioNode> expected = value.elements();
    List<Function<NotificationIntent, Boolean>> tests = new ArrayList<>();
    for (ScenarioNode node : expected) {
      tests.add(notification(node));
    }
    return result -> {
      List<NotificationIntent> actual = result.notifications();
      StringBuilder all = new StringBuilder(actual.size() + " notifications");
      actual.forEach(intent -> all.append('\n').append(intent));
      if (actual.size() != expected.size()) {
        return List.of(mismatch(value, expected.size() + " notifications", all.toString()));
      }
      List<Mismatch> mismatches = new ArrayList<>();
      for (int i = 0; i < actual.size(); i++) {
        if (!tests.get(i).apply(actual.get(i))) {
          ScenarioNode node = expected.get(i);
          mismatches.add(
              mismatch(
                  node,
                  node.isScalar() ? node.text() : node.entries().toString(),
                  actual.get(i).toString()));
        }
      }
      return mismatches;
    };
  }

  private static Function<NotificationIntent, Boolean> notification(ScenarioNode node) {
    if (node.isScalar()) {
      NotificationKind kind = node.asEnum(NotificationKind.class);
      return intent -> intent.kind() == kind;
    }
    Map<String, ScenarioNode> fields = node.entries(NOTIFICATION);
    List<Function<NotificationIntent, Boolean>> tests = new ArrayList<>();
    fields.forEach(
        (key, v) -> {
          switch (key) {
            case "kind" -> {
              NotificationKind kind = v.asEnum(NotificationKind.class);
              tests.add(intent -> intent.kind() == kind);
            }
            case "recipients" -> {
              Recipients recipients = v.asEnum(Recipients.class);
              tests.add(intent -> intent.recipients() == recipients);
            }
            case "to" -> {
              List<String> to = new ArrayList<>();
              v.elements().forEach(address -> to.add(address.text()));
              tests.add(intent -> intent.to().equals(to));
            }
            case "dueOn" -> {
              LocalDate dueOn = v.asDate();
              tests.add(intent -> intent.dueOn().equals(dueOn));
            }
            default -> {
              String text = v.text();
              tests.add(intent -> intent.message().contains(text));
            }
          }
        });
    return intent -> tests.stream().allMatch(test -> test.apply(intent));
  }

  /** {@code history: [KIND, ...]}: the kinds of the entries the step appended, in order. */
  private static Check history(ScenarioNode value) {
    List<String> expected = new ArrayList<>();
    for (ScenarioNode kind : value.elements()) {
      expected.add(kind.asEnum(co.kafkaman.billing.model.history.EntryKind.class).name());
    }
    return result -> {
      List<String> actual = new ArrayList<>();
      StringBuilder entries = new StringBuilder();
      for (HistoryEntry entry : result.entries()) {
        actual.add(entry.kind().name());
        entries.append('\n').append(entry);
      }
      return actual.equals(expected)
          ? List.of()
          : List.of(mismatch(value, expected.toString(), actual.toString() + entries));
    };
  }

  // ---- team and quote ------------------------------------------------------------------------

  /** {@code team: {standing, plan, frequency, seats, blocks, members, accountCredit, ...}}. */
  private static Check team(ScenarioNode value, Catalog catalog) {
    Map<String, ScenarioNode> fields = value.entries(TEAM);
    List<Function<Team, List<Mismatch>>> checks = new ArrayList<>();
    fields.forEach(
        (key, v) -> {
          switch (key) {
            case "standing" -> {
              Standing standing = v.asEnum(Standing.class);
              checks.add(team -> compare(v, standing, team.standing()));
            }
            case "plan" -> {
              PlanId tier = v.asPlan(catalog);
              checks.add(team -> compare(v, tier, team.subscription().terms().plan()));
            }
            case "frequency" -> {
              BillingFrequency frequency = v.asFrequency();
              checks.add(team -> compare(v, frequency, team.subscription().terms().frequency()));
            }
            case "seats" -> {
              long seats = v.asLong();
              checks.add(team -> compare(v, seats, (long) team.subscription().terms().seats()));
            }
            case "blocks" -> {
              Map<ResourceId, Integer> blocks = blocks(v, catalog);
              checks.add(
                  team ->
                      compare(v, blocks, new TreeMap<>(team.subscription().terms().addOnBlocks())));
            }
            case "members" -> {
              long members = v.asLong();
              checks.add(team -> compare(v, members, (long) team.memberCount()));
            }
            case "accountCredit" -> {
              var credit = v.asAmount(catalog.currency());
              checks.add(team -> compare(v, credit, team.accountCredit()));
            }
            case "cycle" -> {
              String cycle = period(v);
              checks.add(team -> compare(v, cycle, period(team.subscription().currentCycle())));
            }
            case "nextTerms" -> checks.add(nextTerms(v, catalog));
            case "ended" -> {
              boolean ended = v.asBoolean();
              checks.add(team -> compare(v, ended, team.subscription().ended()));
            }
            default -> {
              long invoices = v.asLong();
              checks.add(team -> compare(v, invoices, (long) team.invoices().size()));
            }
          }
        });
    return result -> {
      List<Mismatch> mismatches = new ArrayList<>();
      for (Function<Team, List<Mismatch>> check : checks) {
        mismatches.addAll(check.apply(result.team()));
      }
      return mismatches;
    };
  }

  /** {@code nextTerms: none} or the fields the next terms must have. */
  private static Function<Team, List<Mismatch>> nextTerms(ScenarioNode v, Catalog catalog) {
    if (v.isScalar()) {
      if (!v.text().equalsIgnoreCase("none")) {
        throw v.error("'" + v.text() + "' is not 'none' or terms (plan, frequency, seats, blocks)");
      }
      return team ->
          compare(v, "none", team.subscription().nextTerms().map(Terms::toString).orElse("none"));
    }
    Map<String, ScenarioNode> fields = v.entries(StandardCommands.TERMS_KEYS);
    PlanId tier = fields.containsKey("plan") ? fields.get("plan").asPlan(catalog) : null;
    BillingFrequency frequency =
        fields.containsKey("frequency") ? fields.get("frequency").asFrequency() : null;
    Integer seats = fields.containsKey("seats") ? fields.get("seats").asInt() : null;
    Map<ResourceId, Integer> blocks =
        fields.containsKey("blocks") ? blocks(fields.get("blocks"), catalog) : null;
    String expected =
        String.join(
            ", ",
            fields.entrySet().stream()
                .map(
                    e ->
                        e.getKey() + " " + (e.getValue().isScalar() ? e.getValue().text() : blocks))
                .toList());
    return team -> {
      var next = team.subscription().nextTerms();
      boolean holds =
          next.isPresent()
              && (tier == null || next.get().plan().equals(tier))
              && (frequency == null || next.get().frequency().equals(frequency))
              && (seats == null || next.get().seats() == seats)
              && (blocks == null || new TreeMap<>(next.get().addOnBlocks()).equals(blocks));
      return holds
          ? List.of()
          : List.of(
              mismatch(v, expected, next.map(Terms::toString).orElse("none (renew unchanged)")));
    };
  }

  /** {@code renewalQuote: {total, lines, cycle, renewsOn}}: the expected cost upon renewal. */
  private static Check renewalQuote(ScenarioNode value, Catalog catalog) {
    Map<String, ScenarioNode> fields = value.entries(QUOTE);
    var total =
        fields.containsKey("total") ? fields.get("total").asAmount(catalog.currency()) : null;
    String cycle = fields.containsKey("cycle") ? period(fields.get("cycle")) : null;
    LocalDate renewsOn = fields.containsKey("renewsOn") ? fields.get("renewsOn").asDate() : null;
    Function<List<InvoiceLine>, List<Mismatch>> lines =
        fields.containsKey("lines") ? lines(fields.get("lines"), catalog.currency()) : null;
    return result -> {
      RenewalQuote quote = result.engine().quoteRenewal(result.team());
      List<Mismatch> mismatches = new ArrayList<>();
      if (total != null) {
        mismatches.addAll(compare(value.get("total"), total, quote.total()));
      }
      if (cycle != null) {
        mismatches.addAll(compare(value.get("cycle"), cycle, period(quote.nextCycle())));
      }
      if (renewsOn != null) {
        mismatches.addAll(compare(value.get("renewsOn"), renewsOn, quote.renewsOn()));
      }
      if (lines != null) {
        mismatches.addAll(lines.apply(quote.lines()));
      }
      return mismatches;
    };
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Map<ResourceId, Integer> blocks(ScenarioNode node, Catalog catalog) {
    Map<ResourceId, Integer> blocks = new TreeMap<>();
    for (ScenarioNode block : node.entries().values()) {
      int count = block.asInt();
      if (count > 0) {
        blocks.put(block.parseResource(catalog, CatalogReader.lastKey(block)), count);
      }
    }
    return blocks;
  }

  /** Reads a period written {@code 2024-03-01/2024-04-01} (start inclusive, end exclusive). */
  private static String period(ScenarioNode node) {
    String[] parts = node.text().split("/");
    if (parts.length != 2) {
      throw node.error("'" + node.text() + "' is not a period like 2024-03-01/2024-04-01");
    }
    try {
      return LocalDate.parse(parts[0].trim()) + "/" + LocalDate.parse(parts[1].trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw node.error("'" + node.text() + "' is not a period like 2024-03-01/2024-04-01");
    }
  }

  private static String period(co.kafkaman.billing.model.time.DateRange range) {
    return range.start() + "/" + range.endExclusive();
  }

  private static Outcome commandOutcome(ScenarioNode at, StepResult result) {
    return result
        .outcome()
        .orElseThrow(() -> at.error("the step has no command, so it has no outcome to check"));
  }

  private static BillingErrorCode errorCode(ScenarioNode at, String text) {
    for (BillingErrorCode code : BillingErrorCode.values()) {
      if (code.code().equalsIgnoreCase(text.trim()) || code.name().equalsIgnoreCase(text.trim())) {
        return code;
      }
    }
    throw at.error("'" + text + "' is not an error code like BILL-401 or CHANGE_ONLY_ON_RENEWAL");
  }

  private static List<Mismatch> compare(ScenarioNode at, Object expected, Object actual) {
    return expected.equals(actual)
        ? List.of()
        : List.of(mismatch(at, String.valueOf(expected), String.valueOf(actual)));
  }

  static Mismatch mismatch(ScenarioNode at, String expected, String actual) {
    return new Mismatch(at.line(), at.path(), expected, actual);
  }

  static String describe(Outcome outcome) {
    return outcome.isAccepted() ? "accepted: " + outcome.summary() : outcome.summary();
  }

  static String describe(InvoiceLine line) {
    return line.kind() + " " + line.explanation();
  }

  private static String render(List<Invoice> invoices) {
    StringBuilder out = new StringBuilder();
    for (Invoice invoice : invoices) {
      out.append('\n').append(InvoiceText.render(invoice).stripTrailing());
    }
    return out.toString();
  }
}
