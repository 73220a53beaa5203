package co.kafkaman.billing.model.invoice;

/**
 * The life of an issued invoice. Legal transitions: {@code OPEN -> PAID | VOID | UNCOLLECTIBLE},
 * {@code UNCOLLECTIBLE -> PAID | VOID}. {@code PAID} and {@code VOID} are final.
 */
public enum InvoiceStatus {
  /** Issued and awaiting payment. */
  OPEN,
  /** Paid in full. */
  PAID,
  /** Cancelled; never to be paid. */
  VOID,
  /** Written off as unlikely to be paid; may still be paid later. */
  UNCOLLECTIBLE;

  /**
   * Returns whether an invoice in this status may move to {@code next}.
   *
   * @param next the status asked for
   * @return true for a legal transition
   */
  public boolean canBecome(InvoiceStatus next) {
    return switch (this) {
      case OPEN -> next != OPEN;
      case UNCOLLECTIBLE -> next == PAID || next == VOID;
      case PAID, VOID -> false;
    };
  }
}
