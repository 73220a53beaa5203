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

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import org.javamoney.moneta.Money;

/**
 * Makes Moneta {@code Money} amounts, with Moneta's {@code Money} class initialized without the one
 * line it would print into the host's output.
 *
 * <p>{@code Money}'s static initializer asks Moneta's {@code DefaultMonetaryContextFactory} for the
 * default context, and every branch of that factory logs at JUL {@code INFO} ({@code Using custom
 * MathContext: precision=256, roundingMode=HALF_EVEN} with the {@code javamoney.properties} in
 * moneta-core, {@code Using default MathContext.DECIMAL64} without one), so no Moneta setting keeps
 * the line out; the JDK's default console handler prints it on standard error. The library never
 * relies on that default context (it hands out amounts already at currency scale), so this class
 * initializes {@code Money} once with that one logger raised to {@code WARNING}, then gives the
 * logger back its own level. A host that has set a level on that logger itself keeps it and sees
 * what it asked for; no other logger is touched, and nothing stays changed.
 */
final class MonetaMoney {
  /** The logger of {@code org.javamoney.moneta.DefaultMonetaryContextFactory}. */
  static final String CONTEXT_LOGGER = "org.javamoney.moneta.DefaultMonetaryContextFactory";

  static {
    Logger logger = Logger.getLogger(CONTEXT_LOGGER);
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
      try {
        MethodHandles.lookup().ensureInitialized(Money.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Moneta's Money is public and exported", e);
      } finally {
        logger.setLevel(null);
      }
    }
  }

  private MonetaMoney() {}

  /**
   * Returns {@code Money.of(value, currency)}.
   *
   * @param value the number, at currency scale
   * @param currency the currency
   * @return the Moneta amount
   */
  static MonetaryAmount of(BigDecimal value, CurrencyUnit currency) {
    return Money.of(value, currency);
  }

  /**
   * Returns {@code Money.of(value, currency, context)}.
   *
   * @param value the number
   * @param currency the currency
   * @param context the monetary context, such as a fixed scale
   * @return the amount
   */
  static MonetaryAmount of(BigDecimal value, CurrencyUnit currency, MonetaryContext context) {
    return Money.of(value, currency, context);
  }
}
