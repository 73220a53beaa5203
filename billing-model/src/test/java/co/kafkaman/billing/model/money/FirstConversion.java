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
