// Everything generated code needs for str, list, dict and set: the types, str's methods and
// the protocols (len, in, [], iteration). Included by a module that uses any of them.
#pragma once

#include "pycxx/containers/dict.hpp"
#include "pycxx/containers/list.hpp"
#include "pycxx/containers/protocol.hpp"
#include "pycxx/containers/set.hpp"
#include "pycxx/containers/str.hpp"
#include "pycxx/containers/str_case.hpp"
#include "pycxx/containers/str_layout.hpp"
#include "pycxx/containers/str_methods.hpp"
