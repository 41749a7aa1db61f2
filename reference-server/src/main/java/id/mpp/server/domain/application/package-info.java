/** Service applications: submission, the state machine, timelines, queues. */
package id.mpp.server.domain.application;
