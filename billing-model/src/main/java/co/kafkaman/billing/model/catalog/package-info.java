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
 * The catalog: the host's price list as data. {@link co.kafkaman.billing.model.catalog.Catalog}
 * holds {@link co.kafkaman.billing.model.catalog.Plan}s (per {@link
 * co.kafkaman.billing.model.catalog.PlanTier}), {@link co.kafkaman.billing.model.catalog.AddOn}
 * block definitions and {@link co.kafkaman.billing.model.catalog.OveragePrice}s, per {@link
 * co.kafkaman.billing.model.catalog.Resource}. {@link
 * co.kafkaman.billing.model.catalog.CatalogFormat} reads one from a properties text; {@link
 * co.kafkaman.billing.model.catalog.Catalog#kafkamanSample()} loads the documented sample.
 *
 * <p>Worked example (sample catalog): a Basic team with 5 monthly seats and one monitoring block
 * pays {@code 5 x 12.00 + 1 x 8.00 = 68.00} a cycle and may use {@code 10,000 + 1 x 10,000 =
 * 20,000} monitoring requests a usage month; 2,500 requests past that, with overage allowed, are 3
 * packages of 1,000 at 0.90: 2.70.
 */
@NullMarked
package co.kafkaman.billing.model.catalog;

import org.jspecify.annotations.NullMarked;
