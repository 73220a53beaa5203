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
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A price list over time: catalog versions ordered by strictly increasing effective dates, like the
 * dated versions of the dunning and auto-flex policies, with the rule by which existing teams adopt
 * a new version ({@link VersionAdoption}, {@link VersionAdoption#NEXT_RENEWAL} by default).
 *
 * <p>A new version must be compatible with the one before it: the same currency, and every plan and
 * resource of the previous version still defined (plans, resources, prices and add-ons may be
 * added, prices changed). Removing a plan or a resource is refused ({@code
 * CATALOG_VERSION_MISMATCH}) because teams may be on it: a plan is retired by offering it no longer
 * to new teams in the host's own screens, never by deleting it from the price list.
 *
 * <p>Properties format: one catalog properties file per version (the keys of {@link CatalogFormat})
 * plus the key {@code effectiveFrom=2025-01-01} (ISO date); {@link #read(List)} reads several. A
 * single catalog is a one-version list effective from {@link InputLimits#EARLIEST_DATE} ({@link
 * #of(Catalog)}).
 *
 * <pre>{@code
 * CatalogVersions versions =
 *     CatalogVersions.of(LocalDate.of(2024, 1, 1), v1).plusVersion(LocalDate.of(2025, 3, 15), v2);
 * BillingEngine engine = BillingEngine.of(versions);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogVersions {
  /** The key of the effective date in a version's properties. */
  public static final String EFFECTIVE_FROM = "effectiveFrom";

  private final List<CatalogVersion> versions;
  private final VersionAdoption adoption;

  private CatalogVersions(List<CatalogVersion> versions, VersionAdoption adoption) {
    this.versions = versions;
    this.adoption = adoption;
  }

  /**
   * Returns the one-version list of {@code catalog}, in effect from {@link
   * InputLimits#EARLIEST_DATE}: what an engine built on a single catalog prices with.
   *
   * @param catalog the price list
   * @return the versions
   * @throws NullPointerException if {@code catalog} is null
   */
  public static CatalogVersions of(Catalog catalog) {
    return of(InputLimits.EARLIEST_DATE, catalog);
  }

  /**
   * Returns the one-version list of {@code catalog}, in effect from {@code effectiveFrom}; teams
   * cannot be created before that date.
   *
   * @param effectiveFrom the first day of the first version
   * @param catalog the price list
   * @return the versions
   * @throws BillingException {@code DATE_OUT_OF_RANGE} for a date outside the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public static CatalogVersions of(LocalDate effectiveFrom, Catalog catalog) {
    InputLimits.requireDate(EFFECTIVE_FROM, Objects.requireNonNull(effectiveFrom, "effectiveFrom"));
    return new CatalogVersions(
        List.of(CatalogVersion.of(effectiveFrom, catalog)), VersionAdoption.NEXT_RENEWAL);
  }

  /**
   * Returns these versions and {@code catalog} in effect from {@code effectiveFrom}.
   *
   * @param effectiveFrom the new version's first day, after the latest version's
   * @param catalog the new version's price list
   * @return the longer list, with the same adoption rule
   * @throws BillingException {@code CATALOG_VERSION_MISMATCH [effectiveFrom]} for a date not after
   *     the latest version's, {@code CURRENCY_MISMATCH [currency]} for another currency, {@code
   *     CATALOG_VERSION_MISMATCH [plans]} or {@code [resources]} for a plan or resource of the
   *     latest version that the new one no longer defines; {@code DATE_OUT_OF_RANGE} for a date
   *     outside the dates accepted
   * @throws NullPointerException if an argument is null
   */
  public CatalogVersions plusVersion(LocalDate effectiveFrom, Catalog catalog) {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(catalog, "catalog");
    InputLimits.requireDate(EFFECTIVE_FROM, effectiveFrom);
    CatalogVersion latest = latest();
    BillingException.check(
        effectiveFrom.isAfter(latest.effectiveFrom()),
        BillingErrorCode.CATALOG_VERSION_MISMATCH,
        EFFECTIVE_FROM,
        () ->
            effectiveFrom
                + " is not after the latest version's date "
                + latest.effectiveFrom()
                + "; versions take effect in order");
    Catalog before = latest.catalog();
    BillingException.check(
        before.currency().getCurrencyCode().equals(catalog.currency().getCurrencyCode()),
        BillingErrorCode.CURRENCY_MISMATCH,
        "currency",
        () ->
            "the version of "
                + effectiveFrom
                + " is in "
                + catalog.currency().getCurrencyCode()
                + ", the versions before it in "
                + before.currency().getCurrencyCode());
    for (PlanId plan : before.plans().keySet()) {
      BillingException.check(
          catalog.plans().containsKey(plan),
          BillingErrorCode.CATALOG_VERSION_MISMATCH,
          "plans",
          () ->
              "the version of "
                  + effectiveFrom
                  + " removes plan '"
                  + plan
                  + "', which teams may be on; keep it in the price list");
    }
    for (ResourceId resource : before.resources().keySet()) {
      BillingException.check(
          catalog.resources().containsKey(resource),
          BillingErrorCode.CATALOG_VERSION_MISMATCH,
          "resources",
          () ->
              "the version of "
                  + effectiveFrom
                  + " removes resource '"
                  + resource
                  + "', which teams may use; keep it in the price list");
    }
    List<CatalogVersion> longer = new ArrayList<>(versions.size() + 1);
    longer.addAll(versions);
    longer.add(CatalogVersion.of(effectiveFrom, catalog));
    return new CatalogVersions(Collections.unmodifiableList(longer), adoption);
  }

  /**
   * Returns these versions with another adoption rule.
   *
   * @param adoption when existing teams move to a newer version
   * @return the copy
   * @throws NullPointerException if {@code adoption} is null
   */
  public CatalogVersions withAdoption(VersionAdoption adoption) {
    return new CatalogVersions(versions, Objects.requireNonNull(adoption, "adoption"));
  }

  /**
   * Reads versions, one properties text per version, each with the {@link CatalogFormat} keys and
   * {@code effectiveFrom}, in order of their dates.
   *
   * @param readers the versions' properties texts, at least one
   * @return the versions, adopted {@link VersionAdoption#NEXT_RENEWAL on next renewal}
   * @throws BillingException {@code MALFORMED_VALUE [effectiveFrom]} for a missing or malformed
   *     date, {@code MALFORMED_VALUE [versions]} for no version, the errors of {@link
   *     CatalogFormat#parse(Properties)} and {@link #plusVersion(LocalDate, Catalog)}
   * @throws java.io.UncheckedIOException if a reader fails
   */
  public static CatalogVersions read(List<? extends Reader> readers) {
    BillingException.check(
        !readers.isEmpty(), BillingErrorCode.MALFORMED_VALUE, "versions", "no version given");
    @Nullable CatalogVersions read = null;
    for (Reader reader : readers) {
      Properties properties = new Properties();
      try {
        properties.load(reader);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read catalog version", e);
      }
      LocalDate effectiveFrom = effectiveFrom(properties);
      properties.remove(EFFECTIVE_FROM);
      Catalog catalog = CatalogFormat.parse(properties);
      read = read == null ? of(effectiveFrom, catalog) : read.plusVersion(effectiveFrom, catalog);
    }
    return Objects.requireNonNull(read);
  }

  /**
   * Returns the properties text of version {@code index}: {@code effectiveFrom} and {@link
   * CatalogFormat#write(Catalog)}; {@link #read(List)} reads it back.
   *
   * @param index the version, 0 for the first
   * @return the text
   * @throws IndexOutOfBoundsException if there is no such version
   */
  public String write(int index) {
    CatalogVersion version = versions.get(index);
    return EFFECTIVE_FROM
        + "="
        + version.effectiveFrom()
        + "\n"
        + CatalogFormat.write(version.catalog());
  }

  private static LocalDate effectiveFrom(Properties properties) {
    String text = properties.getProperty(EFFECTIVE_FROM);
    if (text == null) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          EFFECTIVE_FROM,
          "a catalog version has no 'effectiveFrom' key");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BillingException(
          BillingErrorCode.MALFORMED_VALUE,
          EFFECTIVE_FROM,
          "'" + text + "' is not an ISO date such as 2025-01-01");
    }
  }

  /**
   * Returns the versions, oldest first.
   *
   * @return the versions, at least one
   */
  public List<CatalogVersion> versions() {
    return versions;
  }

  /**
   * Returns the version with the latest effective date.
   *
   * @return the latest version
   */
  public CatalogVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * Returns when existing teams move to a newer version.
   *
   * @return the adoption rule
   */
  public VersionAdoption adoption() {
    return adoption;
  }

  /**
   * Returns the version in effect on {@code date}: the one with the latest effective date not after
   * it. Cheap: a walk back from the latest of the few versions.
   *
   * @param date the date
   * @return the version
   * @throws BillingException {@code DATE_OUT_OF_RANGE [asOf]} for a date before the first version
   * @throws NullPointerException if {@code date} is null
   */
  public CatalogVersion effectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (int i = versions.size() - 1; i >= 0; i--) {
      CatalogVersion version = versions.get(i);
      if (!version.effectiveFrom().isAfter(date)) {
        return version;
      }
    }
    throw new BillingException(
        BillingErrorCode.DATE_OUT_OF_RANGE,
        "asOf",
        date + " is before the first catalog version, in effect from " + versions.get(0));
  }

  /**
   * Returns the version with identity {@code id}: the same effective date and the same fingerprint.
   *
   * @param id the identity, as recorded in a history entry
   * @return the version, or empty when none has that date or its content differs
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<CatalogVersion> version(CatalogVersionId id) {
    Objects.requireNonNull(id, "id");
    for (CatalogVersion version : versions) {
      if (version.id().equals(id)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns whether {@code version} is one of these versions: the same instance (the usual case,
   * checked first) or one with the same identity.
   *
   * @param version the version
   * @return true when it is one of these
   */
  public boolean contains(CatalogVersion version) {
    for (CatalogVersion own : versions) {
      if (own == version) {
        return true;
      }
    }
    return version(version.id()).isPresent();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CatalogVersions other
        && versions.equals(other.versions)
        && adoption == other.adoption;
  }

  @Override
  public int hashCode() {
    return Objects.hash(versions, adoption);
  }

  /**
   * Returns {@code "CatalogVersions[1900-01-01@3f5a0c9e1b2d, 2025-03-15@..., NEXT_RENEWAL]"}.
   *
   * @return the versions as text
   */
  @Override
  public String toString() {
    return "CatalogVersions" + versions + " " + adoption;
  }
}
