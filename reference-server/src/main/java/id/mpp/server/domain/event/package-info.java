/** The agencies' event feed and webhooks: {@link id.mpp.server.domain.event.EventRecorder} is what others call. */
package id.mpp.server.domain.event;
