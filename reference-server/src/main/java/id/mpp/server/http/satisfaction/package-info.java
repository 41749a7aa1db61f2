/**
 * The SKM satisfaction survey over HTTP: the applicant's answer for a completed application and the public IKM results
 * of a service and an agency.
 */
package id.mpp.server.http.satisfaction;
