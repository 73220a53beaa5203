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
package co.kafkaman.billing.model.catalog;

import java.util.List;

/**
 * The ids of the kafkaman sample catalog ({@link Catalog#kafkamanSample()}): its four plans, in
 * upgrade order, and its seven resources. The library's rules never read these: they are the
 * sample's, for examples and tests, and a host's own catalog defines its own ids.
 *
 * @since 0.1.0
 */
public final class KafkamanSample {
  /** The free plan; moving to it cancels the paid subscription at renewal. */
  public static final PlanId FREE = PlanId.of("FREE");

  /** The entry paid plan: 12.00 per seat monthly, 144.00 annually. */
  public static final PlanId BASIC = PlanId.of("BASIC");

  /** The middle paid plan: 29.00 per seat monthly, 348.00 annually. */
  public static final PlanId PROFESSIONAL = PlanId.of("PROFESSIONAL");

  /** The sales-assisted plan, which may pay by invoice: 99.00 per seat monthly. */
  public static final PlanId ENTERPRISE = PlanId.of("ENTERPRISE");

  /** Monitoring requests per usage month; overage optional at 0.90 per 1,000. */
  public static final ResourceId MONITORING_REQUESTS = ResourceId.of("MONITORING_REQUESTS");

  /** Mock server calls per usage month; overage optional at 0.01 per call. */
  public static final ResourceId MOCK_SERVER_CALLS = ResourceId.of("MOCK_SERVER_CALLS");

  /** Custom domains in use; a hard limit. */
  public static final ResourceId CUSTOM_DOMAINS = ResourceId.of("CUSTOM_DOMAINS");

  /** API calls per usage month; counted, never billed. */
  public static final ResourceId API_CALLS = ResourceId.of("API_CALLS");

  /** Serverless requests per usage month; counted, never billed. */
  public static final ResourceId SERVERLESS_REQUESTS = ResourceId.of("SERVERLESS_REQUESTS");

  /** Integrations in use; counted, never billed. */
  public static final ResourceId INTEGRATIONS = ResourceId.of("INTEGRATIONS");

  /** Cloud agent calls per usage month; counted, never billed. */
  public static final ResourceId CLOUD_AGENT = ResourceId.of("CLOUD_AGENT");

  /** The four plans, in upgrade order. */
  public static final List<PlanId> PLANS = List.of(FREE, BASIC, PROFESSIONAL, ENTERPRISE);

  /** The seven resources, in the order invoices and usage reports list them. */
  public static final List<ResourceId> RESOURCES =
      List.of(
          MONITORING_REQUESTS,
          MOCK_SERVER_CALLS,
          CUSTOM_DOMAINS,
          API_CALLS,
          SERVERLESS_REQUESTS,
          INTEGRATIONS,
          CLOUD_AGENT);

  private KafkamanSample() {}

  /**
   * Returns the sample catalog; the same as {@link Catalog#kafkamanSample()}.
   *
   * @return the kafkaman sample catalog
   */
  public static Catalog catalog() {
    return Catalog.kafkamanSample();
  }
}
