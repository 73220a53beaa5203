package co.kafkaman.billing.model.payment;

/** How an invoice is paid: automatically by card, or by an invoice team online, by ACH or wire. */
public enum PaymentChannel {
  /** Automatic card charge. */
  CARD,
  /** Online payment of an invoice. */
  ONLINE,
  /** ACH bank transfer. */
  ACH,
  /** Wire transfer. */
  WIRE
}
