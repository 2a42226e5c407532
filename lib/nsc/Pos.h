//===-- Pos.h - A place in an XML file --------------------------*- C++ -*-===//

#ifndef TLSLINT_LIB_NSC_POS_H
#define TLSLINT_LIB_NSC_POS_H

namespace tlslint {
namespace nsc {

/// A 1-based line and byte column; 0 when unknown.
struct Pos {
  unsigned Line = 0;
  unsigned Column = 0;
};

} // namespace nsc
} // namespace tlslint

#endif
