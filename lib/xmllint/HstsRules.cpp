//===-- HstsRules.cpp - hstsEnforced, which nothing enforces --------------===//

#include "lib/xmllint/Detector.h"

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::HstsNotEnforced};

void run(const ConfigFile &F, Emitter &E) {
  for (const nsc::Config &C : F.Model.Configs)
    if (C.HstsAttr.Present && !reportedInCompanion(F, C))
      E.add(RuleId::HstsNotEnforced, C.HstsAttr.Where, C.Ignored,
            "hstsEnforced is parsed by Android but never enforced by its "
            "HTTP stack; it has no effect");
}

} // namespace

const ConfigFamily HstsRules = {"hsts", Reports, run};

} // namespace xmllint
} // namespace tlslint
