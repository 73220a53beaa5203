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
package co.kafkaman.billing.model.history;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import co.kafkaman.billing.model.catalog.CatalogVersionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a team's append-only account history.
 *
 * <p>The summary is text for people; the rules create entries with {@link #of} so that it is
 * rendered from the entry's facts only when someone reads it (a {@link Summary}). An entry made by
 * the engine records the {@link CatalogVersionId catalog version} that priced it ({@link
 * #catalogVersion()}). An entry of a command applied at an instant ({@code
 * BillingEngine.apply(Team, Command, Instant)}, proration by seconds) records that instant too
 * ({@link #instant()}), so a replay applies the command at the same instant. Equality and hash code
 * are those of the eight values, the summary by its text.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HistoryEntry {
  private final String id;
  private final LocalDate date;
  private final String actor;
  private final EntryKind kind;
  private final Summary summary;
  private final HistoryPayload payload;
  private final @Nullable CatalogVersionId catalogVersion;
  private final @Nullable Instant instant;

  /**
   * Creates an entry with its summary already written.
   *
   * @param id the caller-supplied id (the command's id, with {@code "/n"} for its n-th effect)
   * @param date the billing date it happened on
   * @param actor who caused it (a member id, {@code "system"} for scheduled events)
   * @param kind what it records
   * @param summary a readable one-line summary
   * @param payload the command that caused it, or {@link HistoryPayload#none()}
   * @throws BillingException {@code BLANK_VALUE} for a blank id
   */
  public HistoryEntry(
      String id,
      LocalDate date,
      String actor,
      EntryKind kind,
      String summary,
      HistoryPayload payload) {
    this(id, date, actor, kind, Summary.of(summary), payload, null, null);
  }

  private HistoryEntry(
      String id,
      LocalDate date,
      String actor,
      EntryKind kind,
      Summary summary,
      HistoryPayload payload,
      @Nullable CatalogVersionId catalogVersion,
      @Nullable Instant instant) {
    BillingException.check(!id.isBlank(), BillingErrorCode.BLANK_VALUE, "id", "must not be blank");
    this.id = id;
    this.date = date;
    this.actor = actor;
    this.kind = kind;
    this.summary = summary;
    this.payload = payload;
    this.catalogVersion = catalogVersion;
    this.instant = instant;
  }

  /**
   * Creates an entry whose summary is rendered when first read.
   *
   * @param id the caller-supplied id (the command's id, with {@code "/n"} for its n-th effect)
   * @param date the billing date it happened on
   * @param actor who caused it
   * @param kind what it records
   * @param summary the readable one-line summary, usually rendered when first read
   * @param payload the command that caused it, or {@link HistoryPayload#none()}
   * @return the entry
   * @throws BillingException {@code BLANK_VALUE} for a blank id
   */
  public static HistoryEntry of(
      String id,
      LocalDate date,
      String actor,
      EntryKind kind,
      Summary summary,
      HistoryPayload payload) {
    return new HistoryEntry(id, date, actor, kind, summary, payload, null, null);
  }

  /**
   * Creates an entry that records the catalog version that priced it, its summary rendered when
   * first read.
   *
   * @param id the caller-supplied id (the command's id, with {@code "/n"} for its n-th effect)
   * @param date the billing date it happened on
   * @param actor who caused it
   * @param kind what it records
   * @param summary the readable one-line summary, usually rendered when first read
   * @param payload the command that caused it, or {@link HistoryPayload#none()}
   * @param catalogVersion the catalog version that priced it, or empty
   * @return the entry
   * @throws BillingException {@code BLANK_VALUE} for a blank id
   */
  public static HistoryEntry of(
      String id,
      LocalDate date,
      String actor,
      EntryKind kind,
      Summary summary,
      HistoryPayload payload,
      Optional<CatalogVersionId> catalogVersion) {
    return new HistoryEntry(
        id, date, actor, kind, summary, payload, catalogVersion.orElse(null), null);
  }

  /**
   * Returns a copy that records the instant its command was applied at. Example: an upgrade applied
   * at {@code 2024-04-16T12:00:00Z} on the billing date 2024-04-16 records both, and {@code
   * BillingEngine.replay} applies it at that instant again.
   *
   * @param instant the instant, on this entry's date in the zone of the seconds day count that
   *     prorated it
   * @return the copy
   */
  public HistoryEntry withInstant(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new HistoryEntry(id, date, actor, kind, summary, payload, catalogVersion, instant);
  }

  /**
   * Returns the caller-supplied id.
   *
   * @return the command's id, with {@code "/n"} for its n-th effect
   */
  public String id() {
    return id;
  }

  /**
   * Returns the billing date it happened on.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns who caused it.
   *
   * @return a member id, or {@code "system"}
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns what it records.
   *
   * @return the kind
   */
  public EntryKind kind() {
    return kind;
  }

  /**
   * Returns the readable one-line summary, rendering it on first use.
   *
   * @return the summary, such as {@code "invoice KB-000007, total due USD 13.16 (OPEN)"}
   */
  public String summary() {
    return summary.text();
  }

  /**
   * Returns the command that caused it, or {@link HistoryPayload#none()}.
   *
   * @return the payload
   */
  public HistoryPayload payload() {
    return payload;
  }

  /**
   * Returns the catalog version that priced this entry: the version of the team's subscription when
   * the entry was made. {@code BillingEngine.replay} refuses a history whose versions its engine
   * does not have with the same content.
   *
   * @return the version's identity, or empty for an entry made without one
   */
  public Optional<CatalogVersionId> catalogVersion() {
    return Optional.ofNullable(catalogVersion);
  }

  /**
   * Returns the instant the command of this entry was applied at, for a command applied at an
   * instant ({@code BillingEngine.apply(Team, Command, Instant)}); empty for one applied on a date.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> instant() {
    return Optional.ofNullable(instant);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HistoryEntry other
        && id.equals(other.id)
        && date.equals(other.date)
        && actor.equals(other.actor)
        && kind == other.kind
        && payload.equals(other.payload)
        && Objects.equals(catalogVersion, other.catalogVersion)
        && Objects.equals(instant, other.instant)
        && summary.equals(other.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, date, actor, kind, summary(), payload, catalogVersion, instant);
  }

  /**
   * Returns {@code "2024-03-15 INVOICE_ISSUED by ana: invoice KB-000007, total USD 13.16"}.
   *
   * @return the entry as one line
   */
  @Override
  public String toString() {
    return date + " " + kind + " by " + actor + ": " + summary();
  }
}
