# Sanitized builds (TLSLINT_SANITIZE) and libFuzzer targets (TLSLINT_FUZZ).
#
# Only tlslint's own code is instrumented: LLVM, clang and the system
# libraries stay Debian's. That is what matters (the code we write) and it
# keeps the sanitized build as fast as the normal one apart from our TUs.
option(TLSLINT_SANITIZE
  "Build tlslint's own code with AddressSanitizer and UBSan" OFF)
option(TLSLINT_FUZZ
  "Build fuzz/ as libFuzzer binaries (needs TLSLINT_SANITIZE)" OFF)

if(TLSLINT_FUZZ AND NOT TLSLINT_SANITIZE)
  message(FATAL_ERROR "TLSLINT_FUZZ=ON needs TLSLINT_SANITIZE=ON: a fuzzer "
    "without sanitizers misses most of what it runs into")
endif()
if(NOT TLSLINT_SANITIZE)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "TLSLINT_SANITIZE=ON needs clang "
    "(found ${CMAKE_CXX_COMPILER_ID})")
endif()

# The runtimes come from libclang-rt-${TLSLINT_LLVM_MAJOR}-dev, which clang
# does not depend on.
execute_process(
  COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
  OUTPUT_VARIABLE TLSLINT_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT IS_ABSOLUTE "${TLSLINT_ASAN_RUNTIME}" OR
   NOT EXISTS "${TLSLINT_ASAN_RUNTIME}")
  message(FATAL_ERROR "The AddressSanitizer runtime is missing: apt-get "
    "install libclang-rt-${TLSLINT_LLVM_MAJOR}-dev")
endif()
if(TLSLINT_FUZZ)
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.fuzzer-x86_64.a
    OUTPUT_VARIABLE _tlslint_fuzzer_lib OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${_tlslint_fuzzer_lib}")
    message(FATAL_ERROR "libFuzzer is missing: apt-get install "
      "libclang-rt-${TLSLINT_LLVM_MAJOR}-dev")
  endif()
endif()

# UB is an error, not a message: -fno-sanitize-recover makes it abort.
add_compile_options(-fsanitize=address,undefined
  -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
# Executables link the runtimes statically. The plugin, a MODULE, links none:
# clang-tidy is not sanitized, so tests preload the shared ASan runtime
# (which holds UBSan's handlers too) into it (test/lit.cfg.py).
add_link_options(-fsanitize=address,undefined)

# The clang-free core also gets its assertions back: in release builds LLVM's
# StringRef and ArrayRef clamp out-of-range arguments silently, with
# assertions on they stop. Clang's headers are not guaranteed to have the
# same layout without NDEBUG, so code that includes them keeps it. With
# TLSLINT_FUZZ the core also gets libFuzzer's coverage instrumentation.
set(TLSLINT_CORE_SANITIZE_FLAGS -UNDEBUG)
if(TLSLINT_FUZZ)
  list(APPEND TLSLINT_CORE_SANITIZE_FLAGS -fsanitize=fuzzer-no-link)
endif()
message(STATUS "tlslint: sanitized build (ASan+UBSan)"
  "; ASan runtime ${TLSLINT_ASAN_RUNTIME}")
