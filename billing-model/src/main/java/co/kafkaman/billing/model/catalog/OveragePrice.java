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

/**
 * The pay-as-you-go price of usage past the entitlement: {@code price} per package of {@code
 * packageSize} units, partial packages rounded up to whole ones. A package size of 1 is a per-unit
 * price.
 *
 * <p>Example: USD 0.90 per 1,000 monitoring requests; 2,500 billable requests are 3 packages, USD
 * 2.70. Immutable and thread-safe.
 *
 * @param resource the resource priced
 * @param price the price of one package, not negative
 * @param packageSize the units in one package, more than zero
 * @since 0.1.0
 */
public record OveragePrice(ResourceId resource, Amount price, long packageSize) {

  /**
   * Validates the price.
   *
   * @param resource the resource priced
   * @param price the price of one package, not negative
   * @param packageSize the units in one package, more than zero
   */
  public OveragePrice {
    BillingException.check(
        !price.isNegative(),
        BillingErrorCode.INVALID_CATALOG,
        "price",
        () -> resource + " overage price " + price + " is negative");
    BillingException.check(
        packageSize > 0,
        BillingErrorCode.INVALID_CATALOG,
        "packageSize",
        () -> resource + " overage package size must be positive, was " + packageSize);
  }

  /**
   * Returns the number of whole packages that cover {@code billableUnits}, rounding up.
   *
   * @param billableUnits the units past the entitlement, zero or more
   * @return the packages to charge
   */
  public long packagesFor(long billableUnits) {
    BillingException.check(
        billableUnits >= 0,
        BillingErrorCode.INVALID_QUANTITY,
        "billableUnits",
        () -> "must not be negative, was " + billableUnits);
    return billableUnits / packageSize + (billableUnits % packageSize == 0 ? 0 : 1);
  }
}
