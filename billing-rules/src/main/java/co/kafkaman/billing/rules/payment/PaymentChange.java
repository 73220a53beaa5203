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
package co.kafkaman.billing.rules.payment;

import co.kafkaman.billing.model.team.Team;

/**
 * An accepted change of a team's payment methods or collection: the team after it and a one-line
 * summary for its history entry.
 *
 * @param team the team after the change
 * @param summary what changed, such as {@code "card visa ending 4242 (exp 2027-08) added, primary"}
 * @since 0.1.0
 */
public record PaymentChange(Team team, String summary) {}
