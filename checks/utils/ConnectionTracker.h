//===-- ConnectionTracker.h - Native connections and their pins -*- C++ -*-===//
//
// Collects, over one translation unit, the connections native code makes
// (the peer argument of a connection API, see checks/api/Connections.h),
// the pins it sets per handle (TLS_HANDLE_PIN_OPTION rows) and the calls
// that compare a peer's key. At the end of the TU it resolves each
// connection to the hosts that reach it: a constant at the call, or, when
// the peer is a parameter of the enclosing function, the constants its
// callers in the TU pass (a few levels deep).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_CONNECTIONTRACKER_H
#define TLSLINT_CHECKS_UTILS_CONNECTIONTRACKER_H

#include "checks/api/Connections.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "llvm/ADT/DenseMap.h"

namespace tlslint {

/// A handle-pin option's value (CURLOPT_PINNEDPUBLICKEY) on one handle.
struct NativePins {
  const api::HandlePinOption *Row;
  const clang::ValueDecl *Handle; ///< Null when it is not a variable.
  clang::SourceLocation Where;
  /// The base64 digests, when the value is a constant list of them.
  std::vector<std::string> Digests;
  bool Readable = false;
};

/// A host that reaches a connection.
struct ResolvedConnection {
  std::string Host;
  api::TlsStack Stack;
  clang::SourceLocation Where; ///< The connection's peer argument.
  /// Where a caller passes the host as a constant, when it reaches the
  /// connection through parameters; invalid when the host is a constant at
  /// the connection.
  clang::SourceLocation Origin;
  /// Native code pins this connection: pins on its handle, or calls that
  /// compare the peer's key with the same library.
  bool Pinned = false;
  /// The pins on its handle, when they are a constant list; null otherwise.
  const NativePins *Pins = nullptr;
};

class ConnectionTracker {
public:
  /// A call or constructor call to a name from connectionAndPinningFunctions
  /// or connectionClasses.
  void addSite(const ApiSite &Site, const ValueEvaluator &Values,
               const clang::SourceManager &SM);
  /// A call that sets a handle-pin option; Value is its constant, if any.
  void addHandlePins(const api::HandlePinOption &Row, const ApiSite &Site,
                     const std::optional<StringValue> &Value,
                     const ValueEvaluator &Values,
                     const clang::SourceManager &SM);
  /// A call to a function of the project: hosts can reach a connection
  /// through its parameters.
  void addProjectCall(const clang::CallExpr &Call);

  /// Every host that reaches a connection, and whether native code pins it.
  std::vector<ResolvedConnection> resolve(const ValueEvaluator &Values,
                                          const clang::SourceManager &SM) const;

  void clear();

private:
  struct Site {
    api::TlsStack Stack;
    PeerForm Form;
    clang::SourceLocation Where;
    std::string Host; ///< Empty when only Parameter is known.
    const clang::ParmVarDecl *Parameter = nullptr;
    /// For a stack with a handle-pin option, the handle's variable.
    const clang::ValueDecl *Handle = nullptr;
  };

  void resolveParameter(const Site &S, const clang::ParmVarDecl *Parameter,
                        unsigned Depth, const ValueEvaluator &Values,
                        const clang::SourceManager &SM,
                        std::vector<ResolvedConnection> &Out) const;
  ResolvedConnection pinning(const Site &S, std::string Host,
                             clang::SourceLocation Origin,
                             const ValueEvaluator &Values) const;
  /// Whether a call in the TU passes Handle as Parameter of its function.
  bool passesHandle(const clang::ValueDecl *Handle,
                    const clang::ValueDecl *Parameter,
                    const ValueEvaluator &Values) const;

  std::vector<Site> Sites;
  std::vector<NativePins> HandlePins;
  unsigned PinningStacks = 0; ///< One bit per api::TlsStack.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const clang::CallExpr *, 2>>
      CallsTo;
};

} // namespace tlslint

#endif
