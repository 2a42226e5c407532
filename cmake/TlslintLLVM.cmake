# Finds LLVM/Clang of one major version (TLSLINT_LLVM_MAJOR).
#
# find_package(LLVM 19 CONFIG) rejects 19.1.7 because LLVM's config file
# demands a major.minor match, so we look in the major's own prefix and then
# assert the major ourselves.
set(_tlslint_llvm_prefix "/usr/lib/llvm-${TLSLINT_LLVM_MAJOR}")
find_package(LLVM CONFIG
  PATHS "${_tlslint_llvm_prefix}/lib/cmake/llvm" NO_DEFAULT_PATH)
find_package(Clang CONFIG
  PATHS "${_tlslint_llvm_prefix}/lib/cmake/clang" NO_DEFAULT_PATH)

if(NOT LLVM_FOUND OR NOT Clang_FOUND)
  message(FATAL_ERROR
    "LLVM/Clang ${TLSLINT_LLVM_MAJOR} was not found under ${_tlslint_llvm_prefix}.\n"
    "Install: apt-get install llvm-${TLSLINT_LLVM_MAJOR}-dev "
    "libclang-${TLSLINT_LLVM_MAJOR}-dev clang-tidy-${TLSLINT_LLVM_MAJOR} "
    "llvm-${TLSLINT_LLVM_MAJOR}-tools\n"
    "(or scripts/setup.sh, which does it for you).")
endif()
if(NOT LLVM_VERSION_MAJOR EQUAL TLSLINT_LLVM_MAJOR)
  message(FATAL_ERROR "Found LLVM ${LLVM_PACKAGE_VERSION}, expected major "
    "${TLSLINT_LLVM_MAJOR}")
endif()
message(STATUS "tlslint: LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_TOOLS_BINARY_DIR}")

set(TLSLINT_LLVM_INCLUDE_DIRS ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
set(TLSLINT_LLVM_TOOLS_DIR ${LLVM_TOOLS_BINARY_DIR})
set(TLSLINT_CLANG_TIDY "${LLVM_TOOLS_BINARY_DIR}/clang-tidy")
if(NOT EXISTS "${TLSLINT_CLANG_TIDY}")
  message(FATAL_ERROR "clang-tidy ${TLSLINT_LLVM_MAJOR} is missing: "
    "apt-get install clang-tidy-${TLSLINT_LLVM_MAJOR}")
endif()

if(NOT LLVM_ENABLE_RTTI)
  set(TLSLINT_NO_RTTI_FLAG -fno-rtti)
endif()

# Defines needed by LLVM headers (e.g. -D_GNU_SOURCE).
separate_arguments(_tlslint_llvm_defs NATIVE_COMMAND "${LLVM_DEFINITIONS}")
add_definitions(${_tlslint_llvm_defs})
