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
package co.kafkaman.billing.benchmarks;

import co.kafkaman.billing.model.money.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryOperator;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * The naive reference: what a team without this library would write, the same numbers on Moneta
 * {@link Money} arithmetic with currency rounding ({@code HALF_UP}, the currency's 2 decimals). Not
 * a straw man: the currency and the rounding are looked up once, and every line is rounded once at
 * its end, as the rules require.
 */
public final class NaiveMoneta {
  /** US dollars, looked up once. */
  public static final CurrencyUnit USD = Monetary.getCurrency("USD");

  private static final MonetaryOperator HALF_UP =
      Monetary.getRounding(
          RoundingQueryBuilder.of()
              .setCurrency(USD)
              .set(RoundingMode.class, RoundingMode.HALF_UP)
              .build());

  private NaiveMoneta() {}

  /**
   * Converts a library amount to the naive reference's input, outside the measured code.
   *
   * @param amount the amount
   * @return the same amount as {@link Money}
   */
  public static Money from(Amount amount) {
    return Money.of(BigDecimal.valueOf(amount.minorUnits(), amount.scale()), amount.currency());
  }

  /**
   * The lines of a prorated seat-change invoice.
   *
   * @param credit the credit for the seats replaced (zero or negative)
   * @param seatCharge the new seats for the rest of the cycle
   * @param addOnCharge the added blocks for the rest of the cycle
   * @param accountLine account credit applied (negative), or a net credit moved to the account
   *     (positive), or zero
   * @param total the total due
   */
  public record SeatChangeInvoice(
      Money credit, Money seatCharge, Money addOnCharge, Money accountLine, Money total) {}

  /**
   * Computes the seat-change invoice of {@link LongCents#seatChange} with {@link Money}.
   *
   * @param cycleStart the cycle's first day
   * @param cycleEnd the day after the cycle
   * @param changeDay the change day
   * @param billedSeats what was billed for the replaced seats this cycle
   * @param creditedSeats what was already credited of it
   * @param newSeats the seats of the new plan
   * @param newSeatPrice the new plan's price of one seat for one cycle
   * @param addedBlocks the add-on blocks bought
   * @param blockPrice the price of one block for one cycle
   * @param accountCredit the team's account credit before the invoice
   * @return the lines and the total
   */
  public static SeatChangeInvoice seatChange(
      LocalDate cycleStart,
      LocalDate cycleEnd,
      LocalDate changeDay,
      Money billedSeats,
      Money creditedSeats,
      int newSeats,
      Money newSeatPrice,
      int addedBlocks,
      Money blockPrice,
      Money accountCredit) {
    long remaining = ChronoUnit.DAYS.between(changeDay, cycleEnd);
    long days = ChronoUnit.DAYS.between(cycleStart, cycleEnd);
    Money credit = billedSeats.multiply(remaining).divide(days).with(HALF_UP);
    Money creditable = billedSeats.subtract(creditedSeats);
    if (credit.isGreaterThan(creditable)) {
      credit = creditable;
    }
    credit = credit.negate();
    Money seats = newSeatPrice.multiply(newSeats).multiply(remaining).divide(days).with(HALF_UP);
    Money addOn = blockPrice.multiply(addedBlocks).multiply(remaining).divide(days).with(HALF_UP);
    Money subtotal = credit.add(seats).add(addOn);
    Money accountLine;
    if (subtotal.isPositive()) {
      accountLine = (accountCredit.isLessThan(subtotal) ? accountCredit : subtotal).negate();
    } else {
      accountLine = subtotal.negate();
    }
    return new SeatChangeInvoice(credit, seats, addOn, accountLine, subtotal.add(accountLine));
  }

  /**
   * The lines of a renewal invoice.
   *
   * @param seats the paid seats for the next cycle
   * @param flexUsers the members beyond paid seats, billed the full seat price on renewal
   * @param monitoringBlocks the monitoring-request blocks
   * @param mockBlocks the mock-server-call blocks
   * @param monitoringOverage monitoring requests used past the entitlement, whole packages
   * @param mockOverage mock server calls used past the entitlement, whole packages
   * @param total the sum of the lines
   */
  public record RenewalInvoice(
      Money seats,
      Money flexUsers,
      Money monitoringBlocks,
      Money mockBlocks,
      Money monitoringOverage,
      Money mockOverage,
      Money total) {}

  /**
   * One add-on resource of a renewal, in {@link Money}.
   *
   * @param blocks the blocks bought
   * @param blockPrice the price of one block for one cycle
   * @param allowance the plan's included units a usage month
   * @param blockSize the units one block adds
   * @param used the units used in the usage month
   * @param packageSize the units of one overage package
   * @param packagePrice the price of one overage package
   */
  public record Usage(
      int blocks,
      Money blockPrice,
      long allowance,
      long blockSize,
      long used,
      long packageSize,
      Money packagePrice) {}

  /**
   * Computes the renewal invoice of {@link LongCents#renewal} with {@link Money}.
   *
   * @param seats the paid seats
   * @param members the members (those beyond seats are flex users)
   * @param seatPrice the price of one seat for one cycle
   * @param monitoring the monitoring-request blocks, entitlement and usage
   * @param mock the mock-server-call blocks, entitlement and usage
   * @return the lines and the total
   */
  public static RenewalInvoice renewal(
      int seats, int members, Money seatPrice, Usage monitoring, Usage mock) {
    Money seatLine = seatPrice.multiply(seats).with(HALF_UP);
    Money flexLine = seatPrice.multiply(Math.max(0, members - seats)).with(HALF_UP);
    Money monitoringBlocks = monitoring.blockPrice().multiply(monitoring.blocks()).with(HALF_UP);
    Money mockBlocks = mock.blockPrice().multiply(mock.blocks()).with(HALF_UP);
    Money monitoringOverage = overage(monitoring);
    Money mockOverage = overage(mock);
    Money total =
        seatLine
            .add(flexLine)
            .add(monitoringBlocks)
            .add(mockBlocks)
            .add(monitoringOverage)
            .add(mockOverage);
    return new RenewalInvoice(
        seatLine, flexLine, monitoringBlocks, mockBlocks, monitoringOverage, mockOverage, total);
  }

  private static Money overage(Usage usage) {
    long entitlement = usage.allowance() + usage.blocks() * usage.blockSize();
    long billable = Math.max(0, usage.used() - entitlement);
    long packages = (billable + usage.packageSize() - 1) / usage.packageSize();
    return usage.packagePrice().multiply(packages).with(HALF_UP);
  }
}
