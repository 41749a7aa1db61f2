/**
 * Kemendagri regions (kabupaten and kota) in plain Java: the {@code PP.KK} code and its kind, and the catalogue
 * of the pilot regions with the edition of the decree its codes and names come from.
 */
package id.mpp.server.domain.region;
