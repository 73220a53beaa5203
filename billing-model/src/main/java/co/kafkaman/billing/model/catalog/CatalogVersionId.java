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
import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one {@link CatalogVersion}: the date it takes effect and the fingerprint of its
 * content (the SHA-256 of {@link CatalogFormat#write(Catalog)}, in lower-case hex). Every history
 * entry records the identity of the version that priced it, so a replay under a price list whose
 * content changed is recognised and refused ({@code CATALOG_VERSION_MISMATCH}).
 *
 * <p>Example: {@code 2025-01-01@3f5a...}, printed with the first 12 hex digits.
 *
 * @param effectiveFrom the first day the version is in effect
 * @param fingerprint the SHA-256 of the version's properties text, 64 lower-case hex digits
 * @since 0.1.0
 */
public record CatalogVersionId(LocalDate effectiveFrom, String fingerprint) {

  /**
   * Checks the identity.
   *
   * @param effectiveFrom the first day the version is in effect
   * @param fingerprint the SHA-256 of the version's properties text, 64 lower-case hex digits
   * @throws BillingException {@code MALFORMED_VALUE [fingerprint]} for anything but 64 lower-case
   *     hex digits
   * @throws NullPointerException if an argument is null
   */
  public CatalogVersionId {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(fingerprint, "fingerprint");
    BillingException.check(
        fingerprint.matches("[0-9a-f]{64}"),
        BillingErrorCode.MALFORMED_VALUE,
        "fingerprint",
        () -> "must be 64 lower-case hex digits, was '" + fingerprint + "'");
  }

  /**
   * Returns {@code "2025-01-01@3f5a0c9e1b2d"}: the date and the first 12 hex digits.
   *
   * @return the identity as text
   */
  @Override
  public String toString() {
    return effectiveFrom + "@" + fingerprint.substring(0, 12);
  }
}
