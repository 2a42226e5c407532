//===-- ReportReader.cpp --------------------------------------------------===//

#include "lib/report/ReportReader.h"
#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "llvm/ADT/STLExtras.h"
#include <limits>

namespace tlslint {
namespace {

using llvm::json::Array;
using llvm::json::Object;

llvm::Error malformed(llvm::StringRef File, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s: not a tlslint JSON or SARIF report: %s",
                                 File.str().c_str(), Why.str().c_str());
}

/// A 1-based line or column; 0 when absent or not a positive 32-bit number.
unsigned position(const Object *O, llvm::StringRef Key) {
  std::optional<int64_t> N = O ? O->getInteger(Key) : std::nullopt;
  if (!N || *N <= 0 || *N > std::numeric_limits<unsigned>::max())
    return 0;
  return static_cast<unsigned>(*N);
}

/// The finding's rule, or nullptr after noting an id this version lacks.
const Rule *ruleFor(llvm::StringRef Id, ReadReport &Out) {
  if (const Rule *R = findRule(Id))
    return R;
  if (!llvm::is_contained(Out.UnknownRules, Id))
    Out.UnknownRules.push_back(Id.str());
  return nullptr;
}

Severity levelOf(std::optional<llvm::StringRef> Name, const Rule &R) {
  if (Name)
    if (std::optional<Severity> S = parseSeverity(*Name))
      return *S;
  return R.DefaultSeverity;
}

//===-- JSON (docs/json-format.md) ----------------------------------------===//

Location jsonLocation(const Object *O) {
  Location L;
  if (!O)
    return L;
  L.File = O->getString("file").value_or("").str();
  L.Line = position(O, "line");
  L.Column = position(O, "column");
  L.EndLine = position(O, "endLine");
  L.EndColumn = position(O, "endColumn");
  return L;
}

//===-- SARIF (docs/integration.md) ---------------------------------------===//

/// SARIF messages are sentences: the emitter adds a final period to ours,
/// which are clang-style fragments without one.
std::string fromSentence(llvm::StringRef Text) {
  Text.consume_back(".");
  return Text.str();
}

std::string messageText(const Object *O) {
  const Object *Message = O ? O->getObject("message") : nullptr;
  return fromSentence(Message ? Message->getString("text").value_or("")
                              : llvm::StringRef());
}

class SarifReader {
public:
  SarifReader(llvm::StringRef File, llvm::StringRef SourceRoot,
              SourceCache &Sources, ReadReport &Out)
      : File(File), SourceRoot(SourceRoot), Sources(Sources), Out(Out) {}

  llvm::Error read(const Array &Runs) {
    Out.IsSarif = true;
    for (const llvm::json::Value &Run : Runs) {
      const Object *RunObj = Run.getAsObject();
      const Array *Results = RunObj ? RunObj->getArray("results") : nullptr;
      if (!Results)
        return malformed(File, "a SARIF run without results");
      if (const Object *Tool = RunObj->getObject("tool"))
        if (const Object *Driver = Tool->getObject("driver"))
          if (std::optional<llvm::StringRef> Name = Driver->getString("name");
              Name && *Name != "tlslint")
            return malformed(File, "a SARIF run of " + *Name);
      for (const llvm::json::Value &Result : *Results)
        if (llvm::Error E = result(Result.getAsObject()))
          return E;
      if (const Array *Invocations = RunObj->getArray("invocations"))
        for (const llvm::json::Value &Invocation : *Invocations)
          if (llvm::Error E = errors(Invocation.getAsObject()))
            return E;
    }
    return llvm::Error::success();
  }

private:
  llvm::Expected<std::string> path(const Object *Artifact) {
    std::optional<llvm::StringRef> Uri =
        Artifact ? Artifact->getString("uri") : std::nullopt;
    if (!Uri)
      return malformed(File, "a SARIF location without a uri");
    if (std::optional<std::string> Path = pathFromReportUri(*Uri, SourceRoot))
      return *Path;
    return malformed(File, "a SARIF location whose uri is not a file: " + *Uri);
  }

  /// Bytes from the code points SARIF counts, through the file's line.
  unsigned bytes(llvm::StringRef Path, unsigned Line, unsigned Column) {
    if (!Line || !Column)
      return Column;
    std::optional<llvm::StringRef> Text = Sources.line(Path, Line);
    return Text ? byteColumn(*Text, Column) : Column;
  }

  /// A physical location. With FromDisplay, an end that only repeats the
  /// token the emitter shows for a bare start (displayRegion) is dropped, so
  /// that the finding reads back as the analyzer gave it.
  llvm::Expected<Location> location(const Object *Physical, bool FromDisplay,
                                    llvm::StringRef RegionKey = "region") {
    if (!Physical)
      return malformed(File, "a SARIF location without physicalLocation");
    llvm::Expected<std::string> Path =
        path(Physical->getObject("artifactLocation"));
    if (!Path)
      return Path.takeError();
    Location L;
    L.File = std::move(*Path);
    if (const Object *Context = Physical->getObject("contextRegion")) {
      const Object *Snippet = Context->getObject("snippet");
      std::optional<llvm::StringRef> Text =
          Snippet ? Snippet->getString("text") : std::nullopt;
      if (unsigned Line = position(Context, "startLine"); Line && Text)
        Sources.addRecordedLine(L.File, Line, *Text);
    }
    const Object *Region = Physical->getObject(RegionKey);
    if (!Region)
      return L;
    L.Line = position(Region, "startLine");
    L.Column = bytes(L.File, L.Line, position(Region, "startColumn"));
    L.EndLine = position(Region, "endLine");
    L.EndColumn = bytes(L.File, L.EndLine, position(Region, "endColumn"));
    if (FromDisplay && L.EndLine) {
      Location Start = L;
      Start.EndLine = Start.EndColumn = 0;
      if (displayRegion(Start, Sources.line(L.File, L.Line)) == L)
        return Start;
    }
    return L;
  }

  /// The physical location of a result, which SARIF lets it have several
  /// of; ours have one.
  static const Object *firstPhysical(const Object *Result) {
    const Array *Locations = Result->getArray("locations");
    const Object *Loc = Locations && !Locations->empty()
                            ? Locations->front().getAsObject()
                            : nullptr;
    return Loc ? Loc->getObject("physicalLocation") : nullptr;
  }

  /// The URI the result names its file by, as written.
  static std::string uriOf(const Object *Physical) {
    const Object *Artifact = Physical->getObject("artifactLocation");
    return Artifact ? Artifact->getString("uri").value_or("").str() : "";
  }

  llvm::Error result(const Object *R) {
    if (!R)
      return malformed(File, "a SARIF result is not an object");
    std::optional<llvm::StringRef> RuleName = R->getString("ruleId");
    const Object *Physical = firstPhysical(R);
    if (!RuleName || !Physical)
      return malformed(File, "a SARIF result without ruleId or locations");
    llvm::Expected<Location> Where = location(Physical, /*FromDisplay=*/true);
    if (!Where)
      return Where.takeError();
    const Rule *Rule = ruleFor(*RuleName, Out);
    if (!Rule)
      return llvm::Error::success();
    Finding F{Rule->Enum,
              levelOf(R->getString("level"), *Rule),
              messageText(R),
              std::move(*Where),
              {},
              {}};
    if (const Array *Related = R->getArray("relatedLocations"))
      for (const llvm::json::Value &Note : *Related) {
        const Object *N = Note.getAsObject();
        llvm::Expected<Location> L =
            location(N ? N->getObject("physicalLocation") : nullptr, true);
        if (!L)
          return L.takeError();
        F.Notes.push_back({messageText(N), std::move(*L)});
      }
    if (const Array *Fixes = R->getArray("fixes"))
      for (const llvm::json::Value &Fix : *Fixes)
        if (llvm::Error E = fix(Fix.getAsObject(), F))
          return E;
    ReadReport::SarifIdentity Id;
    Id.Uri = uriOf(Physical);
    if (const Object *Prints = R->getObject("partialFingerprints"))
      Id.Fingerprint = Prints->getString(FingerprintKey).value_or("").str();
    Out.Identities.push_back(std::move(Id));
    Out.Contents.Findings.push_back(std::move(F));
    return llvm::Error::success();
  }

  llvm::Error fix(const Object *Fix, Finding &F) {
    const Array *Changes = Fix ? Fix->getArray("artifactChanges") : nullptr;
    if (!Changes)
      return llvm::Error::success();
    for (const llvm::json::Value &Change : *Changes) {
      const Object *C = Change.getAsObject();
      const Array *Replacements = C ? C->getArray("replacements") : nullptr;
      if (!Replacements)
        continue;
      for (const llvm::json::Value &Replacement : *Replacements) {
        const Object *Rep = Replacement.getAsObject();
        if (!Rep)
          continue;
        // A replacement's region is in the change's file; give location()
        // the shape of a physical location.
        Object Physical{{"artifactLocation", C->get("artifactLocation")
                                                 ? *C->get("artifactLocation")
                                                 : llvm::json::Value(nullptr)}};
        if (const llvm::json::Value *Deleted = Rep->get("deletedRegion"))
          Physical["region"] = *Deleted;
        llvm::Expected<Location> Range =
            location(&Physical, /*FromDisplay=*/false);
        if (!Range)
          return Range.takeError();
        const Object *Inserted = Rep->getObject("insertedContent");
        F.Fixes.push_back(
            {std::move(*Range),
             Inserted ? Inserted->getString("text").value_or("").str() : ""});
      }
    }
    return llvm::Error::success();
  }

  llvm::Error errors(const Object *Invocation) {
    const Array *Notifications =
        Invocation ? Invocation->getArray("toolExecutionNotifications")
                   : nullptr;
    if (!Notifications)
      return llvm::Error::success();
    for (const llvm::json::Value &Notification : *Notifications) {
      const Object *N = Notification.getAsObject();
      if (!N || N->getString("level") != "error")
        continue;
      ToolError E{"", messageText(N)};
      const Array *Locations = N->getArray("locations");
      if (Locations && !Locations->empty()) {
        const Object *Loc = Locations->front().getAsObject();
        const Object *Physical =
            Loc ? Loc->getObject("physicalLocation") : nullptr;
        llvm::Expected<std::string> Path =
            path(Physical ? Physical->getObject("artifactLocation") : nullptr);
        if (!Path)
          return Path.takeError();
        E.File = std::move(*Path);
      }
      Out.Contents.Errors.push_back(std::move(E));
    }
    return llvm::Error::success();
  }

  llvm::StringRef File;
  llvm::StringRef SourceRoot;
  SourceCache &Sources;
  ReadReport &Out;
};

} // namespace

llvm::Error readJsonReport(const Object &Root, llvm::StringRef File,
                           ReadReport &Out) {
  const Array *Findings = Root.getArray("findings");
  if (Root.getString("tool") != "tlslint" || !Findings)
    return malformed(File, "neither SARIF runs nor tlslint findings");
  for (const llvm::json::Value &Entry : *Findings) {
    const Object *F = Entry.getAsObject();
    const Object *Loc = F ? F->getObject("location") : nullptr;
    std::optional<llvm::StringRef> RuleName =
        F ? F->getString("ruleId") : std::nullopt;
    if (!RuleName || !Loc || !Loc->getString("file"))
      return malformed(File, "a finding without ruleId or location.file");
    const Rule *R = ruleFor(*RuleName, Out);
    if (!R)
      continue;
    Finding Found{R->Enum,
                  levelOf(F->getString("severity"), *R),
                  F->getString("message").value_or("").str(),
                  jsonLocation(Loc),
                  {},
                  {}};
    if (const Array *Notes = F->getArray("notes"))
      for (const llvm::json::Value &Note : *Notes)
        if (const Object *N = Note.getAsObject())
          Found.Notes.push_back({N->getString("message").value_or("").str(),
                                 jsonLocation(N->getObject("location"))});
    if (const Array *Fixes = F->getArray("fixes"))
      for (const llvm::json::Value &Fix : *Fixes)
        if (const Object *X = Fix.getAsObject())
          Found.Fixes.push_back(
              {jsonLocation(X->getObject("range")),
               X->getString("replacement").value_or("").str()});
    Out.Contents.Findings.push_back(std::move(Found));
  }
  if (const Array *Errors = Root.getArray("errors"))
    for (const llvm::json::Value &Entry : *Errors)
      if (const Object *E = Entry.getAsObject())
        Out.Contents.Errors.push_back(
            {E->getString("file").value_or("").str(),
             E->getString("message").value_or("").str()});
  if (std::optional<int64_t> Hidden = Root.getInteger("hiddenByHeaderFilter");
      Hidden && *Hidden > 0)
    Out.Contents.HiddenByHeaderFilter += static_cast<unsigned>(*Hidden);
  return llvm::Error::success();
}

llvm::Expected<ReadReport> parseReport(llvm::StringRef File,
                                       llvm::StringRef Text,
                                       llvm::StringRef SourceRoot,
                                       SourceCache &Sources) {
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return malformed(File, llvm::toString(Parsed.takeError()));
  const Object *Root = Parsed->getAsObject();
  if (!Root)
    return malformed(File, "the top level is not an object");
  ReadReport Out;
  if (const Array *Runs = Root->getArray("runs")) {
    SarifReader Reader(File, SourceRoot, Sources, Out);
    if (llvm::Error E = Reader.read(*Runs))
      return std::move(E);
    return std::move(Out);
  }
  if (llvm::Error E = readJsonReport(*Root, File, Out))
    return std::move(E);
  return std::move(Out);
}

} // namespace tlslint
