/** The Applications operations: submission, lists, reading, cancellation, revision, transitions, agency queues. */
package id.mpp.server.http.application;
