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
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member of a team, with the roles that matter for billing and the date they joined.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the host's member id, unique in the team (an id: {@link InputLimits#requireId})
 * @param email the member's email, where notifications go ({@link InputLimits#requireEmail}, as the
 *     billing email)
 * @param roles billing and/or admin, possibly none
 * @param joinedOn the date the member joined the team
 * @since 0.1.0
 */
public record Member(String id, String email, Set<Role> roles, LocalDate joinedOn) {

  /**
   * Validates the member and copies the roles.
   *
   * @param id the host's member id, unique in the team (an id: {@link InputLimits#requireId})
   * @param email the member's email, where notifications go ({@link InputLimits#requireEmail}, as
   *     the billing email)
   * @param roles billing and/or admin, possibly none
   * @param joinedOn the date the member joined the team
   */
  public Member {
    InputLimits.requireId("id", id);
    InputLimits.requireEmail("email", email);
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(joinedOn, "joinedOn");
    roles =
        roles.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(roles)); // declaration order in every JVM
  }

  /**
   * Returns a member with the given roles.
   *
   * @param id the member id
   * @param email the email
   * @param joinedOn the date joined
   * @param roles the roles
   * @return the member
   */
  public static Member of(String id, String email, LocalDate joinedOn, Role... roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(java.util.Arrays.asList(roles));
    return new Member(id, email, set, joinedOn);
  }

  /**
   * Returns whether the member has the billing role.
   *
   * @return true for billing members
   */
  public boolean isBilling() {
    return roles.contains(Role.BILLING);
  }

  /**
   * Returns whether the member has the admin role.
   *
   * @return true for admins
   */
  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }
}
