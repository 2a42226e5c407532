//===-- ConfigProblemRules.cpp - What the config parser rejects -----------===//
//
// tls-invalid-config and tls-invalid-pin: lib/nsc's parser finds what
// Android rejects or ignores; this family reports it.
//
//===----------------------------------------------------------------------===//

#include "lib/xmllint/Detector.h"

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::InvalidConfig, RuleId::InvalidPin};

void run(const ConfigFile &F, Emitter &E) {
  for (const nsc::ParseProblem &P : F.Model.Problems)
    E.add(P.Rule, P.Level, P.Where, P.Ignored, P.Message);
}

} // namespace

const ConfigFamily ConfigProblemRules = {"config-problems", Reports, run};

} // namespace xmllint
} // namespace tlslint
