//===-- Families.cpp - The XML rule families, in reporting order ----------===//
//
// A new family is a file defining its Detector and one line here; the
// rules `tlslint rules` lists as implemented by the XML half follow.
//
//===----------------------------------------------------------------------===//

#include "lib/xmllint/Detector.h"
#include "lib/xmllint/Linter.h"
#include "llvm/ADT/STLExtras.h"
#include <vector>

namespace tlslint {
namespace xmllint {

llvm::ArrayRef<const ConfigFamily *> configFamilies() {
  static const ConfigFamily *const Families[] = {
      &CleartextConfigRules, &TrustAnchorRules, &HstsRules, &PinRules};
  return Families;
}

llvm::ArrayRef<const ManifestFamily *> manifestFamilies() {
  static const ManifestFamily *const Families[] = {&ManifestRules};
  return Families;
}

llvm::ArrayRef<const KeyFileFamily *> keyFileFamilies() {
  static const KeyFileFamily *const Families[] = {&KeyFileRules};
  return Families;
}

namespace {

template <typename Family>
bool anyReports(llvm::ArrayRef<const Family *> Families, RuleId Id) {
  return llvm::any_of(Families, [&](const Family *F) {
    return llvm::is_contained(F->Reports, Id);
  });
}

} // namespace

llvm::ArrayRef<RuleId> implementedRules() {
  static const std::vector<RuleId> Ids = [] {
    std::vector<RuleId> Out;
    const ConfigFamily *const Problems[] = {&ConfigProblemRules};
    for (const Rule &R : allRules())
      if (anyReports<ConfigFamily>(Problems, R.Enum) ||
          anyReports(configFamilies(), R.Enum) ||
          anyReports(manifestFamilies(), R.Enum) ||
          anyReports(keyFileFamilies(), R.Enum))
        Out.push_back(R.Enum);
    return Out;
  }();
  return Ids;
}

} // namespace xmllint
} // namespace tlslint
