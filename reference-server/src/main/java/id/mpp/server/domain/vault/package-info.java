/**
 * The document vault's domain: upload once, reuse everywhere, lose nothing. {@link
 * id.mpp.server.domain.vault.ApplicationVault} is the seam the applications side uses.
 */
package id.mpp.server.domain.vault;
