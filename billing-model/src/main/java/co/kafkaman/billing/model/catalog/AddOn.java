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
import co.kafkaman.billing.model.time.BillingFrequency;
import java.util.Map;
import java.util.TreeMap;

/**
 * An add-on block definition: buying one block raises the allowance of {@code resource} by {@code
 * blockSize} for the price of the billing frequency.
 *
 * <p>Example: a monitoring block of 10,000 requests at USD 8.00 monthly. Immutable and thread-safe.
 *
 * @param resource the resource a block raises
 * @param blockSize the units one block adds, more than zero
 * @param prices the price of one block for one cycle, per frequency
 * @since 0.1.0
 */
public record AddOn(ResourceId resource, long blockSize, Map<BillingFrequency, Amount> prices) {

  /**
   * Validates the definition and copies the prices.
   *
   * @param resource the resource a block raises
   * @param blockSize the units one block adds, more than zero
   * @param prices the price of one block for one cycle, per frequency
   */
  public AddOn {
    BillingException.check(
        blockSize > 0,
        BillingErrorCode.INVALID_CATALOG,
        "blockSize",
        () -> resource + " block size must be positive, was " + blockSize);
    BillingException.check(
        !prices.isEmpty(),
        BillingErrorCode.INVALID_CATALOG,
        "prices",
        () -> resource + " add-on has no price");
    prices.forEach(
        (frequency, price) ->
            BillingException.check(
                !price.isNegative(),
                BillingErrorCode.INVALID_CATALOG,
                "prices." + frequency,
                () -> resource + " add-on price " + price + " is negative"));
    // frequency order (shortest first), so iteration is the same in every JVM; a scan of
    // references, as price(frequency) is on the hot path of every change and renewal with blocks
    prices = SmallTable.copyOf(new TreeMap<>(prices));
  }

  /**
   * Returns the price of one block for one cycle of {@code frequency}.
   *
   * @param frequency the frequency
   * @return the block price
   * @throws BillingException {@code FREQUENCY_NOT_OFFERED} if there is no price for it
   */
  public Amount price(BillingFrequency frequency) {
    Amount price = prices.get(frequency);
    if (price == null) {
      throw new BillingException(
          BillingErrorCode.FREQUENCY_NOT_OFFERED,
          "frequency",
          resource + " add-on has no " + frequency + " price");
    }
    return price;
  }
}
