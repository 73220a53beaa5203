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
package co.kafkaman.billing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The one assertion every refusal test makes: the call throws a {@link BillingException} with the
 * expected stable code, about the expected field, and a message that names both the field and the
 * offending value.
 */
public final class BillingAssertions {
  private BillingAssertions() {}

  /**
   * Asserts that {@code call} is refused.
   *
   * @param call the call expected to throw
   * @param code the expected error code
   * @param field the expected field name, which the message must also name
   * @param value text of the offending value, which the message must name
   */
  public static void assertRefused(
      ThrowingCallable call, BillingErrorCode code, String field, String value) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).as("error code").isEqualTo(code);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.getMessage())
                  .as("message")
                  .startsWith(code.code() + " " + code.name())
                  .contains("[" + field + "]")
                  .contains(value);
            });
  }
}
