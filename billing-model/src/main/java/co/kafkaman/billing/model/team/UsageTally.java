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
package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.InputLimits;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one resource used in the open usage month: the units used, the units that became billable
 * overage (counted when each reading went past the entitlement then in force, while overage was
 * allowed), and the units per source (a monitor, a mock server), so a team sees what drives its
 * usage.
 *
 * <p>Example: 12,500 monitoring requests used, 2,500 billable, {@code {monitor-a=8000,
 * monitor-b=4500}}.
 *
 * <p>Immutable and thread-safe. Never negative; billable never exceeds used; the sources sum to
 * used; used is at most {@link InputLimits#MAX_USAGE_PER_MONTH} ({@code INVALID_QUANTITY} beyond,
 * so no count overflows).
 *
 * @param used the units used this usage month
 * @param billable the units past the entitlement recorded while overage was allowed
 * @param bySource the units per source, sorted by source name
 * @since 0.1.0
 */
public record UsageTally(long used, long billable, Map<String, Long> bySource) {

  /** The source name of readings that name none. */
  public static final String UNNAMED_SOURCE = "(no source)";

  /** Nothing used. */
  public static final UsageTally NONE = new UsageTally(0, 0, Map.of());

  /**
   * Validates the counts and copies the sources.
   *
   * @param used the units used this usage month
   * @param billable the units past the entitlement recorded while overage was allowed
   * @param bySource the units per source, sorted by source name
   */
  public UsageTally {
    InputLimits.requireQuantity("used", used, 0, InputLimits.MAX_USAGE_PER_MONTH);
    BillingException.check(
        used >= 0 && billable >= 0 && billable <= used,
        BillingErrorCode.INCONSISTENT_STATE,
        "billable",
        () -> billable + " billable of " + used + " used is outside [0, used]");
    long sum = 0;
    for (Map.Entry<String, Long> entry : bySource.entrySet()) {
      Objects.requireNonNull(entry.getKey(), "bySource key");
      Objects.requireNonNull(entry.getValue(), "bySource value");
      BillingException.check(
          entry.getValue() >= 0,
          BillingErrorCode.INVALID_QUANTITY,
          "bySource." + entry.getKey(),
          () -> "must not be negative, was " + entry.getValue());
      if (entry.getValue() > used - sum) { // the sum would pass used: no overflow checking it
        throw new BillingException(
            BillingErrorCode.INCONSISTENT_STATE,
            "bySource",
            "sources sum to more than the " + used + " used");
      }
      sum += entry.getValue();
    }
    if (sum != used) {
      throw new BillingException(
          BillingErrorCode.INCONSISTENT_STATE,
          "bySource",
          "sources sum to " + sum + ", not to the " + used + " used");
    }
    bySource = bySource.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(bySource));
  }

  /**
   * Returns the tally after a reading of {@code quantity} units from {@code source}, {@code
   * billable} of them past the entitlement.
   *
   * @param quantity the units read, more than zero
   * @param billableUnits how many of them are billable overage, between 0 and {@code quantity}
   * @param source the source, or blank for {@link #UNNAMED_SOURCE}
   * @return the new tally
   * @throws BillingException {@code INVALID_QUANTITY} when the month's total would pass {@link
   *     InputLimits#MAX_USAGE_PER_MONTH}
   */
  public UsageTally plus(long quantity, long billableUnits, String source) {
    BillingException.check(
        quantity > 0,
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        () -> "must be positive, was " + quantity);
    BillingException.check(
        billableUnits >= 0 && billableUnits <= quantity,
        BillingErrorCode.INCONSISTENT_STATE,
        "billable",
        () -> billableUnits + " is outside [0, " + quantity + "]");
    BillingException.check(
        quantity <= InputLimits.MAX_USAGE_PER_MONTH - used,
        BillingErrorCode.INVALID_QUANTITY,
        "quantity",
        () ->
            quantity
                + " more units would pass the "
                + InputLimits.MAX_USAGE_PER_MONTH
                + " units a usage month counts ("
                + used
                + " used)");
    TreeMap<String, Long> sources = new TreeMap<>(bySource);
    sources.merge(source.isBlank() ? UNNAMED_SOURCE : source, quantity, Long::sum);
    return new UsageTally(used + quantity, billable + billableUnits, sources);
  }
}
