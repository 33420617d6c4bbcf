// The subcommands, one file each: command_build.cpp, command_check.cpp, command_emit.cpp,
// command_config.cpp.
// Each returns the exit status; main.cpp turns thrown UserError/InternalError into 1/2.
#pragma once

#include "compiler/driver/driver_options.hpp"
#include "compiler/driver/exit_status.hpp"

namespace pycxx {

ExitStatus run_build(const DriverOptions& options, const BuildOptions& build);
ExitStatus run_check(const DriverOptions& options, const CheckOptions& check);
ExitStatus run_emit(const DriverOptions& options, const EmitOptions& emit);
ExitStatus run_config(const DriverOptions& options, const ConfigOptions& config);

}  // namespace pycxx
