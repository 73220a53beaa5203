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
 * A host application that is itself a named module: it requires the library's three modules by
 * name, as a modular application does, and runs on the module path.
 */
module co.kafkaman.billing.modularhost {
  requires co.kafkaman.billing.model;
  requires co.kafkaman.billing.rules;
  requires co.kafkaman.billing.testkit;
  requires static org.jspecify;

  exports co.kafkaman.billing.modularhost;
}
