//===-- FuzzCheck.h - Invariants the fuzz targets check ---------*- C++ -*-===//
//
// A fuzz target finds crashes by itself; these checks turn a wrong answer
// into one too. They stay on in release builds, where assert() is compiled
// out, and abort so that libFuzzer saves the input.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_FUZZ_FUZZCHECK_H
#define TLSLINT_FUZZ_FUZZCHECK_H

#include <cstdio>
#include <cstdlib>

#define TLSLINT_FUZZ_CHECK(Cond, Why)                                          \
  do {                                                                         \
    if (!(Cond)) {                                                             \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s (%s)\n", __FILE__,    \
                   __LINE__, Why, #Cond);                                      \
      std::abort();                                                            \
    }                                                                          \
  } while (false)

#endif
