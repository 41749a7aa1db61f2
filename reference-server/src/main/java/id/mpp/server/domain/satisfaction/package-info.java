/**
 * The SKM satisfaction survey of PermenPANRB 14/2017: the nine elements, a recorded response, and the IKM index with
 * its grade computed exactly (each element's NRR weighted with exactly 1/9, rounding only for presentation).
 */
package id.mpp.server.domain.satisfaction;
