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
package co.kafkaman.billing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The assertion the rules' refusal tests share: a typed error naming the field and the value. */
public final class Refusals {
  private Refusals() {}

  /**
   * Asserts that {@code call} throws a {@link BillingException} with {@code code}, {@code field}
   * and exactly {@code reason}.
   *
   * @param call the call refused
   * @param code the expected error code
   * @param field the expected field
   * @param reason the expected reason, naming the value
   */
  public static void assertRefused(
      ThrowingCallable call, BillingErrorCode code, String field, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BillingException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
