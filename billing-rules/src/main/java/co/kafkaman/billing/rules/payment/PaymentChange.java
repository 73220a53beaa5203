package co.kafkaman.billing.rules.payment;

import co.kafkaman.billing.model.team.Team;

/**
 * An accepted change of a team's payment methods or collection: the team after it and a one-line
 * summary for its history entry.
 *
 * @param team the team after the change
 * @param summary what changed, such as {@code "card visa ending 4242 (exp 2027-08) added, primary"}
 */
public record PaymentChange(Team team, String summary) {}
