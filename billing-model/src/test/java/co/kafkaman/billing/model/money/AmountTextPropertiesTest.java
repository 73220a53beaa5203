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
package co.kafkaman.billing.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Amount text is written from the minor units without a {@code BigDecimal}; it must read exactly as
 * {@code BigDecimal.valueOf(minorUnits, scale).toPlainString()} and parse back.
 */
class AmountTextPropertiesTest {
  private static final Gen<CurrencyUnit> CURRENCIES =
      Generate.pick(
          java.util.List.of(Currencies.of("USD"), Currencies.of("JPY"), Currencies.of("BHD")));

  private static final Gen<Long> MINOR_UNITS =
      longs()
          .between(-1_000_000, 1_000_000)
          .mix(longs().all(), 30)
          .mix(
              Generate.pick(java.util.List.of(0L, -1L, 5L, -5L, Long.MAX_VALUE, Long.MIN_VALUE)),
              10);

  @Test
  void plainStringReadsAsTheBigDecimalAtCurrencyScale() {
    qt().forAll(MINOR_UNITS, CURRENCIES)
        .checkAssert(
            (minor, currency) -> {
              Amount amount = Amount.ofMinor(minor, currency);
              assertThat(amount.toPlainString())
                  .isEqualTo(
                      BigDecimal.valueOf(minor, Currencies.scaleOf(currency)).toPlainString());
            });
  }

  @Test
  void appendedPlainTextIsThePlainString() {
    qt().forAll(MINOR_UNITS, CURRENCIES)
        .checkAssert(
            (minor, currency) -> {
              Amount amount = Amount.ofMinor(minor, currency);
              assertThat(amount.appendPlainTo(new StringBuilder("x ")).toString())
                  .isEqualTo("x " + amount.toPlainString());
            });
  }

  @Test
  void textParsesBackToTheSameAmount() {
    qt().forAll(MINOR_UNITS, CURRENCIES)
        .checkAssert(
            (minor, currency) -> {
              Amount amount = Amount.ofMinor(minor, currency);
              assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
            });
  }
}
