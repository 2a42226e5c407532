//===-- SarifEmitter.cpp - SARIF 2.1.0 output -----------------------------===//
//
// Shaped for GitHub code scanning and checked against Microsoft's SARIF
// validator (test/tools/report-sarif.test): every rule of the registry with
// its CWE tags and security-severity, files relative to %SRCROOT%, notes as
// related locations, fix-its as fixes, and fingerprints of our own that
// survive line shifts.
//
//===----------------------------------------------------------------------===//

#include "lib/report/Emitters.h"
#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace tlslint {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

constexpr llvm::StringLiteral SrcRoot = "%SRCROOT%";
constexpr llvm::StringLiteral SchemaUri =
    "https://json.schemastore.org/sarif-2.1.0.json";

llvm::StringRef sarifLevel(Severity S) {
  switch (S) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  }
  llvm_unreachable("unknown severity");
}

/// SARIF messages are sentences (the validator's SARIF2001); ours are
/// clang-style fragments without a final period.
std::string sentence(llvm::StringRef Text) {
  Text = Text.rtrim();
  if (Text.empty() || Text.ends_with(".") || Text.ends_with("!") ||
      Text.ends_with("?"))
    return Text.str();
  return (Text + ".").str();
}

Object message(llvm::StringRef Text) {
  return Object{{"text", sentence(Text)}};
}

class SarifWriter {
public:
  SarifWriter(const Report &R, const ReportContext &Ctx, SourceCache &Sources)
      : R(R), Ctx(Ctx), Sources(Sources) {}

  Value log() {
    Array Results;
    for (const Finding &F : R.Findings)
      Results.push_back(result(F));
    Object Run{{"tool", Object{{"driver", driver()}}},
               {"invocations", Array{invocation()}},
               {"originalUriBaseIds",
                Object{{SrcRoot,
                        Object{{"uri", fileUri(Ctx.SourceRoot,
                                               /*IsDirectory=*/true)},
                               {"description", message("The source root.")}}}}},
               {"columnKind", "unicodeCodePoints"},
               {"results", std::move(Results)}};
    return Object{{"$schema", SchemaUri},
                  {"version", "2.1.0"},
                  {"runs", Array{std::move(Run)}}};
  }

private:
  Object driver() {
    Array Rules;
    for (const Rule &Rule : allRules())
      Rules.push_back(ruleDescriptor(Rule));
    Object Driver{{"name", "tlslint"},
                  {"fullName", "tlslint: insecure TLS usage in C/C++, JNI and "
                               "Android XML"},
                  {"rules", std::move(Rules)}};
    if (!Ctx.ToolVersion.empty()) {
      Driver["version"] = Ctx.ToolVersion;
      Driver["semanticVersion"] = Ctx.ToolVersion;
    }
    if (!Ctx.InformationUri.empty())
      Driver["informationUri"] = Ctx.InformationUri;
    return Driver;
  }

  Object ruleDescriptor(const Rule &Rule) {
    const RuleDetails &D = getRuleDetails(Rule.Enum);
    Array Tags{"security"};
    if (Rule.Cwe)
      Tags.push_back(llvm::formatv("external/cwe/cwe-{0}", Rule.Cwe).str());
    Object Properties{{"tags", std::move(Tags)},
                      {"precision", precisionName(D.Prec)}};
    if (!D.SecuritySeverity.empty())
      Properties["security-severity"] = D.SecuritySeverity;
    std::string Full = Rule.Summary.str();
    if (!D.Rationale.empty())
      Full += " " + D.Rationale.str();
    std::string HelpUri = Ctx.helpUri(Rule);
    std::string HelpText = Full;
    std::string HelpMarkdown = Full;
    if (!D.Remediation.empty()) {
      HelpText += "\n\nHow to fix: " + D.Remediation.str();
      HelpMarkdown += "\n\n**How to fix:** " + D.Remediation.str();
    }
    HelpText += "\n\nDocumentation: " + HelpUri;
    HelpMarkdown +=
        "\n\n[Documentation of " + Rule.Id.str() + "](" + HelpUri + ")";
    return Object{
        {"id", Rule.Id},
        {"name", D.Name.empty() ? Rule.Id : D.Name},
        {"shortDescription", message(Rule.Summary)},
        {"fullDescription", message(Full)},
        {"help", Object{{"text", HelpText}, {"markdown", HelpMarkdown}}},
        {"helpUri", HelpUri},
        {"defaultConfiguration",
         Object{{"level", sarifLevel(Rule.DefaultSeverity)}}},
        {"properties", std::move(Properties)}};
  }

  Object invocation() {
    Array Notifications;
    for (const ToolError &E : R.Errors) {
      Object N{{"level", "error"}, {"message", message(E.Message)}};
      if (!E.File.empty())
        N["locations"] = Array{
            Object{{"physicalLocation",
                    Object{{"artifactLocation", artifactLocation(E.File)}}}}};
      Notifications.push_back(std::move(N));
    }
    Object Invocation{{"executionSuccessful", R.Errors.empty()}};
    if (!Notifications.empty())
      Invocation["toolExecutionNotifications"] = std::move(Notifications);
    return Invocation;
  }

  Object artifactLocation(llvm::StringRef File) {
    if (std::optional<std::string> Rel = pathUnderRoot(File, Ctx.SourceRoot))
      return Object{{"uri", uriEncodePath(*Rel)}, {"uriBaseId", SrcRoot}};
    return Object{{"uri", fileUri(absolutePath(File))}};
  }

  /// Columns in code points (columnKind), the end from displayRegion when the
  /// analyzer gave only a start, and the covered text as a snippet.
  Object region(const Location &Where) {
    std::optional<llvm::StringRef> First = Sources.line(Where.File, Where.Line);
    Location L = displayRegion(Where, First);
    auto Column = [&](unsigned Line, unsigned ByteColumn) {
      std::optional<llvm::StringRef> Text =
          Line == L.Line ? First : Sources.line(L.File, Line);
      return Text ? codePointColumn(*Text, ByteColumn) : ByteColumn;
    };
    Object Region{{"startLine", L.Line}};
    if (L.Column)
      Region["startColumn"] = Column(L.Line, L.Column);
    if (L.EndLine && L.EndColumn) {
      Region["endLine"] = L.EndLine;
      Region["endColumn"] = Column(L.EndLine, L.EndColumn);
      if (First && L.EndLine == L.Line && L.Column && L.EndColumn >= L.Column)
        Region["snippet"] = Object{
            {"text", First->substr(L.Column - 1, L.EndColumn - L.Column)}};
    }
    return Region;
  }

  Object physicalLocation(const Location &L) {
    Object Physical{{"artifactLocation", artifactLocation(L.File)}};
    if (!L.hasPosition())
      return Physical;
    Physical["region"] = region(L);
    if (std::optional<llvm::StringRef> Line = Sources.line(L.File, L.Line))
      Physical["contextRegion"] =
          Object{{"startLine", L.Line}, {"snippet", Object{{"text", *Line}}}};
    return Physical;
  }

  Object location(const Location &L) {
    return Object{{"physicalLocation", physicalLocation(L)}};
  }

  Object fix(const Finding &F) {
    // One fix-it of clang-tidy is one change: all its replacements together,
    // grouped by file as SARIF wants them.
    std::vector<std::pair<std::string, Array>> ByFile;
    std::vector<std::string> Descriptions;
    for (const Replacement &Fix : F.Fixes) {
      auto It = llvm::find_if(ByFile, [&](const auto &Entry) {
        return Entry.first == Fix.Range.File;
      });
      if (It == ByFile.end()) {
        ByFile.emplace_back(Fix.Range.File, Array{});
        It = std::prev(ByFile.end());
      }
      It->second.push_back(
          Object{{"deletedRegion", region(Fix.Range)},
                 {"insertedContent", Object{{"text", Fix.NewText}}}});
      Descriptions.push_back(describe(Fix));
    }
    Array Changes;
    for (auto &[File, Replacements] : ByFile)
      Changes.push_back(Object{{"artifactLocation", artifactLocation(File)},
                               {"replacements", std::move(Replacements)}});
    return Object{{"description", message(llvm::join(Descriptions, "; "))},
                  {"artifactChanges", std::move(Changes)}};
  }

  std::string describe(const Replacement &Fix) {
    const Location &L = Fix.Range;
    std::optional<llvm::StringRef> Old;
    if (L.EndLine == L.Line && L.Column && L.EndColumn >= L.Column)
      if (std::optional<llvm::StringRef> Line = Sources.line(L.File, L.Line))
        if (L.EndColumn - 1 <= Line->size())
          Old = Line->substr(L.Column - 1, L.EndColumn - L.Column);
    if (Old && Old->empty())
      return llvm::formatv("insert '{0}'", Fix.NewText).str();
    if (Old && Fix.NewText.empty())
      return llvm::formatv("remove '{0}'", *Old).str();
    if (Old)
      return llvm::formatv("replace '{0}' with '{1}'", *Old, Fix.NewText).str();
    return llvm::formatv("replace with '{0}'", Fix.NewText).str();
  }

  Object result(const Finding &F) {
    size_t RuleIndex = &F.rule() - allRules().data();
    Object Result{{"ruleId", F.rule().Id},
                  {"ruleIndex", static_cast<int64_t>(RuleIndex)},
                  {"level", sarifLevel(F.Level)},
                  {"message", message(F.Message)},
                  {"locations", Array{location(F.Where)}},
                  {"partialFingerprints",
                   Object{{FingerprintKey, Fingerprints.next(F)}}}};
    if (!F.Notes.empty()) {
      Array Related;
      int64_t Id = 0;
      for (const RelatedNote &N : F.Notes) {
        Object Loc = location(N.Where);
        Loc["id"] = ++Id;
        Loc["message"] = message(N.Message);
        Related.push_back(std::move(Loc));
      }
      Result["relatedLocations"] = std::move(Related);
    }
    if (!F.Fixes.empty())
      Result["fixes"] = Array{fix(F)};
    Object Properties{{"fileClass", fileClassName(F.Origin)}};
    if (F.isConditional())
      Properties["conditional"] = true;
    Result["properties"] = std::move(Properties);
    return Result;
  }

  const Report &R;
  const ReportContext &Ctx;
  SourceCache &Sources;
  Fingerprinter Fingerprints{Ctx.SourceRoot, Sources};
};

} // namespace

void emitSarif(const Report &R, const ReportContext &Ctx, SourceCache &Sources,
               llvm::raw_ostream &OS) {
  SarifWriter Writer(R, Ctx, Sources);
  OS << llvm::formatv("{0:2}", Writer.log()) << '\n';
}

} // namespace tlslint
