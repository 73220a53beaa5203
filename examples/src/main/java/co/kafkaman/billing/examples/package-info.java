/** Runnable billing stories that print invoices, decisions, notifications and history. */
package co.kafkaman.billing.examples;
