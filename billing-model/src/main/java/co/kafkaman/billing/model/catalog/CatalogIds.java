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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one rule for catalog ids: 1 to 64 ASCII letters, digits, '_' or '-', starting alphanumeric.
 */
final class CatalogIds {
  /** The longest id accepted. */
  static final int MAX_LENGTH = 64;

  /** Up to this many ids of each type are kept, one object per text ({@link Known}). */
  static final int KNOWN_LIMIT = 4096;

  private CatalogIds() {}

  /**
   * The ids of one type made by its {@code of}, by text: one object per text, so that a catalog's
   * ids and the terms naming them are the same objects and catalog lookups match on the first
   * comparison, by reference. Bounded, so that arbitrary input cannot grow it.
   *
   * @param <T> the id type
   */
  static final class Known<T> {
    private final Map<String, T> byText = new ConcurrentHashMap<>();
    private final Function<String, T> make;

    Known(Function<String, T> make) {
      this.make = make;
    }

    T of(String value) {
      // null goes to the constructor, which names the field
      T known = value == null ? null : byText.get(value);
      if (known != null) {
        return known;
      }
      T id = make.apply(value);
      if (byText.size() < KNOWN_LIMIT) {
        T raced = byText.putIfAbsent(value, id);
        return raced != null ? raced : id;
      }
      return id;
    }
  }

  static String check(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    BillingException.check(
        isValid(value),
        BillingErrorCode.MALFORMED_VALUE,
        field,
        () ->
            "'"
                + printable(value)
                + "' is not an id: 1 to "
                + MAX_LENGTH
                + " letters, digits, '_' or '-', starting with a letter or digit");
    return value;
  }

  private static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A refused value as it may be printed: cut to 80 characters, control characters escaped. */
  private static String printable(String value) {
    StringBuilder text = new StringBuilder(Math.min(value.length(), 80) + 8);
    for (int i = 0; i < value.length() && i < 80; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        text.append(String.format("\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    return value.length() > 80 ? text.append("...").toString() : text.toString();
  }
}
