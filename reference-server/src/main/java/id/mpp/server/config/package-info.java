/** Configuration of the server: typed settings ({@code mpp.*}) and the factories of injected collaborators. */
package id.mpp.server.config;
