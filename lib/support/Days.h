//===-- Days.h - Calendar days as Android compares them ---------*- C++ -*-===//
//
// Pin-set expiry is a date without a time or zone: Android compares it with
// the current day in UTC. Every part of tlslint that needs "today" asks
// here, so the XML half, the checks and `tlslint pin --check` agree.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_SUPPORT_DAYS_H
#define TLSLINT_LIB_SUPPORT_DAYS_H

#include <cstdint>
#include <string>

namespace tlslint {

/// Days since 1970-01-01 (UTC).
using Day = int64_t;

/// The current day in UTC.
Day today();

/// The day of a proleptic Gregorian date; Month 1..12, DayOfMonth 1..31.
Day daysFromCivil(int64_t Year, unsigned Month, unsigned DayOfMonth);

/// "YYYY-MM-DD", the inverse of daysFromCivil.
std::string dayText(Day D);

} // namespace tlslint

#endif
