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
/**
 * The billing calendar: {@link co.kafkaman.billing.rules.calendar.CycleSchedule} computes billing
 * cycles, auto-flex quarters and usage months from an anchor, boundary {@code n} = {@code anchor +
 * n periods} with month-end clamping, never by chaining. {@link
 * co.kafkaman.billing.rules.calendar.ScheduleProjection} projects a subscription's schedules past
 * its current cycle (following a frequency change at the renewal), for the agenda's calendars.
 *
 * <p>Worked example: anchor 2024-01-31, monthly: cycles {@code [2024-01-31, 2024-02-29)}, {@code
 * [2024-02-29, 2024-03-31)}, {@code [2024-03-31, 2024-04-30)}. Annual anchor 2024-02-29: the term
 * renews on 2025-02-28, and its quarters end on 2024-05-29, 2024-08-29, 2024-11-29 and 2025-02-28.
 */
@NullMarked
package co.kafkaman.billing.rules.calendar;

import org.jspecify.annotations.NullMarked;
