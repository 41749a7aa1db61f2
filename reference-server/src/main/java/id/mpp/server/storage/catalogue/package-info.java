/** The catalogue's answers kept in memory: regions, agencies and services change only with a deployment. */
package id.mpp.server.storage.catalogue;
