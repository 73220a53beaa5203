package co.kafkaman.billing.model.team;

/** A team's standing with respect to payment. */
public enum Standing {
  /** In good standing. */
  ACTIVE,
  /** A payment failed; the team is in its grace period. */
  PAST_DUE,
  /** Grace ended unpaid; service is deactivated until payment. */
  DEACTIVATED
}
