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
package co.kafkaman.billing.model.invoice;

import co.kafkaman.billing.model.InputLimits;
import java.util.Optional;

/**
 * What a team prints on its invoices: company name, billing email, address and VAT ID. An invoice
 * copies them when it is issued; editing them later changes future invoices only.
 *
 * <p>Immutable and thread-safe. Empty text means "not given". The texts are free texts ({@link
 * InputLimits#requireText}; the address {@link InputLimits#requireLines}), the billing email an
 * email ({@link InputLimits#requireEmail}).
 *
 * @param companyName the company name, or empty
 * @param billingEmail where invoices are sent, not blank
 * @param address the postal address (lines separated by newlines), or empty
 * @param vatId the VAT ID, or empty
 * @since 0.1.0
 */
public record BillingDetails(
    String companyName, String billingEmail, String address, String vatId) {

  /**
   * Validates the details.
   *
   * @param companyName the company name, or empty
   * @param billingEmail where invoices are sent, not blank
   * @param address the postal address (lines separated by newlines), or empty
   * @param vatId the VAT ID, or empty
   */
  public BillingDetails {
    InputLimits.requireText("companyName", companyName);
    InputLimits.requireEmail("billingEmail", billingEmail);
    InputLimits.requireLines("address", address);
    InputLimits.requireText("vatId", vatId);
  }

  /**
   * Returns details with only a billing email.
   *
   * @param billingEmail where invoices are sent
   * @return the details
   */
  public static BillingDetails ofEmail(String billingEmail) {
    return new BillingDetails("", billingEmail, "", "");
  }

  /**
   * Returns the VAT ID, if one is given.
   *
   * @return the VAT ID or empty
   */
  public Optional<String> vatIdIfPresent() {
    return vatId.isEmpty() ? Optional.empty() : Optional.of(vatId);
  }

  /**
   * Returns a copy with another VAT ID.
   *
   * @param newVatId the VAT ID, or empty to remove it
   * @return the updated details
   */
  public BillingDetails withVatId(String newVatId) {
    return new BillingDetails(companyName, billingEmail, address, newVatId);
  }

  /**
   * Returns a copy with another company name.
   *
   * @param newCompanyName the company name
   * @return the updated details
   */
  public BillingDetails withCompanyName(String newCompanyName) {
    return new BillingDetails(newCompanyName, billingEmail, address, vatId);
  }

  /**
   * Returns a copy with another address.
   *
   * @param newAddress the address
   * @return the updated details
   */
  public BillingDetails withAddress(String newAddress) {
    return new BillingDetails(companyName, billingEmail, newAddress, vatId);
  }
}
