package co.kafkaman.billing.model.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceStatusTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "OPEN, OPEN, false",
    "OPEN, PAID, true",
    "OPEN, VOID, true",
    "OPEN, UNCOLLECTIBLE, true",
    "PAID, OPEN, false",
    "PAID, PAID, false",
    "PAID, VOID, false",
    "PAID, UNCOLLECTIBLE, false",
    "VOID, OPEN, false",
    "VOID, PAID, false",
    "VOID, VOID, false",
    "VOID, UNCOLLECTIBLE, false",
    "UNCOLLECTIBLE, OPEN, false",
    "UNCOLLECTIBLE, PAID, true",
    "UNCOLLECTIBLE, VOID, true",
    "UNCOLLECTIBLE, UNCOLLECTIBLE, false",
  })
  void allowsOnlyTheLegalTransitions(InvoiceStatus from, InvoiceStatus to, boolean legal) {
    assertThat(from.canBecome(to)).isEqualTo(legal);
  }
}
