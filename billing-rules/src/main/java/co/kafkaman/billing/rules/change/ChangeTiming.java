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
package co.kafkaman.billing.rules.change;

/**
 * What a {@link ChangePolicy} allows for one {@link ChangePart}: at once (and on renewal), only on
 * renewal, or not at all. Kill Bill calls the first two {@code IMMEDIATE} and {@code END_OF_TERM},
 * and the third {@code ILLEGAL}.
 *
 * <p>An "Immediately" request with a part allowed only {@link #ON_RENEWAL} is refused with {@code
 * CHANGE_ONLY_ON_RENEWAL}, naming the part and offering "On renewal" when that would be accepted; a
 * request of either timing with a {@link #REFUSED} part is refused with {@code CHANGE_NOT_ALLOWED}.
 *
 * @since 0.1.0
 */
public enum ChangeTiming {
  /** The part may apply at once, prorated, or on renewal. */
  IMMEDIATELY,
  /** The part may apply only at the end of the current cycle. */
  ON_RENEWAL,
  /** The part may not apply at all. */
  REFUSED
}
