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

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BillingErrorCodeTest {

  @Test
  void codesAreUnique() {
    List<String> codes =
        Arrays.stream(BillingErrorCode.values())
            .map(BillingErrorCode::code)
            .collect(Collectors.toList());

    assertThat(codes).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(BillingErrorCode.class)
  void codeIsBillAndThreeDigits(BillingErrorCode code) {
    assertThat(code.code()).matches("BILL-\\d{3}");
  }

  @Test
  void exceptionCarriesCodeFieldAndMessage() {
    BillingException e =
        new BillingException(
            BillingErrorCode.INVALID_QUANTITY, "seats", "must not be negative, was -1");

    assertThat(e.errorCode()).isEqualTo(BillingErrorCode.INVALID_QUANTITY);
    assertThat(e.field()).isEqualTo("seats");
    assertThat(e.getMessage())
        .isEqualTo("BILL-103 INVALID_QUANTITY [seats]: must not be negative, was -1");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkThrowsOnlyWhenTheConditionFails() {
    assertThatCode(
            () -> BillingException.check(true, BillingErrorCode.BLANK_VALUE, "id", "is blank"))
        .doesNotThrowAnyException();
    assertRefused(
        () -> BillingException.check(false, BillingErrorCode.BLANK_VALUE, "id", "'' is blank"),
        BillingErrorCode.BLANK_VALUE,
        "id",
        "'' is blank");
  }

  @Test
  void aSuppliedMessageIsBuiltOnlyWhenTheConditionFails() {
    AtomicInteger built = new AtomicInteger();
    Supplier<String> message =
        () -> {
          built.incrementAndGet();
          return "was " + -1;
        };

    assertThatCode(
            () -> BillingException.check(true, BillingErrorCode.INVALID_QUANTITY, "seats", message))
        .doesNotThrowAnyException();
    assertThat(built).hasValue(0);
    assertRefused(
        () -> BillingException.check(false, BillingErrorCode.INVALID_QUANTITY, "seats", message),
        BillingErrorCode.INVALID_QUANTITY,
        "seats",
        "was -1");
    assertThat(built).hasValue(1);
  }
}
