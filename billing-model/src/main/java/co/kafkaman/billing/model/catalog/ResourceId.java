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

import org.jspecify.annotations.Nullable;

/**
 * The id of a metered or counted resource, chosen by the host: {@code build_minutes}, {@code
 * MONITORING_REQUESTS}. Ids are 1 to 64 ASCII letters, digits, {@code '_'} or {@code '-'}, starting
 * with a letter or digit. What the resource is called, how it is counted and what happens past its
 * limit are the catalog's ({@link Resource}).
 *
 * <p>Immutable and thread-safe; equal when the texts are equal (case matters).
 *
 * @param value the id text
 * @since 0.1.0
 */
public record ResourceId(String value) implements Comparable<ResourceId> {

  /**
   * Validates the id.
   *
   * @param value the id text
   * @throws co.kafkaman.billing.model.BillingException {@code MALFORMED_VALUE} if it is not an id
   */
  public ResourceId {
    CatalogIds.check("resource", value);
    // interned: the ids of a catalog and of the terms naming them then compare by reference
    value = value.intern();
  }

  /**
   * Returns the resource id {@code value}.
   *
   * @param value the id text, such as {@code "build_minutes"}
   * @return the id
   * @throws co.kafkaman.billing.model.BillingException {@code MALFORMED_VALUE} if it is not an id
   */
  public static ResourceId of(String value) {
    return KNOWN.of(value);
  }

  private static final CatalogIds.Known<ResourceId> KNOWN = new CatalogIds.Known<>(ResourceId::new);

  /**
   * Returns whether {@code other} is an id with the same text. Written out rather than left to the
   * record's generated method: ids key the catalog's maps and are compared on every lookup, and the
   * generated method goes through a method-handle chain the JIT does not always fold. The texts are
   * compared by reference: every id's text is interned by the constructor, which every way of
   * making a record (deserialization included) runs, so equal texts are the same string.
   *
   * @param other the object compared
   * @return true for an id of this type with an equal text
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof ResourceId id && value == id.value);
  }

  /**
   * Returns the hash code of the id text: the same value the record's generated method returns.
   *
   * @return {@code value().hashCode()}
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ResourceId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the id text, as the host wrote it.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return value;
  }
}
