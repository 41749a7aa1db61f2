/**
 * What the examples' integration tests share: the reference server started once per test JVM from its jar, and a
 * small browser that signs in through the real login and consent pages. Test code only; no example depends on it at
 * run time.
 */
package id.mpp.examples.testsupport;
