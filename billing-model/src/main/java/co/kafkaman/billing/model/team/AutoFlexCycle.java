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

import co.kafkaman.billing.model.BillingErrorCode;
import co.kafkaman.billing.model.BillingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The open auto-flex cycle of a team with auto-flex on: when it started, how many members the team
 * had then, and every change of the member count since. The auto-flex rules derive from it the flex
 * users at the cycle's end, the peak during the cycle and since when each flex user has been there.
 *
 * <p>Example: started 2024-01-31 with 5 members; 2024-03-05 to 6, 2024-03-06 to 9, 2024-04-20 to 7.
 * Peak 9; with 5 paid seats, 2 flex users at the end, there since 2024-03-05 and 2024-03-06.
 *
 * <p>Immutable and thread-safe. Changes are in date order and not before the start.
 *
 * @param start the first day of the auto-flex cycle
 * @param membersAtStart the members when the cycle started (or auto-flex was turned on)
 * @param changes the member count changes since, in date order
 * @since 0.1.0
 */
public record AutoFlexCycle(LocalDate start, int membersAtStart, List<MemberCountChange> changes) {

  /**
   * Validates the order of the changes and copies them.
   *
   * @param start the first day of the auto-flex cycle
   * @param membersAtStart the members when the cycle started (or auto-flex was turned on)
   * @param changes the member count changes since, in date order
   */
  public AutoFlexCycle {
    BillingException.check(
        membersAtStart >= 0,
        BillingErrorCode.INVALID_QUANTITY,
        "membersAtStart",
        () -> "must not be negative, was " + membersAtStart);
    LocalDate previous = start;
    for (MemberCountChange change : changes) {
      if (change.on().isBefore(previous)) {
        throw new BillingException(
            BillingErrorCode.INCONSISTENT_STATE,
            "changes",
            "change on " + change.on() + " is before " + previous);
      }
      previous = change.on();
    }
    changes = List.copyOf(changes);
  }

  /**
   * Returns a cycle starting on {@code start} with {@code members} members and no change yet.
   *
   * @param start the first day
   * @param members the members then
   * @return the cycle
   */
  public static AutoFlexCycle of(LocalDate start, int members) {
    return new AutoFlexCycle(start, members, List.of());
  }

  /**
   * Returns a copy with one more change.
   *
   * @param on the date, not before the last change
   * @param membersAfter the member count after it
   * @return the copy
   */
  public AutoFlexCycle plus(LocalDate on, int membersAfter) {
    List<MemberCountChange> copy = new ArrayList<>(changes.size() + 1);
    copy.addAll(changes);
    copy.add(new MemberCountChange(on, membersAfter));
    return new AutoFlexCycle(start, membersAtStart, copy);
  }
}
