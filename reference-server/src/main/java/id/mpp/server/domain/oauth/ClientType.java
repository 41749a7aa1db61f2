package id.mpp.server.domain.oauth;

/** Whether a client can keep a credential (RFC 6749 §2.1). */
public enum ClientType {
  CONFIDENTIAL,
  PUBLIC
}
