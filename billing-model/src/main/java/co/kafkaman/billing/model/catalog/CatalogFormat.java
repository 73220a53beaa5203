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
package co.kafkaman.billing.model.catalog;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Catalog} from a Java properties text, so a price list is data, not code.
 *
 * <p>The keys (amounts are plain decimals in the catalog currency):
 *
 * <pre>
 * currency=USD
 * currencies=USD,EUR                    # optional: every currency the catalog is priced in; each
 *                                        # price is then also given per other currency, suffixed:
 * plan.BASIC.seat.MONTHLY.EUR=11.00      # (any price key + "." + a listed currency)
 * plans=FREE,BASIC,PROFESSIONAL,ENTERPRISE   # every plan, in upgrade order
 * resources=MONITORING_REQUESTS,CUSTOM_DOMAINS   # every resource, in invoice order (may be absent)
 * resource.MONITORING_REQUESTS.singular=monitoring request
 * resource.MONITORING_REQUESTS.plural=monitoring requests
 * resource.MONITORING_REQUESTS.measure=METERED        # METERED or IN_USE
 * resource.MONITORING_REQUESTS.limit=OVERAGE_OPTIONAL # HARD, OVERAGE_OPTIONAL, OVERAGE_ALWAYS, UNENFORCED
 * plan.BASIC.name=Basic                  # display name, default the id
 * plan.BASIC.seat.MONTHLY=12.00          # per-seat price per offered frequency (MONTHLY, ANNUAL,
 *                                        # QUARTERLY, SEMI_ANNUAL, WEEKLY, BIWEEKLY, P4M, P2W, ...)
 * plan.BASIC.seat.ANNUAL=144.00
 * plan.TEAM.baseFee.MONTHLY=490.00       # a base fee per period: alone a flat-fee plan, with
 *                                        # seat prices a base fee plus seats
 * plan.BASIC.allowance.MONITORING_REQUESTS=10000
 * plan.BASIC.selfServe=true              # default true
 * plan.BASIC.payByInvoice=false          # default false
 * plan.BASIC.autoFlex=true               # default false
 * plan.BASIC.minimumSeats=5             # fewest seats a team may buy, default 0
 * plan.BASIC.trialDays=14                # free trial days at creation, default 0 (none)
 * plan.BASIC.trialRequiresCard=true      # the trial needs a card on file, default false
 * addOn.MONITORING_REQUESTS.blockSize=10000
 * addOn.MONITORING_REQUESTS.price.MONTHLY=8.00
 * overage.MONITORING_REQUESTS.price=0.90
 * overage.MONITORING_REQUESTS.packageSize=1000   # default 1 (per unit)
 * overage.BUILD_MINUTES.model=GRADUATED          # PACKAGE (default), GRADUATED or VOLUME
 * overage.BUILD_MINUTES.tier.1.upTo=1000         # tiers numbered 1..n; upTo inclusive, counted
 * overage.BUILD_MINUTES.tier.1.price=0.10        # from the first unit past the entitlement
 * overage.BUILD_MINUTES.tier.2.upTo=inf          # the last tier, and only it, is inf
 * overage.BUILD_MINUTES.tier.2.price=0.08
 * </pre>
 *
 * <p>A catalog priced in several currencies ({@link Catalog#otherCurrencies()}) lists them in
 * {@code currencies} and gives every price key once more per other currency, with the currency as a
 * last part: {@code plan.BASIC.seat.MONTHLY.EUR}, {@code addOn.X.price.MONTHLY.EUR}, {@code
 * overage.X.price.EUR}, {@code overage.X.tier.1.price.EUR}. A price missing in one currency is
 * refused, naming the missing key or the difference.
 *
 * <p>A {@code GRADUATED} or {@code VOLUME} price has tiers and neither {@code price} nor {@code
 * packageSize}; a {@code PACKAGE} price has {@code price} and no tiers (see {@link OveragePrice}
 * for what each model charges).
 *
 * <p>Ids are the host's (see {@link PlanId}); a plan or resource key whose id is not listed in
 * {@code plans} or {@code resources}, an unknown key or frequency, or a malformed number, is
 * refused with {@code MALFORMED_VALUE} naming the key. {@link #write(Catalog)} writes a catalog
 * back in this format.
 *
 * @since 0.1.0
 */
public final class CatalogFormat {
  private CatalogFormat() {}

  /**
   * Reads a catalog.
   *
   * @param reader the properties text
   * @return the catalog
   * @throws BillingException {@code MALFORMED_VALUE} naming the offending key, or a catalog
   *     consistency error
   * @throws UncheckedIOException if the reader fails
   */
  public static Catalog read(Reader reader) {
    Properties properties = new Properties();
    try {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog", e);
    }
    return parse(properties);
  }

  /**
   * Builds a catalog from already-loaded properties.
   *
   * @param properties the keys described on this class
   * @return the catalog
   * @throws BillingException {@code MALFORMED_VALUE} naming the offending key
   */
  public static Catalog parse(Properties properties) {
    String currencyCode = properties.getProperty("currency");
    if (currencyCode == null) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, "currency", "the catalog has no 'currency' key");
    }
    CurrencyUnit currency = named("currency", () -> Currencies.of(currencyCode.trim()));
    Map<String, CurrencyUnit> currencies = new LinkedHashMap<>();
    currencies.put(currency.getCurrencyCode(), currency);
    for (String code : list(properties, "currencies", false)) {
      CurrencyUnit listed = named("currencies", () -> Currencies.of(code));
      if (currencies.put(listed.getCurrencyCode(), listed) != null
          && !listed.getCurrencyCode().equals(currency.getCurrencyCode())) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE, "currencies", "lists '" + code + "' twice");
      }
    }
    Prices inCatalogCurrency = new Prices(currency, currency, currencies);
    Catalog catalog = parseIn(properties, inCatalogCurrency, null);
    Map<CurrencyUnit, Catalog> others = new LinkedHashMap<>();
    for (CurrencyUnit other : currencies.values()) {
      if (!other.equals(currency)) {
        Prices prices = new Prices(other, currency, currencies);
        others.put(other, parseIn(properties, prices, inCatalogCurrency.keys));
      }
    }
    return others.isEmpty()
        ? catalog
        : Catalog.builder().from(catalog).otherCurrencies(others).build();
  }

  /**
   * Reads the catalog priced in {@code selected}: price keys without a currency suffix are in
   * {@code currency}, the catalog's; a suffixed key ({@code plan.X.seat.MONTHLY.USD}) is in the
   * listed currency it names. Every pass reads and checks every key.
   */
  private static Catalog parseIn(
      Properties properties, Prices prices, @Nullable Set<String> catalogCurrencyKeys) {
    CurrencyUnit selected = prices.selected;
    Map<PlanId, PlanParts> plans = new LinkedHashMap<>();
    for (String id : list(properties, "plans", true)) {
      if (plans.put(PlanId.of(id), new PlanParts()) != null) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE, "plans", "lists '" + id + "' twice");
      }
    }
    Map<ResourceId, ResourceParts> resources = new LinkedHashMap<>();
    for (String id : list(properties, "resources", false)) {
      if (resources.put(ResourceId.of(id), new ResourceParts()) != null) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE, "resources", "lists '" + id + "' twice");
      }
    }
    Map<ResourceId, AddOnParts> addOns = new TreeMap<>();
    Map<ResourceId, OverageParts> overages = new TreeMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).trim();
      // Limit -1 keeps trailing empty parts, so "plan.BASIC.seat.ANNUAL." is an unknown key.
      String[] p = key.split("\\.", -1);
      switch (p[0]) {
        case "currency", "currencies", "plans", "resources" -> requireLength(key, p, 1);
        case "plan" -> {
          PlanParts plan = listed(plans, planId(key, part(key, p, 1)), key, "plans");
          switch (part(key, p, 2)) {
            case "name" -> {
              requireLength(key, p, 3);
              plan.name = value;
            }
            case "seat" ->
                prices.read(key, p, 4, value, a -> plan.seat.put(frequency(key, p[3]), a));
            case "baseFee" ->
                prices.read(key, p, 4, value, a -> plan.baseFee.put(frequency(key, p[3]), a));
            case "allowance" -> {
              requireLength(key, p, 4);
              plan.allowances.put(listedResource(resources, key, p[3]), count(key, value));
            }
            case "selfServe" -> plan.selfServe = flag(key, p, value);
            case "payByInvoice" -> plan.payByInvoice = flag(key, p, value);
            case "autoFlex" -> plan.autoFlex = flag(key, p, value);
            case "trialDays" -> {
              requireLength(key, p, 3);
              plan.trialDays = trialDays(key, value);
            }
            case "trialRequiresCard" -> plan.trialRequiresCard = flag(key, p, value);
            case "minimumSeats" -> {
              requireLength(key, p, 3);
              plan.minimumSeats = minimumSeats(key, value);
            }
            default -> throw unknownKey(key);
          }
        }
        case "resource" -> {
          ResourceParts resource =
              listed(resources, resourceId(key, part(key, p, 1)), key, "resources");
          requireLength(key, p, 3);
          switch (p[2]) {
            case "singular" -> resource.singular = value;
            case "plural" -> resource.plural = value;
            case "measure" -> resource.measure = parseEnum(Resource.Measure.class, key, value);
            case "limit" -> resource.limit = parseEnum(Resource.Limit.class, key, value);
            default -> throw unknownKey(key);
          }
        }
        case "addOn" -> {
          AddOnParts addOn =
              addOns.computeIfAbsent(
                  listedResource(resources, key, part(key, p, 1)), r -> new AddOnParts());
          switch (part(key, p, 2)) {
            case "blockSize" -> {
              requireLength(key, p, 3);
              addOn.blockSize = count(key, value);
            }
            case "price" ->
                prices.read(key, p, 4, value, a -> addOn.prices.put(frequency(key, p[3]), a));
            default -> throw unknownKey(key);
          }
        }
        case "overage" -> {
          OverageParts overage =
              overages.computeIfAbsent(
                  listedResource(resources, key, part(key, p, 1)), r -> new OverageParts());
          switch (part(key, p, 2)) {
            case "price" -> prices.read(key, p, 3, value, a -> overage.price = a);
            case "packageSize" -> {
              requireLength(key, p, 3);
              overage.packageSize = count(key, value);
              overage.packageSizeGiven = true;
            }
            case "model" -> {
              requireLength(key, p, 3);
              overage.model = parseEnum(OveragePrice.Model.class, key, value);
            }
            case "tier" -> overage.tier(key, p, value, prices);
            default -> throw unknownKey(key);
          }
        }
        default -> throw unknownKey(key);
      }
    }
    if (catalogCurrencyKeys != null) {
      prices.requireSameKeys(catalogCurrencyKeys);
    }
    Catalog.Builder builder = Catalog.builder().currency(selected);
    plans.forEach(
        (id, parts) -> {
          Plan.Builder plan =
              Plan.builder()
                  .id(id)
                  .seatPrices(parts.seat)
                  .baseFees(parts.baseFee)
                  .allowances(parts.allowances)
                  .selfServe(parts.selfServe)
                  .payByInvoiceAllowed(parts.payByInvoice)
                  .autoFlexEligible(parts.autoFlex)
                  .trialDays(parts.trialDays)
                  .trialRequiresCard(parts.trialRequiresCard)
                  .minimumSeats(parts.minimumSeats);
          if (parts.name != null) {
            plan.name(parts.name);
          }
          builder.putPlans(id, plan.build());
        });
    resources.forEach(
        (id, parts) ->
            builder.putResources(
                id,
                new Resource(
                    id,
                    required(parts.singular, "resource." + id + ".singular"),
                    required(parts.plural, "resource." + id + ".plural"),
                    required(parts.measure, "resource." + id + ".measure"),
                    required(parts.limit, "resource." + id + ".limit"))));
    addOns.forEach(
        (resource, parts) -> {
          if (parts.blockSize < 0) {
            throw new BillingException(
                BillingErrorCode.MALFORMED_VALUE, "addOn." + resource + ".blockSize", "is missing");
          }
          builder.putAddOns(resource, new AddOn(resource, parts.blockSize, parts.prices));
        });
    overages.forEach(
        (resource, parts) ->
            builder.putOveragePrices(resource, parts.toPrice(resource, prices.suffix())));
    return builder.build();
  }

  /**
   * Writes {@code catalog} in this format, one key a line in a stable order (plans, resources,
   * add-ons and overage prices in the catalog's order, prices by frequency, allowances by resource
   * id); {@link #read(Reader)} reads it back as an equal catalog, which writes the same text.
   *
   * @param catalog the catalog
   * @return the properties text
   */
  public static String write(Catalog catalog) {
    StringBuilder out = new StringBuilder(2048);
    line(out, "currency", catalog.currency().getCurrencyCode());
    if (!catalog.otherCurrencies().isEmpty()) {
      line(
          out,
          "currencies",
          String.join(
              ",", catalog.currencies().stream().map(CurrencyUnit::getCurrencyCode).toList()));
    }
    line(
        out,
        "plans",
        String.join(",", catalog.plans().keySet().stream().map(PlanId::value).toList()));
    line(
        out,
        "resources",
        String.join(",", catalog.resources().keySet().stream().map(ResourceId::value).toList()));
    for (Plan plan : catalog.plans().values()) {
      String prefix = "plan." + plan.id() + ".";
      line(out, prefix + "name", plan.name());
      new TreeMap<>(plan.seatPrices())
          .forEach(
              (f, price) ->
                  price(out, prefix + "seat." + f, catalog, c -> c.plan(plan.id()).seatPrice(f)));
      new TreeMap<>(plan.baseFees())
          .forEach(
              (f, fee) ->
                  price(out, prefix + "baseFee." + f, catalog, c -> c.plan(plan.id()).baseFee(f)));
      new TreeMap<>(plan.allowances())
          .forEach((r, allowance) -> line(out, prefix + "allowance." + r, allowance));
      line(out, prefix + "selfServe", plan.selfServe());
      line(out, prefix + "payByInvoice", plan.payByInvoiceAllowed());
      line(out, prefix + "autoFlex", plan.autoFlexEligible());
      if (plan.minimumSeats() != 0) {
        line(out, prefix + "minimumSeats", plan.minimumSeats());
      }
      if (plan.hasTrial() || plan.trialRequiresCard()) {
        line(out, prefix + "trialDays", plan.trialDays());
        line(out, prefix + "trialRequiresCard", plan.trialRequiresCard());
      }
    }
    for (Resource resource : catalog.resources().values()) {
      String prefix = "resource." + resource.id() + ".";
      line(out, prefix + "singular", resource.singular());
      line(out, prefix + "plural", resource.plural());
      line(out, prefix + "measure", resource.measure());
      line(out, prefix + "limit", resource.limit());
    }
    // add-ons and overage prices in the catalog's resource order, so the text is stable
    for (ResourceId id : catalog.resources().keySet()) {
      AddOn addOn = catalog.addOns().get(id);
      if (addOn == null) {
        continue;
      }
      String prefix = "addOn." + addOn.resource() + ".";
      line(out, prefix + "blockSize", addOn.blockSize());
      new TreeMap<>(addOn.prices())
          .forEach(
              (f, price) -> price(out, prefix + "price." + f, catalog, c -> c.addOn(id).price(f)));
    }
    for (ResourceId id : catalog.resources().keySet()) {
      OveragePrice overage = catalog.overagePrices().get(id);
      if (overage == null) {
        continue;
      }
      String prefix = "overage." + overage.resource() + ".";
      if (overage.isTiered()) {
        line(out, prefix + "model", overage.model());
        for (int i = 0; i < overage.tiers().size(); i++) {
          OveragePrice.Tier tier = overage.tiers().get(i);
          String tierPrefix = prefix + "tier." + (i + 1) + ".";
          line(out, tierPrefix + "upTo", tier.isUnbounded() ? "inf" : tier.upTo());
          int index = i;
          price(
              out,
              tierPrefix + "price",
              catalog,
              c -> c.overagePrice(id).orElseThrow().tiers().get(index).unitPrice());
        }
        continue;
      }
      price(out, prefix + "price", catalog, c -> c.overagePrice(id).orElseThrow().price());
      line(out, prefix + "packageSize", overage.packageSize());
    }
    return out.toString();
  }

  /**
   * Writes the price {@code key} in the catalog currency, then in each other currency by ISO code
   * ({@code key.USD}).
   */
  private static void price(
      StringBuilder out, String key, Catalog catalog, Function<Catalog, Amount> price) {
    line(out, key, decimal(price.apply(catalog)));
    for (CurrencyUnit other : catalog.currencies()) {
      if (!other.equals(catalog.currency())) {
        line(
            out,
            key + "." + other.getCurrencyCode(),
            decimal(price.apply(catalog.inCurrency(other))));
      }
    }
  }

  private static void line(StringBuilder out, String key, Object value) {
    // Properties escaping for the value: names may hold any printable character
    String text = String.valueOf(value);
    out.append(key).append('=');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '#' || c == '!' || c == '=' || c == ':' || (i == 0 && c == ' ')) {
        out.append('\\');
      }
      if (c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\n');
  }

  private static String decimal(Amount amount) {
    return amount.toBigDecimal().toPlainString();
  }

  private static List<String> list(Properties properties, String key, boolean required) {
    String value = properties.getProperty(key);
    if (!required && (value == null || value.isBlank())) {
      return List.of();
    }
    if (value == null || value.isBlank()) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          key,
          "the catalog has no '" + key + "' key listing its " + key + " in order");
    }
    List<String> ids = new ArrayList<>();
    for (String id : value.split(",", -1)) {
      ids.add(id.trim());
    }
    return ids;
  }

  private static <K, V> V listed(Map<K, V> parts, K id, String key, String list) {
    V value = parts.get(id);
    if (value == null) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, key, "'" + id + "' is not listed in '" + list + "'");
    }
    return value;
  }

  private static <T> T required(@Nullable T value, String key) {
    if (value == null) {
      throw new BillingException(BillingErrorCode.MALFORMED_VALUE, key, "is missing");
    }
    return value;
  }

  private static ResourceId listedResource(
      Map<ResourceId, ResourceParts> resources, String key, String id) {
    ResourceId resource = resourceId(key, id);
    listed(resources, resource, key, "resources");
    return resource;
  }

  private static PlanId planId(String key, String id) {
    return named(key, () -> PlanId.of(id));
  }

  private static ResourceId resourceId(String key, String id) {
    return named(key, () -> ResourceId.of(id));
  }

  private static BillingFrequency frequency(String key, String text) {
    return named(key, () -> BillingFrequency.parse(text));
  }

  /** Runs {@code parse}, naming the catalog key in a refusal instead of the value's own field. */
  private static <T> T named(String key, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (BillingException e) {
      BillingException named = new BillingException(e.errorCode(), key, detail(e));
      named.initCause(e);
      throw named;
    }
  }

  private static String detail(BillingException e) {
    String prefix = e.errorCode().code() + " " + e.errorCode() + " [" + e.field() + "]: ";
    String message = e.getMessage();
    return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : "";
  }

  private static final class ResourceParts {
    @Nullable String singular;
    @Nullable String plural;
    Resource.@Nullable Measure measure;
    Resource.@Nullable Limit limit;
  }

  private static final class PlanParts {
    @Nullable String name;
    final Map<BillingFrequency, Amount> seat = new TreeMap<>();
    final Map<BillingFrequency, Amount> baseFee = new TreeMap<>();
    final Map<ResourceId, Long> allowances = new TreeMap<>();
    boolean selfServe = true;
    boolean payByInvoice;
    boolean autoFlex;
    int trialDays;
    boolean trialRequiresCard;
    int minimumSeats;
  }

  private static final class AddOnParts {
    long blockSize = -1; // not given; count() refuses negative values
    final Map<BillingFrequency, Amount> prices = new TreeMap<>();
  }

  private static final class OverageParts {
    @Nullable Amount price;
    long packageSize = 1;
    boolean packageSizeGiven;
    OveragePrice.Model model = OveragePrice.Model.PACKAGE;
    final Map<Integer, Long> upTo = new TreeMap<>();
    final Map<Integer, Amount> tierPrices = new TreeMap<>();

    /** Reads {@code overage.X.tier.N.upTo} or {@code overage.X.tier.N.price}. */
    void tier(String key, String[] parts, String value, Prices prices) {
      part(key, parts, 4);
      int number;
      try {
        number = Integer.parseInt(parts[3]);
      } catch (NumberFormatException e) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE, key, "'" + parts[3] + "' is not a tier number");
      }
      if (number < 1 || number > OveragePrice.MAX_TIERS) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE,
            key,
            "tier " + number + " is not 1 to " + OveragePrice.MAX_TIERS);
      }
      switch (parts[4]) {
        case "upTo" -> {
          requireLength(key, parts, 5);
          upTo.put(number, value.equals("inf") ? OveragePrice.Tier.UNBOUNDED : count(key, value));
        }
        case "price" -> prices.read(key, parts, 5, value, a -> tierPrices.put(number, a));
        default -> throw unknownKey(key);
      }
    }

    OveragePrice toPrice(ResourceId resource, String suffix) {
      String prefix = "overage." + resource + ".";
      if (model == OveragePrice.Model.PACKAGE) {
        if (!upTo.isEmpty() || !tierPrices.isEmpty()) {
          throw new BillingException(
              BillingErrorCode.MALFORMED_VALUE,
              prefix + "tier",
              "a PACKAGE price has no tiers: set " + prefix + "model=GRADUATED or VOLUME");
        }
        return new OveragePrice(resource, required(price, prefix + "price" + suffix), packageSize);
      }
      if (price != null || packageSizeGiven) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE,
            prefix + (price != null ? "price" : "packageSize"),
            "a " + model + " price is given by its tiers only");
      }
      List<OveragePrice.Tier> tiers = new ArrayList<>();
      int count = Math.max(upTo.size(), tierPrices.size());
      for (int number = 1; number <= count; number++) {
        tiers.add(
            new OveragePrice.Tier(
                required(upTo.get(number), prefix + "tier." + number + ".upTo"),
                required(tierPrices.get(number), prefix + "tier." + number + ".price" + suffix)));
      }
      return OveragePrice.tiered(resource, model, tiers);
    }
  }

  /**
   * The price keys of one reading pass: those in the pass's currency are read, the others only
   * checked. A key without a currency suffix is in the catalog currency; {@code
   * plan.X.seat.MONTHLY.USD} is in USD, which {@code currencies} must list.
   */
  private static final class Prices {
    final CurrencyUnit selected;
    private final CurrencyUnit currency;
    private final Map<String, CurrencyUnit> currencies;

    /** The price keys read in this pass, without their currency suffix. */
    final Set<String> keys = new TreeSet<>();

    Prices(CurrencyUnit selected, CurrencyUnit currency, Map<String, CurrencyUnit> currencies) {
      this.selected = selected;
      this.currency = currency;
      this.currencies = currencies;
    }

    /** Reads the price {@code key} of {@code length} parts, or one more for a currency suffix. */
    void read(String key, String[] parts, int length, String value, Consumer<Amount> put) {
      CurrencyUnit in;
      if (parts.length == length) {
        in = currency;
      } else if (parts.length == length + 1) {
        String code = parts[length];
        CurrencyUnit listed = currencies.get(code);
        if (listed == null) {
          throw new BillingException(
              BillingErrorCode.MALFORMED_VALUE,
              key,
              "'" + code + "' is not listed in 'currencies'");
        }
        if (listed.getCurrencyCode().equals(currency.getCurrencyCode())) {
          throw new BillingException(
              BillingErrorCode.MALFORMED_VALUE,
              key,
              "a price in the catalog currency " + code + " takes no currency suffix");
        }
        in = listed;
      } else {
        throw unknownKey(key);
      }
      if (in.getCurrencyCode().equals(selected.getCurrencyCode())) {
        put.accept(amount(key, value, in));
        keys.add(parts.length == length ? key : key.substring(0, key.lastIndexOf('.')));
      }
    }

    /**
     * Refuses this pass's prices unless they are {@code catalogCurrencyKeys} in this currency: a
     * price given in the catalog currency and not in this one, or the reverse.
     */
    void requireSameKeys(Set<String> catalogCurrencyKeys) {
      String suffix = suffix();
      for (String key : catalogCurrencyKeys) {
        if (!keys.contains(key)) {
          throw new BillingException(
              BillingErrorCode.MALFORMED_VALUE,
              key + suffix,
              "is missing: every price is given in each of 'currencies'");
        }
      }
      for (String key : keys) {
        if (!catalogCurrencyKeys.contains(key)) {
          throw new BillingException(
              BillingErrorCode.MALFORMED_VALUE,
              key + suffix,
              "has no price in the catalog currency "
                  + currency.getCurrencyCode()
                  + " ('"
                  + key
                  + "')");
        }
      }
    }

    /** Returns the key suffix of this pass's prices: empty in the catalog currency. */
    String suffix() {
      return selected.getCurrencyCode().equals(currency.getCurrencyCode())
          ? ""
          : "." + selected.getCurrencyCode();
    }
  }

  private static String part(String key, String[] parts, int index) {
    if (parts.length <= index) {
      throw unknownKey(key);
    }
    return parts[index];
  }

  private static void requireLength(String key, String[] parts, int length) {
    if (parts.length != length) {
      throw unknownKey(key);
    }
  }

  private static boolean flag(String key, String[] parts, String value) {
    requireLength(key, parts, 3);
    if (!value.equals("true") && !value.equals("false")) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, key, "'" + value + "' is not true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static Amount amount(String key, String value, CurrencyUnit currency) {
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, key, "'" + value + "' is not a decimal amount");
    }
    try {
      return Amount.of(decimal, currency);
    } catch (BillingException e) {
      // Same code (scale exceeded, overflow), but about the catalog key rather than "amount".
      BillingException named =
          new BillingException(e.errorCode(), key, "'" + value + "': " + detail(e));
      named.initCause(e);
      throw named;
    }
  }

  private static int minimumSeats(String key, String value) {
    long seats = count(key, value);
    if (seats > InputLimits.MAX_SEATS) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          key,
          "'" + value + "' is more than " + InputLimits.MAX_SEATS + " seats");
    }
    return (int) seats;
  }

  private static int trialDays(String key, String value) {
    long days = count(key, value);
    if (days > Plan.MAX_TRIAL_DAYS) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          key,
          "'" + value + "' is more than " + Plan.MAX_TRIAL_DAYS + " days");
    }
    return (int) days;
  }

  private static long count(String key, String value) {
    try {
      long count = Long.parseLong(value.replace("_", ""));
      if (count < 0) {
        throw new BillingException(
            BillingErrorCode.MALFORMED_VALUE, key, "'" + value + "' is negative");
      }
      return count;
    } catch (NumberFormatException e) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, key, "'" + value + "' is not a whole number");
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE, key, "'" + name + "' is not a " + type.getSimpleName());
    }
  }

  private static BillingException unknownKey(String key) {
    return new BillingException(
        BillingErrorCode.MALFORMED_VALUE, key, "unknown catalog key '" + key + "'");
  }
}
