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

import java.math.BigDecimal;
import java.util.logging.Logger;
import org.javamoney.moneta.Money;

/**
 * Run in a fresh JVM by {@link MonetaOutputTest}: converts one amount, through the library ({@code
 * library}) or straight through Moneta ({@code moneta}), and prints it on standard output, then the
 * level that Moneta's context logger has afterwards.
 */
final class FirstConversion {
  private FirstConversion() {}

  public static void main(String[] args) {
    Amount amount = Amount.of("13.16", "USD");
    if (args.length == 1 && args[0].equals("moneta")) {
      System.out.println(Money.of(new BigDecimal("13.16"), amount.currency()));
    } else {
      System.out.println(amount.toMonetaryAmount());
    }
    System.out.println("level " + Logger.getLogger(MonetaMoney.CONTEXT_LOGGER).getLevel());
  }
}
