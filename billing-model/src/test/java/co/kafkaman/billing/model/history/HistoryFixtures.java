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
package co.kafkaman.billing.model.history;

import java.time.LocalDate;

/** History entries the model's tests append. */
public final class HistoryFixtures {
  private HistoryFixtures() {}

  /**
   * Returns an entry with {@code id}, dated 2024-03-01, by {@code ana}, without payload.
   *
   * @param id the entry id
   * @return the entry, summarised {@code "entry <id>"}
   */
  public static HistoryEntry entry(String id) {
    return HistoryEntry.of(
        id,
        LocalDate.of(2024, 3, 1),
        "ana",
        EntryKind.MEMBERSHIP_CHANGED,
        Summary.of("entry " + id),
        HistoryPayload.none());
  }
}
