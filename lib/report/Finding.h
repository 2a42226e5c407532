//===-- Finding.h - One occurrence of a rule --------------------*- C++ -*-===//
//
// A Finding is one occurrence of a rule (Android Lint's "Incident"). It holds
// everything every output format needs: SARIF regions, related locations from
// notes, and fix-its as text replacements.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_FINDING_H
#define TLSLINT_LIB_REPORT_FINDING_H

#include "lib/report/FileClass.h"
#include "lib/rules/Rules.h"
#include <string>
#include <vector>

namespace tlslint {

/// A position or range in a file. Lines and columns are 1-based; columns count
/// bytes, as clang's do. The end is exclusive; 0 means "unknown".
struct Location {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;

  bool hasPosition() const { return Line != 0; }
};

bool operator<(const Location &A, const Location &B);
bool operator==(const Location &A, const Location &B);

/// A note attached to a finding, e.g. "pin-set declared here".
struct RelatedNote {
  std::string Message;
  Location Where;
};

/// One fix-it: replace the text in Range by NewText.
struct Replacement {
  Location Range;
  std::string NewText;
};

struct Finding {
  RuleId Rule;
  Severity Level;
  std::string Message;
  Location Where;
  std::vector<RelatedNote> Notes;
  std::vector<Replacement> Fixes;
  /// Where Where.File belongs; set when the report is written (classifyFile
  /// against the source root).
  FileClass Origin = FileClass::Shipped;

  const tlslint::Rule &rule() const { return getRule(Rule); }
  /// Whether it holds only when a user opts in (`if (config->insecure)`):
  /// a check put its ConditionalFindingNote at the condition.
  bool isConditional() const;
};

/// A file that could not be analysed (unreadable, not XML, does not compile).
struct ToolError {
  std::string File;
  std::string Message;
};

/// Everything one run produced, in a deterministic order once sorted.
struct Report {
  std::vector<Finding> Findings;
  std::vector<ToolError> Errors;
  /// Diagnostics the header filter kept out of Findings (clang-tidy's
  /// non-user code), counted per translation unit.
  unsigned HiddenByHeaderFilter = 0;

  /// Sorts by file, position and rule, and drops exact duplicates (a header
  /// finding seen from several translation units).
  void normalize();
};

/// Exit codes shared by every subcommand.
enum ExitCode : int {
  ExitClean = 0,
  ExitFindings = 1,
  ExitToolError = 2,
};

/// 2 when a file could not be analysed (unless AllowErrors), else 1 when a
/// finding in a file of FailIn is at least FailOn, else 0.
ExitCode exitCodeFor(const Report &R, Severity FailOn, bool AllowErrors = false,
                     FileClasses FailIn = FileClasses());

} // namespace tlslint

#endif
