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
package co.kafkaman.billing.rules.dunning;

import co.kafkaman.billing.model.history.EntryKind;
import co.kafkaman.billing.model.history.NotificationIntent;
import co.kafkaman.billing.model.history.Summary;
import co.kafkaman.billing.model.team.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a dunning rule: the team after it, a summary, the history entries to append (the
 * first one is the command's own) and the notification intents for the host.
 *
 * @param team the team after the step
 * @param summary what happened, one line, rendered when first read
 * @param entries the entries to record, in order
 * @param notifications the notifications to send
 * @since 0.1.0
 */
public record DunningStep(
    Team team, Summary summary, List<Entry> entries, List<NotificationIntent> notifications) {

  /**
   * One history entry to record.
   *
   * @param kind what it records
   * @param summary the entry's text
   */
  public record Entry(EntryKind kind, String summary) {}

  /**
   * Copies the lists.
   *
   * @param team the team after the step
   * @param summary what happened, one line, rendered when first read
   * @param entries the entries to record, in order
   * @param notifications the notifications to send
   */
  public DunningStep {
    entries = List.copyOf(entries);
    notifications = List.copyOf(notifications);
  }

  /**
   * Returns this step followed by {@code next}: next's team, this step's summary (the summary of
   * its first entry), entries and notifications in order.
   *
   * @param next the step taken after this one, from this step's team
   * @return the combined step
   */
  DunningStep then(DunningStep next) {
    List<Entry> allEntries = new ArrayList<>(entries);
    allEntries.addAll(next.entries);
    List<NotificationIntent> allNotifications = new ArrayList<>(notifications);
    allNotifications.addAll(next.notifications);
    return new DunningStep(next.team, summary, allEntries, allNotifications);
  }
}
