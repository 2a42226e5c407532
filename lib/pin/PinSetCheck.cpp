//===-- PinSetCheck.cpp ---------------------------------------------------===//

#include "lib/pin/PinSetCheck.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include "lib/pin/CertificateDir.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace tlslint {

llvm::StringRef pinCheckName(PinCheckKind K) {
  switch (K) {
  case PinCheckKind::Certificates:
    return "certificates";
  case PinCheckKind::Pin:
    return "pin";
  case PinCheckKind::BackupPin:
    return "backup-pin";
  case PinCheckKind::Expiry:
    return "expiry";
  }
  llvm_unreachable("unknown pin check");
}

llvm::StringRef pinCheckStatusName(PinCheckStatus S) {
  switch (S) {
  case PinCheckStatus::Ok:
    return "ok";
  case PinCheckStatus::Failed:
    return "FAIL";
  case PinCheckStatus::Error:
    return "ERROR";
  }
  llvm_unreachable("unknown pin check status");
}

namespace {

std::string describe(const ServedKey &S) {
  std::string Text = keyHolderName(S.Key.Holder).str();
  if (!S.Key.Subject.empty())
    Text += " \"" + S.Key.Subject + "\"";
  return Text + " (" + S.File + ")";
}

std::string pinText(const nsc::Pin &P) {
  return "pin on line " + std::to_string(P.Where.Line);
}

bool sameDigest(const nsc::Pin &P, const PinnedKey &K) {
  return llvm::equal(P.Bytes, K.Digest);
}

/// "in 3 days", "today", "2 days ago".
std::string daysFromToday(nsc::Day Day, nsc::Day Today) {
  int64_t Days = Day - Today;
  auto Count = [](int64_t N) {
    return std::to_string(N) + (N == 1 ? " day" : " days");
  };
  if (Days == 0)
    return "today";
  return Days > 0 ? "in " + Count(Days) : Count(-Days) + " ago";
}

void judgePins(const nsc::PinSet &Pins, llvm::ArrayRef<ServedKey> Served,
               std::vector<PinCheckResult> &Results) {
  std::vector<std::string> Matches, Backups;
  for (const nsc::Pin &P : Pins.Pins) {
    if (!P.Valid)
      continue;
    const ServedKey *Hit = llvm::find_if(
        Served, [&](const ServedKey &S) { return sameDigest(P, S.Key); });
    if (Hit != Served.end())
      Matches.push_back(pinText(P) + " matches " + describe(*Hit));
    else
      Backups.push_back(pinText(P));
  }

  if (!Matches.empty()) {
    Results.push_back(
        {PinCheckKind::Pin, PinCheckStatus::Ok, llvm::join(Matches, "; ")});
  } else {
    // Show what was served, so a wrong or stale pin is easy to spot.
    std::vector<std::string> Keys;
    for (const ServedKey &S : Served)
      Keys.push_back(describe(S) + " " + S.Key.pin());
    Results.push_back(
        {PinCheckKind::Pin, PinCheckStatus::Failed,
         "no pin matches a served key; served: " + llvm::join(Keys, ", ")});
  }

  if (!Backups.empty())
    Results.push_back({PinCheckKind::BackupPin, PinCheckStatus::Ok,
                       llvm::join(Backups, ", ") +
                           (Backups.size() == 1 ? " matches" : " match") +
                           " no served key"});
  else
    Results.push_back({PinCheckKind::BackupPin, PinCheckStatus::Failed,
                       "every pin matches a served key; add a pin for a "
                       "backup key that is not in use"});
}

void judgeExpiry(const nsc::PinSet &Pins, llvm::ArrayRef<ServedKey> Served,
                 const PinCheckOptions &Opts,
                 std::vector<PinCheckResult> &Results) {
  struct Expiring {
    std::string What;
    nsc::Day Day;
  };
  std::vector<Expiring> Items;
  if (Pins.Expires)
    Items.push_back({"pin-set", *Pins.Expires});
  for (const ServedKey &S : Served)
    if (S.Key.NotAfterDay)
      Items.push_back({describe(S), *S.Key.NotAfterDay});

  const nsc::Day Limit = Opts.Today + nsc::Day(Opts.HorizonDays);
  bool AnyFailed = false;
  for (const Expiring &E : Items) {
    if (E.Day > Limit)
      continue;
    AnyFailed = true;
    Results.push_back(
        {PinCheckKind::Expiry, PinCheckStatus::Failed,
         E.What + (E.Day < Opts.Today ? " expired on " : " expires on ") +
             dayText(E.Day) + " (" + daysFromToday(E.Day, Opts.Today) +
             "; horizon: " + std::to_string(Opts.HorizonDays) + " days)"});
  }
  if (AnyFailed)
    return;
  if (Items.empty()) {
    Results.push_back(
        {PinCheckKind::Expiry, PinCheckStatus::Ok, "nothing expires"});
    return;
  }
  const Expiring &First =
      *llvm::min_element(Items, [](const Expiring &A, const Expiring &B) {
        return A.Day < B.Day;
      });
  Results.push_back({PinCheckKind::Expiry, PinCheckStatus::Ok,
                     "first to expire: " + First.What + " on " +
                         dayText(First.Day) + " (" +
                         daysFromToday(First.Day, Opts.Today) + ")"});
}

/// Reads a domain's certificate files into Served; the result is the
/// "certificates" row.
PinCheckResult readServedChain(llvm::ArrayRef<std::string> Files,
                               std::vector<ServedKey> &Served,
                               std::vector<ToolError> &Errors) {
  std::vector<std::string> Problems;
  for (const std::string &File : Files) {
    auto Keys = readPinnedKeysFromFile(File);
    if (!Keys) {
      std::string Message = llvm::toString(Keys.takeError());
      Problems.push_back(File + ": " + Message);
      Errors.push_back({File, std::move(Message)});
      continue;
    }
    for (size_t I = 0; I < Keys->size(); ++I) {
      const PinnedKey &K = (*Keys)[I];
      // A key beside the chain would be compared as if a server sent it.
      if (K.Holder != KeyHolder::Certificate) {
        std::string Message = "object " + std::to_string(I + 1) + " is a " +
                              keyHolderName(K.Holder).str() +
                              "; --check reads only the certificates a "
                              "server sends";
        Problems.push_back(File + ": " + Message);
        Errors.push_back({File, Message});
        break;
      }
      Served.push_back({K, File});
    }
  }
  if (!Problems.empty())
    return {PinCheckKind::Certificates, PinCheckStatus::Error,
            llvm::join(Problems, "; ")};
  return {PinCheckKind::Certificates, PinCheckStatus::Ok,
          std::to_string(Served.size()) +
              (Served.size() == 1 ? " certificate in " : " certificates in ") +
              llvm::join(Files, ", ")};
}

} // namespace

std::vector<PinCheckResult> judgePinSet(const nsc::PinSet &Pins,
                                        llvm::ArrayRef<ServedKey> Served,
                                        const PinCheckOptions &Opts) {
  std::vector<PinCheckResult> Results;
  if (!Served.empty())
    judgePins(Pins, Served, Results);
  judgeExpiry(Pins, Served, Opts, Results);
  return Results;
}

PinCheckStatus PinSetCheckReport::status() const {
  bool Failed = NothingPinned;
  if (!Errors.empty())
    return PinCheckStatus::Error;
  for (const DomainCheck &D : Domains)
    for (const PinCheckResult &R : D.Results) {
      if (R.Status == PinCheckStatus::Error)
        return PinCheckStatus::Error;
      Failed |= R.Status == PinCheckStatus::Failed;
    }
  return Failed ? PinCheckStatus::Failed : PinCheckStatus::Ok;
}

PinSetCheckReport checkPinSets(const nsc::NetworkSecurityConfig &Config,
                               llvm::StringRef CertDir,
                               const PinCheckOptions &Opts) {
  PinSetCheckReport R;
  auto Dir = CertificateDir::open(CertDir);
  if (!Dir) {
    R.Errors.push_back({CertDir.str(), llvm::toString(Dir.takeError())});
    return R;
  }
  for (size_t I = 0; I < Config.Configs.size(); ++I) {
    const nsc::Config &C = Config.Configs[I];
    if (C.Kind != nsc::ConfigKind::Domain)
      continue;
    // A nested domain-config without a pin-set inherits its parent's, as on
    // the device; an empty pin-set switches pinning off.
    nsc::EffectiveConfig Effective = nsc::effectiveConfigOf(
        Config, static_cast<int>(I), nsc::PlatformInfo());
    if (!Effective.Pins || Effective.Pins->Pins.empty())
      continue;
    for (const nsc::Domain &D : C.Domains) {
      DomainCheck Check;
      Check.Domain = D.Name;
      std::vector<std::string> Files = Dir->claimFilesFor(D.Name);
      std::vector<ServedKey> Served;
      if (Files.empty()) {
        Check.Results.push_back({PinCheckKind::Certificates,
                                 PinCheckStatus::Failed,
                                 "none found in " + Dir->placesFor(D.Name)});
      } else {
        Check.Results.push_back(readServedChain(Files, Served, R.Errors));
        if (Check.Results.back().Status == PinCheckStatus::Error) {
          R.Domains.push_back(std::move(Check));
          continue;
        }
      }
      llvm::append_range(Check.Results,
                         judgePinSet(*Effective.Pins, Served, Opts));
      R.Domains.push_back(std::move(Check));
    }
  }
  R.Unclaimed = Dir->unclaimed();
  R.NothingPinned = R.Domains.empty();
  return R;
}

PinSetCheckReport checkPinSetsOfFile(llvm::StringRef ConfigPath,
                                     llvm::StringRef CertDir,
                                     const PinCheckOptions &Opts) {
  auto Config = nsc::loadNetworkSecurityConfig(ConfigPath);
  if (!Config) {
    PinSetCheckReport R;
    R.Errors.push_back({ConfigPath.str(), llvm::toString(Config.takeError())});
    return R;
  }
  if (!Config->isValid()) {
    // The app would not start with this config: there are no pins to check.
    PinSetCheckReport R;
    for (const nsc::ParseProblem &P : Config->Problems)
      if (P.Level == Severity::Error)
        R.Errors.push_back({ConfigPath.str() + ":" +
                                std::to_string(P.Where.Line) + ":" +
                                std::to_string(P.Where.Column),
                            P.Message + " [" + getRule(P.Rule).Id.str() +
                                "]; Android rejects this config"});
    return R;
  }
  return checkPinSets(*Config, CertDir, Opts);
}

} // namespace tlslint
