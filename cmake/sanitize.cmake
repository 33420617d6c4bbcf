# The sanitizer job (label "sanitize", run by ctest and so by .ci/run): the runtime's Catch2
# tests and a set of compiled test modules built with -fsanitize=address,undefined, where a
# read of freed memory or undefined behaviour fails the test instead of passing by luck.
set(PYCXX_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
# Python itself is not instrumented: the ASan runtime is preloaded into it for the compiled
# modules (leaks are CPython's own, so not reported; a huge allocation returns null, so that
# compiled code raises MemoryError as CPython does).
# (libstdc++ too: ASan's __cxa_throw interceptor needs the real one loaded before it.)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                OUTPUT_VARIABLE PYCXX_LIBASAN OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.so
                OUTPUT_VARIABLE PYCXX_LIBSTDCXX OUTPUT_STRIP_TRAILING_WHITESPACE)
set(PYCXX_SANITIZE_PYTHON_ENV
    "PYCXX_SANITIZED=1"
    "LD_PRELOAD=${PYCXX_LIBASAN}:${PYCXX_LIBSTDCXX}"
    "ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:detect_odr_violation=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

# A twin of Catch2 test executable `target` built with the sanitizers, registered as `test_name`.
function(pycxx_sanitized_twin target test_name)
  get_target_property(sources ${target} SOURCES)
  get_target_property(libraries ${target} LINK_LIBRARIES)
  get_target_property(definitions ${target} COMPILE_DEFINITIONS)
  get_target_property(options ${target} COMPILE_OPTIONS)
  add_executable(${target}_sanitized ${sources})
  target_link_libraries(${target}_sanitized PRIVATE ${libraries})
  if(definitions)
    target_compile_definitions(${target}_sanitized PRIVATE ${definitions})
  endif()
  if(options)
    target_compile_options(${target}_sanitized PRIVATE ${options})
  endif()
  target_compile_options(${target}_sanitized PRIVATE ${PYCXX_SANITIZE_FLAGS})
  target_link_options(${target}_sanitized PRIVATE ${PYCXX_SANITIZE_FLAGS})
  add_test(NAME ${test_name} COMMAND ${target}_sanitized)
  set_tests_properties(${test_name} PROPERTIES LABELS "sanitize" ENVIRONMENT "ASAN_OPTIONS=allocator_may_return_null=1")
endfunction()
