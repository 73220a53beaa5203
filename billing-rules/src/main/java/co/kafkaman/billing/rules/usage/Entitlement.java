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
package co.kafkaman.billing.rules.usage;

import co.kafkaman.billing.model.catalog.Catalog;
import co.kafkaman.billing.model.catalog.ResourceId;
import co.kafkaman.billing.model.team.Terms;

/**
 * What a team may use of a resource per usage month (or in total, for custom domains): the plan's
 * allowance plus purchased blocks x block size.
 *
 * <p>Example (sample catalog): Basic with one monitoring block: {@code 10,000 + 1 x 10,000 =
 * 20,000} monitoring requests a usage month.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource the resource
 * @param included the plan's allowance
 * @param blocks the add-on blocks bought
 * @param blockSize the units one block adds (0 when the catalog sells none)
 * @since 0.1.0
 */
public record Entitlement(ResourceId resource, long included, int blocks, long blockSize) {

  /**
   * Returns the entitlement of {@code resource} under {@code terms}.
   *
   * @param terms the terms in force
   * @param catalog the price list
   * @param resource the resource
   * @return the entitlement
   * @throws co.kafkaman.billing.model.BillingException {@code UNKNOWN_PLAN} for a plan not in the
   *     catalog
   */
  public static Entitlement of(Terms terms, Catalog catalog, ResourceId resource) {
    long included = catalog.plan(terms.plan()).allowance(resource);
    int blocks = terms.blocks(resource);
    long blockSize = blocks == 0 ? 0 : catalog.addOn(resource).blockSize();
    return new Entitlement(resource, included, blocks, blockSize);
  }

  /**
   * Returns the units bought as blocks: {@code blocks x blockSize}.
   *
   * @return the purchased units
   */
  public long purchased() {
    return Math.multiplyExact(blocks, blockSize);
  }

  /**
   * Returns the whole entitlement: {@code included + purchased}.
   *
   * @return the units a team may use
   */
  public long total() {
    return Math.addExact(included, purchased());
  }

  /**
   * Returns {@code "20,000 (10,000 + 1 block of 10,000)"}, or {@code "10,000"} without blocks.
   *
   * @return the entitlement as text
   */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(48)).toString();
  }

  /**
   * Appends {@link #toString()}'s text to {@code text}, digits grouped, without intermediate
   * strings: an overage line's note writes it for every renewal with overage.
   *
   * @param text the buffer
   * @return {@code text}
   */
  StringBuilder appendTo(StringBuilder text) {
    appendCount(text, total());
    if (blocks == 0) {
      return text;
    }
    appendCount(text.append(" ("), included);
    text.append(" + ").append(blocks).append(blocks == 1 ? " block" : " blocks").append(" of ");
    return appendCount(text, blockSize).append(')');
  }

  /**
   * Returns {@code units} with a comma every three digits ({@code 125,000}), as {@code
   * String.format(Locale.ROOT, "%,d", units)} does, without a formatter: overage lines build their
   * note with it on every renewal.
   */
  static String count(long units) {
    return appendCount(new StringBuilder(26), units).toString();
  }

  /** Appends {@code units} with its digits grouped by threes: {@code 1,250,000}. */
  static StringBuilder appendCount(StringBuilder text, long units) {
    if (units > -1000 && units < 1000) {
      return text.append(units);
    }
    String digits = Long.toString(units);
    int sign = units < 0 ? 1 : 0;
    int length = digits.length() - sign;
    text.append(digits, 0, sign);
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(sign + i));
    }
    return text;
  }
}
