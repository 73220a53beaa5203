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

/**
 * A resource the host defines in its catalog: what it is called (singular and plural, as invoices
 * and summaries print it), how it is counted and what happens past a team's entitlement (plan
 * allowance plus add-on blocks).
 *
 * <p>Example (the kafkaman sample): {@code MONITORING_REQUESTS}, "monitoring request" / "monitoring
 * requests", {@link Measure#METERED}, {@link Limit#OVERAGE_OPTIONAL}: usage is summed per usage
 * month, and past the entitlement a reading is refused unless the team allows overage, which the
 * catalog's overage price then bills. Custom domains are {@link Measure#IN_USE} with a {@link
 * Limit#HARD} limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the host's id
 * @param singular the name of one unit, such as {@code "build minute"}: 1 to 64 printable
 *     characters
 * @param plural the name of several units, such as {@code "build minutes"}
 * @param measure metered per usage period, or counted in use
 * @param limit what happens past the entitlement
 * @since 0.1.0
 */
public record Resource(
    ResourceId id, String singular, String plural, Measure measure, Limit limit) {

  /** The longest singular or plural name accepted. */
  public static final int MAX_NAME_LENGTH = 64;

  /** How a resource's use is counted. */
  public enum Measure {
    /** Units are summed per usage period (aligned to the anchor), such as API calls. */
    METERED,
    /** What is in use at a time is counted, such as custom domains or integrations. */
    IN_USE
  }

  /** What happens to use past a team's entitlement. */
  public enum Limit {
    /** Refused: the entitlement is a hard limit. */
    HARD,
    /**
     * Refused unless the team allows overage ({@code SetOverage}); allowed overage is billed at the
     * catalog's overage price.
     */
    OVERAGE_OPTIONAL,
    /** Always accepted and billed at the catalog's overage price. */
    OVERAGE_ALWAYS,
    /** Accepted and counted, never billed: the allowance is informational. */
    UNENFORCED
  }

  /**
   * Validates the definition.
   *
   * @param id the host's id
   * @param singular the name of one unit
   * @param plural the name of several units
   * @param measure metered or in use
   * @param limit what happens past the entitlement
   */
  public Resource {
    checkName(id, "singular", singular);
    checkName(id, "plural", plural);
    if (measure == null || limit == null) {
      throw new NullPointerException("measure and limit must not be null");
    }
  }

  /**
   * Returns a resource named {@code singular}/{@code plural}.
   *
   * @param id the id text
   * @param singular the name of one unit
   * @param plural the name of several units
   * @param measure metered or in use
   * @param limit what happens past the entitlement
   * @return the definition
   */
  public static Resource of(
      String id, String singular, String plural, Measure measure, Limit limit) {
    return new Resource(ResourceId.of(id), singular, plural, measure, limit);
  }

  static void checkName(Object owner, String field, String name) {
    if (name == null) {
      throw new NullPointerException(field + " must not be null");
    }
    boolean printable = !name.isBlank() && name.length() <= MAX_NAME_LENGTH;
    for (int i = 0; printable && i < name.length(); i++) {
      printable = !Character.isISOControl(name.charAt(i));
    }
    boolean valid = printable;
    BillingException.check(
        valid,
        BillingErrorCode.INVALID_CATALOG,
        field,
        () ->
            owner
                + ": a name is 1 to "
                + MAX_NAME_LENGTH
                + " printable characters, was "
                + name.length()
                + " long");
  }

  /**
   * Returns the plural name, as lists and summaries print the resource: {@code "monitoring
   * requests"}.
   *
   * @return the plural name
   */
  public String label() {
    return plural;
  }

  /**
   * Returns the name that goes with {@code count}: the singular for 1, the plural otherwise.
   *
   * @param count the count printed beside it
   * @return {@code "build minute"} or {@code "build minutes"}
   */
  public String label(long count) {
    return count == 1 ? singular : plural;
  }

  /**
   * Returns whether use is summed per usage period.
   *
   * @return true for {@link Measure#METERED}
   */
  public boolean isMetered() {
    return measure == Measure.METERED;
  }

  /**
   * Returns whether a team may allow or disallow overage of this resource.
   *
   * @return true for {@link Limit#OVERAGE_OPTIONAL}
   */
  public boolean hasOverageSetting() {
    return limit == Limit.OVERAGE_OPTIONAL;
  }

  /**
   * Returns whether use past the entitlement is always refused.
   *
   * @return true for {@link Limit#HARD}
   */
  public boolean isHardLimit() {
    return limit == Limit.HARD;
  }

  /**
   * Returns whether use past the entitlement may be billed (always, or when the team allows it).
   *
   * @return true for {@link Limit#OVERAGE_OPTIONAL} and {@link Limit#OVERAGE_ALWAYS}
   */
  public boolean isOverageBillable() {
    return limit == Limit.OVERAGE_OPTIONAL || limit == Limit.OVERAGE_ALWAYS;
  }

  /**
   * Returns the plural name.
   *
   * @return the plural name
   */
  @Override
  public String toString() {
    return plural;
  }
}
