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

/**
 * The hand-written reference: the benchmark's numbers in {@code long} minor units, with no object
 * beyond the result record. Inputs are plain numbers (epoch days, minor units, counts) that a host
 * would already have at hand; rounding is {@code HALF_UP}, once per line, as the library does.
 *
 * <p>This is the practical limit a billing library could reach; the library is measured against it.
 */
public final class LongCents {
  private LongCents() {}

  /**
   * The lines of a prorated seat-change invoice, in minor units.
   *
   * @param credit the credit for the seats replaced (zero or negative)
   * @param seatCharge the new seats for the rest of the cycle
   * @param addOnCharge the added blocks for the rest of the cycle
   * @param accountLine account credit applied (negative), or a net credit moved to the account
   *     (positive), or zero
   * @param total the total due, zero or more
   */
  public record SeatChangeInvoice(
      long credit, long seatCharge, long addOnCharge, long accountLine, long total) {}

  /**
   * Computes the seat-change invoice: the credit for what was billed for the old seats, the new
   * seats and the added blocks for the rest of the cycle (change day counted), then account credit.
   *
   * <p>Example: cycle of 31 days, change with 17 left, 3600 billed, 3 seats at 2900, 2 blocks at
   * 800, 500 of account credit: {@code -1974, 4771, 877, -500}, total {@code 3174}.
   *
   * @param cycleStartDay the cycle's first day, as an epoch day
   * @param cycleEndDay the day after the cycle, as an epoch day
   * @param changeDay the change day, as an epoch day
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
      long cycleStartDay,
      long cycleEndDay,
      long changeDay,
      long billedSeats,
      long creditedSeats,
      long newSeats,
      long newSeatPrice,
      long addedBlocks,
      long blockPrice,
      long accountCredit) {
    long remaining = cycleEndDay - changeDay;
    long days = cycleEndDay - cycleStartDay;
    long credit = -Math.min(halfUp(billedSeats * remaining, days), billedSeats - creditedSeats);
    long seats = halfUp(newSeats * newSeatPrice * remaining, days);
    long addOn = halfUp(addedBlocks * blockPrice * remaining, days);
    long subtotal = credit + seats + addOn;
    long accountLine;
    if (subtotal > 0) {
      accountLine = -Math.min(accountCredit, subtotal);
    } else {
      accountLine = -subtotal;
    }
    return new SeatChangeInvoice(credit, seats, addOn, accountLine, subtotal + accountLine);
  }

  /**
   * The lines of a renewal invoice, in minor units.
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
      long seats,
      long flexUsers,
      long monitoringBlocks,
      long mockBlocks,
      long monitoringOverage,
      long mockOverage,
      long total) {}

  /**
   * Computes a renewal invoice for a team with seats, auto-flex users and two add-on resources with
   * overage.
   *
   * @param seats the paid seats
   * @param members the members (those beyond seats are flex users)
   * @param seatPrice the price of one seat for one cycle
   * @param monitoring the monitoring-request blocks, entitlement and usage
   * @param mock the mock-server-call blocks, entitlement and usage
   * @return the lines and the total
   */
  public static RenewalInvoice renewal(
      long seats, long members, long seatPrice, Usage monitoring, Usage mock) {
    long seatLine = seats * seatPrice;
    long flexLine = Math.max(0, members - seats) * seatPrice;
    long monitoringBlocks = monitoring.blocks * monitoring.blockPrice;
    long mockBlocks = mock.blocks * mock.blockPrice;
    long monitoringOverage = overage(monitoring);
    long mockOverage = overage(mock);
    return new RenewalInvoice(
        seatLine,
        flexLine,
        monitoringBlocks,
        mockBlocks,
        monitoringOverage,
        mockOverage,
        seatLine + flexLine + monitoringBlocks + mockBlocks + monitoringOverage + mockOverage);
  }

  /**
   * One add-on resource of a renewal: blocks bought, the entitlement and the usage of the month,
   * and the overage price per package. Built once, outside the measured code.
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
      long blocks,
      long blockPrice,
      long allowance,
      long blockSize,
      long used,
      long packageSize,
      long packagePrice) {}

  private static long overage(Usage usage) {
    long billable = usage.used - usage.allowance - usage.blocks * usage.blockSize;
    if (billable <= 0) {
      return 0;
    }
    long packages = (billable + usage.packageSize - 1) / usage.packageSize;
    return packages * usage.packagePrice;
  }

  /** Divides a non-negative dividend, rounding half up. */
  private static long halfUp(long dividend, long divisor) {
    return (2 * dividend + divisor) / (2 * divisor);
  }
}
