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

import static co.kafkaman.billing.model.BillingAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import co.kafkaman.billing.model.BillingErrorCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberTest {
  private static final LocalDate JOINED = LocalDate.parse("2024-03-15");

  @ParameterizedTest(name = "roles [{0}]: billing {1}, admin {2}")
  @CsvSource({
    "'', false, false",
    "BILLING, true, false",
    "ADMIN, false, true",
    "BILLING ADMIN, true, true"
  })
  void rolesDecideWhoIsNotified(String roleNames, boolean billing, boolean admin) {
    Role[] roles =
        roleNames.isBlank()
            ? new Role[0]
            : Arrays.stream(roleNames.split(" +")).map(Role::valueOf).toArray(Role[]::new);

    Member member = Member.of("m1", "ana@example.com", JOINED, roles);

    assertThat(member.isBilling()).isEqualTo(billing);
    assertThat(member.isAdmin()).isEqualTo(admin);
    assertThat(member.roles()).containsExactlyInAnyOrder(roles);
  }

  @Test
  void copiesTheRolesItIsGiven() {
    Set<Role> given = EnumSet.of(Role.ADMIN);
    Member member = new Member("m1", "ana@example.com", given, JOINED);
    given.add(Role.BILLING);

    assertThat(member.isBilling()).isFalse();
    assertThat(member.joinedOn()).isEqualTo(JOINED);
  }

  @ParameterizedTest(name = "id ''{0}'' is refused")
  @CsvSource({"''", "' '", "'\t'"})
  void refusesABlankId(String id) {
    assertRefused(
        () -> Member.of(id, "ana@example.com", JOINED, Role.ADMIN),
        BillingErrorCode.BLANK_VALUE,
        "id",
        "must not be blank");
  }
}
