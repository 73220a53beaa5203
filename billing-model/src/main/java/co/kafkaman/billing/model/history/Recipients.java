package co.kafkaman.billing.model.history;

/** Who a notification intent is for. */
public enum Recipients {
  /** Members with the billing role. */
  BILLING_MEMBERS,
  /** Members with the admin role. */
  ADMINS,
  /** Members with the billing or the admin role. */
  BILLING_AND_ADMINS,
  /** Every member. */
  ALL_MEMBERS,
  /** The billing email of the billing details. */
  BILLING_EMAIL
}
