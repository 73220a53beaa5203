package co.kafkaman.billing.rules.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Property: counts in usage texts are grouped exactly as {@code "%,d"} groups them. */
class EntitlementCountPropertiesTest {

  @Test
  void countGroupsDigitsLikeTheFormatter() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            units ->
                assertThat(Entitlement.count(units))
                    .isEqualTo(String.format(Locale.ROOT, "%,d", units)));
    assertThat(Entitlement.count(125_000)).isEqualTo("125,000");
    assertThat(Entitlement.count(Long.MIN_VALUE))
        .isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
  }
}
