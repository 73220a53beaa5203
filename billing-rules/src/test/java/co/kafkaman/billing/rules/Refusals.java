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
