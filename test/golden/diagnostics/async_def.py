"""async functions are not compiled: the diagnostic says so, not 'move this code into a function'."""


async def fetch(n: int) -> int:
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: async_def.py:4:1: error: async functions are not supported: pycxx compiles 'def' functions (remove 'async' and 'await') [UnsupportedStatement]
# CHECK:STDERR:     async def fetch(n: int) -> int:
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
