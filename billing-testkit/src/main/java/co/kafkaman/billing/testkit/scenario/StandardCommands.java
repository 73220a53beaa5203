package co.kafkaman.billing.testkit.scenario;

import co.kafkaman.billing.model.catalog.PlanTier;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.ChangeRequest;
import co.kafkaman.billing.rules.change.Timing;
import co.kafkaman.billing.rules.engine.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The step commands of format version 1 for the engine's subscription commands. */
final class StandardCommands {
  static final Set<String> TERMS_KEYS = Set.of("plan", "frequency", "seats", "blocks");

  private StandardCommands() {}

  static Map<String, CommandReader> all() {
    Map<String, CommandReader> readers = new LinkedHashMap<>();
    readers.put("change", StandardCommands::change);
    readers.put("standingInstructions", StandardCommands::standingInstructions);
    readers.put("clearStandingInstructions", (value, catalog) -> clear(value));
    readers.put("renew", (value, catalog) -> renew(value));
    return readers;
  }

  /** {@code change: {plan, frequency, seats, blocks, timing, salesAssisted}}. */
  private static StepCommand change(
      ScenarioNode value, co.kafkaman.billing.model.catalog.Catalog c) {
    Set<String> keys = new java.util.HashSet<>(TERMS_KEYS);
    keys.add("timing");
    keys.add("salesAssisted");
    Map<String, ScenarioNode> fields = value.entries(keys);
    UnaryOperator<Terms> target = terms(value, fields);
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
    UnaryOperator<Terms> next = terms(value, value.entries(TERMS_KEYS));
    return (team, id, actor) ->
        new Command.SetStandingInstructions(id, actor, next.apply(team.subscription().terms()));
  }

  private static StepCommand clear(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.ClearStandingInstructions(id, actor);
  }

  private static StepCommand renew(ScenarioNode value) {
    requireEmpty(value);
    return (team, id, actor) -> new Command.Renew(id, actor);
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
  static UnaryOperator<Terms> terms(ScenarioNode value, Map<String, ScenarioNode> fields) {
    PlanTier tier = fields.containsKey("plan") ? fields.get("plan").asEnum(PlanTier.class) : null;
    BillingFrequency frequency =
        fields.containsKey("frequency")
            ? fields.get("frequency").asEnum(BillingFrequency.class)
            : null;
    Quantity seats = fields.containsKey("seats") ? Quantity.read(fields.get("seats")) : null;
    Map<Resource, Quantity> blocks = new LinkedHashMap<>();
    if (fields.containsKey("blocks")) {
      for (ScenarioNode block : fields.get("blocks").entries().values()) {
        blocks.put(
            block.parseEnum(Resource.class, CatalogReader.lastKey(block)), Quantity.read(block));
      }
    }
    if (fields.isEmpty()) {
      throw value.error(
          "names no terms; give at least one of " + new java.util.TreeSet<>(TERMS_KEYS));
    }
    return current -> {
      Terms terms = current;
      if (tier != null) {
        terms = terms.withTier(tier);
      }
      if (frequency != null) {
        terms = terms.withFrequency(frequency);
      }
      if (seats != null) {
        terms = terms.withSeats(seats.applyTo(terms.seats()));
      }
      for (Map.Entry<Resource, Quantity> block : blocks.entrySet()) {
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
