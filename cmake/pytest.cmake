# pycxx_add_pytest(NAME PATHS [LABELS ...]): run a pytest suite (a folder, a file, or a list of
# files run as one session) as one ctest test. The suite finds the pycxx executable built here
# through $PYCXX, the source tree through $PYCXX_SOURCE_DIR, and keeps built modules under the
# build tree ($PYCXX_TEST_CACHE). Nothing puts the source tree's python/ on PYTHONPATH: tests of
# the Python package install it from the project's wheel (test/e2e/conftest.py).
function(pycxx_add_pytest name paths)
  add_test(NAME ${name}
           COMMAND ${PYCXX_PYTHON} -m pytest -q -p no:cacheprovider ${paths}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "PYCXX=$<TARGET_FILE:pycxx>;PYCXX_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYCXX_TEST_CACHE=${PROJECT_BINARY_DIR}/test-cache"
    LABELS "${ARGN}")
endfunction()
