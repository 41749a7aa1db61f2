/** The service catalogue's domain. {@link id.mpp.server.domain.service.ServiceDirectory} is the seam applications use. */
package id.mpp.server.domain.service;
