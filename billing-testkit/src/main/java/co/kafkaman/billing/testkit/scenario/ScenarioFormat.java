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
import co.kafkaman.billing.model.catalog.CatalogVersions;
import co.kafkaman.billing.model.catalog.PlanId;
import co.kafkaman.billing.model.catalog.VersionAdoption;
import co.kafkaman.billing.model.invoice.BillingDetails;
import co.kafkaman.billing.model.money.RoundingPolicy;
import co.kafkaman.billing.model.payment.CollectionMethod;
import co.kafkaman.billing.model.payment.PaymentChannel;
import co.kafkaman.billing.model.team.Member;
import co.kafkaman.billing.model.team.Role;
import co.kafkaman.billing.model.team.Terms;
import co.kafkaman.billing.model.time.BillingFrequency;
import co.kafkaman.billing.rules.change.ChangePolicy;
import co.kafkaman.billing.rules.change.ProrationLayout;
import co.kafkaman.billing.rules.engine.BillingEngine;
import co.kafkaman.billing.rules.engine.BillingPolicy;
import co.kafkaman.billing.rules.payment.CollectionRules;
import co.kafkaman.billing.rules.proration.DayCount;
import co.kafkaman.billing.rules.proration.ProrationConvention;
import co.kafkaman.billing.rules.proration.SecondsDayCount;
import co.kafkaman.billing.testkit.TeamFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The scenario file format, version {@value #VERSION}: reads a YAML billing story into a {@link
 * Scenario}. The format is described, with a complete example, in the testkit's README.
 *
 * <p>The commands a step may carry and the expectations it may check are registries: {@link
 * #standard()} knows {@code change}, {@code standingInstructions}, {@code
 * clearStandingInstructions} and {@code renew}, and the expectations {@code outcome}, {@code
 * reason}, {@code alternative}, {@code invoices}, {@code notifications}, {@code history}, {@code
 * team} and {@code renewalQuote}. {@link #withCommand(String, CommandReader)} and {@link
 * #withExpectation(String, ExpectationReader)} add more, so new engine commands become writable
 * without a new format version.
 *
 * <p>Proration by seconds: the top-level {@code dayCount: seconds} (with {@code zone:
 * Europe/Berlin}; UTC by default) prorates with {@code DayCount.seconds(zone)}, and a step's {@code
 * at: 2024-04-16T12:00:00Z} applies its command at that instant ({@code BillingEngine.apply(team,
 * command, instant)}), so the charges and credits count from it; the instant's date in the zone
 * must be the step's {@code on}. On an engine that counts dates the engine refuses such a command
 * ({@code INCONSISTENT_STATE} naming {@code at}), which the step may expect with {@code outcome:
 * refused INCONSISTENT_STATE}.
 *
 * <p>Every unknown key, missing key and malformed value is a {@link ScenarioException} naming the
 * file, the line and the key path. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioFormat {
  /** The format version this testkit reads. */
  public static final int VERSION = 1;

  private static final Set<String> TOP =
      Set.of(
          "version",
          "name",
          "description",
          "catalog",
          "catalogVersions",
          "catalogAdoption",
          "conventions",
          "rounding",
          "dayCount",
          "zone",
          "changePolicy",
          "prorationLayout",
          "dunning",
          "team",
          "steps");
  private static final Set<String> CATALOG_VERSION = Set.of("effectiveFrom", "catalog");
  private static final Set<String> TEAM =
      Set.of(
          "id",
          "created",
          "plan",
          "frequency",
          "seats",
          "blocks",
          "owner",
          "billingDetails",
          "invoicePrefix",
          "collection",
          "billingDay",
          "card",
          "currency",
          "expect");
  private static final Set<String> STEP = Set.of("on", "at", "id", "by", "note", "expect");
  private static final Set<String> OWNER = Set.of("id", "email", "roles");
  private static final Set<String> DETAILS = Set.of("company", "email", "address", "vatId");

  private final Map<String, CommandReader> commands;
  private final Map<String, ExpectationReader> expectations;

  private ScenarioFormat(
      Map<String, CommandReader> commands, Map<String, ExpectationReader> expectations) {
    this.commands = Map.copyOf(commands);
    this.expectations = Map.copyOf(expectations);
  }

  /**
   * Returns the format with the engine's current commands and the standard expectations.
   *
   * @return the standard format
   */
  public static ScenarioFormat standard() {
    return new ScenarioFormat(StandardCommands.all(), StandardExpectations.all());
  }

  /**
   * Returns a copy in which steps may carry the command {@code key}.
   *
   * @param key the step key, such as {@code recordUsage}
   * @param reader reads the value under the key
   * @return the copy
   * @throws IllegalArgumentException if {@code key} is a step's own key or already a command
   */
  public ScenarioFormat withCommand(String key, CommandReader reader) {
    if (STEP.contains(key) || commands.containsKey(key)) {
      throw new IllegalArgumentException("step key '" + key + "' is already taken");
    }
    Map<String, CommandReader> more = new LinkedHashMap<>(commands);
    more.put(key, reader);
    return new ScenarioFormat(more, expectations);
  }

  /**
   * Returns a copy in which {@code expect:} may contain {@code key}.
   *
   * @param key the expectation key, such as {@code usage}
   * @param reader reads the value under the key
   * @return the copy
   * @throws IllegalArgumentException if {@code key} is already an expectation
   */
  public ScenarioFormat withExpectation(String key, ExpectationReader reader) {
    if (expectations.containsKey(key)) {
      throw new IllegalArgumentException("expectation key '" + key + "' is already taken");
    }
    Map<String, ExpectationReader> more = new LinkedHashMap<>(expectations);
    more.put(key, reader);
    return new ScenarioFormat(commands, more);
  }

  /**
   * Returns the command keys a step may carry.
   *
   * @return the keys
   */
  public Set<String> commandKeys() {
    return commands.keySet();
  }

  /**
   * Returns the expectation keys {@code expect:} may contain.
   *
   * @return the keys
   */
  public Set<String> expectationKeys() {
    return expectations.keySet();
  }

  /**
   * Reads the scenario file at {@code path}; a catalog {@code file:} is resolved beside it.
   *
   * @param path the file
   * @return the scenario
   * @throws ScenarioException for anything malformed, naming file, line and key
   * @throws UncheckedIOException if the file cannot be read
   */
  public Scenario read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario " + path, e);
    }
    Path directory = path.toAbsolutePath().getParent();
    return read(path.toString(), text, directory == null ? Path.of(".") : directory);
  }

  /**
   * Reads a scenario from {@code text}.
   *
   * @param file the name to report errors against
   * @param text the YAML text
   * @param directory where a catalog {@code file:} is looked up
   * @return the scenario
   * @throws ScenarioException for anything malformed, naming file, line and key
   */
  public Scenario read(String file, String text, Path directory) {
    ScenarioNode root = new ScenarioNode(file, "", compose(file, text), 1);
    if (!root.isMapping()) {
      throw root.error("a scenario is key: value pairs starting with 'version: " + VERSION + "'");
    }
    Map<String, ScenarioNode> top = root.entries(TOP);
    ScenarioNode version = root.get("version");
    if (version.asLong() != VERSION) {
      throw version.error(
          "version " + version.text() + " is not supported; this testkit reads version " + VERSION);
    }
    String name = root.get("name").text();
    String description = top.containsKey("description") ? top.get("description").text() : "";
    Catalog first = CatalogReader.read(root.get("catalog"), directory);
    CatalogVersions versions = versions(top, first, directory);
    BillingEngine engine = BillingEngine.of(versions, policy(top, first));
    ScenarioNode team = root.get("team");
    TeamFixture fixture = fixture(team, engine);
    // plans and resources are resolved against the latest version (later versions only add),
    // amounts in the team's currency
    Catalog catalog;
    try {
      catalog = versions.latest().catalog().inCurrency(fixture.currency());
    } catch (BillingException e) {
      throw team.get("currency").error(String.valueOf(e.getMessage()));
    }
    List<Check> creationChecks = team.find("expect").map(e -> checks(e, catalog)).orElse(List.of());
    List<Scenario.Step> steps = new ArrayList<>();
    if (top.containsKey("steps") && !top.get("steps").isNull()) {
      for (ScenarioNode step : top.get("steps").elements()) {
        steps.add(step(step, catalog, engine));
      }
    }
    return new Scenario(file, name, description, engine, fixture, creationChecks, steps);
  }

  private static @Nullable Node compose(String file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      return new Yaml(options).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new ScenarioException(
          file, mark == null ? 0 : mark.getLine() + 1, "", "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ScenarioException(file, 0, "", "not valid YAML: " + e.getMessage());
    }
  }

  /**
   * Reads {@code catalogVersions:} (later versions of the price list, each {@code {effectiveFrom,
   * catalog}} with a catalog written as {@code catalog:} is) and {@code catalogAdoption:} ({@code
   * next renewal}, the default, or {@code grandfathered}); {@code catalog:} is the first version,
   * in effect from the earliest date.
   */
  private static CatalogVersions versions(
      Map<String, ScenarioNode> top, Catalog first, Path directory) {
    CatalogVersions versions = CatalogVersions.of(first);
    ScenarioNode later = top.get("catalogVersions");
    if (later != null && !later.isNull()) {
      for (ScenarioNode entry : later.elements()) {
        entry.entries(CATALOG_VERSION);
        LocalDate from = entry.get("effectiveFrom").asDate();
        Catalog catalog = CatalogReader.read(entry.get("catalog"), directory);
        CatalogVersions before = versions;
        try {
          versions = before.plusVersion(from, catalog);
        } catch (BillingException e) {
          throw entry.error(String.valueOf(e.getMessage()));
        }
      }
    }
    ScenarioNode adoption = top.get("catalogAdoption");
    if (adoption != null && !adoption.isNull()) {
      versions = versions.withAdoption(adoption.asEnum(VersionAdoption.class));
    }
    return versions;
  }

  private static BillingPolicy policy(Map<String, ScenarioNode> top, Catalog catalog) {
    ProrationConvention convention = ProrationConvention.KAFKAMAN;
    ScenarioNode conventions = top.get("conventions");
    if (conventions != null && !conventions.isNull()) {
      String name = conventions.text().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
      convention =
          switch (name) {
            case "kafkaman" -> ProrationConvention.KAFKAMAN;
            case "kill-bill" -> ProrationConvention.KILL_BILL;
            case "lago" -> ProrationConvention.LAGO;
            case "30-day-month", "thirty-day-month" -> ProrationConvention.THIRTY_DAY_MONTH;
            default ->
                throw conventions.error(
                    "'"
                        + conventions.text()
                        + "' is not a convention preset; expected one of kafkaman, kill-bill,"
                        + " lago, 30-day-month");
          };
    }
    ScenarioNode rounding = top.get("rounding");
    if (rounding != null && !rounding.isNull()) {
      convention = convention.withRounding(rounding.asEnum(RoundingPolicy.class));
    }
    DayCount dayCount = dayCount(top);
    if (dayCount != null) {
      convention = convention.withDayCount(dayCount);
    }
    // the policy BillingEngine.of gives the catalog: kafkaman's for the sample, else the neutral
    // one
    BillingPolicy policy =
        BillingEngine.of(catalog).policy().withProration(convention).withChanges(changePolicy(top));
    ScenarioNode dunning = top.get("dunning");
    return dunning == null || dunning.isNull()
        ? policy
        : policy.withDunning(DunningReader.read(dunning));
  }

  /**
   * Reads {@code dayCount:} ({@code actual days}, {@code 30E/360}, {@code whole months} or {@code
   * seconds}) and {@code zone:} (the zone whose midnights a seconds count's dates mean, default
   * UTC; only with {@code dayCount: seconds}). Null when the file names no day count: the
   * convention's own counts.
   */
  private static @Nullable DayCount dayCount(Map<String, ScenarioNode> top) {
    ScenarioNode named = top.get("dayCount");
    ScenarioNode zone = top.get("zone");
    if (zone != null && zone.isNull()) {
      zone = null;
    }
    if (named == null || named.isNull()) {
      if (zone != null) {
        throw zone.error("a zone goes with 'dayCount: seconds'; without it days count as dates");
      }
      return null;
    }
    String name = named.text().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
    if (name.equals("seconds")) {
      return DayCount.seconds(zone == null ? ZoneId.of("UTC") : zone(zone));
    }
    DayCount dayCount =
        switch (name) {
          case "actual-days" -> DayCount.actualDays();
          case "30e/360", "30e-360", "thirty-360" -> DayCount.thirty360();
          case "whole-months" -> DayCount.wholeMonths();
          default ->
              throw named.error(
                  "'"
                      + named.text()
                      + "' is not a day count; expected one of actual days, 30E/360, whole"
                      + " months, seconds");
        };
    if (zone != null) {
      throw zone.error("a zone goes with 'dayCount: seconds'; '" + named.text() + "' counts dates");
    }
    return dayCount;
  }

  private static ZoneId zone(ScenarioNode value) {
    try {
      return ZoneId.of(value.text());
    } catch (DateTimeException e) {
      throw value.error("'" + value.text() + "' is not a time zone like Europe/Berlin or UTC");
    }
  }

  private static ChangePolicy changePolicy(Map<String, ScenarioNode> top) {
    ChangePolicy changes = ChangePolicy.kafkaman();
    ScenarioNode named = top.get("changePolicy");
    if (named != null && !named.isNull()) {
      String name = named.text().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
      changes =
          switch (name) {
            case "kafkaman" -> ChangePolicy.kafkaman();
            case "kill-bill" -> ChangePolicy.killBill();
            case "immediate" -> ChangePolicy.immediate();
            default ->
                throw named.error(
                    "'"
                        + named.text()
                        + "' is not a change policy; expected one of kafkaman, kill-bill,"
                        + " immediate");
          };
    }
    ScenarioNode layout = top.get("prorationLayout");
    if (layout != null && !layout.isNull()) {
      changes = changes.withLayout(layout.asEnum(ProrationLayout.class));
    }
    return changes;
  }

  private static TeamFixture fixture(ScenarioNode team, BillingEngine engine) {
    Map<String, ScenarioNode> fields = team.entries(TEAM);
    LocalDate created = team.get("created").asDate();
    Catalog catalog = engine.catalog();
    PlanId tier =
        fields.containsKey("plan")
            ? fields.get("plan").asPlan(catalog)
            : catalog
                .freePlan()
                .orElseThrow(
                    () -> team.error("the catalog has no free plan: name the team's plan"));
    BillingFrequency frequency =
        fields.containsKey("frequency")
            ? fields.get("frequency").asFrequency()
            : BillingFrequency.MONTHLY;
    int seats = fields.containsKey("seats") ? fields.get("seats").asInt() : 1;
    Terms terms = Terms.of(tier, frequency, seats);
    if (fields.containsKey("blocks")) {
      for (ScenarioNode block : fields.get("blocks").entries().values()) {
        terms =
            terms.withBlocks(
                block.parseResource(catalog, CatalogReader.lastKey(block)), block.asInt());
      }
    }
    TeamFixture fixture = TeamFixture.of(engine).withCreatedOn(created).withTerms(terms);
    if (fields.containsKey("id")) {
      fixture = fixture.withTeamId(fields.get("id").text());
    }
    if (fields.containsKey("invoicePrefix")) {
      fixture = fixture.withInvoicePrefix(fields.get("invoicePrefix").text());
    }
    ScenarioNode owner = fields.get("owner");
    if (owner != null && !owner.isNull()) {
      Map<String, ScenarioNode> o = owner.entries(OWNER);
      String id = owner.get("id").text();
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (o.containsKey("roles")) {
        for (ScenarioNode role : o.get("roles").elements()) {
          roles.add(role.asEnum(Role.class));
        }
      } else {
        roles.addAll(EnumSet.allOf(Role.class));
      }
      String email = o.containsKey("email") ? o.get("email").text() : id + "@example.test";
      fixture = fixture.withOwner(new Member(id, email, roles, created));
    }
    ScenarioNode details = fields.get("billingDetails");
    if (details != null && !details.isNull()) {
      Map<String, ScenarioNode> d = details.entries(DETAILS);
      try {
        fixture =
            fixture.withBillingDetails(
                new BillingDetails(
                    text(d, "company"),
                    details.get("email").text(),
                    text(d, "address"),
                    text(d, "vatId")));
      } catch (co.kafkaman.billing.model.BillingException e) {
        throw details.error(e.reason());
      }
    }
    if (fields.containsKey("currency")) {
      fixture = fixture.withCurrency(CatalogReader.currency(fields.get("currency")));
    }
    if (fields.containsKey("billingDay")) {
      fixture = fixture.withBillingDay(fields.get("billingDay").asInt());
    }
    if (fields.containsKey("collection")) {
      fixture = fixture.withCollectionMethod(collection(fields.get("collection")));
    }
    if (fields.containsKey("card")) {
      fixture = fixture.withCard(StandardCommands.cardReference(fields.get("card")));
    }
    return fixture;
  }

  /**
   * Reads the team's {@code collection:}: {@code card} (the default), {@code payByInvoice} (net 30;
   * online, ACH or wire) or {@code {netDays: 45, channels: [WIRE]}} for pay by invoice on other
   * terms.
   */
  private static CollectionMethod collection(ScenarioNode value) {
    if (value.isScalar()) {
      return switch (value.text()) {
        case "card" -> CollectionMethod.cardAutoCharge();
        case "payByInvoice" -> CollectionRules.defaultPayByInvoice();
        default ->
            throw value.error(
                "'" + value.text() + "' is not a collection method; expected card or payByInvoice");
      };
    }
    Map<String, ScenarioNode> fields = value.entries(Set.of("netDays", "channels"));
    int days =
        fields.containsKey("netDays")
            ? fields.get("netDays").asInt()
            : CollectionMethod.PayByInvoice.DEFAULT_NET_TERMS_DAYS;
    Set<PaymentChannel> channels = EnumSet.noneOf(PaymentChannel.class);
    if (fields.containsKey("channels")) {
      for (ScenarioNode channel : fields.get("channels").elements()) {
        channels.add(channel.asEnum(PaymentChannel.class));
      }
    } else {
      channels.addAll(EnumSet.of(PaymentChannel.ONLINE, PaymentChannel.ACH, PaymentChannel.WIRE));
    }
    try {
      return CollectionMethod.payByInvoice(days, channels);
    } catch (co.kafkaman.billing.model.BillingException e) {
      throw value.error(e.reason());
    }
  }

  private static String text(Map<String, ScenarioNode> fields, String key) {
    ScenarioNode value = fields.get(key);
    return value == null || value.isNull() ? "" : value.text();
  }

  private Scenario.Step step(ScenarioNode step, Catalog catalog, BillingEngine engine) {
    Set<String> allowed = new HashSet<>(STEP);
    allowed.addAll(commands.keySet());
    Map<String, ScenarioNode> fields = step.entries(allowed);
    LocalDate on = step.get("on").asDate();
    String commandKey = "";
    StepCommand command = null;
    for (Map.Entry<String, ScenarioNode> field : fields.entrySet()) {
      CommandReader reader = commands.get(field.getKey());
      if (reader == null) {
        continue;
      }
      if (command != null) {
        throw field
            .getValue()
            .error("a step carries one command, but it also has '" + commandKey + "'");
      }
      commandKey = field.getKey();
      command = reader.read(field.getValue(), catalog);
    }
    Optional<Instant> at = Optional.empty();
    if (fields.containsKey("at")) {
      at = Optional.of(instantOn(fields.get("at"), on, command != null, engine));
    }
    Optional<String> id = Optional.ofNullable(fields.get("id")).map(ScenarioNode::text);
    Optional<String> actor = Optional.ofNullable(fields.get("by")).map(ScenarioNode::text);
    String note = fields.containsKey("note") ? fields.get("note").text() : "";
    List<Check> checks = step.find("expect").map(e -> checks(e, catalog)).orElse(List.of());
    return new Scenario.Step(step.line(), on, at, id, actor, commandKey, command, note, checks);
  }

  /**
   * Reads a step's {@code at:}, the instant its command is applied at: on an engine prorating by
   * seconds, its date in the count's zone must be the step's {@code on}. An engine that counts
   * dates has no zone to check it in; it refuses the command ({@code INCONSISTENT_STATE [at]}), an
   * outcome the step may expect.
   */
  private static Instant instantOn(
      ScenarioNode value, LocalDate on, boolean hasCommand, BillingEngine engine) {
    Instant at = value.asInstant();
    if (!hasCommand) {
      throw value.error(
          "'" + value.text() + "' is the instant of the step's command, and the step has none");
    }
    if (engine.policy().proration().dayCount() instanceof SecondsDayCount seconds) {
      LocalDate date;
      try {
        date = seconds.dateOf(at);
      } catch (DateTimeException e) {
        throw value.error("'" + value.text() + "' has no date in " + seconds.zone());
      }
      if (!date.equals(on)) {
        throw value.error(
            "'"
                + value.text()
                + "' is "
                + date
                + " in "
                + seconds.zone()
                + ", not the step's date "
                + on);
      }
    }
    return at;
  }

  private List<Check> checks(ScenarioNode expect, Catalog catalog) {
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, ScenarioNode> entry : expect.entries(expectations.keySet()).entrySet()) {
      checks.add(
          java.util.Objects.requireNonNull(expectations.get(entry.getKey()))
              .read(entry.getValue(), catalog));
    }
    return checks;
  }
}
