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
