# pycxx_add_pytest(NAME DIRECTORY [LABELS ...]): run a pytest suite as one ctest test.
# The suite finds the pycxx executable built here through $PYCXX, the source tree through
# $PYCXX_SOURCE_DIR, and keeps built modules under the build tree ($PYCXX_TEST_CACHE).
function(pycxx_add_pytest name directory)
  add_test(NAME ${name}
           COMMAND ${PYCXX_PYTHON} -m pytest -q -p no:cacheprovider ${directory}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "PYCXX=$<TARGET_FILE:pycxx>;PYCXX_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYCXX_TEST_CACHE=${PROJECT_BINARY_DIR}/test-cache;PYTHONPATH=${PROJECT_SOURCE_DIR}/python"
    LABELS "${ARGN}")
endfunction()
