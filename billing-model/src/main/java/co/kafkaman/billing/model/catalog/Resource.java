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

/**
 * The resources whose usage a team's plan allows. Only monitoring requests and mock server calls
 * have an overage setting (allowed or disallowed); custom domains are a hard limit.
 *
 * @since 0.1.0
 */
public enum Resource {
  /** Monitoring requests per usage month; overage configurable. */
  MONITORING_REQUESTS("monitoring requests", true, false),
  /** Mock server calls per usage month; overage configurable. */
  MOCK_SERVER_CALLS("mock server calls", true, false),
  /** Custom domains in use; a hard limit, no overage. */
  CUSTOM_DOMAINS("custom domains", false, true),
  /** API calls per usage month. */
  API_CALLS("API calls", false, false),
  /** Serverless requests per usage month. */
  SERVERLESS_REQUESTS("serverless requests", false, false),
  /** Integrations in use. */
  INTEGRATIONS("integrations", false, false),
  /** Cloud agent calls per usage month. */
  CLOUD_AGENT("cloud agent calls", false, false);

  private final String label;
  private final boolean overageConfigurable;
  private final boolean hardLimit;

  Resource(String label, boolean overageConfigurable, boolean hardLimit) {
    this.label = label;
    this.overageConfigurable = overageConfigurable;
    this.hardLimit = hardLimit;
  }

  /**
   * Returns a readable name such as {@code "monitoring requests"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether a team may allow or disallow overage of this resource.
   *
   * @return true for monitoring requests and mock server calls
   */
  public boolean hasOverageSetting() {
    return overageConfigurable;
  }

  /**
   * Returns whether usage past the entitlement is always refused.
   *
   * @return true for custom domains
   */
  public boolean isHardLimit() {
    return hardLimit;
  }
}
