/** Identifiers shared by the domain: the contract's prefixed ULIDs. */
package id.mpp.server.domain.ids;
