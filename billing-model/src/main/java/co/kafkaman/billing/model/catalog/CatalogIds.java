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

/**
 * The one rule for catalog ids: 1 to 64 ASCII letters, digits, '_' or '-', starting alphanumeric.
 */
final class CatalogIds {
  /** The longest id accepted. */
  static final int MAX_LENGTH = 64;

  private CatalogIds() {}

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
