package co.kafkaman.billing.model.payment;

/** The outcome of a payment attempt. */
public enum PaymentOutcome {
  /** The invoice was paid. */
  SUCCEEDED,
  /** The charge failed (declined, expired card, no card). */
  FAILED
}
