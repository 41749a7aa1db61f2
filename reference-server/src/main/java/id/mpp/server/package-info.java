/**
 * The MPP Digital reference server. Layers, one package each: {@code http} (controllers, error mapping),
 * {@code domain} (plain Java rules, no framework imports), {@code storage} (repositories, blob store) and
 * {@code identity} (the OpenID Connect provider).
 */
package id.mpp.server;
