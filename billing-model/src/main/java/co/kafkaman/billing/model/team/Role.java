package co.kafkaman.billing.model.team;

/** A member's billing-relevant role; a member may have both or neither. */
public enum Role {
  /** May manage billing; receives payment notifications. */
  BILLING,
  /** May add members; receives auto-flex reminders. */
  ADMIN
}
