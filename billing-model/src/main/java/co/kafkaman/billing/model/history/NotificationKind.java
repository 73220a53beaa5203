package co.kafkaman.billing.model.history;

/** What a notification intent is about. */
public enum NotificationKind {
  /** An invoice was issued. */
  INVOICE_ISSUED,
  /** A payment attempt failed. */
  PAYMENT_FAILED,
  /** The last automatic attempt failed; the grace period starts (non-payment). */
  NON_PAYMENT,
  /** Grace ended unpaid; the team is deactivated. */
  DEACTIVATED,
  /** A payment brought the team back to good standing. */
  REACTIVATED,
  /** An auto-flex cycle ends soon; added users will be billed. */
  AUTO_FLEX_REMINDER,
  /** Flex users were billed. */
  AUTO_FLEX_BILLED,
  /** Usage reached the entitlement while overage is disallowed. */
  USAGE_LIMIT_REACHED
}
