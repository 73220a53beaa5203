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
 * @since 0.1.0
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
