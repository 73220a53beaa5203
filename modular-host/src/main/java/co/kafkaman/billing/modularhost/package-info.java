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
 * A modular host: {@code ModularHost} adds two seats through the engine ({@code 2 x 12.00 x 17/31
 * days = 13.16}) and checks its price list with a scenario file bundled in the module, both from
 * inside the named module {@code co.kafkaman.billing.modularhost}.
 */
@NullMarked
package co.kafkaman.billing.modularhost;

import org.jspecify.annotations.NullMarked;
