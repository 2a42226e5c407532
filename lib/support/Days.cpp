//===-- Days.cpp ----------------------------------------------------------===//

#include "lib/support/Days.h"
#include <cstdio>
#include <ctime>

namespace tlslint {

Day today() { return static_cast<Day>(std::time(nullptr) / 86400); }

// Howard Hinnant's days_from_civil and civil_from_days: exact for every
// date, without the C library's time_t range or time zone.
Day daysFromCivil(int64_t Y, unsigned M, unsigned D) {
  Y -= M <= 2;
  const int64_t Era = (Y >= 0 ? Y : Y - 399) / 400;
  const int64_t Yoe = Y - Era * 400;
  const int64_t Doy = (153 * (M + (M > 2 ? -3 : 9)) + 2) / 5 + D - 1;
  const int64_t Doe = Yoe * 365 + Yoe / 4 - Yoe / 100 + Doy;
  return Era * 146097 + Doe - 719468;
}

std::string dayText(Day Days) {
  Days += 719468;
  const int64_t Era = (Days >= 0 ? Days : Days - 146096) / 146097;
  const int64_t Doe = Days - Era * 146097;
  const int64_t Yoe = (Doe - Doe / 1460 + Doe / 36524 - Doe / 146096) / 365;
  int64_t Y = Yoe + Era * 400;
  const int64_t Doy = Doe - (365 * Yoe + Yoe / 4 - Yoe / 100);
  const int64_t Mp = (5 * Doy + 2) / 153;
  const int64_t D = Doy - (153 * Mp + 2) / 5 + 1;
  const int64_t M = Mp < 10 ? Mp + 3 : Mp - 9;
  Y += M <= 2;
  char Text[32];
  std::snprintf(Text, sizeof(Text), "%04lld-%02lld-%02lld", (long long)Y,
                (long long)M, (long long)D);
  return Text;
}

} // namespace tlslint
