/**
 * Notifications: the in-app inbox of every account, and the durable mail outbox that sends the
 * same news by e-mail when a mail server is configured, without ever holding up the work that
 * caused it.
 */
package org.tongban.notification;
