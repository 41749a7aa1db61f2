/** Outgoing e-mail: the {@link id.mpp.server.mail.Mailer} port and the embedded default's outbox folder. */
package id.mpp.server.mail;
