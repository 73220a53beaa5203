package co.kafkaman.billing.model.team;

import co.kafkaman.billing.model.InputLimits;
import co.kafkaman.billing.model.catalog.ResourceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A team's choice to allow or disallow overage of a resource, from an instant on. A subscription
 * keeps every setting, so the one in force at any moment is known.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource monitoring requests or mock server calls
 * @param allowed whether usage past the entitlement is charged (true) or refused (false)
 * @param effectiveFrom the instant the setting takes effect
 */
public record OverageSetting(ResourceId resource, boolean allowed, Instant effectiveFrom) {

  /**
   * Validates that the instant is within {@link InputLimits#requireInstant the dates accepted};
   * whether the resource has an overage setting is the catalog's, checked by the rules.
   *
   * @param resource a resource whose limit is overage optional
   * @param allowed whether usage past the entitlement is charged (true) or refused (false)
   * @param effectiveFrom the instant the setting takes effect
   */
  public OverageSetting {
    Objects.requireNonNull(resource, "resource");
    InputLimits.requireInstant("effectiveFrom", effectiveFrom);
  }
}
