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

import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.Plan;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.Resource;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a scenario file with its location: the file, the 1-based line and the key path
 * ({@code steps[1].change.seats}). Readers of commands and expectations use it to get typed values;
 * every malformed value, missing key or unknown key becomes a {@link ScenarioException} that names
 * the file, line and key.
 *
 * <p>Scalars are read from their text as written, never through YAML's own typing: {@code 9.00}
 * stays {@code 9.00} (not the float 9.0), {@code 2024-03-15} is a date, and enum names are read
 * without regard to case, spaces or hyphens ({@code on renewal} is {@code ON_RENEWAL}).
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class ScenarioNode {
  private final String file;
  private final String path;
  private final @Nullable Node node;
  private final int line;
  private final int keyLine;

  ScenarioNode(String file, String path, @Nullable Node node, int keyLine) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.keyLine = keyLine;
    this.line = keyLine;
  }

  /**
   * Returns the file name.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line of the value's key (of the item, for a list item).
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the key path, such as {@code steps[1].change.seats}.
   *
   * @return the path, empty for the document
   */
  public String path() {
    return path;
  }

  /**
   * Returns whether the value is absent or null ({@code ~}, or nothing after the colon).
   *
   * @return true for no value
   */
  public boolean isNull() {
    return node == null || (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
  }

  /**
   * Returns whether the value is a mapping.
   *
   * @return true for {@code key: value} pairs
   */
  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  /**
   * Returns whether the value is a list.
   *
   * @return true for a sequence
   */
  public boolean isSequence() {
    return node instanceof SequenceNode;
  }

  /**
   * Returns whether the value is a single scalar.
   *
   * @return true for a scalar
   */
  public boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  /**
   * Returns the scalar's text as written.
   *
   * @return the text, trimmed
   * @throws ScenarioException if the value is not a scalar
   */
  public String text() {
    if (node instanceof ScalarNode scalar && !isNull()) {
      return scalar.getValue().trim();
    }
    throw error("expected a single value but found " + describe());
  }

  /**
   * Returns the entries of a mapping, in file order.
   *
   * @return the values by key
   * @throws ScenarioException if the value is not a mapping, or a key appears twice
   */
  public Map<String, ScenarioNode> entries() {
    if (!(node instanceof MappingNode mapping)) {
      throw error("expected key: value pairs but found " + describe());
    }
    Map<String, ScenarioNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        throw new ScenarioException(
            file, keyNode.getStartMark().getLine() + 1, path, "a key must be a plain name");
      }
      String key = scalarKey.getValue();
      ScenarioNode value =
          new ScenarioNode(
              file, child(key), tuple.getValueNode(), keyNode.getStartMark().getLine() + 1);
      if (entries.put(key, value) != null) {
        throw new ScenarioException(
            file, keyNode.getStartMark().getLine() + 1, child(key), "the key appears twice");
      }
    }
    return entries;
  }

  /**
   * Returns the entries of a mapping after checking every key is one of {@code allowed}.
   *
   * @param allowed the keys this mapping may have
   * @return the values by key
   * @throws ScenarioException for the first unknown key, naming the allowed ones
   */
  public Map<String, ScenarioNode> entries(Set<String> allowed) {
    Map<String, ScenarioNode> entries = entries();
    for (ScenarioNode value : entries.values()) {
      String key = value.path.substring(value.path.lastIndexOf('.') + 1);
      if (!allowed.contains(key)) {
        throw new ScenarioException(
            file,
            value.keyLine,
            value.path,
            "unknown key '" + key + "'; expected one of " + new TreeSet<>(allowed));
      }
    }
    return entries;
  }

  /**
   * Returns the value of {@code key} of a mapping.
   *
   * @param key the key
   * @return the value
   * @throws ScenarioException if the value is not a mapping or has no such key
   */
  public ScenarioNode get(String key) {
    ScenarioNode value = entries().get(key);
    if (value == null) {
      throw error("the key '" + key + "' is missing");
    }
    return value;
  }

  /**
   * Returns the value of {@code key} of a mapping, if present and not null.
   *
   * @param key the key
   * @return the value, or empty
   * @throws ScenarioException if the value is not a mapping
   */
  public Optional<ScenarioNode> find(String key) {
    ScenarioNode value = entries().get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns the elements of a list.
   *
   * @return the elements, in order
   * @throws ScenarioException if the value is not a list
   */
  public List<ScenarioNode> elements() {
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list ('- ' items) but found " + describe());
    }
    List<ScenarioNode> elements = new ArrayList<>();
    for (Node element : sequence.getValue()) {
      elements.add(
          new ScenarioNode(
              file,
              path + "[" + elements.size() + "]",
              element,
              element.getStartMark().getLine() + 1));
    }
    return elements;
  }

  /**
   * Returns the value as a date, {@code 2024-03-15}.
   *
   * @return the date
   * @throws ScenarioException if it is not an ISO date
   */
  public LocalDate asDate() {
    String text = text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("'" + text + "' is not a date like 2024-03-15");
    }
  }

  /**
   * Returns the value as an instant, ISO-8601 in UTC: {@code 2024-04-16T12:00:00Z}.
   *
   * @return the instant
   * @throws ScenarioException if it is not an instant
   * @since 0.1.0
   */
  public Instant asInstant() {
    String text = text();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error("'" + text + "' is not an instant like 2024-03-15T10:00:00Z");
    }
  }

  /**
   * Returns the value as a whole number ({@code 10_000} and {@code 10,000} are read as 10000).
   *
   * @return the number
   * @throws ScenarioException if it is not a whole number
   */
  public long asLong() {
    String text = text();
    try {
      return Long.parseLong(text.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw error("'" + text + "' is not a whole number");
    }
  }

  /**
   * Returns the value as an {@code int}.
   *
   * @return the number
   * @throws ScenarioException if it is not a whole number in {@code int} range
   */
  public int asInt() {
    long value = asLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error("'" + text() + "' is too large");
    }
    return (int) value;
  }

  /**
   * Returns the value as a boolean: {@code true}/{@code false}, {@code yes}/{@code no}.
   *
   * @return the flag
   * @throws ScenarioException for anything else
   */
  public boolean asBoolean() {
    String text = text().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error("'" + text() + "' is not true or false");
    };
  }

  /**
   * Returns the value as a decimal number, exactly as written.
   *
   * @return the decimal
   * @throws ScenarioException if it is not a decimal number
   */
  public BigDecimal asDecimal() {
    String text = text();
    try {
      return new BigDecimal(text.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw error("'" + text + "' is not a decimal number");
    }
  }

  /**
   * Returns the value as an amount: {@code "USD 12.34"}, or a plain {@code 12.34} in {@code
   * currency}.
   *
   * @param currency the currency of a plain number
   * @return the amount
   * @throws ScenarioException if it is not an amount, or has more decimals than the currency
   */
  public Amount asAmount(CurrencyUnit currency) {
    String text = text();
    try {
      if (text.indexOf(' ') > 0) {
        Amount amount = Amount.parse(text);
        if (!amount.currency().getCurrencyCode().equals(currency.getCurrencyCode())) {
          throw error("'" + text + "' is not in " + currency.getCurrencyCode());
        }
        return amount;
      }
      return Amount.of(asDecimal(), Currencies.of(currency.getCurrencyCode()));
    } catch (BillingException e) {
      throw error("'" + text + "' is not an amount: " + e.reason());
    }
  }

  /**
   * Returns the value as a constant of {@code type}, ignoring case, spaces and hyphens: {@code "on
   * renewal"} is {@code ON_RENEWAL}.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   * @throws ScenarioException naming the constants when none matches
   */
  public <E extends Enum<E>> E asEnum(Class<E> type) {
    return parseEnum(type, text());
  }

  /**
   * Reads {@code text} as a constant of {@code type}, reporting a mismatch at this value.
   *
   * @param type the enum type
   * @param text the text, such as {@code "seat proration"}
   * @param <E> the enum type
   * @return the constant
   * @throws ScenarioException naming the constants when none matches
   */
  public <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error(
        "'"
            + text
            + "' is not a "
            + type.getSimpleName()
            + "; expected one of "
            + Arrays.toString(type.getEnumConstants()));
  }

  /**
   * Reads this value as a plan of {@code catalog}: its id as written, or else the one plan whose id
   * or display name matches ignoring case ({@code basic}, {@code Basic} for {@code BASIC}).
   *
   * @param catalog the scenario's catalog
   * @return the plan's id
   * @throws ScenarioException naming the catalog's plans when none matches
   */
  public PlanId asPlan(Catalog catalog) {
    return parsePlan(catalog, text());
  }

  /**
   * Reads {@code text} as a plan of {@code catalog}, as {@link #asPlan(Catalog)} does.
   *
   * @param catalog the scenario's catalog
   * @param text the text
   * @return the plan's id
   * @throws ScenarioException naming the catalog's plans when none matches
   */
  public PlanId parsePlan(Catalog catalog, String text) {
    String name = text.trim();
    PlanId found = null;
    for (Plan plan : catalog.plans().values()) {
      if (plan.id().value().equals(name)) {
        return plan.id();
      }
      if (plan.id().value().equalsIgnoreCase(name) || plan.name().equalsIgnoreCase(name)) {
        found = found == null ? plan.id() : found;
      }
    }
    if (found == null) {
      throw error(
          "'" + text + "' is not a plan of the catalog; its plans are " + catalog.plans().keySet());
    }
    return found;
  }

  /**
   * Reads {@code text} as a resource of {@code catalog}: its id as written, or else the one
   * resource whose id, singular or plural name matches ignoring case ({@code monitoring requests}
   * for {@code MONITORING_REQUESTS}).
   *
   * @param catalog the scenario's catalog
   * @param text the text
   * @return the resource's id
   * @throws ScenarioException naming the catalog's resources when none matches
   */
  public ResourceId parseResource(Catalog catalog, String text) {
    String name = text.trim();
    String underscored = name.replace(' ', '_').replace('-', '_');
    ResourceId found = null;
    for (Resource resource : catalog.resources().values()) {
      if (resource.id().value().equals(name)) {
        return resource.id();
      }
      if (resource.id().value().equalsIgnoreCase(underscored)
          || resource.singular().equalsIgnoreCase(name)
          || resource.plural().equalsIgnoreCase(name)) {
        found = found == null ? resource.id() : found;
      }
    }
    if (found == null) {
      throw error(
          "'"
              + text
              + "' is not a resource of the catalog; its resources are "
              + catalog.resources().keySet());
    }
    return found;
  }

  /**
   * Reads this value as a resource of {@code catalog}, as {@link #parseResource(Catalog, String)}
   * does.
   *
   * @param catalog the scenario's catalog
   * @return the resource's id
   * @throws ScenarioException naming the catalog's resources when none matches
   */
  public ResourceId asResource(Catalog catalog) {
    return parseResource(catalog, text());
  }

  /**
   * Reads this value as a billing frequency: {@code monthly}, {@code ANNUAL}, {@code quarterly},
   * {@code every 2 weeks}, {@code P3M}, {@code P2W}.
   *
   * @return the frequency
   * @throws ScenarioException when it is not one
   */
  public BillingFrequency asFrequency() {
    String name = text().trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    try {
      return BillingFrequency.parse(name);
    } catch (co.kafkaman.billing.model.BillingException e) {
      throw error(
          "'"
              + text()
              + "' is not a billing frequency (monthly, annual, quarterly, P3M, P2W, ...)");
    }
  }

  /**
   * Returns an exception locating {@code problem} at this value.
   *
   * @param problem what is wrong, naming the value
   * @return the exception to throw
   */
  public ScenarioException error(String problem) {
    return new ScenarioException(file, line, path, problem);
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String describe() {
    if (node == null || isNull()) {
      return "nothing";
    }
    if (node instanceof MappingNode) {
      return "key: value pairs";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
