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

/**
 * What a history entry carries besides its text: the command that caused it (rules' commands
 * implement this interface, so replaying the history re-applies them) or {@link #none()} for an
 * effect entry such as "invoice issued".
 *
 * @since 0.1.0
 */
public interface HistoryPayload {

  /**
   * Returns the empty payload of effect entries.
   *
   * @return the empty payload
   */
  static HistoryPayload none() {
    return NoPayload.INSTANCE;
  }

  /** The empty payload. */
  enum NoPayload implements HistoryPayload {
    /** The only instance. */
    INSTANCE
  }
}
