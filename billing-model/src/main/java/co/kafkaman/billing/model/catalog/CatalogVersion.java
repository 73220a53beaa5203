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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of a price list: a {@link Catalog} and the date it takes effect, with its identity
 * ({@link CatalogVersionId}: the date and a SHA-256 fingerprint of the catalog's properties text,
 * computed once when the version is made). A subscription holds the version that prices it, so the
 * engine finds its catalog without any lookup or hashing per command.
 *
 * <p>Equality is that of the identity: two versions with the same date and the same content are
 * equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogVersion {
  private final Catalog catalog;
  private final CatalogVersionId id;

  private CatalogVersion(LocalDate effectiveFrom, Catalog catalog) {
    this.catalog = catalog;
    this.id = new CatalogVersionId(effectiveFrom, fingerprint(catalog));
  }

  /**
   * Returns the version of {@code catalog} in effect from {@code effectiveFrom}.
   *
   * @param effectiveFrom the first day the version is in effect
   * @param catalog the price list
   * @return the version, its fingerprint computed
   * @throws NullPointerException if an argument is null
   */
  public static CatalogVersion of(LocalDate effectiveFrom, Catalog catalog) {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(catalog, "catalog");
    return new CatalogVersion(effectiveFrom, catalog);
  }

  /**
   * Returns the SHA-256 of {@link CatalogFormat#write(Catalog) the catalog's properties text}, in
   * lower-case hex: equal catalogs have equal fingerprints, and any price, plan or resource changed
   * changes it.
   *
   * @param catalog the catalog
   * @return 64 lower-case hex digits
   */
  public static String fingerprint(Catalog catalog) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(CatalogFormat.write(catalog).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // every Java platform provides SHA-256
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * Returns the price list.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the first day the version is in effect.
   *
   * @return the date
   */
  public LocalDate effectiveFrom() {
    return id.effectiveFrom();
  }

  /**
   * Returns the identity recorded in history entries.
   *
   * @return the date and fingerprint
   */
  public CatalogVersionId id() {
    return id;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof CatalogVersion other && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the identity, such as {@code "2025-01-01@3f5a0c9e1b2d"}.
   *
   * @return the version as text
   */
  @Override
  public String toString() {
    return id.toString();
  }
}
