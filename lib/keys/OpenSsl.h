//===-- OpenSsl.h - Owning pointers to libcrypto objects --------*- C++ -*-===//

#ifndef TLSLINT_LIB_KEYS_OPENSSL_H
#define TLSLINT_LIB_KEYS_OPENSSL_H

#include <memory>
#include <openssl/crypto.h>

namespace tlslint::keys {

template <typename T, void (*Free)(T *)> struct OpenSslDeleter {
  void operator()(T *P) const { Free(P); }
};

/// A libcrypto object freed by Free when the pointer goes away.
template <typename T, void (*Free)(T *)>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<T, Free>>;

/// Keeps libcrypto's error queue as it was: decoders that fail leave their
/// reasons on it, and a failed guess is not an error anyone should see.
class OpenSslErrorScope {
public:
  OpenSslErrorScope();
  ~OpenSslErrorScope();
  OpenSslErrorScope(const OpenSslErrorScope &) = delete;
  OpenSslErrorScope &operator=(const OpenSslErrorScope &) = delete;
};

} // namespace tlslint::keys

#endif
