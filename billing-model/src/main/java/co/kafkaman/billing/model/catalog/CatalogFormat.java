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
import co.kafkaman.billing.model.money.Amount;
import co.kafkaman.billing.model.money.Currencies;
import co.kafkaman.billing.model.time.BillingFrequency;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/**
 * Reads a {@link Catalog} from a Java properties text, so a price list is data, not code.
 *
 * <p>The keys (amounts are plain decimals in the catalog currency):
 *
 * <pre>
 * currency=USD
 * plan.BASIC.seat.MONTHLY=12.00          # per-seat price per offered frequency
 * plan.BASIC.seat.ANNUAL=144.00
 * plan.BASIC.allowance.MONITORING_REQUESTS=10000
 * plan.BASIC.selfServe=true              # default true
 * plan.BASIC.payByInvoice=false          # default false
 * plan.BASIC.autoFlex=true               # default false
 * addOn.MONITORING_REQUESTS.blockSize=10000
 * addOn.MONITORING_REQUESTS.price.MONTHLY=8.00
 * overage.MONITORING_REQUESTS.price=0.90
 * overage.MONITORING_REQUESTS.packageSize=1000   # default 1 (per unit)
 * </pre>
 *
 * <p>An unknown key, tier, resource or frequency, or a malformed number, is refused with {@code
 * MALFORMED_VALUE} naming the key.
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
    CurrencyUnit currency = Currencies.of(currencyCode.trim());
    Map<PlanTier, PlanParts> plans = new EnumMap<>(PlanTier.class);
    Map<Resource, AddOnParts> addOns = new EnumMap<>(Resource.class);
    Map<Resource, OverageParts> overages = new EnumMap<>(Resource.class);
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).trim();
      // Limit -1 keeps trailing empty parts, so "plan.BASIC.seat.ANNUAL." is an unknown key.
      String[] p = key.split("\\.", -1);
      switch (p[0]) {
        case "currency" -> requireLength(key, p, 1);
        case "plan" -> {
          PlanParts plan =
              plans.computeIfAbsent(
                  parseEnum(PlanTier.class, key, part(key, p, 1)), t -> new PlanParts());
          switch (part(key, p, 2)) {
            case "seat" -> {
              requireLength(key, p, 4);
              plan.seat.put(
                  parseEnum(BillingFrequency.class, key, p[3]), amount(key, value, currency));
            }
            case "allowance" -> {
              requireLength(key, p, 4);
              plan.allowances.put(parseEnum(Resource.class, key, p[3]), count(key, value));
            }
            case "selfServe" -> plan.selfServe = flag(key, p, value);
            case "payByInvoice" -> plan.payByInvoice = flag(key, p, value);
            case "autoFlex" -> plan.autoFlex = flag(key, p, value);
            default -> throw unknownKey(key);
          }
        }
        case "addOn" -> {
          AddOnParts addOn =
              addOns.computeIfAbsent(
                  parseEnum(Resource.class, key, part(key, p, 1)), r -> new AddOnParts());
          switch (part(key, p, 2)) {
            case "blockSize" -> {
              requireLength(key, p, 3);
              addOn.blockSize = count(key, value);
            }
            case "price" -> {
              requireLength(key, p, 4);
              addOn.prices.put(
                  parseEnum(BillingFrequency.class, key, p[3]), amount(key, value, currency));
            }
            default -> throw unknownKey(key);
          }
        }
        case "overage" -> {
          OverageParts overage =
              overages.computeIfAbsent(
                  parseEnum(Resource.class, key, part(key, p, 1)), r -> new OverageParts());
          requireLength(key, p, 3);
          switch (p[2]) {
            case "price" -> overage.price = amount(key, value, currency);
            case "packageSize" -> overage.packageSize = count(key, value);
            default -> throw unknownKey(key);
          }
        }
        default -> throw unknownKey(key);
      }
    }
    Catalog.Builder builder = Catalog.builder().currency(currency);
    plans.forEach(
        (tier, parts) ->
            builder.putPlans(
                tier,
                Plan.builder()
                    .tier(tier)
                    .seatPrices(parts.seat)
                    .allowances(parts.allowances)
                    .selfServe(parts.selfServe)
                    .payByInvoiceAllowed(parts.payByInvoice)
                    .autoFlexEligible(parts.autoFlex)
                    .build()));
    addOns.forEach(
        (resource, parts) -> {
          if (parts.blockSize < 0) {
            throw new BillingException(
                BillingErrorCode.MALFORMED_VALUE, "addOn." + resource + ".blockSize", "is missing");
          }
          builder.putAddOns(resource, new AddOn(resource, parts.blockSize, parts.prices));
        });
    overages.forEach(
        (resource, parts) -> {
          Amount price = parts.price;
          if (price == null) {
            throw new BillingException(
                BillingErrorCode.MALFORMED_VALUE, "overage." + resource + ".price", "is missing");
          }
          builder.putOveragePrices(resource, new OveragePrice(resource, price, parts.packageSize));
        });
    return builder.build();
  }

  private static final class PlanParts {
    final Map<BillingFrequency, Amount> seat = new EnumMap<>(BillingFrequency.class);
    final Map<Resource, Long> allowances = new EnumMap<>(Resource.class);
    boolean selfServe = true;
    boolean payByInvoice;
    boolean autoFlex;
  }

  private static final class AddOnParts {
    long blockSize = -1; // not given; count() refuses negative values
    final Map<BillingFrequency, Amount> prices = new EnumMap<>(BillingFrequency.class);
  }

  private static final class OverageParts {
    @org.jspecify.annotations.Nullable Amount price;
    long packageSize = 1;
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
      String prefix = e.errorCode().code() + " " + e.errorCode() + " [" + e.field() + "]: ";
      String message = e.getMessage();
      String detail =
          message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : "";
      BillingException named =
          new BillingException(e.errorCode(), key, "'" + value + "': " + detail);
      named.initCause(e);
      throw named;
    }
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
