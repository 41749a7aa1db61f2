/** Storage of service applications: applications, attached documents, timelines, tracking-number serials (V12). */
package id.mpp.server.storage.application;
